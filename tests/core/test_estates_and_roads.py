"""Rules on drafted knowledge: a year asked of a total since that year is the first year alone; a
searched-for 倍数 asks the multiple; the same thing measured another way (出口额 of 出口量); the
opposites 自然村/建制村, 竣工/开工, 新建/老旧 and 世界/中国."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.core.drafted import drafted_engine, figure

ESTATES = """全市城乡建设
10月12日

老旧小区。2019年以来，全市累计开工改造城镇老旧小区860个。老旧小区加装电梯126部。十年来，全市累计开工棚户区改造安置住房12.6万套。

农村公路。全市乡镇和建制村通硬化路率均达到100%。十年来，全市累计完成农村公路投资286亿元，是上一个十年的4.5倍。

水果。全市水果出口量达到7.5万吨，出口额1.26亿美元，出口量居全省第一。入选中国民营企业500强的本市企业3户。
"""


@pytest.fixture(scope="module")
def estates(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("estates"), ESTATES, "estates")


def test_the_first_year_of_a_total_since(estates: Engine) -> None:
    assert figure(estates, "2019年以来全市累计开工改造老旧小区多少个?") == "860个"
    assert figure(estates, "2019年全市开工改造老旧小区多少个?") is None


def test_a_searched_for_multiple(estates: Engine) -> None:
    assert figure(estates, "农村公路投资倍数") == "4.5倍"


def test_measured_another_way(estates: Engine) -> None:
    assert figure(estates, "水果出口量在全省排第几?") == "第一"
    assert figure(estates, "水果出口额在全省排第几?") is None


def test_opposites_of_villages_works_estates_and_lists(estates: Engine) -> None:
    assert figure(estates, "建制村通硬化路率是多少?") == "100%"
    assert figure(estates, "自然村通硬化路率是多少?") is None
    assert figure(estates, "棚户区改造开工安置住房多少套?") == "12.6万套"
    assert figure(estates, "棚户区改造竣工安置住房多少套?") is None
    assert figure(estates, "老旧小区加装电梯多少部?") == "126部"
    assert figure(estates, "新建小区加装电梯多少部?") is None
    assert figure(estates, "入选中国民营企业500强的本市企业有几户?") == "3户"
    assert figure(estates, "入选世界500强的本市企业有几户?") is None
