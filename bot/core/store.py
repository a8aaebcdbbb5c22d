"""Scores and running rounds in SQLite (standard library), WAL mode, one transaction per change.

A kill -9 can lose at most the change being written, never half of it: each award updates the
chat's score in one transaction. Running rounds are recorded so that the next start can cancel
them cleanly and tell their chats.

Every failure of the database (a damaged or read-only file, a full disk, DATA_DIR being a file)
comes out as one StoreError naming the file, never as a bare sqlite3 or OS error: callers decide
whether to go on without quizzes or to tell the chat that something was not saved.
"""

from __future__ import annotations

import contextlib
import json
import logging
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

from bot.core.errors import StoreError

log = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS scores (
    chat_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    name TEXT NOT NULL,
    points INTEGER NOT NULL DEFAULT 0,
    updated REAL NOT NULL,
    PRIMARY KEY (chat_id, user_id)
);
CREATE TABLE IF NOT EXISTS chat_settings (
    chat_id INTEGER PRIMARY KEY,
    open_period INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS rounds (
    chat_id INTEGER PRIMARY KEY,
    mode TEXT NOT NULL,
    starter_id INTEGER NOT NULL,
    questions TEXT NOT NULL,
    question_index INTEGER NOT NULL,
    started REAL NOT NULL
);
"""


def connect(path: Path, schema: str, what: str) -> sqlite3.Connection:
    """The database file at `path` (made if missing), WAL mode, `schema` applied; a StoreError
    naming `what` and the file when any of it fails. Usable from any thread (callers lock)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.executescript(schema)
        return conn
    except (sqlite3.Error, OSError) as exc:
        raise StoreError(f"{what} {path}: {exc}") from exc


class Store:
    FILE_NAME = "quiz.sqlite3"

    def __init__(self, directory: str | Path) -> None:
        self.path = Path(directory) / self.FILE_NAME
        self._deletion_logged = False
        # Handlers call this from the event loop thread only; the flag lets tests close it elsewhere.
        self.conn = connect(self.path, SCHEMA, "quiz database")

    def close(self) -> None:
        self.conn.close()

    @contextlib.contextmanager
    def _guard(self) -> Iterator[None]:
        """Turn the database's and the file system's errors into a StoreError naming the file."""
        self._notice_deletion()
        try:
            yield
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"quiz database {self.path}: {exc}") from exc

    def _notice_deletion(self) -> None:
        """An open SQLite file that was deleted keeps working until the process ends, and then
        every score is gone: say so loudly, once, as soon as it is noticed."""
        if not self._deletion_logged and not self.path.exists():
            self._deletion_logged = True
            log.error("quiz database %s was deleted while the bot runs: scores written from now on "
                      "are lost at the next start", self.path)

    def award(self, chat_id: int, user_id: int, name: str, points: int) -> None:
        with self._guard(), self.conn:
            self.conn.execute("BEGIN IMMEDIATE")
            self.conn.execute(
                "INSERT INTO scores (chat_id, user_id, name, points, updated) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (chat_id, user_id) DO UPDATE SET points = points + excluded.points, "
                "name = excluded.name, updated = excluded.updated",
                (chat_id, user_id, name, points, time.time()),
            )

    def leaderboard(self, chat_id: int, limit: int = 10) -> list[tuple[int, str, int]]:
        with self._guard():
            rows = self.conn.execute(
                "SELECT user_id, name, points FROM scores WHERE chat_id = ? AND points > 0 "
                "ORDER BY points DESC, updated ASC LIMIT ?", (chat_id, limit),
            ).fetchall()
            return [(int(u), str(n), int(p)) for u, n, p in rows]

    def standing(self, chat_id: int, user_id: int) -> tuple[int, int] | None:
        """(points, rank) of a user in a chat; rank 1 is the best, ties share the better rank."""
        with self._guard():
            row = self.conn.execute(
                "SELECT points FROM scores WHERE chat_id = ? AND user_id = ?", (chat_id, user_id)
            ).fetchone()
            if row is None or row[0] <= 0:
                return None
            better = self.conn.execute(
                "SELECT COUNT(*) FROM scores WHERE chat_id = ? AND points > ?", (chat_id, row[0])
            ).fetchone()[0]
            return int(row[0]), int(better) + 1

    def open_period(self, chat_id: int) -> int | None:
        """Seconds a question stays open in this chat, if the chat chose it."""
        with self._guard():
            row = self.conn.execute("SELECT open_period FROM chat_settings WHERE chat_id = ?", (chat_id,)).fetchone()
            return int(row[0]) if row else None

    def set_open_period(self, chat_id: int, seconds: int) -> None:
        with self._guard(), self.conn:
            self.conn.execute("INSERT OR REPLACE INTO chat_settings (chat_id, open_period) VALUES (?, ?)",
                              (chat_id, seconds))

    def save_round(self, chat_id: int, mode: str, starter_id: int, fact_ids: list[str], index: int) -> None:
        with self._guard(), self.conn:
            self.conn.execute(
                "INSERT OR REPLACE INTO rounds (chat_id, mode, starter_id, questions, question_index, started) "
                "VALUES (?, ?, ?, ?, ?, ?)", (chat_id, mode, starter_id, json.dumps(fact_ids), index, time.time()),
            )

    def delete_round(self, chat_id: int) -> None:
        with self._guard(), self.conn:
            self.conn.execute("DELETE FROM rounds WHERE chat_id = ?", (chat_id,))

    def take_interrupted_rounds(self) -> list[int]:
        """Chats with a round recorded as running; the records are removed in the same transaction."""
        with self._guard():
            with self.conn:
                self.conn.execute("BEGIN IMMEDIATE")
                chats = [int(r[0]) for r in self.conn.execute("SELECT chat_id FROM rounds ORDER BY started")]
                self.conn.execute("DELETE FROM rounds")
            return chats
