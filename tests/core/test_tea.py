"""Rules on drafted knowledge: a year that opens a paragraph is the year of its later sentences
that say none (2021年，…。全省干毛茶产量…), unless they count over the years; a product named after a
place (普洱茶) asks no place; a price per unit is no total; and a kind the sources tell apart as a
part (其中普洱茶产量…) is not what a figure of every kind in another sentence answers."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.core.drafted import drafted_engine, figure, ruled_out

TEA = """全市茶产业
9月15日

规模。2021年，全市茶园面积达到96万亩。全市干毛茶产量达到7.3万吨，其中普洱茶产量2.9万吨。十年来，全市累计新建标准化茶园31万亩。

品牌。普洱茶区域公用品牌价值达到81亿元。全市茶叶出口额达到3200万美元。
"""


@pytest.fixture(scope="module")
def tea(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("tea"), TEA, "tea")


def test_the_year_that_opens_a_paragraph(tea: Engine) -> None:
    assert figure(tea, "2021年全市干毛茶产量是多少?") == "7.3万吨"
    # (A total of the ten years is of no one year.)
    assert figure(tea, "2021年全市新建标准化茶园多少亩?") is None
    assert figure(tea, "2012年全市干毛茶产量是多少?") is None


def test_a_product_named_after_a_place(tea: Engine) -> None:
    assert figure(tea, "2021年全市普洱茶产量是多少?") == "2.9万吨"
    assert figure(tea, "普洱茶区域公用品牌价值是多少?") == "81亿元"
    # (贵州茶 is no product the sources name: 贵州 is still a place asked.)
    assert figure(tea, "贵州茶叶出口额是多少?") is None


def test_a_price_per_unit_is_no_total(tea: Engine) -> None:
    assert "price" in ruled_out(tea, "普洱茶一斤多少钱?", "81亿元")
    assert figure(tea, "普洱茶一斤多少钱?") is None


def test_a_kind_told_apart_elsewhere(tea: Engine) -> None:
    assert figure(tea, "全市茶叶出口额是多少?") == "3200万美元"
    assert "普洱茶" in ruled_out(tea, "普洱茶出口额是多少?", "3200万美元")
