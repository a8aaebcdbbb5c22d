"""Rules on drafted knowledge: a figure of those of a thing that are so (水质达到或优于Ⅲ类的湖泊)
is no answer about all of them; a clause that goes on about the one before (比2015年增加2个) is
scored on that one's words too."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.core.drafted import drafted_engine, figure, ruled_out

LAKES = """全市湖泊水质
9月1日

水质明显好转。2021年，九湖中水质达到或优于Ⅲ类的湖泊有7个，比2015年增加3个。滇池全湖水质由劣Ⅴ类提升到Ⅳ类。

治理。九湖流域建成城镇污水处理厂68座，比2015年增加12座。

投入。全市累计投入治湖资金86亿元，是前一个十年的4.2倍。
"""


@pytest.fixture(scope="module")
def lakes(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("lake-quality"), LAKES, "lakes")


def test_those_that_are_so_are_not_all(lakes: Engine) -> None:
    assert figure(lakes, "水质达到或优于Ⅲ类的湖泊有几个?") == "7个"
    assert "达到或优于" in ruled_out(lakes, "全市有多少个湖泊?", "7个")
    assert figure(lakes, "全市有多少个湖泊?") is None


def test_a_clause_going_on_about_the_one_before(lakes: Engine) -> None:
    assert figure(lakes, "与2015年相比，水质达到或优于Ⅲ类的湖泊多了几个?") == "3个"
    assert figure(lakes, "治湖资金是前一个十年的几倍?") == "4.2倍"
