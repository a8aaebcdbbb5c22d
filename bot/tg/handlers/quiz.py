"""Quiz rounds on Telegram: /quiz, poll answers, typed answers, timers, /stop, /skip, /top, /me.

The rules (questions, judging, scoring, round state, persistence) are bot.core.quiz and
bot.core.store; this module only sends, receives and keeps the timers. Poll answers carry no
chat, so each sent poll's id is mapped to its chat and question here, as PTB's pollbot does.
"""

from __future__ import annotations

import html
import logging
import random
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any, Literal, cast

from telegram import Poll, Update, User
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import TelegramError
from telegram.ext import (
    ApplicationHandlerStop,
    CommandHandler,
    MessageHandler,
    PollAnswerHandler,
    filters,
)

from bot.core.errors import NoQuestions, NoRound, NotAllowed, RoundRunning
from bot.core.quiz import MAX_QUESTIONS, Quiz, Round, TypedOutcome, hint
from bot.core.store import Store
from bot.tg import texts
from bot.tg.service import get_service
from bot.tg.types import App, Context

log = logging.getLogger(__name__)

QUIZ_KEY = "quiz"
MIN_OPEN_PERIOD, MAX_OPEN_PERIOD = 5, 600  # what Telegram allows for a poll's open_period
TYPED_WORDS = {"typed", "type", "text", "抢答", "打字"}


@dataclass
class QuizRuntime:
    """The quiz rules plus what only the adapter knows: sent polls and question messages."""

    quiz: Quiz
    polls: dict[str, tuple[int, int]] = field(default_factory=dict)  # poll id -> (chat, question index)


def get_runtime(context: Context) -> QuizRuntime:
    runtime = context.bot_data[QUIZ_KEY]
    assert isinstance(runtime, QuizRuntime)
    return runtime


def install(app: App, store: Store, rng: random.Random | None = None) -> None:
    app.bot_data[QUIZ_KEY] = QuizRuntime(Quiz(store, rng or random.Random()))


def register(app: App) -> None:
    new = filters.UpdateType.MESSAGE
    # Typed answers go first (group -1): during a typed round a number is an answer, not a question.
    app.add_handler(MessageHandler(new & filters.TEXT & ~filters.COMMAND, on_typed_answer), group=-1)
    commands = (("quiz", on_quiz), ("stop", on_stop), ("skip", on_skip), ("top", on_top), ("me", on_me),
                ("quiztime", on_quiz_time))
    for name, callback in commands:
        app.add_handler(CommandHandler(name, callback, filters=new))
    app.add_handler(PollAnswerHandler(on_poll_answer))


def parse_quiz_args(args: list[str]) -> tuple[str, int, str | None]:
    """`/quiz [typed] [N] [topic]` in any order -> (mode, count, topic)."""
    mode, count, topic_words = "poll", 5, []
    for arg in args:
        if arg.lower() in TYPED_WORDS:
            mode = "typed"
        elif arg.isdigit():
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
    runtime = get_runtime(context)
    kb = get_service(context).engine.kb
    mode, count, topic = parse_quiz_args(context.args or [])
    try:
        round_ = runtime.quiz.start(kb, message.chat_id, user.id, mode, count, topic)
    except RoundRunning:
        await message.reply_text(texts.QUIZ_RUNNING)
        return
    except NoQuestions:
        topics = "、".join(kb.topics)
        await message.reply_text(texts.QUIZ_NO_TOPIC.format(topic=html.escape(topic or ""), topics=topics))
        return
    period = open_period(context, message.chat_id)
    intro = texts.QUIZ_TYPED_START if mode == "typed" else texts.QUIZ_POLL_START
    await message.reply_text(intro.format(count=len(round_.questions), topic=html.escape(topic or "全部"),
                                          seconds=period))
    await ask_current(context, message.chat_id)


async def ask_current(context: Context, chat_id: int) -> None:
    runtime = get_runtime(context)
    round_ = runtime.quiz.get(chat_id)
    if round_ is None or round_.current is None:
        return
    question = round_.current
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
            runtime.polls[sent.poll.id] = (chat_id, round_.index)
        _schedule(context, chat_id, period + 1, on_time_up)
    else:
        await context.bot.send_message(chat_id, texts.QUIZ_TYPED_QUESTION.format(
            header=header, text=html.escape(question.text), seconds=period))
        _schedule(context, chat_id, period / 2, on_hint, kind="hint")
        _schedule(context, chat_id, period, on_time_up)


def open_period(context: Context, chat_id: int) -> int:
    """The chat's own choice (/quiztime), else QUIZ_OPEN_PERIOD."""
    chosen = get_runtime(context).quiz.store.open_period(chat_id)
    return chosen if chosen is not None else get_service(context).settings.quiz_open_period


async def on_quiz_time(update: Update, context: Context) -> None:
    """/quiztime [seconds]: show or set how long each question stays open in this chat."""
    message = update.effective_message
    if message is None:
        return
    args = context.args or []
    if not args:
        await message.reply_text(texts.QUIZ_TIME_IS.format(seconds=open_period(context, message.chat_id)))
        return
    if not await _is_chat_admin(update, context):
        await message.reply_text(texts.QUIZ_NOT_ALLOWED)
        return
    if not args[0].isdigit() or not MIN_OPEN_PERIOD <= int(args[0]) <= MAX_OPEN_PERIOD:
        await message.reply_text(texts.QUIZ_TIME_USAGE.format(low=MIN_OPEN_PERIOD, high=MAX_OPEN_PERIOD))
        return
    get_runtime(context).quiz.store.set_open_period(message.chat_id, int(args[0]))
    await message.reply_text(texts.QUIZ_TIME_SET.format(seconds=int(args[0])))


