"""Quiz rules: questions and distractors, the typed-answer judge, rounds and their scoring.

No Telegram here: the adapter sends what this module decides. Randomness comes from an injected
`random.Random`, so a seed makes every test repeat.

Typed answers: the value must equal the figure's value at the article's own precision
(Decimal equality after 万/亿 scaling). `135.7万`, `135.7万人`, `1357000`, `1,357,000` and
`一百三十五点七万` are right for 135.7万人; `约136万` or `135万` are not: close is not right,
because the point of the quiz is the exact figure. Words of approximation around an exactly
equal value (约135.7万, 10万多) are accepted, since the article itself writes 10万多场. An answer
holding two different numbers is wrong: it is a guess at both.
"""

from __future__ import annotations

import enum
import logging
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from bot.core.errors import NoQuestions, NoRound, NotAllowed, RoundRunning, StoreError
from bot.core.knowledge import KnowledgeBase
from bot.core.models import Fact
from bot.core.normalize import clean
from bot.core.numerals import numbers_in
from bot.core.store import Store

log = logging.getLogger(__name__)

MAX_QUESTIONS = 20
DEFAULT_QUESTIONS = 5
EXPLANATION_LIMIT = 200  # Telegram's limit for a quiz poll's explanation
OPTION_LIMIT = 100
OPTIONS = 4


@dataclass(frozen=True, slots=True)
class QuizQuestion:
    fact_id: str
    text: str
    answer: str  # the figure as the article writes it
    options: tuple[str, ...]
    correct_index: int
    explanation: str
    unit: str
    value: Decimal


def fact_value(fact: Fact) -> Decimal | None:
    """The figure's value as a Decimal, or None for figures that are no quantity (dates)."""
    if isinstance(fact.value, (str, bool)):
        return None
    return Decimal(str(fact.value))


def askable(fact: Fact) -> bool:
    value = fact_value(fact)
    return value is not None and value > 0


def cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


_CN_DIGITS = "零一二三四五六七八九"
_CN_RUN = re.compile(r"[零一二两三四五六七八九十百千]+")


def chinese_numeral(n: int, two: str = "二") -> str:
    """1..99 in Chinese numerals (the quiz's Chinese-numeral figures are all small counts)."""
    tens, ones = divmod(n, 10)
    if n < 10:
        return two if n == 2 else _CN_DIGITS[n]
    return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + (_CN_DIGITS[ones] if ones else "")


def _restyle(fact: Fact, value: Decimal) -> str:
    """Write `value` the way the fact's figure is written: 1628000 -> '162.8万人' for '135.7万人'."""
    figure = fact.figure
    digits = re.search(r"(\d+(?:\.\d+)?)(万亿|万|亿)?", figure)
    if digits is None:
        run = _CN_RUN.search(figure)
        if run is None or value != value.to_integral_value() or not 0 < value < 100:
            return format(value.normalize(), "f") + fact.unit
        two = "两" if "两" in run.group() else "二"
        return figure[: run.start()] + chinese_numeral(int(value), two) + figure[run.end():]
    written, scale_char = digits.group(1), digits.group(2) or ""
    scale = Decimal(10) ** {"万": 4, "亿": 8, "万亿": 12}.get(scale_char, 0)
    decimals = len(written.split(".")[1]) if "." in written else 0
    number = (value / scale).quantize(Decimal(1).scaleb(-decimals))
    return figure[: digits.start(1)] + format(number, "f") + figure[digits.end(1):]


def _plausible_values(fact: Fact, rng: random.Random) -> list[Decimal]:
    """Values near the right one: nearby numbers for years and small counts, scaled ones otherwise."""
    value = fact_value(fact)
    assert value is not None
    if (fact.unit == "年" and 1900 < value < 2100) or value < 20:
        return [value + d for d in rng.sample([-3, -2, -1, 1, 2, 3], 6) if value + d > 0]
    factors = [Decimal(f) for f in ("0.5", "0.6", "0.75", "0.8", "1.2", "1.25", "1.5", "1.6", "2")]
    rng.shuffle(factors)
    return [value * f for f in factors]


