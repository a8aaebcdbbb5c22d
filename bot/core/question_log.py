"""What users asked and what the bot did with it, for the people who run it (`/misses`).

One row per question in the scores' SQLite file: when, the kind of chat, the question and its
normal form, the outcome (answered, unsure: declined with candidates, unanswered), the fact given
or the candidates, and feedback from the answer's buttons. No user ids or names are kept.
The log is bounded: past `keep` rows the oldest go. Writes come from a worker thread (the bot
never waits for them), hence the lock.
"""

from __future__ import annotations

import contextlib
import json
import secrets
import sqlite3
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from bot.core.errors import StoreError
from bot.core.models import Match
from bot.core.store import Store, connect

DEFAULT_KEEP = 20_000
PRUNE_EVERY = 100  # rows written between prunings

SCHEMA = """
CREATE TABLE IF NOT EXISTS questions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    token TEXT NOT NULL UNIQUE,
    at REAL NOT NULL,
    chat_type TEXT NOT NULL,
    question TEXT NOT NULL,
    normalized TEXT NOT NULL,
    outcome TEXT NOT NULL,
    fact_id TEXT,
    candidates TEXT NOT NULL,
    feedback TEXT
);
CREATE INDEX IF NOT EXISTS questions_at ON questions (at);
"""

ANSWERED, UNSURE, UNANSWERED = "answered", "unsure", "unanswered"


def outcome_of(match: Match) -> str:
    if match.answered:
        return ANSWERED
    return UNSURE if match.alternatives or match.nearest or match.refusal else UNANSWERED


@dataclass(frozen=True, slots=True)
class Entry:
    question: str
    normalized: str
    chat_type: str
    outcome: str
    fact_id: str | None
    candidates: tuple[str, ...]
    token: str = field(default_factory=lambda: secrets.token_hex(6))  # what a feedback button names
    at: float = field(default_factory=time.time)

    @classmethod
    def of(cls, question: str, normalized: str, chat_type: str, match: Match) -> Entry:
        best = match.best if match.answered else None
        candidates = tuple(c.fact.id for c in match.alternatives)
        if match.nearest is not None:
            candidates = (match.nearest.fact.id, *candidates)
        return cls(question, normalized, chat_type, outcome_of(match), best.id if best else None, candidates)


@dataclass(frozen=True, slots=True)
class Miss:
    """Questions that normalise to one text and were not answered, or were reported wrong."""

    normalized: str
    example: str  # one of the questions as a user wrote it
    example_id: int  # its row, for the hit test button
    count: int
    unanswered: int
    unsure: int
    reported_wrong: int
    candidate: str | None  # the best candidate fact id, if any
    last: float


class QuestionLog:
    def __init__(self, directory: str | Path, keep: int = DEFAULT_KEEP) -> None:
        self.path = Path(directory) / Store.FILE_NAME
        self.keep = keep
        self._lock = threading.Lock()
        self._written = 0
        self.conn = connect(self.path, SCHEMA, "question log")

    def close(self) -> None:
        self.conn.close()

    @contextlib.contextmanager
    def _guard(self) -> Iterator[None]:
        with self._lock:
            try:
                yield
            except (sqlite3.Error, OSError) as exc:
                raise StoreError(f"question log {self.path}: {exc}") from exc

    def record(self, entry: Entry) -> None:
        with self._guard():
            self.conn.execute(
                "INSERT INTO questions (token, at, chat_type, question, normalized, outcome, fact_id, candidates) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (entry.token, entry.at, entry.chat_type, entry.question, entry.normalized, entry.outcome,
                 entry.fact_id, json.dumps(entry.candidates)),
            )
            self._written += 1
            if self._written % PRUNE_EVERY == 0:
                self._prune()

    def prune(self) -> None:
        with self._guard():
            self._prune()

    def _prune(self) -> None:
        self.conn.execute("DELETE FROM questions WHERE id <= (SELECT MAX(id) FROM questions) - ?", (self.keep,))

    def feedback(self, token: str, kind: str) -> bool:
        """Mark the question a button named as reported 'wrong' or 'good'; False if it is gone."""
        with self._guard():
            cursor = self.conn.execute("UPDATE questions SET feedback = ? WHERE token = ?", (kind, token))
            return cursor.rowcount > 0

    def question(self, row_id: int) -> str | None:
        with self._guard():
            row = self.conn.execute("SELECT question FROM questions WHERE id = ?", (row_id,)).fetchone()
            return str(row[0]) if row else None

    def count(self) -> int:
        with self._guard():
            return int(self.conn.execute("SELECT COUNT(*) FROM questions").fetchone()[0])

    def misses(self, since: float, limit: int = 10) -> list[Miss]:
        """The most frequent unanswered, unsure and reported-wrong questions since `since`, grouped
        by their normal form, most frequent (then most recent) first."""
        with self._guard():
            rows = self.conn.execute(
                "SELECT id, question, normalized, outcome, fact_id, candidates, feedback, at FROM questions "
                "WHERE at >= ? AND (outcome != ? OR feedback = 'wrong') ORDER BY id", (since, ANSWERED),
            ).fetchall()
        groups: dict[str, list[tuple[int, str, str, str | None, list[str], str | None, float]]] = {}
        for row_id, question, normalized, outcome, fact_id, candidates, feedback, at in rows:
            groups.setdefault(normalized, []).append(
                (row_id, question, outcome, fact_id, json.loads(candidates), feedback, at))
        misses = []
        for normalized, items in groups.items():
            last = items[-1]
            candidate = next((c[0] for *_, c, _, _ in reversed(items) if c), None) or next(
                (fact for _, _, _, fact, _, _, _ in reversed(items) if fact), None)
            misses.append(Miss(
                normalized, last[1], last[0], len(items),
                sum(o == UNANSWERED for _, _, o, *_ in items), sum(o == UNSURE for _, _, o, *_ in items),
                sum(f == "wrong" for *_, f, _ in items), candidate, last[6]))
        misses.sort(key=lambda m: (-m.count, -m.last))
        return misses[:limit]
