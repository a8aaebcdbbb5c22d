"""Where Chinese words begin and end, from jieba-rs's dictionary (via rjieba).

Only `draft` needs it: a key phrase cut from a long clause must start and end on word edges
(最美职工…先进典型, not 国最美职工…). rjieba is imported on first use, so answering questions
never pays for it.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=4096)
def words(text: str) -> tuple[str, ...]:
    import rjieba

    return tuple(rjieba.cut(text))


def edges(text: str) -> list[int]:
    """The offsets where a word starts (0 and len(text) included)."""
    out = [0]
    for word in words(text):
        out.append(out[-1] + len(word))
    return out


@lru_cache(maxsize=4096)
def tagged(text: str) -> tuple[tuple[str, str], ...]:
    """Words with jieba's part-of-speech tags (n noun, v verb, d adverb, uv the adverbial 地, ...)."""
    import rjieba

    return tuple(rjieba.tag(text))


def without_trailing_adverbs(phrase: str) -> str:
    """`phrase` without the adverbs it ends in: 技能人才总量历史性地 (历史性地达到428万人) -> 技能人才总量.
    An adverb says how, not what is counted."""
    words = list(tagged(phrase))
    while len(words) > 1 and (words[-1][1] == "d" or words[-1] == ("地", "uv")):
        if words.pop() == ("地", "uv") and len(words) > 1:
            words.pop()  # 历史性 of 历史性地
    return "".join(w for w, _ in words)
