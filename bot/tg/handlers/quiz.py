"""Quiz rounds on Telegram: /quiz, poll answers, typed answers, timers, /stop, /skip, /top, /me.

The rules (questions, judging, scoring, round state, persistence) are bot.core.quiz and
bot.core.store; this module only sends, receives and keeps the timers. Poll answers carry no
chat, so each sent poll's id is mapped to its chat and question here, as PTB's pollbot does.
"""

from __future__ import annotations

import html
import logging
import random
import re
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, cast

from telegram import Message, Poll, Update, User
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import TelegramError
from telegram.ext import (
    ApplicationHandlerStop,
)

from bot.core.errors import NoQuestions, NoRound, NotAllowed, RoundRunning, StoreError
from bot.core.quiz import MAX_QUESTIONS, PollOutcome, Quiz, Round, Step, TypedOutcome, hint, judge
from bot.core.store import Store
from bot.tg import texts
from bot.tg.handlers.ask import mentions_bot
from bot.tg.service import get_service
from bot.tg.types import App, Context

log = logging.getLogger(__name__)

QUIZ_KEY = "quiz"
MIN_OPEN_PERIOD, MAX_OPEN_PERIOD = 5, 600  # what Telegram allows for a poll's open_period
TYPED_WORDS = {"typed", "type", "text", "抢答", "打字"}
WRONG_QUIET_SECONDS = 10.0


ASCII_NUMBER = re.compile(r"[0-9]+")  # str.isdigit() accepts ², which int() refuses


@dataclass
class QuizRuntime:
    """The quiz rules plus what only the adapter knows: sent polls and question messages.

    `quiz` is None when the database could not be opened: questions are still answered, and the
    quiz commands say that quizzes are unavailable.
    """

    quiz: Quiz | None
    polls: dict[str, tuple[int, int]] = field(default_factory=dict)  # poll id -> (chat, question index)
    shown: dict[int, tuple[int, int]] = field(default_factory=dict)  # chat -> (question index, its message id)
    # chat -> (question index, when) of the last "❌": a burst of wrong guesses gets one.
    wrong_said: dict[int, tuple[int, float]] = field(default_factory=dict)

    def say_wrong(self, chat_id: int, index: int, now: float) -> bool:
        """Whether this wrong guess gets a "❌": the first of the question, then at most one per
        WRONG_QUIET_SECONDS; the guesses between are counted silently."""
        last = self.wrong_said.get(chat_id)
        if last is not None and last[0] == index and now - last[1] < WRONG_QUIET_SECONDS:
            return False
        self.wrong_said[chat_id] = (index, now)
        return True

    def is_late(self, round_: Round, message_id: int) -> bool:
        """The message was sent before the current question was shown, so it meant an earlier one.

        Telegram numbers a chat's messages in order: a /skip or an answer whose id is below the
        current question's was typed while the previous question stood, and must not act on this one.
        """
        shown = self.shown.get(round_.chat_id)
        return shown is None or shown[0] != round_.index or message_id < shown[1]


def get_runtime(context: Context) -> QuizRuntime:
    runtime = context.bot_data[QUIZ_KEY]
    assert isinstance(runtime, QuizRuntime)
    return runtime


def install(app: App, data_dir: Path, rng: random.Random | None = None) -> None:
    try:
        quiz: Quiz | None = Quiz(Store(data_dir), rng or random.Random())
    except StoreError as exc:
        log.error("quizzes are disabled, questions are still answered: %s", exc)
        quiz = None
    app.bot_data[QUIZ_KEY] = QuizRuntime(quiz)


async def _quiz(update: Update, context: Context) -> Quiz | None:
    """The quiz rules, or None after telling the chat that quizzes are unavailable."""
    quiz = get_runtime(context).quiz
    if quiz is None and update.effective_message is not None:
        await update.effective_message.reply_text(texts.QUIZ_UNAVAILABLE)
    return quiz


