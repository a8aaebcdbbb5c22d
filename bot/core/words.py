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
