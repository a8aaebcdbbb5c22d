"""Rules on drafted knowledge met in articles on intangible heritage and the nationalities: a
level said alone (州（市）级1790项) names the noun said with the level before it; an item of a
list that begins as a word of the item before (示范州（市）5个、示范县（市、区）24个) shares what
stands before that word; 非遗 split by the tagger (非/遗工坊) is no group named by negation."""

from __future__ import annotations

import pytest

from tests.core.drafted import drafted_engine, figure


def test_a_level_alone_names_the_noun_before(tmp_path_factory: pytest.TempPathFactory) -> None:
    article = ("全省非遗保护\n12月22日\n\n名录体系完善。全省共有国家级非遗代表性项目145项；省级非遗代表性项目450项，"
               "州（市）级1790项，县级5890项。全省建设非遗工坊280家。\n")
    engine = drafted_engine(tmp_path_factory.mktemp("heritage"), article, "heritage")
    assert figure(engine, "县级非遗代表性项目有几项?") == "5890项"
    assert figure(engine, "州市级非遗代表性项目有多少项?") == "1790项"
    assert figure(engine, "省级非遗代表性项目有多少项?") == "450项"
    assert figure(engine, "全省建设非遗工坊多少家?") == "280家"


def test_the_next_item_shares_the_words_before_its_first(tmp_path_factory: pytest.TempPathFactory) -> None:
    article = ("全省民族工作\n12月27日\n\n民族团结。全省创建全国民族团结进步示范州（市）5个、示范县（市、区）24个。"
               "全省8个民族自治州地区生产总值达到1.2万亿元。\n")
    engine = drafted_engine(tmp_path_factory.mktemp("unity"), article, "unity")
    keys = {fact.figure: fact.keywords[0] for fact in engine.kb.facts}
    assert keys["24个"] == "全国民族团结进步示范县市区"
    assert figure(engine, "全国民族团结进步示范县有多少个?") == "24个"
