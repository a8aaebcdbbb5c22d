"""A noun narrowed by a word no source uses, where the fact narrows it with another."""

from __future__ import annotations

from bot.core.modifiers import clash, head_clash, unknown_heads, unknown_modifiers

CORPUS = "2021年全省绿色能源装机达到9500万千瓦,绿色能源发电量3500亿千瓦时。县城污水处理率达到95.3%。"


def test_a_modifier_no_source_uses_is_found_with_its_noun() -> None:
    assert unknown_modifiers("光伏发电量有多少", CORPUS, ()) == (("光伏", "发电量"),)
    assert unknown_modifiers("绿色能源发电量有多少", CORPUS, ()) == ()  # every word is the sources'
    assert unknown_modifiers("2012年的时候发电量是多少", CORPUS, ()) == ()  # 时候 says when, not what kind
    assert unknown_modifiers("全省发电量", CORPUS, ("全省",)) == ()  # a place is judged by the place rules
    # A word of where (水上, tagged as a place word) narrows the noun as well.
    assert unknown_modifiers("水上发电量有多少", CORPUS, ()) == (("水上", "发电量"),)


def test_another_kind_clashes_but_a_short_form_or_a_typo_does_not() -> None:
    clause = "绿色能源发电量3500亿千瓦时"
    assert "绿色能源发电量" in clash(clause, (("光伏", "发电量"),), "光伏发电量有多少")
    assert clash(clause, (("绿电", "发电量"),), "绿电发电量有多少") == ""  # 绿 is shared: a short form
    assert clash(clause, (("录色能源", "发电量"),), "录色能源发电量") == ""  # a typo shares the rest
    assert clash("县城污水处理率达到95.3%", (("乡镇", "污水处理"),), "乡镇污水处理率") != ""
    assert clash(clause, (), "发电量") == ""


def test_a_character_shared_inside_another_word_is_no_short_form() -> None:
    clause = "职工基本医疗保险参保人数达到648万人"
    assert clash(clause, (("工伤", "保险"),), "工伤保险参保人数有多少") != ""  # 工 of 职工, no 工伤
    assert clash("累计核查住房、车辆等信息23万人次", (("房产", "车辆"),), "房产车辆信息核实了多少") == ""  # 房 of 住房


def test_a_shared_head_alone_is_another_kind() -> None:
    # 新生儿 and 婴儿 share only 儿, the head both narrow: another group, not a typo.
    assert "婴儿死亡率" in clash("婴儿死亡率从10.46‰下降到4.47‰", (("新生儿", "死亡率"),), "新生儿死亡率是多少")
    assert clash("婴儿死亡率从10.46‰下降到4.47‰", (("婴孩", "死亡率"),), "婴孩死亡率是多少") == ""  # 婴 shared


def test_a_noun_begun_inside_a_word_keeps_its_modifier() -> None:
    # The tagger writes 城市污水/处理率: 污水处理 is narrowed by 城市 all the same.
    assert "城市" in clash("城市污水处理率达到97%", (("乡镇", "污水处理"),), "乡镇污水处理率是多少")
    # A number is no modifier: 600多万人次 does not narrow 人次 by 多万.
    assert clash("600多万人次线上线下观展", (("参观", "人次"),), "参观人次有多少") == ""


def test_a_word_the_tagger_keeps_whole_is_split_where_the_sources_noun_begins() -> None:
    corpus = "已知高等植物19365种,脊椎动物2273种。"
    assert unknown_modifiers("低等植物有多少种", corpus, ()) == (("低等", "植物"),)  # not 低 of 等植物
    assert "高等植物" in clash("已知高等植物19365种", (("低等", "植物"),), "低等植物有多少种")
    assert unknown_modifiers("高等植物有多少种", corpus, ()) == ()


def test_a_noun_no_source_says_after_a_word_one_does() -> None:
    corpus = "全省注册运动员1.8万人。"
    heads = unknown_heads("注册教练员有多少人", corpus, ())
    assert heads == (("注册", "教练员"),)
    assert "注册运动员" in head_clash("注册运动员1.8万人", heads)
    assert head_clash("组织职工医疗互助活动", (("互助", "医疗保障"),)) == ""  # another ending: a paraphrase
