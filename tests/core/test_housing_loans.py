"""Rules on drafted knowledge: loans counted in 笔, a 分别 list whose figures have other units
(分别比2012年增长1.3倍和35%), a typo that only sound mends when the characters already point
elsewhere (贷款于额 of 贷款余额), 首套 and 二套 as opposites, an age bound on the other side
(50岁以上 of 35岁以下), people an age bound already picks (35岁以下的年轻人), and 贷出去 said of
loans granted."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.question import asked_unit
from bot.core.text_figures import find_figures
from tests.core.drafted import drafted_engine, figure, ruled_out

HOUSING = """公积金惠民生
10月20日

覆盖扩大。截至2021年底，全市公积金缴存单位2.4万个，缴存职工96万人，分别比2012年增长1.3倍和35%。

贷款。十年来，全市累计提取公积金500亿元，累计发放个人住房贷款21.7万笔、金额640亿元。2021年末，个人住房贷款余额达到410亿元。贷款职工中，首套房贷款占比达到92%，35岁以下职工贷款占比达到61%。
"""


@pytest.fixture(scope="module")
def housing(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("housing"), HOUSING, "housing")


def test_loans_counted_in_bi(housing: Engine) -> None:
    assert [(f.text, f.unit) for f in find_figures("发放个人住房贷款21.7万笔、金额640亿元。")] == [
        ("21.7万笔", "笔"), ("640亿元", "元")]
    assert asked_unit("个人住房贷款发放了多少笔?") == "笔"
    assert asked_unit("这笔记录有多少条?") != "笔"
    assert figure(housing, "公积金个人住房贷款一共发放了多少笔?") == "21.7万笔"


def test_a_respective_list_of_figures_in_other_units(housing: Engine) -> None:
    # 1.3倍 is the units', 35% the workers': the list pairs them in order whatever their units.
    assert figure(housing, "缴存职工比2012年增加了多少?") == "35%"
    assert figure(housing, "缴存单位比2012年增长了多少倍?") == "1.3倍"


def test_a_typo_that_sound_mends(housing: Engine) -> None:
    # (The characters alone find 个人住房贷款 whole in the key phrase of 21.7万笔.)
    assert figure(housing, "个人住房贷款于额是多少?") == "410亿元"
    assert figure(housing, "个人住房贷款余额是多少?") == "410亿元"


def test_a_first_home_is_no_second(housing: Engine) -> None:
    assert figure(housing, "首套房贷款占比是多少?") == "92%"
    assert figure(housing, "二套房贷款占比是多少?") is None


def test_an_age_bound_on_the_other_side(housing: Engine) -> None:
    assert "50岁以上" in ruled_out(housing, "50岁以上职工贷款占比是多少?", "61%")
    assert figure(housing, "35岁以下职工贷款占比是多少?") == "61%"
    assert figure(housing, "35岁以上职工贷款占比是多少?") is None


def test_people_an_age_bound_picks(housing: Engine) -> None:
    assert figure(housing, "三十五岁以下的年轻人贷款占多少?") == "61%"
    # (Another bound still names others: 45岁以下的年轻人 are not the clause's.)
    assert figure(housing, "四十五岁以下的年轻人贷款占多少?") is None


def test_money_lent_said_colloquially(housing: Engine) -> None:
    assert figure(housing, "公积金累计贷出去了多少钱?") == "640亿元"
