"""Rules on drafted knowledge met in articles on farmland, soil conservation and trade fairs: a
ratio (1:9) is one figure; 个等级 is a measure of its own; things that all did something (65个
石漠化县全部开展综合治理) are counted whole, not as those of them that did it."""

from __future__ import annotations

import pytest

from bot.core.text_figures import find_figures
from tests.core.drafted import drafted_engine, figure


def test_a_ratio_is_one_figure() -> None:
    assert [(f.text, f.unit) for f in find_figures("会展业拉动比例达到1:9，带动收入430亿元")] == [
        ("1:9", "比"), ("430亿元", "元")]


def test_grades_are_a_measure() -> None:
    assert [f.text for f in find_figures("耕地质量平均提升0.5个等级")] == ["0.5个等级"]


def test_ratio_and_grades_are_answered(tmp_path_factory: pytest.TempPathFactory) -> None:
    article = ("全省会展业\n12月8日\n\n展会规模扩大。2021年全省会展业直接收入达到48亿元，带动相关产业收入430亿元，"
               "拉动比例达到1:9。项目区耕地质量平均提升0.5个等级。农产品加工业产值与农业总产值之比达到1.6:1。\n")
    engine = drafted_engine(tmp_path_factory.mktemp("fairs"), article, "fairs")
    assert figure(engine, "会展业的拉动比例有多大?") == "1:9"
    assert figure(engine, "耕地质量提升了几个等级?") == "0.5个等级"
    # (A draft of it loads: the value a ratio is judged by is one of its terms, 1.6 of 1.6:1.)
    assert figure(engine, "农产品加工业产值与农业总产值之比是多少?") == "1.6:1"


def test_all_of_them_did_it(tmp_path_factory: pytest.TempPathFactory) -> None:
    article = ("全省石漠化治理\n12月6日\n\n石漠化治理。十年来累计完成石漠化综合治理面积1.1万平方公里，"
               "65个石漠化县全部开展综合治理。全省建成国家水土保持示范县8个。\n")
    engine = drafted_engine(tmp_path_factory.mktemp("karst"), article, "karst")
    assert figure(engine, "石漠化县有多少个?") == "65个"


def test_a_degree_or_a_listing_narrows_what_is_asked(tmp_path_factory: pytest.TempPathFactory) -> None:
    # The sources never say 轻度 or 上市: a figure of all of them is no answer about those.
    article = ("全省水土保持\n12月6日\n\n水土流失减少。2021年，全省水土流失面积为10.3万平方公里。"
               "全省建筑业产值超过100亿元的企业有12家。\n")
    engine = drafted_engine(tmp_path_factory.mktemp("degrees"), article, "degrees")
    assert figure(engine, "全省水土流失面积有多大?") == "10.3万平方公里"
    assert figure(engine, "全省轻度水土流失面积是多少?") is None
    assert figure(engine, "产值超过100亿元的建筑企业有几家?") == "12家"
    assert figure(engine, "建筑业上市企业有几家?") is None


def test_the_amount_of_a_deed_no_source_speaks_of(tmp_path_factory: pytest.TempPathFactory) -> None:
    article = ("全省公共文化\n12月2日\n\n文化惠民。全省建成农家书屋1.4万个，累计配送图书3300万册。"
               "“云南公共文化云”平台年访问量突破1.2亿人次。\n")
    engine = drafted_engine(tmp_path_factory.mktemp("reading"), article, "reading")
    assert figure(engine, "农家书屋有多少个?") == "1.4万个"
    assert figure(engine, "全省农家书屋年借阅量有多少?") is None  # no source speaks of 借阅
    assert figure(engine, "公共文化云平台访问量有多少?") == "1.2亿人次"  # 访问 it does