def parse_quiz_args(args: list[str]) -> tuple[str, int, str | None]:
    """`/quiz [typed] [N] [topic]` in any order -> (mode, count, topic)."""
    mode, count, topic_words = "poll", 5, []
    for arg in args:
        if arg.lower() in TYPED_WORDS:
            mode = "typed"
        elif ASCII_NUMBER.fullmatch(arg):
            count = max(1, min(MAX_QUESTIONS, int(arg)))
        else:
            topic_words.append(arg)
    return mode, count, " ".join(topic_words) or None


def display_name(user: User | None) -> str:
    return user.full_name if user is not None else "?"


async def on_quiz(update: Update, context: Context) -> None:
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    quiz = await _quiz(update, context)
    if quiz is None:
        return
    kb = get_service(context).engine.kb
    mode, count, topic = parse_quiz_args(context.args or [])
    try:
        round_ = quiz.start(kb, message.chat_id, user.id, mode, count, topic)
    except StoreError:
        log.exception("a round in chat %s could not be saved", message.chat_id)
        await message.reply_text(texts.QUIZ_NOT_SAVED)
        return
    except RoundRunning:
        await message.reply_text(texts.QUIZ_RUNNING)
        return
    except NoQuestions:
        topics = html.escape("、".join(kb.topics))
        await message.reply_text(texts.QUIZ_NO_TOPIC.format(topic=html.escape(topic or ""), topics=topics))
        return
    period = open_period(context, message.chat_id)
    intro = texts.QUIZ_TYPED_START if mode == "typed" else texts.QUIZ_POLL_START
    await message.reply_text(intro.format(count=len(round_.questions), topic=html.escape(topic or "全部"),
                                          seconds=period))
    await ask_current(context, message.chat_id)


async def ask_current(context: Context, chat_id: int) -> None:
    runtime = get_runtime(context)
    round_ = runtime.quiz.get(chat_id) if runtime.quiz is not None else None
    if runtime.quiz is None or round_ is None or round_.current is None:
        return
    question, index = round_.current, round_.index
    period = open_period(context, chat_id)
    header = f"第 {round_.index + 1}/{len(round_.questions)} 题"
    if round_.mode == "poll":
        try:
            sent = await context.bot.send_poll(
                chat_id, f"{header}：{question.text}", list(question.options), type=Poll.QUIZ,
                is_anonymous=False, correct_option_ids=[cast(Literal[0, 1, 2, 3], question.correct_index)],
                explanation=question.explanation, open_period=period,
            )
        except TelegramError as exc:
            log.warning("send_poll failed in chat %s: %s", chat_id, exc)
            runtime.quiz.cancel(chat_id)
            await context.bot.send_message(chat_id, texts.QUIZ_POLL_FAILED)
            return
        if sent.poll is not None:
            runtime.polls[sent.poll.id] = (chat_id, index)
        runtime.shown[chat_id] = (index, sent.message_id)
        _schedule(context, chat_id, index, period + 1, on_time_up)
    else:
        sent = await context.bot.send_message(chat_id, texts.QUIZ_TYPED_QUESTION.format(
            header=header, text=html.escape(question.text), seconds=period))
        runtime.shown[chat_id] = (index, sent.message_id)
        _schedule(context, chat_id, index, period / 2, on_hint, kind="hint")
        _schedule(context, chat_id, index, period, on_time_up)


def open_period(context: Context, chat_id: int) -> int:
    """The chat's own choice (/quiztime), else QUIZ_OPEN_PERIOD."""
    quiz = get_runtime(context).quiz
    try:
        chosen = quiz.store.open_period(chat_id) if quiz is not None else None
    except StoreError:
        log.exception("chat %s's question time could not be read", chat_id)
        chosen = None
    return chosen if chosen is not None else get_service(context).settings.quiz_open_period


