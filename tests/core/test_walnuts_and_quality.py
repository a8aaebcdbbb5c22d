"""Rules on drafted knowledge met in articles on walnuts, forest produce, towns and the safety of
farm produce: items of a 分别 list after 其中 (蔬菜、水果、茶叶、畜禽产品、水产品合格率分别达到…)
are each keyed by its own name and the noun they share, counted by that, told apart even when
their names are short, and the whole's words (例行监测) said of each of them."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.engine import Engine
from tests.core.drafted import drafted_engine, figure

# The probe article on the safety of farm produce (tests/data/articles), drafted whole: a sentence
# alone weighs its words otherwise.
PRODUCE = (Path(__file__).parents[1] / "data" / "articles" / "nongzhi.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def produce(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("produce"), PRODUCE, "produce")


@pytest.mark.parametrize(("question", "expected"), [
    ("蔬菜合格率有多高?", "98.2%"),
    ("全省茶叶监测合格率是多少?", "99.1%"),
    ("水产品监测合格率多少?", "97.8%"),
    ("畜禽产品合格率?", "99.4%"),
    ("例行监测总体合格率是多少?", "98.6%"),
])
def test_each_item_of_a_list_said_with_its_share(produce: Engine, question: str, expected: str) -> None:
    assert figure(produce, question) == expected


def test_an_item_is_keyed_by_its_name_and_the_shared_noun(produce: Engine) -> None:
    keys = {fact.figure: fact.keywords[0] for fact in produce.kb.facts}
    assert keys["98.2%"] == "蔬菜合格率"
    assert keys["97.8%"] == "水产品合格率"