def distractors(fact: Fact, pool: Sequence[Fact], rng: random.Random, count: int = OPTIONS - 1) -> list[str]:
    """Wrong options: same unit, similar magnitude, never equal in value to the right one."""
    right = fact_value(fact)
    assert right is not None
    assert right > 0
    chosen: list[str] = []
    seen_values = {right}
    seen_texts = {fact.figure}

    def take(text: str, value: Decimal) -> None:
        if len(chosen) < count and value not in seen_values and text not in seen_texts and value > 0:
            chosen.append(cut(text, OPTION_LIMIT))
            seen_values.add(value)
            seen_texts.add(text)

    peers = [f for f in pool if f.id != fact.id and f.unit == fact.unit and askable(f)]
    rng.shuffle(peers)
    for peer in peers:
        value = fact_value(peer)
        assert value is not None
        if fact.unit != "年" and right / 5 <= value <= right * 5:
            take(peer.figure, value)
    for value in _plausible_values(fact, rng):
        text = _restyle(fact, value)
        take(text, _value_of_text(text) or value)
    step = 1
    while len(chosen) < count:  # tiny figures (1个, 2届) run out of distinct plausible values
        take(_restyle(fact, right + step), right + step)
        step += 1
    return chosen


def _value_of_text(text: str) -> Decimal | None:
    values = numbers_in(clean(text))
    return values[0] if values else None


def make_question(fact: Fact, pool: Sequence[Fact], rng: random.Random) -> QuizQuestion:
    options = [fact.figure, *distractors(fact, pool, rng)]
    rng.shuffle(options)
    return QuizQuestion(
        fact_id=fact.id, text=cut(fact.question, 300), answer=fact.figure, options=tuple(options),
        correct_index=options.index(fact.figure), explanation=cut(fact.sentence, EXPLANATION_LIMIT), unit=fact.unit,
        value=fact_value(fact) or Decimal(0),
    )


def judge(text: str, right: Decimal, figure: str = "") -> bool | None:
    """True: the right figure; False: a wrong number; None: no number in the text at all.

    The answer is judged by the value of the one number it gives: 926批 is not 26批, and
    "37999名 3.8万名 38001名" is a guess at three values, so it is wrong. Only a figure written
    without digits (上万名) is matched as text, and then the answer may hold no other number.
    """
    cleaned = clean(text)
    values = set(numbers_in(cleaned))
    if not values:
        written = clean(figure) if figure else ""
        if written and not numbers_in(written) and written in cleaned:
            return True
        return None
    return len(values) == 1 and values.pop() == right


def hint(fact: Fact) -> str:
    first = next((ch for ch in fact.figure if ch.isdigit()), "?")
    return f"提示：单位是「{fact.unit}」，第一位数字是 {first}"


class TypedOutcome(enum.Enum):
    CORRECT = "correct"
    CORRECT_UNSAVED = "correct_unsaved"  # right, but the point could not be written (the chat is told)
    WRONG = "wrong"
    ALREADY_WON = "already_won"
    NOT_A_NUMBER = "not_a_number"


class PollOutcome(enum.Enum):
    CORRECT = "correct"
    CORRECT_UNSAVED = "correct_unsaved"
    WRONG = "wrong"
    REPEATED = "repeated"  # Telegram allows one answer per quiz poll; replays are ignored


class Step(enum.Enum):
    """What `Quiz.advance` did: moved to the next question, finished the round, or nothing,
    because the question it was asked to leave is no longer the current one."""

    NEXT = "next"
    FINISHED = "finished"
    STALE = "stale"


@dataclass
class Round:
    chat_id: int
    mode: str  # "poll" or "typed"
    starter_id: int
    questions: list[QuizQuestion]
    index: int = 0
    points: dict[int, int] = field(default_factory=dict)
    names: dict[int, str] = field(default_factory=dict)
    first_scored: dict[int, int] = field(default_factory=dict)  # user -> order of first point, for ties
    answered: list[set[int]] = field(default_factory=list)  # per question: users who answered
    won: bool = False  # the current typed question has its winner

    def __post_init__(self) -> None:
        if not self.answered:
            self.answered = [set() for _ in self.questions]

    @property
    def current(self) -> QuizQuestion | None:
        return self.questions[self.index] if self.index < len(self.questions) else None


