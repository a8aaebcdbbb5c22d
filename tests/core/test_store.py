"""Scores in SQLite survive a new process and a kill -9; interrupted rounds are reported once."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.core.errors import StoreError
from bot.core.store import Store

ROOT = Path(__file__).resolve().parents[2]


def test_scores_persist_across_stores(tmp_path: Path) -> None:
    store = Store(tmp_path)
    store.award(1, 10, "甲", 1)
    store.award(1, 11, "乙", 1)
    store.award(1, 11, "乙二", 1)
    store.award(2, 10, "甲", 5)  # another chat, scored separately
    store.close()
    again = Store(tmp_path)
    assert again.leaderboard(1) == [(11, "乙二", 2), (10, "甲", 1)]
    assert again.standing(1, 10) == (1, 2)
    assert again.standing(2, 10) == (5, 1)
    assert again.standing(1, 99) is None
    assert again.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_leaderboard_is_limited_and_ordered(tmp_path: Path) -> None:
    store = Store(tmp_path)
    for user in range(15):
        store.award(1, user, f"u{user}", user + 1)
    board = store.leaderboard(1, 10)
    assert [u for u, _, _ in board] == list(range(14, 4, -1))


def test_interrupted_rounds_are_taken_once(tmp_path: Path) -> None:
    store = Store(tmp_path)
    store.save_round(5, "typed", 1, ["a", "b"], 1)
    store.save_round(6, "poll", 1, ["c"], 0)
    store.delete_round(6)
    store.close()
    again = Store(tmp_path)
    assert again.take_interrupted_rounds() == [5]
    assert again.take_interrupted_rounds() == []


WRITER = """
import sys
import pytest

from bot.core.errors import StoreError
from bot.core.store import Store
store = Store(sys.argv[1])
print("ready", flush=True)
i = 0
while True:
    store.award(i % 3, i % 7, f"user{i % 7}", 1)
    i += 1
"""


def test_kill_9_leaves_whole_scores(tmp_path: Path) -> None:
    command = [sys.executable, "-c", WRITER, str(tmp_path)]
    writer = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert writer.stdout is not None
    assert writer.stdout.readline().strip() == "ready"
    time.sleep(0.5)
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    conn = sqlite3.connect(tmp_path / Store.FILE_NAME)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    rows = conn.execute("SELECT chat_id, user_id, points FROM scores").fetchall()
    total = sum(p for _, _, p in rows)
    assert total > 0
    # Awards go round-robin over (chat i%3, user i%7): the counts of a prefix of that sequence.
    expected: dict[tuple[int, int], int] = {}
    for i in range(total):
        expected[(i % 3, i % 7)] = expected.get((i % 3, i % 7), 0) + 1
    assert {(c, u): p for c, u, p in rows} == expected


def test_damaged_places_raise_one_error_naming_the_file(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage"
    garbage.mkdir()
    (garbage / Store.FILE_NAME).write_bytes(b"\x00not a database\xff" * 512)
    not_a_dir = tmp_path / "file"
    not_a_dir.write_text("x")
    for directory in (garbage, not_a_dir):
        with pytest.raises(StoreError, match=Store.FILE_NAME):
            Store(directory)


def test_a_deleted_database_is_logged(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    store = Store(tmp_path)
    store.award(1, 1, "甲", 1)
    for path in tmp_path.iterdir():
        path.unlink()
    store.award(1, 1, "甲", 1)
    store.award(1, 1, "甲", 1)
    deleted = [r for r in caplog.records if "was deleted" in r.getMessage()]
    assert len(deleted) == 1  # once, not per write