def _job_name(chat_id: int, kind: str) -> str:
    return f"quiz-{kind}:{chat_id}"


def _schedule(context: Context, chat_id: int, seconds: float,
              callback: Callable[[Context], Coroutine[Any, Any, None]], kind: str = "timeout") -> None:
    job_queue = context.job_queue
    if job_queue is None:
        raise RuntimeError("the quiz needs PTB's JobQueue: install python-telegram-bot[job-queue]")
    job_queue.run_once(callback, seconds, chat_id=chat_id, name=_job_name(chat_id, kind))


def _cancel_timers(context: Context, chat_id: int) -> None:
    if context.job_queue is None:
        return
    for kind in ("hint", "timeout"):
        for job in context.job_queue.get_jobs_by_name(_job_name(chat_id, kind)):
            job.schedule_removal()


async def on_hint(context: Context) -> None:
    chat_id = context.job.chat_id if context.job else None
    round_ = get_runtime(context).quiz.get(chat_id) if chat_id is not None else None
    if chat_id is None or round_ is None or round_.current is None:
        return
    fact = get_service(context).engine.kb.by_id.get(round_.current.fact_id)
    if fact is not None:
        await context.bot.send_message(chat_id, html.escape(hint(fact)))


async def on_time_up(context: Context) -> None:
    chat_id = context.job.chat_id if context.job else None
    if chat_id is None:
        return
    round_ = get_runtime(context).quiz.get(chat_id)
    if round_ is None or round_.current is None:
        return
    if round_.mode == "typed":
        question = round_.current
        await context.bot.send_message(chat_id, texts.QUIZ_TIME_UP.format(
            answer=html.escape(question.answer), explanation=html.escape(question.explanation)))
    await next_question(context, chat_id)


async def next_question(context: Context, chat_id: int) -> None:
    """Move on; after the last question post the round's ranking."""
    _cancel_timers(context, chat_id)
    quiz = get_runtime(context).quiz
    round_ = quiz.get(chat_id)
    if round_ is None:
        return
    if quiz.advance(chat_id) is None:
        await context.bot.send_message(chat_id, ranking_text(quiz, round_, texts.QUIZ_FINISHED))
        return
    await ask_current(context, chat_id)


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
    if where is None:
        return  # a poll of an earlier run or round
    chat_id, index = where
    round_ = runtime.quiz.get(chat_id)
    if round_ is None or round_.index != index:
        return  # the question has moved on
    runtime.quiz.answer_poll(chat_id, answer.user.id, display_name(answer.user), answer.option_ids[0])
    if runtime.quiz.everyone_answered(chat_id):
        await next_question(context, chat_id)


async def on_typed_answer(update: Update, context: Context) -> None:
    message, user = update.effective_message, update.effective_user
    if message is None or user is None or message.text is None:
        return
    quiz = get_runtime(context).quiz
    round_ = quiz.get(message.chat_id)
    if round_ is None or round_.mode != "typed" or round_.current is None:
        return
    question = round_.current
    outcome = quiz.answer_typed(message.chat_id, user.id, display_name(user), message.text)
    if outcome is TypedOutcome.NOT_A_NUMBER:
        return  # chatter, or a question for the bot: the other handlers decide
    if outcome is TypedOutcome.CORRECT:
        await message.reply_text(texts.QUIZ_CORRECT.format(
            name=html.escape(display_name(user)), answer=html.escape(question.answer),
            explanation=html.escape(question.explanation)))
        await next_question(context, message.chat_id)
    elif outcome is TypedOutcome.WRONG:
        await message.reply_text(texts.QUIZ_WRONG)
    raise ApplicationHandlerStop


async def _is_chat_admin(update: Update, context: Context) -> bool:
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None:
        return False
    if chat.type == ChatType.PRIVATE:
        return True
    try:
        member = await context.bot.get_chat_member(chat.id, user.id)
    except TelegramError:
        return False
    return member.status in (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)


async def on_stop(update: Update, context: Context) -> None:
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    quiz = get_runtime(context).quiz
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
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    quiz = get_runtime(context).quiz
    round_ = quiz.get(message.chat_id)
    if round_ is None or round_.current is None:
        await message.reply_text(texts.QUIZ_NONE)
        return
    question = round_.current
    await message.reply_text(texts.QUIZ_SKIPPED.format(answer=html.escape(question.answer)))
    await next_question(context, message.chat_id)


async def on_top(update: Update, context: Context) -> None:
    message = update.effective_message
    if message is None:
        return
    board = get_runtime(context).quiz.store.leaderboard(message.chat_id, 10)
    if not board:
        await message.reply_text(texts.QUIZ_NO_SCORES)
        return
    lines = [f"{i}. {html.escape(name)}：{points} 分" for i, (_, name, points) in enumerate(board, 1)]
    await message.reply_text("\n".join([texts.QUIZ_TOP, *lines]))


async def on_me(update: Update, context: Context) -> None:
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    standing = get_runtime(context).quiz.store.standing(message.chat_id, user.id)
    if standing is None:
        await message.reply_text(texts.QUIZ_ME_NONE)
        return
    points, rank = standing
    await message.reply_text(texts.QUIZ_ME.format(points=points, rank=rank))


async def on_startup(app: App) -> None:
    """Rounds that were running when the bot stopped are cancelled, and their chats told."""
    runtime: QuizRuntime = app.bot_data[QUIZ_KEY]
    for chat_id in runtime.quiz.interrupted():
        try:
            await app.bot.send_message(chat_id, texts.QUIZ_INTERRUPTED)
        except TelegramError as exc:
            log.warning("could not tell chat %s its round was cancelled: %s", chat_id, exc)


async def on_shutdown(app: App) -> None:
    runtime: QuizRuntime = app.bot_data[QUIZ_KEY]
    runtime.quiz.store.close()
