"""Rules on drafted knowledge: a thing the sources name in full of another figure (新发现吸毒人员
asked of 现有吸毒人员), a bound said by its magnitude alone (千克以上 of 万克以上), a kind of a
whole whose kinds are listed next (缴获的大麻 of 缴获各类毒品…其中，缴获海洛因…), the neighbouring
countries said where the clause names them, the length of a line something stands on (在3200公里
边境线上设立…), and 卡子 said of 卡点."""

from __future__ import annotations

import pytest

from bot.core.draft import draft
from bot.core.engine import Engine
from tests.core.drafted import drafted_engine, figure, ruled_out

DRUGS = """全市禁毒工作
8月30日

堵源截流。十年来，全市共破获毒品刑事案件3.1万起，缴获各类毒品58吨。其中，缴获海洛因17.2吨、冰毒片剂29.5吨。2021年，全市破获万克以上毒品案件96起。

边境管控。全市在1210公里边境线上设立各类查缉卡点64个，建成智能化查缉系统12套。

戒毒康复。截至2021年底，全市现有吸毒人员由2015年的4.2万名下降到1.9万名。新发现吸毒人员连续5年下降。

国际合作。全市与缅甸、老挝警方建立边境禁毒联络官办公室4个。
"""


@pytest.fixture(scope="module")
def drugs(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("drugs"), DRUGS, "drugs")


def test_a_thing_the_sources_name_of_another_figure(drugs: Engine) -> None:
    assert "新发现吸毒人员" in ruled_out(drugs, "2021年新发现吸毒人员有多少名?", "1.9万名")
    assert figure(drugs, "全市现有吸毒人员有多少名?") == "1.9万名"


def test_a_bound_said_by_its_magnitude_alone(drugs: Engine) -> None:
    assert figure(drugs, "2021年全市破获万克以上毒品案件多少起?") == "96起"
    assert figure(drugs, "2021年全市破获千克以上毒品案件多少起?") is None


def test_a_kind_the_whole_does_not_list(drugs: Engine) -> None:
    assert "大麻" in ruled_out(drugs, "缴获的大麻有多少吨?", "58吨")
    assert figure(drugs, "缴获的海洛因有多少吨?") == "17.2吨"
    assert figure(drugs, "全市缴获各类毒品多少吨?") == "58吨"


def test_neighbouring_countries_named_by_the_clause(drugs: Engine) -> None:
    assert figure(drugs, "全市与周边国家警方建立了多少个边境禁毒联络官办公室?") == "4个"


def test_the_length_of_a_line_something_stands_on() -> None:
    sentence = "全市在1210公里边境线上设立各类查缉卡点64个"
    length = next(f for f in draft(f"t\n1月1日\n\n{sentence}。\n", "t", "1月1日").facts if f.figure == "1210公里")
    assert "边境线" in length.keywords
    assert not any(k.endswith("在") or "设立" in k for k in length.keywords)


def test_checkpoints_said_colloquially(drugs: Engine) -> None:
    assert figure(drugs, "边境上一共设了多少个查毒的卡子?") == "64个"
    assert figure(drugs, "边境上有几个卡子?") == "64个"
