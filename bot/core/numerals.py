"""Chinese numerals to digits, and numbers in any common written form to values.

Only what users really write is converted: compound numerals (一百三十五点七万, 两千一百三十一),
digit-by-digit years (二零二一), and a single numeral before a measure word (七项, 两届, 十年).
A lone 一 elsewhere (一线, 五一劳动奖章, 统一) is a word, not a number, and is left alone.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
           "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}
_BIG = {"万": Decimal(10) ** 4, "亿": Decimal(10) ** 8, "万亿": Decimal(10) ** 12}
# Measure words after which a single numeral is a count (七项行动, 两届, 四级联动, 十年).
MEASURE_WORDS = frozenset("项届级个名年月日次人位家户件场元批条种期天周岁倍成")
# A run starts and ends with a numeral: 点 only counts between two (一百三十五点七, not 试点一共).
_NUMERAL = "零〇一二两三四五六七八九十百千万亿"
_RUN = re.compile(f"[{_NUMERAL}](?:[{_NUMERAL}点]*[{_NUMERAL}])?")
# After these, a lone numeral is part of a word: 哪一年, 每一项, 第一.
_ORDINAL_BEFORE = frozenset("哪这那每第某同唯统")
# 1000多万 (120余万) is read as 1000万, as the article means it.
_NUMBER = re.compile(r"(\d+(?:\.\d+)?)[多余]?(万亿|万|亿)?")
_GROUPED = re.compile(r"(?<![\d.])\d{1,3}(?:,\d{3})+(?![\d])")


def _parse_integer(text: str) -> Decimal | None:
    total = Decimal(0)
    section = Decimal(0)
    digit: int | None = None
    for ch in text:
        if ch in _DIGITS:
            if digit:
                return None  # 十三五, 十四五: a plan's name, not 15 (only 零 may precede a digit)
            digit = _DIGITS[ch]
        elif ch in _UNITS:
            section += (digit if digit is not None else 1) * _UNITS[ch]
            digit = None
        elif ch in _BIG:
            section += digit or 0
            if section == 0:
                return None
            total += section * _BIG[ch]
            section = Decimal(0)
            digit = None
        else:
            return None
    return total + section + (digit or 0)


def parse_chinese(text: str) -> Decimal | None:
    """Value of a Chinese numeral such as 一百三十五点七 or 两千一百三十一; None if it is not one."""
    if not text:
        return None
    if all(ch in _DIGITS for ch in text) and len(text) > 1:
        return Decimal("".join(str(_DIGITS[ch]) for ch in text))
    whole, _, fraction = text.partition("点")
    value = _parse_integer(whole) if whole else Decimal(0)
    if value is None:
        return None
    if fraction:
        if not all(ch in _DIGITS for ch in fraction):
            return None
        value += Decimal("0." + "".join(str(_DIGITS[ch]) for ch in fraction))
    return value


def format_decimal(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _convert_run(run: str, following: str, preceding: str = "") -> str | None:
    if not any(ch in _DIGITS or ch in _UNITS for ch in run):
        return None  # 万 or 亿 alone (上万名) is a word
    if len(run) == 1 and preceding in _ORDINAL_BEFORE:
        return None
    single = len(run) == 1 or (len(run) == 2 and run[1] in _BIG)
    # (五A级景区: a grade of letters, written with a digit.)
    if single and following not in MEASURE_WORDS and run[-1] not in _BIG and following not in "AaＡ":
        return None
    if len(run) == 2 and all(ch in _DIGITS for ch in run) and following != "年":
        return None  # 九八, 五一: two bare digits are a name more often than a number
    big = run[-1] if run[-1] in _BIG and len(run) > 1 else ""
    value = parse_chinese(run[:-1] if big else run)
    if value is None:
        return None
    return format_decimal(value) + big


def chinese_to_digits(text: str) -> str:
    """Rewrite the Chinese numerals of `text` in digits, keeping a trailing 万/亿 as written."""

    def replace(m: re.Match[str]) -> str:
        following = text[m.end()] if m.end() < len(text) else ""
        preceding = text[m.start() - 1] if m.start() else ""
        return _convert_run(m.group(), following, preceding) or m.group()

    return _RUN.sub(replace, text)


def ungroup(text: str) -> str:
    """1,357,000 -> 1357000 (thousands separators only, not list commas)."""
    return _GROUPED.sub(lambda m: m.group().replace(",", ""), text)


def number_value(digits: str, big: str = "") -> Decimal | None:
    try:
        value = Decimal(digits)
    except InvalidOperation:
        return None
    return value * _BIG[big] if big else value


def numbers_in(text: str) -> list[Decimal]:
    """Values of the digit numbers in already normalised text: '135.7万人' -> [1357000]."""
    found = []
    for m in _NUMBER.finditer(text):
        value = number_value(m.group(1), m.group(2) or "")
        if value is not None:
            found.append(value)
    return found
