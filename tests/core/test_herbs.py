"""Rules on drafted knowledge met in an article on medicinal herbs: numeral characters side by
side (三七, the herb) make no number, so 三七种植面积 is no "37 kinds"; 多稍 is 多少 mistyped."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.text_figures import find_figures
from tests.core.drafted import drafted_engine, figure

ARTICLE = """全省中药材产业
11月25日

种植规模。全省中药材种植面积达到900万亩，中药材产量达到120万吨。其中三七种植面积达到48万亩，产量4.6万吨。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("herbs"), ARTICLE, "herbs")


def test_numerals_side_by_side_are_a_name() -> None:
    assert [f.text for f in find_figures("其中三七种植面积达到48万亩")] == ["48万亩"]
    assert [f.text for f in find_figures("推出三十七种新产品")] == ["三十七种"]


def test_the_herb_is_asked_by_its_name(engine: Engine) -> None:
    assert figure(engine, "三七产量") == "4.6万吨"
    assert figure(engine, "三七种植面积是多少?") == "48万亩"
    assert figure(engine, "中药材产量是多稍?") == "120万吨"
