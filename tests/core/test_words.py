"""Word segmentation and tagging (bot.core.words)."""

from __future__ import annotations

from bot.core.words import tagged, without_trailing_adverbs


def test_a_unit_of_time_glued_to_the_next_word_goes_back_to_its_number() -> None:
    words = tagged("2021年国控断面水质优良比例")
    assert words[0] == ("2021年", "m")
    assert "".join(w for w, _ in words) == "2021年国控断面水质优良比例"  # nothing lost or added
    assert ("国控", "j") in words


def test_a_unit_of_time_that_is_a_word_of_its_own_stays() -> None:
    assert [w for w, _ in tagged("2021年的时候")] == ["2021", "年", "的", "时候"]


def test_trailing_adverbs_are_no_part_of_a_noun() -> None:
    assert without_trailing_adverbs("技能人才总量历史性地") == "技能人才总量"
