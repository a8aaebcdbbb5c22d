from decimal import Decimal

import pytest

from bot.core.numerals import chinese_to_digits, numbers_in, parse_chinese, ungroup


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("一百三十五点七万", "135.7万"),
        ("两千一百三十一个", "2131个"),
        ("三十一点二五亿元", "31.25亿元"),
        ("一千零五十二万元", "1052万元"),
        ("二零二一年以来", "2021年以来"),
        ("两届", "2届"),
        ("七项行动", "7项行动"),
        ("四级联动", "4级联动"),
        ("十年来", "10年来"),
        ("十万多场", "10万多场"),
        # words, not numbers
        ("一线职工", "一线职工"),
        ("五一劳动奖章", "五一劳动奖章"),
        ("上万名", "上万名"),
        ("统一", "统一"),
        ("第一工会", "第一工会"),
    ],
)
def test_chinese_to_digits(text: str, expected: str) -> None:
    assert chinese_to_digits(text) == expected


def test_parse_chinese_rejects_non_numerals() -> None:
    assert parse_chinese("一百三十五") == Decimal(135)
    assert parse_chinese("三点一四") == Decimal("3.14")
    assert parse_chinese("百万元") is None
    assert parse_chinese("") is None


def test_ungroup_only_thousands_separators() -> None:
    assert ungroup("1,357,000人") == "1357000人"
    assert ungroup("1,2,3") == "1,2,3"


def test_numbers_in_scales_wan_and_yi() -> None:
    assert numbers_in("135.7万人和31.25亿元,2131个") == [
        Decimal("1357000"), Decimal("3125000000"), Decimal(2131)
    ]


def test_numbers_in_reads_an_approximate_amount_at_its_scale() -> None:
    # 120余万人 is about 1.2 million, not 120: the validator and the typed quiz read it so.
    assert numbers_in("120余万人、1000多万人次") == [Decimal("1200000"), Decimal("10000000")]


def test_a_five_year_plan_is_a_name_not_a_number() -> None:
    # 十三五 and 十四五 once both read as 15; two digits running after a unit make no numeral.
    assert parse_chinese("十三五") is None
    assert parse_chinese("一百零五") == 105
    assert chinese_to_digits("十四五期间建成十四个") == "十四五期间建成14个"
