"""Short forms of the sources' own terms (法援 for 法律援助), found from the text alone."""

from __future__ import annotations

from pathlib import Path

from bot.core.abbreviations import abbreviations, expand, tables
from tests.core.drafted import drafted_engine, figure

TEXT = "全年办理法律援助案件1200件,召开职工代表大会3次,推进产业工人队伍建设改革。"


def test_first_characters_of_the_parts_make_the_short_form() -> None:
    table = abbreviations([TEXT])
    assert table["法援"] == "法律援助"
    assert table["职代会"] == "职工代表大会"
    assert table["产改"] == "产业工人队伍建设改革"


def test_two_names_joined_by_a_dash_shorten_as_one() -> None:
    assert abbreviations(["澜沧江—湄公河国际航运年货运量保持在40万吨。"])["澜湄"] == "澜沧江湄公河"


def test_a_last_character_naming_the_kind_of_place_is_a_part() -> None:
    assert abbreviations(["全省有国家级经济技术开发区5个。"])["经开区"] == "经济技术开发区"


def test_what_is_done_to_the_things_named_ends_the_name() -> None:
    assert abbreviations(["全省实施棚户区改造86万套。"])["棚改"] == "棚户区改造"


def test_dictionary_words_and_forms_the_sources_write_are_no_abbreviations() -> None:
    table = abbreviations([TEXT + "技能工人队伍不断壮大。", "推动产改走深走实。" + TEXT])
    assert table["技队"] == "技能工人队伍"
    assert "技工" not in table  # 技能|工人 gives it, but it is a word of its own
    assert "产改" not in table  # the sources write it: matched as written


def test_only_whole_words_of_a_question_are_written_out() -> None:
    table = abbreviations([TEXT + "推进工人队伍建设改革。"])
    assert expand("法援案件有多少", table).startswith("法律援助案件")
    assert expand("职工改善生活", table) == "职工改善生活"  # 工改 inside two words is none


def test_a_question_in_short_forms_is_answered(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, "全省工会维权\n11月3日\n\n依法维权。" + TEXT + "\n", "rights")
    assert figure(engine, "法援案子一共办了多少件") == "1200件"
    assert figure(engine, "职代会开了几次") == "3次"


def test_a_long_form_joined_by_he_is_read_as_the_short_form_the_sources_write() -> None:
    unwritten, written = tables(["省林业和草原局介绍，全省林草产业总产值达到2920亿元。2021年森林覆盖率达到65%。"])
    assert written == {"林业和草原": "林草"}  # not 年森 of 2021年森林: no word of its own
    assert "林草" not in unwritten
    assert tables(["文化和旅游厅介绍，全省文化产业增加值达到600亿元。"])[0]["文旅"] == "文化和旅游"