async def on_quiz_time(update: Update, context: Context) -> None:
    """/quiztime [seconds]: show or set how long each question stays open in this chat."""
    message = update.effective_message
    quiz = await _quiz(update, context)
    if message is None or quiz is None:
        return
    args = context.args or []
    if not args:
        await message.reply_text(texts.QUIZ_TIME_IS.format(seconds=open_period(context, message.chat_id)))
        return
    if not await _is_chat_admin(update, context):
        await message.reply_text(texts.QUIZ_TIME_NOT_ALLOWED)
        return
    if not ASCII_NUMBER.fullmatch(args[0]) or not MIN_OPEN_PERIOD <= int(args[0]) <= MAX_OPEN_PERIOD:
        await message.reply_text(texts.QUIZ_TIME_USAGE.format(low=MIN_OPEN_PERIOD, high=MAX_OPEN_PERIOD))
        return
    try:
        quiz.store.set_open_period(message.chat_id, int(args[0]))
    except StoreError:
        log.exception("chat %s's question time could not be saved", message.chat_id)
        await message.reply_text(texts.QUIZ_NOT_SAVED)
        return
    await message.reply_text(texts.QUIZ_TIME_SET.format(seconds=int(args[0])))


def _job_name(chat_id: int, kind: str) -> str:
    return f"quiz-{kind}:{chat_id}"


def _schedule(context: Context, chat_id: int, index: int, seconds: float,
              callback: Callable[[Context], Coroutine[Any, Any, None]], kind: str = "timeout") -> None:
    """A timer for question `index`: it acts only while that question is still the current one."""
    job_queue = context.job_queue
    if job_queue is None:
        raise RuntimeError("the quiz needs PTB's JobQueue: install python-telegram-bot[job-queue]")
    job_queue.run_once(callback, seconds, chat_id=chat_id, name=_job_name(chat_id, kind), data=index)


def _timer(context: Context) -> tuple[Quiz, int, Round, int] | None:
    """The quiz, chat, round and question index of a firing timer, if its question is current."""
    job, quiz = context.job, get_runtime(context).quiz
    if job is None or job.chat_id is None or quiz is None or not isinstance(job.data, int):
        return None
    round_ = quiz.get(job.chat_id)
    if round_ is None or round_.current is None or round_.index != job.data:
        return None
    return quiz, job.chat_id, round_, job.data


def _cancel_timers(context: Context, chat_id: int) -> None:
    if context.job_queue is None:
        return
    for kind in ("hint", "timeout"):
        for job in context.job_queue.get_jobs_by_name(_job_name(chat_id, kind)):
            job.schedule_removal()


async def on_hint(context: Context) -> None:
    timer = _timer(context)
    if timer is None:
        return
    _, chat_id, round_, _ = timer
    question = round_.current
    fact = get_service(context).engine.kb.by_id.get(question.fact_id) if question is not None else None
    if fact is not None:
        await context.bot.send_message(chat_id, html.escape(hint(fact)))


async def on_time_up(context: Context) -> None:
    timer = _timer(context)
    if timer is None:
        return
    quiz, chat_id, round_, index = timer
    question = round_.current
    step = leave_question(context, quiz, chat_id, index)  # before any await: see leave_question
    if step is Step.STALE or question is None:
        return
    if round_.mode == "typed":
        await context.bot.send_message(chat_id, texts.QUIZ_TIME_UP.format(
            answer=html.escape(question.answer), explanation=html.escape(question.explanation)))
    await follow(context, quiz, round_, step)


def leave_question(context: Context, quiz: Quiz, chat_id: int, index: int) -> Step:
    """Leave question `index` of the chat's round, synchronously.

    A right answer, /skip, a poll's last answer and the timer may all want to leave the same
    question; whoever calls this first (with no await between its decision and this call) moves
    the round, the others get STALE and say nothing. A round that cannot be saved is ended.
    """
    try:
        step = quiz.advance(chat_id, index)
    except StoreError:
        log.exception("the round of chat %s could not be saved; it is ended", chat_id)
        quiz.cancel(chat_id)
        step = Step.FINISHED
    if step is not Step.STALE:
        _cancel_timers(context, chat_id)
    return step


async def follow(context: Context, quiz: Quiz, round_: Round, step: Step) -> None:
    """After leaving a question: ask the next one, or post the round's ranking."""
    if step is Step.NEXT:
        await ask_current(context, round_.chat_id)
    elif step is Step.FINISHED:
        await context.bot.send_message(round_.chat_id, ranking_text(quiz, round_, texts.QUIZ_FINISHED))


