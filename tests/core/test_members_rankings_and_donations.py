"""Rules on drafted knowledge: members counted by 个, top lists (全国500强 is no place, 500强 is
no 100强), places counted by another figure of the clause, a yearly average asked of a level, a
word that sorts by where (海外资产), 件（人）次 as one figure, a negation inside a cause, people
counted by 个, so many in a thousand, a list whose items name their figures first, a clause that
goes on doing what the thing before is named for (…志愿者达到6万人，实现捐献200例), and a thing
counted that the sentence never names (红十字会有多少专职工作人员)."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.text_figures import find_figures
from tests.core.drafted import drafted_engine, figure, ruled_out

MERCHANTS = """全省工商联工作
9月28日

总量。2021年，全省民营经济实现增加值9000亿元，是2012年的2.1倍。全省民营企业有2家入选“中国民营企业500强”，15家入选“云南企业100强”。

组织。全省共有各级工商联组织120个，实现县（市、区）全覆盖；会员总数达到8万个，其中企业会员5万个。

帮扶。全省1500家民营企业结对帮扶2100个村，带动20万脱贫人口增收。
"""

PETITIONS = """全省信访工作
9月21日

总量。2021年，全省信访总量为10万件（人）次，其中来信1.5万件、来访3万人次。

追责。对工作中失职失责的300名干部进行了责任追究。
"""

RED_CROSS = """全省红十字工作
10月9日

捐献。十年来，全省累计实现遗体捐献800例、人体器官捐献1500例；造血干细胞捐献登记志愿者达到6万人，实现捐献200例。

献血。2021年，全省无偿献血达到40万人次，千人口献血率达到9.5‰。

救助。资助贫困白血病儿童3000余名。全省共有红十字会员30万人。
"""

STATE_ASSETS = """全省国资工作
10月1日

资产。全省国有企业资产总额由2012年的1万亿元增长到2021年的3万亿元。
"""


@pytest.fixture(scope="module")
def merchants(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("merchants"), MERCHANTS, "merchants")


@pytest.fixture(scope="module")
def petitions(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("petitions"), PETITIONS, "petitions")


@pytest.fixture(scope="module")
def red_cross(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("red-cross"), RED_CROSS, "red-cross")


def test_members_counted_by_ge_are_no_people(merchants: Engine) -> None:
    # 会员有多少个: a member may be a body; the figures in 个 answer.
    assert figure(merchants, "工商联里以企业身份入会的会员有多少个?") == "5万个"


def test_what_the_whole_is_of_said_before_it_names_no_other_kind(merchants: Engine) -> None:
    # 各级工商联组织120个；会员总数达到8万个，其中企业会员5万个: 商会会员 are all the members.
    assert figure(merchants, "全省工商联会员总数达到多少个?") == "8万个"


def test_a_noun_said_only_by_the_subject_and_counted_by_another_figure(merchants: Engine) -> None:
    # The draft keys 5万个 with the sentence's subject (各级工商联组织), which another figure counts.
    assert "another figure" in ruled_out(merchants, "县级工商联组织有多少个?", "5万个")
    assert figure(merchants, "县级工商联组织有多少个?") is None


def test_a_top_list_names_no_place_and_another_size_is_another_list(merchants: Engine) -> None:
    assert figure(merchants, "有几家云南民企进了全国500强?") == "2家"
    assert "another rank" in ruled_out(merchants, "入选中国企业500强的云南企业有几家?", "15家")
    assert figure(merchants, "入选云南企业一百强的有几家?") == "15家"


def test_places_counted_by_another_figure_of_the_clause(merchants: Engine) -> None:
    # 1500家民营企业结对帮扶2100个村: 村 counted by 2100个, not by 1500家.
    assert "another figure of the clause" in ruled_out(merchants, "民营企业结对帮扶了多少个村?", "1500家")
    assert figure(merchants, "民营企业一共帮了多少个村子?") == "2100个"
    # A place closing the question, narrowed (贫困县): no clause here counts counties.
    assert figure(merchants, "民营企业帮扶了多少个贫困县?") is None


def test_people_asked_whose_income_rose_ask_no_money(merchants: Engine) -> None:
    assert figure(merchants, "有多少脱贫群众因为结对帮扶增加了收入?") == "20万"


def test_a_yearly_average_asked_of_a_level(merchants: Engine) -> None:
    assert "yearly average" in ruled_out(merchants, "民营经济增加值年均增长多少?", "9000亿元")


def test_a_word_that_sorts_by_where_narrows_the_kind_written(tmp_path_factory: pytest.TempPathFactory) -> None:
    engine = drafted_engine(tmp_path_factory.mktemp("state-assets"), STATE_ASSETS, "state-assets")
    assert figure(engine, "全省国企资产有多少?") == "3万亿元"
    assert figure(engine, "全省国企海外资产有多少?") is None


def test_one_figure_in_two_measures(petitions: Engine) -> None:
    assert [(f.text, f.unit) for f in find_figures("全省信访总量为10万件（人）次，")] == [("10万件（人）次", "件次")]
    # 人次 of 来访3万人次 is another figure's measure word: 来信件数 asks 1.5万件.
    assert figure(petitions, "来信 件数") == "1.5万件"


def test_a_negation_inside_a_cause_negates_no_deed(petitions: Engine) -> None:
    assert "did not happen" not in ruled_out(petitions, "有多少干部因为工作没干好被追责了?", "300名")
    assert figure(petitions, "被追究责任的干部有多少名?") == "300名"


def test_people_counted_by_ge(red_cross: Engine) -> None:
    assert figure(red_cross, "资助了多少个得白血病的穷孩子?") == "3000余名"


def test_so_many_in_a_thousand(red_cross: Engine) -> None:
    assert "asks ‰" in ruled_out(red_cross, "每一千个人里有多少人献血?", "40万人次")
    assert ruled_out(red_cross, "每一千个人里有多少人献血?", "9.5‰") == ""


def test_the_next_item_of_a_list_that_names_its_figures_first(red_cross: Engine) -> None:
    assert "said after this figure" in ruled_out(red_cross, "捐器官的有多少例?", "800例")
    assert ruled_out(red_cross, "捐器官的有多少例?", "1500例") == ""


def test_a_clause_that_does_what_the_thing_before_is_named_for(red_cross: Engine) -> None:
    by_figure = {f.figure: f for f in red_cross.kb.facts}
    assert any("造血干细胞" in k for k in by_figure["200例"].keywords)
    assert figure(red_cross, "全省一共实现造血干细胞捐献多少例?") == "200例"


def test_a_thing_counted_after_the_question_word_that_the_sentence_never_names(red_cross: Engine) -> None:
    assert "never" in ruled_out(red_cross, "红十字会有多少专职工作人员?", "30万人")
    assert figure(red_cross, "全省红十字会员有多少人?") == "30万人"
