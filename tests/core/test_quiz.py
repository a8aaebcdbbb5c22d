"""Quiz rules with a fixed seed: questions, distractors, the judge, scoring and round states."""

from __future__ import annotations

import random
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from bot.core.engine import Engine
from bot.core.errors import NoQuestions, NoRound, NotAllowed, RoundRunning, StoreError
from bot.core.normalize import clean
from bot.core.numerals import numbers_in
from bot.core.quiz import (
    EXPLANATION_LIMIT,
    MAX_QUESTIONS,
    PollOutcome,
    Quiz,
    Step,
    TypedOutcome,
    askable,
    fact_value,
    hint,
    judge,
    make_question,
)
from bot.core.store import Store


def test_questions_have_distinct_options_with_the_right_one_once(engine: Engine) -> None:
    pool = [f for f in engine.kb.facts if askable(f)]
    assert len(pool) >= 100
    for seed in range(5):
        rng = random.Random(seed)
        for fact in pool:
            q = make_question(fact, engine.kb.facts, rng)
            assert len(q.options) == 4
            assert len(set(q.options)) == 4, q.options
            assert q.options.count(fact.figure) == 1
            assert q.options[q.correct_index] == fact.figure
            assert all(len(o) <= 100 for o in q.options)
            right = fact_value(fact) or Decimal(0)
            wrong = [o for o in q.options if o != fact.figure]
            assert not any(judge(o, right) for o in wrong), (fact.figure, q.options)  # none equals the answer
            for option in q.options:
                if option != fact.figure:
                    assert option.endswith(fact.unit) or fact.unit in option, (fact.unit, option)
            assert len(q.explanation) <= EXPLANATION_LIMIT
            if len(fact.sentence) > EXPLANATION_LIMIT:
                assert q.explanation.endswith("…")


def test_distractors_are_similar_in_magnitude(engine: Engine) -> None:
    fact = engine.kb.by_id["high-skilled-talent"]
    rng = random.Random(3)
    for _ in range(20):
        q = make_question(fact, engine.kb.facts, rng)
        for option in q.options:
            [v] = numbers_in(clean(option))
            assert Decimal(1357000) / 5 <= v <= Decimal(1357000) * 5


def test_dates_and_labels_make_no_questions(engine: Engine) -> None:
    assert not askable(engine.kb.by_id["press-conference-date"])
    assert not askable(engine.kb.by_id["assistance-system"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("135.7万", True), ("135.7万人", True), ("1357000", True), ("1,357,000", True), ("一百三十五点七万", True),
        ("一百三十五點七萬", True), ("约135.7万人", True), ("答案是135.7万吧", True), ("１３５.７万", True),
        ("136万", False), ("约136万", False), ("135万", False), ("1357", False), ("135.7万或者428万", False),
        ("不知道", None), ("", None), ("高技能人才", None),
    ],
)
def test_judge(text: str, expected: bool | None) -> None:
    assert judge(text, Decimal(1357000)) is expected
    assert judge(text, Decimal(1357000), "135.7万人") is expected  # production passes the figure too


@pytest.mark.parametrize(
    ("text", "right", "figure", "expected"),
    [
        ("926批", 26, "26批", False),  # the figure's text inside a longer number
        ("26批", 26, "26批", True),
        ("126", 26, "26批", False),
        ("37999名 3.8万名 38001名", 38000, "3.8万名", False),  # several numbers: a guess at each
        ("3.8万名", 38000, "3.8万名", True),
        ("上万名吧，大概2万", 10000, "上万名", False),  # the written form beside another number
    ],
)
def test_judge_by_the_value_of_the_one_number_given(text: str, right: int, figure: str, expected: bool) -> None:
    assert judge(text, Decimal(right), figure) is expected


def test_judge_accepts_the_figure_as_written() -> None:
    assert judge("上万名", Decimal(10000), "上万名") is True
    assert judge("一万名", Decimal(10000), "上万名") is True
    assert judge("两届", Decimal(2), "两届") is True
    assert judge("三届", Decimal(2), "两届") is False
    assert judge("不知道", Decimal(10000), "上万名") is None


def test_judge_figures_with_duo() -> None:
    for text in ("10万", "10万多", "100000", "十万多场"):
        assert judge(text, Decimal(100000)) is True
    assert judge("11万", Decimal(100000)) is False
    assert judge("1000多万", Decimal(10000000)) is True


def test_hint_gives_unit_and_first_digit(engine: Engine) -> None:
    assert hint(engine.kb.by_id["high-skilled-talent"]) == "提示：单位是「人」，第一位数字是 1"


@pytest.fixture
def quiz(tmp_path: Path) -> Quiz:
    return Quiz(Store(tmp_path), random.Random(42))


def test_round_runs_to_the_end_with_ranking(quiz: Quiz, engine: Engine) -> None:
    round_ = quiz.start(engine.kb, chat_id=-1, starter_id=1, mode="typed", count=3)
    assert len({q.fact_id for q in round_.questions}) == 3
    with pytest.raises(RoundRunning):
        quiz.start(engine.kb, chat_id=-1, starter_id=2)
    answers = []
    for winner in (2, 3, 2):
        q = round_.current
        assert q is not None
        assert quiz.answer_typed(-1, 9, "路人", "不是数字") is TypedOutcome.NOT_A_NUMBER
        assert quiz.answer_typed(-1, 9, "路人", "0") is TypedOutcome.WRONG
        assert quiz.answer_typed(-1, winner, f"用户{winner}", q.answer) is TypedOutcome.CORRECT
        assert quiz.answer_typed(-1, 4, "慢", q.answer) is TypedOutcome.ALREADY_WON
        answers.append(quiz.advance(-1, round_.index))
    assert answers == [Step.NEXT, Step.NEXT, Step.FINISHED]
    assert quiz.get(-1) is None
    assert quiz.ranking(round_) == [("用户2", 2), ("用户3", 1)]
    assert quiz.store.leaderboard(-1) == [(2, "用户2", 2), (3, "用户3", 1)]
    assert quiz.store.standing(-1, 3) == (1, 2)