class Quiz:
    """Every chat's round, with scores written through to the Store as they happen."""

    def __init__(self, store: Store, rng: random.Random) -> None:
        self.store = store
        self.rng = rng
        self.rounds: dict[int, Round] = {}

    def start(self, kb: KnowledgeBase, chat_id: int, starter_id: int, mode: str = "poll",
              count: int = DEFAULT_QUESTIONS, topic: str | None = None) -> Round:
        if chat_id in self.rounds:
            raise RoundRunning(chat_id)
        facts = [f for f in (kb.facts_of(topic) if topic else kb.facts) if askable(f)]
        if not facts:
            raise NoQuestions(topic)
        count = max(1, min(count, MAX_QUESTIONS, len(facts)))
        picked = self.rng.sample(facts, count)  # sample: no question repeats within a round
        pool = [f for f in kb.facts if askable(f)]
        round_ = Round(chat_id, mode, starter_id, [make_question(f, pool, self.rng) for f in picked])
        # Saved first: a round that could not be recorded (StoreError) never starts in memory.
        self.store.save_round(chat_id, mode, starter_id, [q.fact_id for q in round_.questions], 0)
        self.rounds[chat_id] = round_
        return round_

    def get(self, chat_id: int | None) -> Round | None:
        return self.rounds.get(chat_id) if chat_id is not None else None

    def _round(self, chat_id: int) -> Round:
        round_ = self.rounds.get(chat_id)
        if round_ is None or round_.current is None:
            raise NoRound(chat_id)
        return round_

    def _score(self, round_: Round, user_id: int, name: str) -> bool:
        """Write the point, then count it in the round; False when it could not be written."""
        try:
            self.store.award(round_.chat_id, user_id, name, 1)
        except StoreError:
            log.exception("a point in chat %s could not be saved", round_.chat_id)
            return False
        round_.points[user_id] = round_.points.get(user_id, 0) + 1
        round_.first_scored.setdefault(user_id, len(round_.first_scored))
        round_.names[user_id] = name
        return True

    def answer_typed(self, chat_id: int, user_id: int, name: str, text: str) -> TypedOutcome:
        round_ = self._round(chat_id)
        question = round_.current
        assert question is not None
        verdict = judge(text, question.value, question.answer)
        if verdict is None:
            return TypedOutcome.NOT_A_NUMBER
        round_.answered[round_.index].add(user_id)
        if round_.won:
            return TypedOutcome.ALREADY_WON
        if not verdict:
            return TypedOutcome.WRONG
        round_.won = True
        return TypedOutcome.CORRECT if self._score(round_, user_id, name) else TypedOutcome.CORRECT_UNSAVED

    def answer_poll(self, chat_id: int, user_id: int, name: str, option: int) -> PollOutcome:
        round_ = self._round(chat_id)
        question = round_.current
        assert question is not None
        if user_id in round_.answered[round_.index]:
            return PollOutcome.REPEATED
        round_.answered[round_.index].add(user_id)
        round_.names[user_id] = name
        if option != question.correct_index:
            return PollOutcome.WRONG
        return PollOutcome.CORRECT if self._score(round_, user_id, name) else PollOutcome.CORRECT_UNSAVED

    def everyone_answered(self, chat_id: int) -> bool:
        """Everyone who answered the previous question has answered this one (and someone did)."""
        round_ = self.rounds.get(chat_id)
        if round_ is None or round_.index == 0 or round_.current is None:
            return False
        previous = round_.answered[round_.index - 1]
        return bool(previous) and previous <= round_.answered[round_.index]

    def advance(self, chat_id: int, from_index: int) -> Step:
        """Leave question `from_index` for the next one, once.

        A right answer, /skip and the timer can all try to leave the same question while the
        adapter awaits Telegram; only the first call whose `from_index` is still current moves
        the round, the others get STALE. The adapter calls this before awaiting anything, so the
        decision and its record happen in one step of the event loop.
        """
        round_ = self.rounds.get(chat_id)
        if round_ is None or round_.index != from_index:
            return Step.STALE
        if from_index + 1 >= len(round_.questions):
            round_.index += 1
            self.cancel(chat_id)
            return Step.FINISHED
        self.store.save_round(chat_id, round_.mode, round_.starter_id, [q.fact_id for q in round_.questions],
                              from_index + 1)  # saved first: on StoreError the round is unchanged
        round_.index += 1
        round_.won = False
        return Step.NEXT

    def stop(self, chat_id: int, user_id: int, is_chat_admin: bool) -> Round:
        round_ = self.rounds.get(chat_id)
        if round_ is None:
            raise NoRound(chat_id)
        if user_id != round_.starter_id and not is_chat_admin:
            raise NotAllowed(chat_id)
        self.cancel(chat_id)
        return round_

    def cancel(self, chat_id: int) -> None:
        """End the chat's round without ranking it (finished, stopped, or impossible to run).

        The round leaves memory even when its record cannot be deleted: the next start then
        reports it as interrupted, which is true enough and loses nothing.
        """
        self.rounds.pop(chat_id, None)
        try:
            self.store.delete_round(chat_id)
        except StoreError:
            log.exception("the finished round of chat %s could not be removed from the database", chat_id)

    def ranking(self, round_: Round) -> list[tuple[str, int]]:
        ordered = sorted(round_.points, key=lambda u: (-round_.points[u], round_.first_scored[u]))
        return [(round_.names[u], round_.points[u]) for u in ordered]

    def interrupted(self) -> list[int]:
        """Chats whose round was running when the process stopped; they are cancelled now."""
        return self.store.take_interrupted_rounds()
