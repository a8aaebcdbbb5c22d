"""Rules on drafted knowledge met in articles on mothers' health and logistics: the first item of
a list is told by its own words, not the sentence's lead (为农村妇女免费开展宫颈癌筛查…、乳腺癌
筛查…: 宫颈癌筛查, and 农村 is said of both); an item asked by the words that tell it (宫颈癌检查)
rules out the other; a question whose asking clause names no item is read with the whole message,
whose backstory may; 多少货 asks an amount of goods, which no count of countries is."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.core.drafted import drafted_engine, figure

ARTICLE = """全省妇幼健康和物流
11月16日

惠民项目。十年来，全省累计为农村妇女免费开展宫颈癌筛查510万人次、乳腺癌筛查330万人次。

物流通道。中老铁路开通以来，累计发送国际货物260万吨，跨境货物运输覆盖老挝、泰国等12个国家。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("lists"), ARTICLE, "lists")


def test_the_first_item_is_told_by_its_own_words(engine: Engine) -> None:
    assert figure(engine, "全省宫颈癌筛查了多少人次?") == "510万人次"
    assert figure(engine, "全省乳腺癌筛查了多少人次?") == "330万人次"
    assert figure(engine, "全省城市妇女宫颈癌筛查了多少人次?") is None


def test_an_item_asked_by_the_words_that_tell_it(engine: Engine) -> None:
    assert figure(engine, "全省做了多少人次宫颈癌检查?") == "510万人次"


def test_the_backstory_names_the_item(engine: Engine) -> None:
    question = "我妈在村里参加过免费的宫颈癌检查，说是国家出钱，全省一共筛查了多少人次?"
    assert figure(engine, question) == "510万人次"


def test_goods_are_weighed_not_counted_by_country(engine: Engine) -> None:
    assert figure(engine, "中老铁路运了多少货物?") == "260万吨"
    assert figure(engine, "中老铁路运了多少货?") != "12个"
