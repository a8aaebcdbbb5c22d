"""Rules on drafted knowledge met in an article on vegetables: a season (夏秋, a time word to the
tagger) sorts what it is said of like any modifier, so 夏秋蔬菜 is no 冬春蔬菜; a figure of a level
and the ones above it (省级以上) is no answer about that level alone."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.core.drafted import drafted_engine, figure

ARTICLE = """全省蔬菜产业
11月21日

产业规模。全省冬春蔬菜种植面积达到650万亩，蔬菜产量达到2500万吨。全省培育蔬菜产业省级以上龙头企业130户，其中国家级龙头企业10户。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("vegetables"), ARTICLE, "vegetables")


def test_a_season_sorts_what_it_is_said_of(engine: Engine) -> None:
    assert figure(engine, "全省冬春蔬菜种植面积是多少?") == "650万亩"
    assert figure(engine, "全省夏秋蔬菜种植面积是多少?") is None


def test_a_level_and_above_is_no_answer_for_the_level_alone(engine: Engine) -> None:
    assert figure(engine, "全省省级以上蔬菜龙头企业有多少户?") == "130户"
    assert figure(engine, "全省省级蔬菜龙头企业有多少户?") is None
    assert figure(engine, "全省国家级蔬菜龙头企业有多少户?") == "10户"


def test_words_read_across_a_word_edge_are_not_said(tmp_path_factory: pytest.TempPathFactory) -> None:
    # 城市管理 holds 市管 (managed by the city) and 数字化城 (as 景洪港 is a port): neither is said.
    article = ("全省城市管理\n11月23日\n\n智慧城管。全省120个县（市、区）全部建成数字化城市管理平台，"
               "累计受理城市管理问题1500万件，结案率达到95%。全省城市道路总长度达到1.1万公里。\n")
    engine = drafted_engine(tmp_path_factory.mktemp("platforms"), article, "platforms")
    assert figure(engine, "建成数字化城市管理平台的县有多少个?") == "120个"
    assert figure(engine, "数字化城市管理平台受理的问题有多少件?") == "1500万件"
