"""Rules on drafted knowledge: a width or depth asked of a length; a yearly average's change; a
figure in 辆（架、艘）次 and 辆次 asked; a searched-for 时间 asks how long; 存栏/出栏 and
自有/租用 are opposites; 出栏 is yearly by nature; the one rank of a sentence ranks its subject;
a thing none of a list's items is."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.core.drafted import drafted_engine, figure, ruled_out

BORDERS = """全市口岸与畜牧
9月22日

防火。全市建成防火隔离带1.2万公里。产教深度融合，全市建成实训基地30个。十年来，全市年均发生森林火灾36起，比上一个十年下降58%。年均租用扑火直升机6架。

口岸。2021年，全市口岸出入境交通工具120万辆（架、艘）次。进口整体通关时间压缩至30小时，出口整体通关时间压缩至1.5小时，分别比2017年压缩60%和87.2%。全市口岸查验合格率达到99%。

畜牧。全市肉牛存栏达到210万头，出栏96万头，存栏量位居全省第2位。生猪出栏900万头。

搬迁。安置区配套新建或改扩建学校88所、幼儿园61所、卫生院（室）140个。
"""


@pytest.fixture(scope="module")
def borders(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("borders"), BORDERS, "borders")


def test_a_width_is_no_length(borders: Engine) -> None:
    assert figure(borders, "全市建成防火隔离带多少公里?") == "1.2万公里"
    assert "wide" in ruled_out(borders, "防火隔离带宽度是多少米?", "1.2万公里")


def test_how_high_a_rate_is_no_height(borders: Engine) -> None:
    assert figure(borders, "口岸查验合格的比例有多高?") == "99%"
    # (深度融合 says how closely, no depth.)
    assert figure(borders, "产教深度融合，全市建成实训基地多少个?") == "30个"


def test_the_change_of_a_yearly_average(borders: Engine) -> None:
    assert figure(borders, "年均森林火灾起数比上一个十年下降了多少?") == "58%"


def test_owned_is_no_hired(borders: Engine) -> None:
    assert figure(borders, "每年租用多少架扑火直升机?") == "6架"
    assert figure(borders, "全市有多少架自有扑火直升机?") is None


def test_vehicles_counted_in_several_measures(borders: Engine) -> None:
    assert figure(borders, "出入境交通工具有多少辆次?") == "120万辆（架、艘）次"


def test_a_searched_for_time_asks_how_long(borders: Engine) -> None:
    assert figure(borders, "出口整体通关时间") == "1.5小时"


def test_kept_is_no_slaughtered(borders: Engine) -> None:
    assert figure(borders, "全市肉牛存栏有多少头?") == "210万头"
    assert figure(borders, "全市生猪存栏有多少头?") is None


def test_slaughter_is_yearly_by_nature(borders: Engine) -> None:
    assert figure(borders, "一年出栏的肉牛有多少头?") == "96万头"


def test_the_one_rank_ranks_the_subject(borders: Engine) -> None:
    assert not ruled_out(borders, "肉牛存栏量在全省排第几?", "第2位")
    assert "肉牛" not in ruled_out(borders, "全市养的肉牛在全省排第几?", "第2位")


def test_none_of_the_list(borders: Engine) -> None:
    assert figure(borders, "安置区配套新建学校多少所?") == "88所"
    assert "医院" in ruled_out(borders, "安置区配套新建医院多少所?", "88所")
    # (Nor a typo of an item: 幼儿圆 of 幼儿园.)
    assert figure(borders, "安置区配套新建幼儿圆多少所?") == "61所"
