"""Text as terms the index counts: character bigrams of Chinese runs (Chinese has no spaces, and
bigrams beat a segmenter here: no dictionary to load, no segmentation errors on typos), numbers
as whole values, latin words whole; single characters as weak terms; and the same over toneless
pinyin, so that homophone typos (人材 for 人才) share terms."""

from __future__ import annotations

import functools
import importlib.util
import itertools
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

from bot.core.numerals import format_decimal, number_value

TOKEN = re.compile(r"(\d+(?:\.\d+)?)多?(万|亿)?|([a-z]+)|([\u3400-\u4dbf\u4e00-\u9fff]+)")


def number_term(digits: str, big: str) -> str:
    value = number_value(digits, big)
    return "#" + (format_decimal(value) if value is not None else digits)


def char_unigrams(text: str) -> list[str]:
    """Each Chinese character as a weak term ("'伤"), for paraphrases that share no bigram."""
    return ["'" + ch for ch in text if "\u4e00" <= ch <= "\u9fff"]


def _terms(text: str, han_terms: Callable[[str], list[str]]) -> list[str]:
    """Numbers as values, latin words whole, and a Chinese run as `han_terms` cuts it."""
    out: list[str] = []
    for m in TOKEN.finditer(text):
        digits, big, latin, han = m.groups()
        if digits:
            out.append(number_term(digits, big or ""))
        elif latin:
            out.append("@" + latin)
        else:
            out.extend(han_terms(han))
    return out


def _bigrams(han: str) -> list[str]:
    return [han] if len(han) == 1 else [han[i : i + 2] for i in range(len(han) - 1)]


def char_terms(text: str) -> list[str]:
    """Terms of normalised text: '#1357000' for 135.7万, '@how' for latin, bigrams for Chinese."""
    return _terms(text, _bigrams)


@functools.lru_cache(maxsize=1)
def _character_table() -> dict[int, str]:
    """pypinyin's table of each character's readings ({code point: "diào,tiáo"}), read as a module
    of its own: importing pypinyin loads its phrase tables first (~0.2 s of a cold `ask`), which
    single characters never need."""
    package = importlib.util.find_spec("pypinyin")
    if package is None or not package.submodule_search_locations:
        raise ImportError("pypinyin is not installed")
    source = Path(next(iter(package.submodule_search_locations))) / "pinyin_dict.py"
    spec = importlib.util.spec_from_file_location("_pypinyin_characters", source)
    if spec is None or spec.loader is None:
        raise ImportError(f"pypinyin's character table is missing: {source}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    table: dict[int, str] = module.pinyin_dict
    return table


@functools.lru_cache(maxsize=1)
def syllable_table() -> dict[str, str]:
    """Every character's toneless pinyin (its first reading), from pypinyin's character table.
    Read once."""
    return {chr(code): _toneless(readings.split(",")[0]) for code, readings in _character_table().items()}


@functools.lru_cache(maxsize=4096)
def _readings(ch: str) -> frozenset[str]:
    """The toneless readings of a character (调: diao, tiao), looked up one by one: building them
    for every character would cost a cold start a quarter of a second."""
    found = _character_table().get(ord(ch))
    return frozenset(_toneless(r) for r in found.split(",")) if found else frozenset({ch})


def _toneless(reading: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", reading.replace("ü", "v")) if not unicodedata.combining(c))


def sound_alike(a: str, b: str) -> bool:
    """Whether two characters can sound alike, in any of their readings: 条 (tiao) is a typo of
    the 调 of 调解 (tiao), though 调 is read diao first."""
    return a == b or bool(_readings(a) & _readings(b))


def _syllable(ch: str, table: dict[str, str] | None = None) -> str:
    return (table if table is not None else syllable_table()).get(ch, ch)


def pinyin_terms(text: str, table: dict[str, str] | None = None) -> list[str]:
    """char_terms over toneless pinyin, so homophones share terms."""

    def syllable_pairs(han: str) -> list[str]:
        syllables = [_syllable(ch, table) for ch in han]
        if len(syllables) == 1:
            return ["~" + syllables[0]]
        return [f"~{a}|{b}" for a, b in itertools.pairwise(syllables)]

    return _terms(text, syllable_pairs)
