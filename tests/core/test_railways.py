"""Rules on drafted knowledge: trains counted in 列 and 对 (a measure word drafted and asked), a
number that names a website (12306网站) is no figure, a change said from a time in words (由开通
初期的10多种扩展到1200多种), and 刚开通时 asks the side before it."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.text_figures import find_figures
from tests.core.drafted import drafted_engine, figure

RAILWAYS = """全省铁路工作
11月15日

中老铁路。开通一年来，跨境货物品类由开通初期的10多种扩展到1100多种。

运输。全省铁路日均开行旅客列车250对。全省铁路车站全面实现电子客票，12306网站售票占比达到80%。开行中欧班列累计400列。
"""


@pytest.fixture(scope="module")
def railways(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("railways"), RAILWAYS, "railways")


def test_trains_counted_in_lie_and_dui(railways: Engine) -> None:
    assert [(f.text, f.unit) for f in find_figures("开行中欧班列累计400列。")] == [("400列", "列")]
    assert figure(railways, "中欧班列累计开行了多少列?") == "400列"
    assert figure(railways, "全省铁路日均开行旅客列车多少对?") == "250对"


def test_a_number_that_names_a_website(railways: Engine) -> None:
    assert [f.text for f in find_figures("12306网站售票占比达到80%。")] == ["80%"]


def test_a_change_from_a_time_said_in_words(railways: Engine) -> None:
    assert figure(railways, "中老铁路跨境货物现在有多少个品类?") == "1100多种"
    assert figure(railways, "中老铁路刚开通时跨境货物有多少种?") == "10多种"
