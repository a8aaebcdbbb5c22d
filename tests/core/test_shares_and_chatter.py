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
