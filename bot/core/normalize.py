"""One normalisation for facts and questions alike, so both sides meet in the same form.

Steps: full width -> half width (NFKC), lower case, traditional -> simplified (OpenCC),
thousands separators and Chinese numerals -> digits, punctuation and spaces dropped,
synonyms -> their canonical word. `content()` also drops fillers (请问, 多少, 吗, ...).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from bot.core.models import Lexicon
from bot.core.numerals import chinese_to_digits, ungroup

# Keep CJK, latin letters, digits, and the '.' and '+' that sit inside numbers (135.7, 1+10).
_DROP = re.compile(r"[^0-9a-z\u3400-\u4dbf\u4e00-\u9fff.+]+")
_STRAY = re.compile(r"(?<!\d)[.+]|[.+](?!\d)")
_SPACE = re.compile(r" +(?![a-z0-9])|(?<![a-z0-9]) +")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_ENGLISH_YEAR = re.compile(r"\b(in|by|since|until|before|after|from|to|of)\s+((?:19|20)\d\d)(?![\d年])")
# 经济总量 全国位次 2021: a year written alone, as in a search box (a word of its own, nothing after).
_BARE_YEAR = re.compile(r"(?:(?<=\s)|(?<=^))((?:19[5-9]|20[0-4])\d)(?=\s|$)")


@lru_cache(maxsize=1)
def _t2s() -> object:
    import opencc

    return opencc.OpenCC("t2s")


# (Not an administrative level: 州(市) is read 州市, as people say it.)
_ALTERNATIVE_CHAR = re.compile(r"(?<=[\u4e00-\u9fff])\((?![市区县镇乡州])[\u4e00-\u9fff]\)(?=[\u4e00-\u9fff])")


# 入园的比例 is 入园率, sources and questions alike; not 占全省的比例 (a share of a whole, which
# the deriver reads) nor a bare 比例 that names no rate.
_RATIO = re.compile(r"(?<=[\u4e00-\u9fff])的?比例")
# 一年能产多少糖, 产了多少万吨粮食: the amount produced, as the sources say it (产糖量, 粮食产量).
# (Not 生产: 动画片生产了多少布 is 部 mistyped, the thing made said before.)
_MADE = re.compile(r"(?<![生出])产了?((?:多少|几)(?:万|亿)?(?:吨|斤|公斤|千克)?)"
                   r"([\u4e00-\u9fff]{1,2}?)(?=[呢啊吗呀?？,，。!！]|$)")


def _as_amount_made(m: re.Match[str]) -> str:
    asked, thing = m.groups()
    return (f"产{thing}量" if len(thing) == 1 else f"{thing}产量") + asked


def _as_rate(m: re.Match[str]) -> str:
    clause = re.split(r"[，,；;。？?！!]", m.string[:m.start()])[-1]
    return m.group() if "占" in clause else "率"


def simplify(text: str) -> str:
    """Traditional -> simplified characters."""
    if text.isascii():
        return text
    return str(_t2s().convert(text))  # type: ignore[attr-defined]


def clean(text: str) -> str:
    """Width, case, script, numerals and punctuation; no lexicon involved."""
    # Lone surrogates (undecodable bytes read with surrogateescape) are no text: drop them.
    text = text.encode("utf-8", "ignore").decode("utf-8")
    text = unicodedata.normalize("NFKC", text).lower()
    # 村(居)民委员会: one character in brackets is another reading of the word (居民委员会), which
    # a question says without it (村民委员会, 村委会).
    text = _ALTERNATIVE_CHAR.sub("", text)
    text = simplify(_CONTROL.sub(" ", text))
    text = chinese_to_digits(ungroup(text))
    text = _ENGLISH_YEAR.sub(r"\1 \2年", text)  # by 2030: a year, as 2030年 is
    if re.search(r"[\u4e00-\u9fff]", text):  # (a year alone, "2021", is no search for one)
        text = _BARE_YEAR.sub(r"\1年", text)
    text = _STRAY.sub(" ", _DROP.sub(" ", text))
    # A space survives only between two latin words or numbers ("how many"); Chinese has none.
    return _SPACE.sub("", text).strip()


_BOUNDS = ("以上", "以下")


# A filler that is also the last character of a word (申请, 邀请: no 请 of politeness).
_WORDS_ENDING_IN = {"请": "申邀聘提恳宴呈"}


def _inside_word(text: str, found: re.Match[str]) -> bool:
    return found.start() > 0 and text[found.start() - 1] in _WORDS_ENDING_IN.get(found.group(), "")


def _alternation(words: list[str]) -> re.Pattern[str] | None:
    """One pattern for many words, longest match first, as prefix trees (贵阳|贵州 -> 贵(?:阳|州)),
    which `re` walks in one step per character instead of trying every word at every position
    (hundreds of synonyms made normalising a sentence cost ~0.2 ms). Words that begin or end with
    a Latin letter or digit match only whole: "in" is not the "in" of "invention"."""
    words = sorted({w for w in words if w}, key=len, reverse=True)
    if not words:
        return None
    parts = []
    latin = _prefix_tree([w for w in words if _latin_edge(w)])
    if latin:
        parts.append(f"(?<![a-z0-9])(?:{latin})(?![a-z0-9])")
    tree = _prefix_tree([w for w in words if not _latin_edge(w)])
    if tree:
        parts.append(tree)
    return re.compile("|".join(parts))


def _latin_edge(word: str) -> bool:
    return (word[0].isascii() and word[0].isalnum()) or (word[-1].isascii() and word[-1].isalnum())


def _prefix_tree(words: list[str]) -> str:
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict) -> str:  # type: ignore[type-arg]
        branches = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a word ends here: the longer ones are tried first (greedy ?)
            return f"(?:{body})?"
        return body

    return pattern(trie)


class Normalizer:
    """Normalises text with a lexicon: synonyms become canonical words, fillers can be dropped."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.synonyms = {clean(k): clean(v) for k, v in lexicon.synonyms.items() if clean(k)}
        # Canonical words match as themselves, so a short variant (省总) cannot fire inside
        # its own canonical word (省总工会 -> 省总工会工会).
        # (Only those that hold a variant: a canonical matched whole also hides the start of the
        # next word, 多少个 of 多少个体户, whose 个体户 is a variant of 个体工商户.)
        variants = list(self.synonyms)
        self.synonyms.update({v: v for v in list(self.synonyms.values())
                              if v not in self.synonyms and any(k in v for k in variants)})
        # Bounds match whole as well: 以上学历 holds 上学 (a synonym of 入学), which it does not say.
        self.synonyms.update({w: w for w in _BOUNDS if w not in self.synonyms})
        self._synonym_re = _alternation(list(self.synonyms))
        self._filler_re = _alternation([clean(w) for w in lexicon.fillers])

    def normalize(self, text: str) -> str:
        text = clean(text)
        if self._synonym_re is not None:
            text = self._synonym_re.sub(lambda m: self.synonyms[m.group()], text)
            if " " in text:  # legal aid cases -> 法律援助 案件: no space stays between Chinese words
                text = _SPACE.sub("", text).strip()
        if "比例" in text:
            text = _RATIO.sub(_as_rate, text)
        if "产" in text:
            text = _MADE.sub(_as_amount_made, text)
        return text

    def strip_fillers(self, normalized: str) -> str:
        if self._filler_re is None:
            return normalized
        return self._filler_re.sub(lambda m: m.group() if _inside_word(normalized, m) else "", normalized)

    def content(self, text: str) -> str:
        """The words that carry meaning: normalised, fillers dropped."""
        return self.strip_fillers(self.normalize(text))
