"""Rules on drafted knowledge: a share of something (占…的40.6%) answers only a question that asks
a share; whether something pays (赚钱吗) asks no figure."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.core.drafted import drafted_engine, figure

INCOME = """全市居民收入
10月30日

收入来源。2021年，全市居民人均工资性收入10420元，占可支配收入的40.6%。

电商。全市培育电商直播带货主播1500名。
"""


@pytest.fixture(scope="module")
def income(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("income"), INCOME, "income")


def test_a_share_answers_only_a_share(income: Engine) -> None:
    assert figure(income, "工资性收入占可支配收入的比重是多少?") == "40.6%"
    assert figure(income, "工资性收入占比是多少?") == "40.6%"
    assert figure(income, "全市平均工资是多少?") != "40.6%"


def test_whether_it_pays_asks_no_figure(income: Engine) -> None:
    assert figure(income, "电商直播带货主播有多少名?") == "1500名"
    assert figure(income, "直播带货赚钱吗?") is None


GROWTH = """全市收入与志愿者
10月31日

收入。十年来，农村居民人均可支配收入年均增长11.2%，比城镇居民高2.6个百分点。

志愿者。全市注册志愿者达到86万人。十年来，注册志愿者人数增长了5.7倍。
"""


@pytest.fixture(scope="module")
def growth(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("growth"), GROWTH, "growth")


def test_a_searched_for_growth_is_a_multiple(growth: Engine) -> None:
    assert figure(growth, "注册志愿者人数增长") == "5.7倍"


def test_the_base_compared_with_is_no_restriction(growth: Engine) -> None:
    # (比城镇居民高: the clause goes on about 农村居民, and 城镇居民 is what it is compared with.)
    assert figure(growth, "农村居民收入年均增速比城镇居民高多少?") == "2.6个百分点"
