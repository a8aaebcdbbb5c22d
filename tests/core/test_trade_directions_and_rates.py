"""Rules on drafted knowledge: imports and exports asked together are no figure of one way, a
yearly rate answers the whole span though its sentence opens with one year, and 种次 counts
instances of kinds."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.text_figures import find_figures
from tests.core.drafted import drafted_engine, figure

CUSTOMS = """全省海关工作
10月14日

外贸规模稳步扩大。2021年，全省货物贸易进出口总额达到2980亿元，是2012年的2.3倍，年均增长9.8%；其中出口1410亿元，进口1570亿元。

守牢国门安全。十年来，海关共查办走私犯罪案件1900余起；截获检疫性有害生物1.1万种次。
"""


@pytest.fixture(scope="module")
def customs(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("customs"), CUSTOMS, "customs")


def test_imports_and_exports_asked_together_are_no_figure_of_one_way(customs: Engine) -> None:
    vetoed = {fact.figure: why for fact, _, why in customs.explain("2021年全省进出口额是多少?").vetoed}
    assert "one way" in vetoed.get("1410亿元", "")
    assert "one way" in vetoed.get("1570亿元", "")
    assert figure(customs, "2021年全省服务贸易进出口额是多少?") is None
    assert figure(customs, "2021年全省货物贸易进出口总额是多少?") == "2980亿元"
    assert figure(customs, "2021年全省出口了多少钱的货?") == "1410亿元"


def test_a_yearly_rate_answers_the_whole_span(customs: Engine) -> None:
    # (The sentence opens with 2021年; 年均增长 is of every year since 2012.)
    assert figure(customs, "进出口总额这十年年均增速是多少?") == "9.8%"


def test_instances_of_kinds_are_a_measure_word(customs: Engine) -> None:
    assert [(f.text, f.unit) for f in find_figures("截获检疫性有害生物1.1万种次。")] == [("1.1万种次", "种次")]
    assert figure(customs, "截获检疫性有害生物多少种次?") == "1.1万种次"
