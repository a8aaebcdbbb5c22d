"""Rules on drafted knowledge: a first clause that states what the place is (云南是全国首批…试点
省份之一) is no subject of the figures after it, so 全国 there names no scope of theirs; deposits
and loans are opposites; 假钱 is 假币 (lexicon; the last test guards only)."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.core.drafted import drafted_engine, figure, ruled_out

BANKING = """全省金融工作
11月10日

信贷。截至2022年9月末，全省本外币各项贷款余额达到3万亿元，是2012年末的2.5倍；本外币各项存款余额2.8万亿元，是2012年末的2.1倍。

跨境。云南是全国首批跨境贸易人民币结算试点省份之一，十年来累计办理跨境人民币结算1.1万亿元。

基础设施。累计收缴假币1.2亿元。
"""


@pytest.fixture(scope="module")
def banking(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("banking"), BANKING, "banking")


def test_a_statement_of_what_the_place_is_is_no_subject(banking: Engine) -> None:
    by_figure = {f.figure: f for f in banking.kb.facts}
    assert not any("全国" in k for k in by_figure["1.1万亿元"].keywords)
    assert figure(banking, "全国跨境人民币结算量是多少?") is None
    assert figure(banking, "十年来累计办理跨境人民币结算多少?") == "1.1万亿元"


def test_deposits_are_no_loans(banking: Engine) -> None:
    assert ruled_out(banking, "贷款余额是2012年末的几倍?", "2.1倍") != ""
    assert figure(banking, "贷款余额是2012年末的几倍?") == "2.5倍"


def test_fake_money(banking: Engine) -> None:
    assert figure(banking, "这些年收缴了多少假钱?") == "1.2亿元"


OUTLETS = """全省金融工作
11月10日

跨境。全省开办人民币与周边国家货币柜台挂牌交易的银行网点达到80个。

竞赛。全省举办职工技能大赛，涉及工种（项目）300个，投入补贴资金2亿元。
"""


def test_something_of_the_things_asked_is_no_count_of_them(tmp_path_factory: pytest.TempPathFactory) -> None:
    engine = drafted_engine(tmp_path_factory.mktemp("outlets"), OUTLETS, "outlets")
    assert "网点" in ruled_out(engine, "全省有多少家银行?", "80个")
    assert figure(engine, "挂牌交易的银行网点有多少个?") == "80个"
    # (Another reading in brackets, 工种（项目）, and money, 补贴资金, are no such things.)
    assert ruled_out(engine, "技能大赛涉及多少个工种?", "300个") == ""
    assert ruled_out(engine, "投入了多少补贴?", "2亿元") == ""
