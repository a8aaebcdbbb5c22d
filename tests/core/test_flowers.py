"""Rules on drafted knowledge: a clause that says what the thing before was granted (…新品种620个，
获…授权380个) is keyed by that thing, unless it names what it counts (获国家专利2.4万项); and pots
(盆) are a measure word, asked and drafted."""

from __future__ import annotations

import pytest

from bot.core.draft import draft
from bot.core.engine import Engine
from bot.core.question import asked_unit
from bot.core.text_figures import find_figures
from tests.core.drafted import drafted_engine, figure

FLOWERS = """全市花卉产业
10月25日

创新。全市累计培育花卉新品种210个，获国家植物新品种权授权96个。

市场。全市花卉市场年交易鲜切花25亿枝，交易额达到18亿元。
"""


def _keywords(article_line: str, figure_text: str) -> tuple[str, ...]:
    facts = draft(f"t\n1月1日\n\n{article_line}\n", "t", "1月1日").facts
    return tuple(next(f for f in facts if f.figure == figure_text).keywords)


@pytest.fixture(scope="module")
def flowers(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("flowers"), FLOWERS, "flowers")


def test_a_grant_to_the_thing_before() -> None:
    keys = _keywords("全市累计培育花卉新品种210个，获国家植物新品种权授权96个。", "96个")
    assert any(k.startswith("花卉新品种") for k in keys)
    keys = _keywords("职工累计提出合理化建议3.2万项，获国家专利1800项。", "1800项")
    assert not any(k.startswith("合理化建议") for k in keys)


def test_the_granted_ones_asked_by_their_name(flowers: Engine) -> None:
    assert figure(flowers, "获国家植物新品种权授权的花卉有多少个?") == "96个"


def test_pots_are_a_measure_word(flowers: Engine) -> None:
    assert [(f.text, f.unit) for f in find_figures("年交易盆花1200万盆。")] == [("1200万盆", "盆")]
    assert asked_unit("花卉市场年交易盆花多少盆?") == "盆"
    assert figure(flowers, "花卉市场年交易盆花多少盆?") is None
