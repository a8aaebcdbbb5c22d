"""Rules on drafted knowledge: a key phrase is not cut after 和 (…出访南亚东南亚国家和地区160批次),
a change asked of a sentence that states it beside a level (比上一个十年增加5部), the span or event
a change is since (比前十年, 比改革前), saving asked as a change (能省多少), another item's noun
in a list of things with their figures (省级文艺家协会13个、…县级文联129个), and a search whose
last word the sentence says right after another figure (幼儿园 学位)."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.core.drafted import drafted_engine, figure, ruled_out

ARTS = """全省文联工作
10月14日

精品。全省有9部作品入选“五个一工程”奖，比上一个十年增加5部。

队伍。全省有省级文艺家协会13个、州（市）文联16个、县级文联129个。

交流。十年来，全省文联系统组织文艺团组出访南亚东南亚国家和地区160批次，接待来访团组210批次。
"""

OFFICES = """全省机关事务工作
10月18日

车改。改革后全省党政机关公务用车数量比改革前减少63%，每年节约公务交通费用约6.2亿元。

后勤。省级机关幼儿园从2家增加到5家，学位增加1200个。

节能。2021年，全省公共机构单位建筑面积能耗比2012年下降18.9%。
"""


@pytest.fixture(scope="module")
def arts(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("arts"), ARTS, "arts")


@pytest.fixture(scope="module")
def offices(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("offices"), OFFICES, "offices")


def test_a_key_phrase_is_not_cut_after_he(arts: Engine) -> None:
    by_figure = {f.figure: f for f in arts.kb.facts}
    assert any("出访" in k for k in by_figure["160批次"].keywords)
    assert "地区" not in by_figure["160批次"].keywords


def test_a_change_asked_beside_a_level(arts: Engine) -> None:
    assert "asks a change" in ruled_out(arts, "五个一工程奖比前十年多了几部?", "9部")
    assert figure(arts, "五个一工程奖比前十年多了几部?") == "5部"
    assert figure(arts, "有几部作品入选五个一工程奖?") == "9部"


def test_another_items_noun_in_a_list_of_things_with_their_figures(arts: Engine) -> None:
    assert "another item of the list" in ruled_out(arts, "县级文艺家协会有多少个?", "129个")
    assert figure(arts, "县级文艺家协会有多少个?") is None
    assert figure(arts, "全省有多少个县级文联?") == "129个"
    assert figure(arts, "省一级的文艺家协会总共有多少个?") == "13个"


def test_a_change_since_an_event(offices: Engine) -> None:
    assert figure(offices, "公务用车数量比改革前减少了多少?") == "63%"
    assert figure(offices, "公车比以前少了多少?") == "63%"


def test_saving_is_asked_as_a_change(offices: Engine) -> None:
    assert "is a change" not in ruled_out(offices, "车改以后一年能省多少交通费?", "6.2亿元")
    # (全省 is no saving: 全省多少 asks no change.)
    assert "is a change" in ruled_out(offices, "全省公务交通费用有多少?", "6.2亿元")


def test_a_search_whose_last_word_comes_after_another_figure(offices: Engine) -> None:
    assert "said after this figure" in ruled_out(offices, "省级机关幼儿园 学位", "5家")
    assert figure(offices, "省级机关幼儿园 学位") == "1200个"
    assert figure(offices, "省级机关幼儿园有几家?") == "5家"


def test_per_square_metre_of_floor_space(offices: Engine) -> None:
    assert figure(offices, "每平方米建筑面积的能耗比2012年降了多少?") == "18.9%"
