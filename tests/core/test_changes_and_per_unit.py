"""Rules on drafted knowledge met in articles on sugar, the business climate, logistics and
mothers' health: any verb that takes a change to its second side (精简到, 压减至) makes the two
figures its sides; the year said of the first side (由2012年的每吨400元) is that side's, and the
question naming it asks that side; words both sides say (每吨) name neither; a price asked of one
measure (一吨甘蔗) is a price per unit; 前15名 is a rank, which 第几 and 前几名 ask."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.core.drafted import drafted_engine, figure

ARTICLE = """全省糖业和审批改革
11月15日

蔗农增收。全省甘蔗收购价格由2012年的每吨380元提高到每吨470元。

审批改革。全省省级行政审批事项由2012年的900多项精简到260项。曲靖市营商环境评价进入全国前15名。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("changes"), ARTICLE, "changes")


def test_any_change_verb_makes_two_sides(engine: Engine) -> None:
    assert figure(engine, "省级行政审批事项精简到多少项?") == "260项"
    assert figure(engine, "2012年省级行政审批事项有多少项?") == "900多项"


def test_the_year_of_the_first_side_asks_that_side(engine: Engine) -> None:
    assert figure(engine, "2012年甘蔗收购价格每吨多少钱?") == "380元"
    assert figure(engine, "甘蔗收购价格现在每吨多少钱?") == "470元"


def test_words_both_sides_say_name_neither(engine: Engine) -> None:
    assert figure(engine, "甘蔗收购价格每吨多少钱?") == "470元"


def test_a_price_of_one_measure_is_a_price_per_unit(engine: Engine) -> None:
    assert figure(engine, "一吨甘蔗的收购价格是多少钱?") == "470元"


def test_a_place_among_the_first_is_a_rank(engine: Engine) -> None:
    assert figure(engine, "曲靖市营商环境评价排全国第几?") == "前15名"
    assert figure(engine, "曲靖市营商环境评价进入全国前几名?") == "前15名"
    assert figure(engine, "前15名是什么?") == "前15名"
    assert figure(engine, "曲靖市营商环境评价有多少人?") is None