def test_topic_rounds_and_limits(quiz: Quiz, engine: Engine) -> None:
    round_ = quiz.start(engine.kb, chat_id=5, starter_id=1, count=10, topic="普惠服务")
    topic_ids = {f.id for f in engine.kb.facts_of("普惠服务")}
    assert len(round_.questions) == 10
    assert {q.fact_id for q in round_.questions} <= topic_ids
    with pytest.raises(NoQuestions):
        quiz.start(engine.kb, chat_id=6, starter_id=1, topic="不存在的主题")
    big = quiz.start(engine.kb, chat_id=7, starter_id=1, count=500)
    assert len(big.questions) == MAX_QUESTIONS
    assert len({q.fact_id for q in big.questions}) == MAX_QUESTIONS


def test_stop_permissions(quiz: Quiz, engine: Engine) -> None:
    with pytest.raises(NoRound):
        quiz.stop(1, 1, is_chat_admin=False)
    quiz.start(engine.kb, chat_id=1, starter_id=10)
    with pytest.raises(NotAllowed):
        quiz.stop(1, 11, is_chat_admin=False)
    assert quiz.get(1) is not None
    quiz.stop(1, 11, is_chat_admin=True)
    assert quiz.get(1) is None
    quiz.start(engine.kb, chat_id=1, starter_id=10)
    quiz.stop(1, 10, is_chat_admin=False)
    with pytest.raises(NoRound):
        quiz.answer_typed(1, 10, "x", "5")


def test_poll_answers_and_everyone_answered(quiz: Quiz, engine: Engine) -> None:
    round_ = quiz.start(engine.kb, chat_id=-9, starter_id=1, count=3)
    first = round_.current
    assert first is not None
    wrong = (first.correct_index + 1) % 4
    assert quiz.answer_poll(-9, 1, "甲", first.correct_index) is PollOutcome.CORRECT
    assert quiz.answer_poll(-9, 1, "甲", first.correct_index) is PollOutcome.REPEATED  # one answer per user
    assert quiz.answer_poll(-9, 2, "乙", wrong) is PollOutcome.WRONG
    assert quiz.everyone_answered(-9) is False  # the first question waits for its timer
    assert quiz.advance(-9, 0) is Step.NEXT
    second = round_.current
    assert second is not None
    quiz.answer_poll(-9, 2, "乙", second.correct_index)
    assert quiz.everyone_answered(-9) is False  # 甲 has not answered yet
    quiz.answer_poll(-9, 1, "甲", second.correct_index)
    assert quiz.everyone_answered(-9) is True
    assert quiz.ranking(round_) == [("甲", 2), ("乙", 1)]


def test_chats_are_independent(quiz: Quiz, engine: Engine) -> None:
    a = quiz.start(engine.kb, chat_id=100, starter_id=1)
    quiz.start(engine.kb, chat_id=200, starter_id=1)
    quiz.stop(200, 1, is_chat_admin=False)
    assert quiz.get(100) is a


def test_seed_repeats(tmp_path: Path, engine: Engine) -> None:
    rounds = [Quiz(Store(tmp_path / str(i)), random.Random(7)).start(engine.kb, 1, 1, count=5) for i in range(2)]
    assert rounds[0].questions == rounds[1].questions


def test_each_question_is_left_once(quiz: Quiz, engine: Engine) -> None:
    """A right answer, /skip and the timer all leaving question 1: only the first moves the round."""
    round_ = quiz.start(engine.kb, chat_id=3, starter_id=1, mode="typed", count=3)
    assert quiz.advance(3, 0) is Step.NEXT
    assert quiz.advance(3, 0) is Step.STALE  # /skip arriving after the right answer moved on
    assert quiz.advance(3, 0) is Step.STALE  # and the old question's timer
    assert round_.index == 1
    assert quiz.advance(3, 1) is Step.NEXT
    assert quiz.advance(3, 2) is Step.FINISHED
    assert quiz.advance(3, 2) is Step.STALE
    assert quiz.get(3) is None


def _fill_disk(store: Store) -> None:
    """SQLite's own 'database or disk is full', as on a full disk: no page may be added, and
    every table's pages are filled up to the last byte with rows of other chats."""
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages + 2}")
    with pytest.raises(sqlite3.OperationalError, match="full"):  # noqa: PT012 - the loop is what fills it
        for i in range(1, 100_000):
            store.conn.execute("INSERT INTO scores VALUES (?, 1, 'x', 1, 0)", (-10 - i,))
            store.conn.execute("INSERT INTO rounds VALUES (?, 'typed', 1, '[]', 0, 0)", (-10 - i,))


def test_full_disk_starts_no_round_and_reports_a_lost_point(tmp_path: Path, engine: Engine) -> None:
    store = Store(tmp_path)
    quiz = Quiz(store, random.Random(1))
    round_ = quiz.start(engine.kb, chat_id=8, starter_id=1, mode="typed", count=2)
    _fill_disk(store)
    question = round_.current
    assert question is not None
    assert quiz.answer_typed(8, 5, "甲", question.answer) is TypedOutcome.CORRECT_UNSAVED
    assert round_.points == {}  # nothing counted that is not saved
    quiz.cancel(8)
    with pytest.raises(StoreError, match=r"quiz\.sqlite3"):
        quiz.start(engine.kb, chat_id=8, starter_id=1)
    assert quiz.get(8) is None  # no round left in memory that was never saved
