"""Where Chinese words begin and end, from jieba-rs's dictionary (via rjieba).

`draft` cuts key phrases on word edges (最美职工…先进典型, not 国最美职工…); the matcher finds
the short forms of the sources' terms (bot.core.abbreviations) when it is built, and segments a
question only when it holds one. rjieba is imported on first use.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rjieba import Jieba


@lru_cache(maxsize=1)
def segmenter() -> Jieba:
    """The segmenter rjieba builds on import (its dictionary loads in ~0.1 s); a second
    `rjieba.Jieba()` would load the dictionary again."""
    import rjieba

    return rjieba._DEFAULT_JIEBA


def is_word(text: str) -> bool:
    """`text` is a word of the dictionary (技工, 工人), not a new short form."""
    return segmenter().has_word(text)


@lru_cache(maxsize=4096)
def words(text: str) -> tuple[str, ...]:
    return tuple(segmenter().cut(text))


def edges(text: str) -> list[int]:
    """The offsets where a word starts (0 and len(text) included)."""
    out = [0]
    for word in words(text):
        out.append(out[-1] + len(word))
    return out


@lru_cache(maxsize=4096)
def tagged(text: str) -> tuple[tuple[str, str], ...]:
    """Words with jieba's part-of-speech tags (n noun, v verb, d adverb, uv the adverbial 地, ...).
    A unit of time glued to the next word after a number (2021/年国控) is the number's."""
    words: list[tuple[str, str]] = []
    for word, tag in segmenter().tag(text):
        if words and words[-1][1] == "m" and len(word) > 1 and word[0] in "年月日号" and tag != "m":
            words[-1] = (words[-1][0] + word[0], "m")
            word = word[1:]
        words.append((word, tag))
    return tuple(words)


def without_trailing_adverbs(phrase: str) -> str:
    """`phrase` without the adverbs it ends in: 技能人才总量历史性地 (历史性地达到428万人) -> 技能人才总量.
    An adverb says how, not what is counted."""
    words = list(tagged(phrase))
    while len(words) > 1 and (words[-1][1] == "d" or words[-1] == ("地", "uv")):
        if words.pop() == ("地", "uv") and len(words) > 1:
            words.pop()  # 历史性 of 历史性地
    return "".join(w for w, _ in words)


@lru_cache(maxsize=4096)
def pieces(word: str) -> tuple[str, ...]:
    """The shorter dictionary words inside `word`, in order (代表大会 -> 代表, 大会, 代表大会)."""
    return tuple(segmenter().cut_for_search(word))
