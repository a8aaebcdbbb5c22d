"""Rules on drafted knowledge: a change asked by the sources' abbreviated term (自贸区 of
自由贸易试验区) is the matcher's to answer, and places listed with how many they are (昆明、红河、
德宏三个片区) are all the figure is of: neither one of them unasked, nor one alone answered."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.core.drafted import drafted_engine, figure

ZONE = """全市开放型经济
10月20日

自贸试验区。中国（云南）自由贸易试验区挂牌以来，昆明、红河、德宏三个片区累计新设企业2.6万户，是挂牌前同期的1.8倍。
"""


@pytest.fixture(scope="module")
def zone(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("zone"), ZONE, "zone")


def test_a_multiple_asked_by_an_abbreviated_term(zone: Engine) -> None:
    assert figure(zone, "自贸区新设企业数是挂牌前同期的几倍?") == "1.8倍"


def test_places_listed_with_how_many_they_are(zone: Engine) -> None:
    explanation = zone.explain("自贸试验区新设企业有多少户?")
    assert explanation.match.best is not None
    assert explanation.match.best.figure == "2.6万户"
    assert not explanation.ranked[0].unasked
    assert figure(zone, "德宏片区新设企业多少户?") is None
