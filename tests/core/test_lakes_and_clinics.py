"""Rules on drafted knowledge: a dictionary word that begins as a word of the clause and ends
otherwise names another thing of its family (村卫生室 of 乡镇卫生院); one place of places listed
together is no answer of theirs; the opposites 中医/西医, 公立/民营 and the restriction 村庄."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.core.drafted import drafted_engine, figure, ruled_out

LAKES = """全市湖泊保护
9月1日

生态修复。全市累计人工造林2.1万亩，建成湖滨缓冲带面积0.6万亩。

基层医疗。全市共有公立医院37所。全市90%的社区卫生服务中心、88%的乡镇卫生院设置了中医馆。全市有中医类别执业（助理）医师3200人。

污水治理。全市建成城镇污水处理厂12座，村庄生活污水收集处理率达到61%。

协作。上海、广东累计选派挂职干部980名到本市。云南省昆明市建成社区食堂45个。

种植。普洱、保山、临沧、德宏4个州市咖啡种植面积占全省的95%。
"""


@pytest.fixture(scope="module")
def lakes(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("lakes"), LAKES, "lakes")


def test_another_ending_of_the_clause_word(lakes: Engine) -> None:
    assert figure(lakes, "乡镇卫生院设置中医馆的比例是多少?") == "88%"
    assert "卫生室" in ruled_out(lakes, "村卫生室设置中医馆的比例是多少?", "88%")
    assert figure(lakes, "村卫生室设置中医馆的比例是多少?") is None


def test_a_longer_word_to_the_same_end_is_no_other(lakes: Engine) -> None:
    # (人工林 of 人工造林: the clause's word goes on to the question's ending.)
    assert not ruled_out(lakes, "全市种了多少亩人工林?", "2.1万亩")


def test_one_of_places_listed_together(lakes: Engine) -> None:
    assert figure(lakes, "上海、广东累计选派挂职干部多少名?") == "980名"
    assert figure(lakes, "广东和上海累计选派挂职干部多少名?") == "980名"
    assert "广东 and other places together" in ruled_out(lakes, "广东累计选派挂职干部多少名?", "980名")
    assert figure(lakes, "广东累计选派挂职干部多少名?") is None


def test_every_place_of_a_list_asked(lakes: Engine) -> None:
    # (The last item, 德宏, has no neighbour after it; the question names the others too.)
    assert figure(lakes, "普洱、保山、临沧、德宏咖啡种植面积占全省多少?") == "95%"
    assert figure(lakes, "德宏咖啡种植面积占全省多少?") is None


def test_a_place_within_another_is_no_list(lakes: Engine) -> None:
    assert figure(lakes, "昆明建成社区食堂多少个?") == "45个"


def test_western_medicine_and_private_hospitals(lakes: Engine) -> None:
    assert figure(lakes, "全市有多少所公立医院?") == "37所"
    assert figure(lakes, "全市有多少所民营医院?") is None
    assert figure(lakes, "全市西医执业医师有多少人?") is None


def test_villages_are_no_towns(lakes: Engine) -> None:
    assert figure(lakes, "全市村庄生活污水收集处理率是多少?") == "61%"
    assert figure(lakes, "全市城镇生活污水收集处理率是多少?") is None