def ranking_text(quiz: Quiz, round_: Round, title: str) -> str:
    ranking = quiz.ranking(round_)
    if not ranking:
        return f"{title}\n{texts.QUIZ_NOBODY}"
    medals = ["🥇", "🥈", "🥉"]
    lines = [f"{medals[i] if i < 3 else f'{i + 1}.'} {html.escape(name)}：{points} 分"
             for i, (name, points) in enumerate(ranking)]
    return "\n".join([title, *lines])


async def on_poll_answer(update: Update, context: Context) -> None:
    answer = update.poll_answer
    if answer is None or answer.user is None or not answer.option_ids:
        return  # anonymous voters and retracted votes do not score
    runtime = get_runtime(context)
    where = runtime.polls.get(answer.poll_id)
    quiz = runtime.quiz
    if where is None or quiz is None:
        return  # a poll of an earlier run or round
    chat_id, index = where
    round_ = quiz.get(chat_id)
    if round_ is None or round_.index != index:
        return  # the question has moved on
    outcome = quiz.answer_poll(chat_id, answer.user.id, display_name(answer.user), answer.option_ids[0])
    step = leave_question(context, quiz, chat_id, index) if quiz.everyone_answered(chat_id) else Step.STALE
    if outcome is PollOutcome.CORRECT_UNSAVED:
        await context.bot.send_message(chat_id, texts.QUIZ_POINT_NOT_SAVED.format(
            name=html.escape(display_name(answer.user))))
    await follow(context, quiz, round_, step)


async def on_typed_answer(update: Update, context: Context) -> None:
    message, user = update.effective_message, update.effective_user
    if message is None or user is None or message.text is None:
        return
    runtime = get_runtime(context)
    quiz = runtime.quiz
    round_ = quiz.get(message.chat_id) if quiz is not None else None
    if quiz is None or round_ is None or round_.mode != "typed" or round_.current is None:
        return
    question, index = round_.current, round_.index
    if _asks_the_bot(message, context, runtime.shown.get(message.chat_id)):
        return  # "/ask", a mention, a reply to another of the bot's messages: a question, not a guess
    if runtime.is_late(round_, message.message_id):
        if judge(message.text, question.value, question.answer) is not None:
            raise ApplicationHandlerStop  # a late answer to the previous question: not this one's
        return
    outcome = quiz.answer_typed(message.chat_id, user.id, display_name(user), message.text)
    if outcome is TypedOutcome.NOT_A_NUMBER:
        return  # chatter, or a question for the bot: the other handlers decide
    if outcome in (TypedOutcome.CORRECT, TypedOutcome.CORRECT_UNSAVED):
        step = leave_question(context, quiz, message.chat_id, index)
        reply = texts.QUIZ_CORRECT.format(
            name=html.escape(display_name(user)), answer=html.escape(question.answer),
            explanation=html.escape(question.explanation))
        if outcome is TypedOutcome.CORRECT_UNSAVED:
            reply += "\n" + texts.QUIZ_POINT_NOT_SAVED.format(name=html.escape(display_name(user)))
        await message.reply_text(reply)
        await follow(context, quiz, round_, step)
    elif outcome is TypedOutcome.WRONG and runtime.say_wrong(message.chat_id, index, time.monotonic()):
        await message.reply_text(texts.QUIZ_WRONG)
    raise ApplicationHandlerStop


def _asks_the_bot(message: Message, context: Context, shown: tuple[int, int] | None) -> bool:
    """A message addressed to the bot other than as an answer: it mentions the bot, or replies
    to a message of the bot's that is not the question on show."""
    replied = message.reply_to_message
    if replied is not None and replied.from_user is not None and replied.from_user.id == context.bot.id:
        return shown is None or replied.message_id != shown[1]
    return mentions_bot(message, context.bot)


