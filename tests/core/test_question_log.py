"""The question log: what it keeps (never who asked), pruning, grouping for /misses, feedback."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from bot.core.models import Candidate, Fact, Match
from bot.core.question_log import ANSWERED, UNANSWERED, UNSURE, Entry, QuestionLog, outcome_of

FACT = Fact("stations", "服务", "2131个", 2131, "个", ("职工驿站",), (), "新建职工驿站2131个。", "s", "驿站多少个?")


def entry(question: str, outcome: str, normalized: str | None = None, at: float | None = None) -> Entry:
    fact = "stations" if outcome == ANSWERED else None
    candidates = ("stations",) if outcome == UNSURE else ()
    return Entry(question, normalized or question, "private", outcome, fact, candidates, at=at or time.time())


def test_the_outcome_of_a_match() -> None:
    assert outcome_of(Match("q", True, (FACT,), 0.9, ())) == ANSWERED
    assert outcome_of(Match("q", False, (), 0.4, (Candidate(FACT, 0.4),))) == UNSURE
    assert outcome_of(Match("q", False, (), 0.0, ())) == UNANSWERED


def test_nothing_about_who_asked_is_kept(tmp_path: Path) -> None:
    QuestionLog(tmp_path).record(entry("歇脚点有多少个", UNANSWERED))
    columns = {row[1] for row in sqlite3.connect(tmp_path / "quiz.sqlite3").execute("PRAGMA table_info(questions)")}
    assert not {c for c in columns if "user" in c or "name" in c or c == "chat_id"}


def test_misses_group_by_normal_form_count_and_leave_out_good_answers(tmp_path: Path) -> None:
    log = QuestionLog(tmp_path)
    for question in ("歇脚点有多少个？", "歇脚点有多少个", "歇脚点 有多少个"):
        log.record(entry(question, UNANSWERED, normalized="歇脚点有多少个"))
    log.record(entry("驿站呢", UNSURE))
    log.record(entry("职工驿站有多少个", ANSWERED))
    wrong = entry("驿站建了多少", ANSWERED)
    log.record(wrong)
    assert log.feedback(wrong.token, "wrong")
    assert not log.feedback("no-such-token", "wrong")
    misses = log.misses(time.time() - 60)
    assert [(m.normalized, m.count) for m in misses] == [("歇脚点有多少个", 3), ("驿站建了多少", 1), ("驿站呢", 1)]
    assert misses[0].unanswered == 3
    assert misses[1].reported_wrong == 1
    assert misses[1].candidate == "stations"  # the fact it was answered with
    assert misses[2].unsure == 1
    assert log.question(misses[0].example_id) == "歇脚点 有多少个"  # the latest wording


def test_misses_only_since_the_given_time(tmp_path: Path) -> None:
    log = QuestionLog(tmp_path)
    log.record(entry("去年问的", UNANSWERED, at=time.time() - 30 * 86400))
    log.record(entry("今天问的", UNANSWERED))
    assert [m.example for m in log.misses(time.time() - 7 * 86400)] == ["今天问的"]


def test_the_log_keeps_only_the_newest_rows(tmp_path: Path) -> None:
    log = QuestionLog(tmp_path, keep=5)
    for i in range(250):  # pruned as it goes, every PRUNE_EVERY rows
        log.record(entry(f"问题{i}", UNANSWERED))
    log.prune()
    assert log.count() == 5
    assert {m.example for m in log.misses(0, limit=10)} == {f"问题{i}" for i in range(245, 250)}
