"""Rules on drafted knowledge: whether one must or may do something asks no figure (博物馆要预约
吗), another noun beginning alike after the same words (历史文化名街 of 名镇), a short quantity
clause after an opinion asked (完成得怎么样，完成率多少), and 掏钱 said of money put in."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.core.drafted import drafted_engine, figure, ruled_out

HERITAGE = """全市文物工作
6月10日

资源。全市拥有中国历史文化名镇4个、中国历史文化名村7个。全市备案博物馆由2012年的21家增加到2021年的46家。

保护。十年来，市级财政累计投入文物保护资金6.3亿元。全国重点文物保护单位“四有”工作完成率达到100%。

队伍。全市文博系统有执业律师12人、专业讲解员320人。
"""


@pytest.fixture(scope="module")
def heritage(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("heritage"), HERITAGE, "heritage")


def test_whether_one_must_or_may_asks_no_figure(heritage: Engine) -> None:
    for question in ("博物馆要预约吗?", "去博物馆可以带孩子吗?"):
        assert "asks for no figure" in heritage.explain(question).reason
    assert figure(heritage, "全市备案博物馆有多少家?") == "46家"


def test_another_noun_beginning_alike(heritage: Engine) -> None:
    assert "名镇" in ruled_out(heritage, "中国历史文化名街有几个?", "4个")
    assert figure(heritage, "中国历史文化名街有几个?") is None
    assert figure(heritage, "中国历史文化名镇有几个?") == "4个"
    # (One noun after the words alone is no list of kinds: 律帅 is 律师 mistyped by shape.)
    assert figure(heritage, "全市执业律帅有多少人?") == "12人"


def test_a_quantity_asked_after_an_opinion(heritage: Engine) -> None:
    assert figure(heritage, "全国重点文保单位四有工作完成得怎么样，完成率多少?") == "100%"
    # (An opinion asked last is still no figure.)
    assert figure(heritage, "投入了多少文物保护资金，效果怎么样?") is None


def test_money_put_in_said_colloquially(heritage: Engine) -> None:
    assert "投入" in heritage.matcher.normalizer.content("财政给文物保护掏了多少钱?")
    assert figure(heritage, "财政给文物保护掏了多少钱?") == "6.3亿元"