async def _is_chat_admin(update: Update, context: Context) -> bool:
    chat, user, message = update.effective_chat, update.effective_user, update.effective_message
    if chat is None or user is None:
        return False
    if chat.type == ChatType.PRIVATE:
        return True
    if message is not None and message.sender_chat is not None and message.sender_chat.id == chat.id:
        return True  # an anonymous group admin: Telegram sends it as the group itself
    try:
        member = await context.bot.get_chat_member(chat.id, user.id)
    except TelegramError:
        return False
    return member.status in (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)


async def on_stop(update: Update, context: Context) -> None:
    message, user = update.effective_message, update.effective_user
    quiz = await _quiz(update, context)
    if message is None or user is None or quiz is None:
        return
    try:
        round_ = quiz.stop(message.chat_id, user.id, await _is_chat_admin(update, context))
    except NoRound:
        await message.reply_text(texts.QUIZ_NONE)
        return
    except NotAllowed:
        await message.reply_text(texts.QUIZ_NOT_ALLOWED)
        return
    _cancel_timers(context, message.chat_id)
    await message.reply_text(ranking_text(quiz, round_, texts.QUIZ_STOPPED))


async def on_skip(update: Update, context: Context) -> None:
    message = update.effective_message
    quiz = await _quiz(update, context)
    if message is None or quiz is None:
        return
    round_ = quiz.get(message.chat_id)
    if round_ is None or round_.current is None:
        await message.reply_text(texts.QUIZ_NONE)
        return
    if get_runtime(context).is_late(round_, message.message_id):
        return  # meant for a question that a right answer or the timer has already closed
    question = round_.current
    step = leave_question(context, quiz, message.chat_id, round_.index)
    if step is Step.STALE:
        return  # a right answer or the timer left this question first
    await message.reply_text(texts.QUIZ_SKIPPED.format(answer=html.escape(question.answer)))
    await follow(context, quiz, round_, step)


async def on_top(update: Update, context: Context) -> None:
    message = update.effective_message
    quiz = await _quiz(update, context)
    if message is None or quiz is None:
        return
    try:
        board = quiz.store.leaderboard(message.chat_id, 10)
    except StoreError:
        log.exception("the scores of chat %s could not be read", message.chat_id)
        await message.reply_text(texts.QUIZ_UNAVAILABLE)
        return
    if not board:
        await message.reply_text(texts.QUIZ_NO_SCORES)
        return
    lines = [f"{i}. {html.escape(name)}：{points} 分" for i, (_, name, points) in enumerate(board, 1)]
    await message.reply_text("\n".join([texts.QUIZ_TOP, *lines]))


async def on_me(update: Update, context: Context) -> None:
    message, user = update.effective_message, update.effective_user
    quiz = await _quiz(update, context)
    if message is None or user is None or quiz is None:
        return
    try:
        standing = quiz.store.standing(message.chat_id, user.id)
    except StoreError:
        log.exception("the scores of chat %s could not be read", message.chat_id)
        await message.reply_text(texts.QUIZ_UNAVAILABLE)
        return
    if standing is None:
        await message.reply_text(texts.QUIZ_ME_NONE)
        return
    points, rank = standing
    await message.reply_text(texts.QUIZ_ME.format(points=points, rank=rank))


async def on_startup(app: App) -> None:
    """Rounds that were running when the bot stopped are cancelled, and their chats told."""
    runtime: QuizRuntime = app.bot_data[QUIZ_KEY]
    if runtime.quiz is None:
        return
    try:
        interrupted = runtime.quiz.interrupted()
    except StoreError as exc:
        log.error("interrupted rounds could not be read: %s", exc)
        return
    for chat_id in interrupted:
        try:
            await app.bot.send_message(chat_id, texts.QUIZ_INTERRUPTED)
        except TelegramError as exc:
            log.warning("could not tell chat %s its round was cancelled: %s", chat_id, exc)


async def on_shutdown(app: App) -> None:
    runtime: QuizRuntime = app.bot_data[QUIZ_KEY]
    if runtime.quiz is not None:
        runtime.quiz.store.close()
