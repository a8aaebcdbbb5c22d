"""Every answer carries two small buttons, 👍 and 答错了; a press is logged against the question
(bot.core.question_log) and shows up in /misses as reported wrong. And the logging itself,
which never makes an answer wait."""

from __future__ import annotations

import asyncio
import logging

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatType
from telegram.error import BadRequest

from bot.core.errors import StoreError
from bot.core.question_log import Entry
from bot.tg import texts
from bot.tg.service import get_service
from bot.tg.types import Context

log = logging.getLogger(__name__)

FEEDBACK_PREFIX = "fb:"  # fb:w:<token> (wrong), fb:g:<token> (good)


def feedback_buttons(entry: Entry) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[
        InlineKeyboardButton(texts.FEEDBACK_GOOD, callback_data=f"{FEEDBACK_PREFIX}g:{entry.token}"),
        InlineKeyboardButton(texts.FEEDBACK_WRONG, callback_data=f"{FEEDBACK_PREFIX}w:{entry.token}"),
    ]])


def record_later(context: Context, entry: Entry) -> None:
    """Write the entry from a worker thread after the reply: the answer never waits for the log."""
    questions = get_service(context).questions
    if questions is None:
        return

    async def write() -> None:
        try:
            await asyncio.to_thread(questions.record, entry)
        except StoreError as exc:
            log.error("question not logged: %s", exc)

    context.application.create_task(write())


async def on_feedback(update: Update, context: Context) -> None:
    query = update.callback_query
    if query is None or query.data is None:
        return
    kind, _, token = query.data.removeprefix(FEEDBACK_PREFIX).partition(":")
    questions = get_service(context).questions
    stored = False
    if questions is not None and kind in ("w", "g"):
        try:
            stored = await asyncio.to_thread(questions.feedback, token, "wrong" if kind == "w" else "good")
        except StoreError as exc:
            log.error("feedback not logged: %s", exc)
    thanks = texts.FEEDBACK_THANKS_WRONG if kind == "w" else texts.FEEDBACK_THANKS_GOOD
    await query.answer(thanks if stored or questions is None else texts.FEEDBACK_GONE)
    await _drop_buttons(query)


async def _drop_buttons(query: CallbackQuery) -> None:
    """In a private chat the buttons go once pressed. In a group they stay: Telegram shows one
    keyboard to everyone, and the others may want to say what they think too."""
    message = query.message
    if message is None or message.chat.type != ChatType.PRIVATE:
        return
    try:
        await query.edit_message_reply_markup(reply_markup=None)
    except BadRequest as exc:
        if "not modified" not in exc.message.lower():
            raise
