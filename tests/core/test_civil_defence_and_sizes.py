"""Rules on drafted knowledge: the people inside a body asked (队伍里一共有多少人), a size asked
with 多大 (多大面积 names no thing 大面积), a noun across two words is no other kind (覆盖学生,
asked 中学生), 拿来 is 用作, and a month of the year (每年9月第三个星期六) is a date, no span."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.text_figures import find_figures
from tests.core.drafted import drafted_engine, figure, ruled_out

DEFENCE = """全省人防工作
10月20日

工程。十年来，全省新建人防工程面积800万平方米，是上一个十年的3.2倍。全省结合民用建筑修建防空地下室3000余个，平时用作停车位的达到15万个。

警报。每年9月第三个星期六组织防空警报试鸣。

避难。全省建成应急避难场所600处，总面积达到3000万平方米。

教育。人防知识纳入全省2000所中学的教学内容，覆盖学生100万人。全省组建人防专业队伍100支，队员1万人。
"""


@pytest.fixture(scope="module")
def defence(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("defence"), DEFENCE, "defence")


def test_the_people_inside_a_body(defence: Engine) -> None:
    assert figure(defence, "人防队伍里一共有多少人?") == "1万人"


def test_a_size_asked_with_duo_da(defence: Engine) -> None:
    assert ruled_out(defence, "避难场所加起来有多大面积?", "3000万平方米") == ""
    assert figure(defence, "应急避难场所一共有多大面积?") == "3000万平方米"


def test_three_characters_across_two_words_are_no_kind(defence: Engine) -> None:
    assert ruled_out(defence, "学人防知识的中学生有多少?", "100万人") == ""


def test_na_lai_is_yong_zuo(defence: Engine) -> None:
    assert figure(defence, "地下室平时拿来停车的车位有多少个?") == "15万个"


def test_a_month_of_the_year_is_a_date(defence: Engine) -> None:
    assert [(f.text, f.unit) for f in find_figures("每年9月第三个星期六组织防空警报试鸣。")] == [("9月", "日期")]
    assert [(f.text, f.unit) for f in find_figures("压缩到3个月，")] == [("3个月", "月")]
    assert figure(defence, "防空警报一次响多长时间?") is None


def test_a_multiple_of_the_decade_before(defence: Engine) -> None:
    assert figure(defence, "这十年建的人防工程是前十年的几倍?") == "3.2倍"
