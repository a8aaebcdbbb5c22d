"""The answer engine: a knowledge base and its matcher, built together and never mutated.

Front ends hold one Engine and replace it whole on reload, so a question always runs against
one consistent knowledge base.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from bot.core import cache, knowledge
from bot.core.knowledge import KnowledgeBase
from bot.core.matching import Explanation, Matcher
from bot.core.models import Fact, Match


@dataclass(frozen=True)
class Engine:
    kb: KnowledgeBase
    matcher: Matcher
    load_seconds: float

    @classmethod
    def load(cls, directory: str | Path, use_cache: bool = True) -> Engine:
        """Load, validate and index; raises KnowledgeError with every problem found. A built
        engine is kept in the cache (bot/core/cache.py) and reused while nothing changed."""
        started = time.perf_counter()
        key = None
        if use_cache:
            try:
                key = cache.key_of(Path(directory), knowledge.MAX_FILE_BYTES)
            except OSError:
                key = None  # unreadable: loading says what is wrong
            cached = cache.load(key) if key else None
            if isinstance(cached, Engine):
                return replace(cached, load_seconds=time.perf_counter() - started)
        kb = knowledge.load(directory)
        matcher = Matcher(kb)
        if key:
            matcher.prepare()  # the pinyin index too, so that the cached engine needs no more work
        engine = cls(kb, matcher, time.perf_counter() - started)
        if key:
            cache.store(key, engine)
        return engine

    def ask(self, question: str) -> Match:
        return self.matcher.match(question)

    def explain(self, question: str) -> Explanation:
        """The answer with how it was reached, for whoever debugs a miss (`python -m bot why`)."""
        return self.matcher.explain(question)

    def fact(self, fact_id: str) -> Fact | None:
        return self.kb.by_id.get(fact_id)


def match_json(match: Match) -> dict[str, Any]:
    """The `ask --json` contract: keep these keys stable; add, never rename."""
    best = match.best if match.answered else None
    return {
        "answered": match.answered,
        "fact_id": best.id if best else None,
        "figure": best.figure if best else None,
        "sentence": best.sentence if best else None,
        "source": best.source if best else None,
        "score": round(match.score, 4),
        "alternatives": [
            {"fact_id": c.fact.id, "figure": c.fact.figure, "score": round(c.score, 4)}
            for c in match.alternatives
        ]
        + [{"fact_id": f.id, "figure": f.figure, "score": round(match.score, 4)}
           for f in match.facts[1:]],
    }


def fact_json(fact: Fact) -> dict[str, Any]:
    """The `facts --json` contract: one object per fact, the fields of its YAML entry."""
    return {
        "id": fact.id, "topic": fact.topic, "figure": fact.figure, "value": fact.value,
        "unit": fact.unit, "keywords": list(fact.keywords), "aliases": list(fact.aliases),
        "sentence": fact.sentence, "source": fact.source, "question": fact.question,
    }
