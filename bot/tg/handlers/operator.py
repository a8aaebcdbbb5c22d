"""The operator's loop in the chat: /misses (what users asked that the bot could not answer,
or reported wrong with the buttons of bot.tg.handlers.feedback), /why (the hit test), /alias
(the fix), all for admins only."""

from __future__ import annotations

import asyncio
import html
import logging
import time

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.core.aliases import AliasRefused, add_alias
from bot.core.errors import KnowledgeError
from bot.core.hit_test import hit_test_lines
from bot.tg import texts
from bot.tg.handlers.admin import admin_service
from bot.tg.handlers.ask import command_argument
from bot.tg.handlers.browse import example_question
from bot.tg.service import get_service
from bot.tg.types import Context

log = logging.getLogger(__name__)

WHY_PREFIX = "why:"  # why:<question log row>
MISSES_DAYS = 7
MISSES_SHOWN, MISSES_MAX = 10, 30
MESSAGE_BUDGET = 3800  # of Telegram's 4096 characters


async def on_misses(update: Update, context: Context) -> None:
    message = update.effective_message
    service = await admin_service(update, context)
    if message is None or service is None:
        return
    if service.questions is None:
        await message.reply_text(texts.LOG_OFF)
        return
    argument = command_argument(message)
    shown = int(argument) if argument.isascii() and argument.isdigit() else MISSES_SHOWN
    shown = max(1, min(MISSES_MAX, shown))
    misses = await asyncio.to_thread(service.questions.misses, time.time() - MISSES_DAYS * 86400, shown)
    if not misses:
        await message.reply_text(texts.MISSES_NONE.format(days=MISSES_DAYS))
        return
    engine = service.engine
    lines, buttons = [texts.MISSES_HEAD.format(days=MISSES_DAYS)], []
    for rank, miss in enumerate(misses, 1):
        fact = engine.fact(miss.candidate) if miss.candidate else None
        candidate = (f"{fact.id}（{html.escape(fact.label)}：{html.escape(fact.figure)}）" if fact
                     else texts.MISSES_NO_CANDIDATE)
        wrong = texts.MISSES_WRONG.format(count=miss.reported_wrong) if miss.reported_wrong else ""
        line = texts.MISSES_LINE.format(rank=rank, count=miss.count, question=html.escape(miss.example[:200]),
                                        wrong=wrong, candidate=candidate)
        if sum(len(x) for x in lines) + len(line) > MESSAGE_BUDGET:
            break
        lines.append(line)
        buttons.append(InlineKeyboardButton(texts.MISSES_BUTTON.format(rank=rank),
                                            callback_data=f"{WHY_PREFIX}{miss.example_id}"))
    lines.append(texts.MISSES_HINT)
    keyboard = InlineKeyboardMarkup([buttons[i:i + 3] for i in range(0, len(buttons), 3)])
    await message.reply_text("\n".join(lines), reply_markup=keyboard)


def _hit_test(context: Context, question: str) -> str:
    lines = hit_test_lines(get_service(context).engine.explain(question))
    text = "\n".join(lines)
    if len(text) > MESSAGE_BUDGET:
        text = text[:MESSAGE_BUDGET] + "…"
    return "<pre>" + html.escape(text) + "</pre>"


async def on_why(update: Update, context: Context) -> None:
    message = update.effective_message
    service = await admin_service(update, context)
    if message is None or service is None:
        return
    question = command_argument(message)
    if not question:
        await message.reply_text(texts.WHY_USAGE.format(example=example_question(context)))
        return
    await message.reply_text(_hit_test(context, question))


async def on_why_button(update: Update, context: Context) -> None:
    query = update.callback_query
    if query is None or query.data is None:
        return
    service = get_service(context)
    if not service.is_admin(query.from_user.id):
        await query.answer(texts.NOT_ADMIN, show_alert=True)
        return
    row = query.data.removeprefix(WHY_PREFIX)
    question = None
    if service.questions is not None and row.isdigit():
        question = await asyncio.to_thread(service.questions.question, int(row))
    if question is None:
        await query.answer(texts.STALE_BUTTON)
        return
    await query.answer()
    if query.message is not None:
        await context.bot.send_message(query.message.chat.id, _hit_test(context, question))


async def on_alias(update: Update, context: Context) -> None:
    message = update.effective_message
    service = await admin_service(update, context)
    if message is None or service is None:
        return
    fact_id, _, phrase = command_argument(message).partition(" ")
    if not fact_id or not phrase.strip():
        example = service.engine.kb.facts[0].id if service.engine.kb.facts else "fact-id"
        await message.reply_text(texts.ALIAS_USAGE.format(fact_id=html.escape(example), phrase="歇脚点"))
        return
    try:
        # Edits a file and loads the knowledge twice: off the event loop, one at a time.
        async with service.edit_lock:
            added = await asyncio.to_thread(add_alias, service.engine, fact_id, phrase)
            report = await service.reload()
    except AliasRefused as exc:
        await message.reply_text(texts.ALIAS_REFUSED.format(reason=html.escape(str(exc))))
        return
    except (KnowledgeError, TimeoutError) as exc:
        await message.reply_text(texts.ALIAS_RELOAD_FAILED.format(error=html.escape(str(exc))))
        return
    fact = service.engine.fact(added.fact_id)
    log.info("alias %r added to %s; %d facts after reload", added.phrase, added.fact_id, report.facts)
    state = texts.ALIAS_ANSWERS if added.answered else texts.ALIAS_NOT_YET
    await message.reply_text(texts.ALIAS_OK.format(
        phrase=html.escape(added.phrase), fact_id=html.escape(added.fact_id),
        label=html.escape(fact.label if fact else ""), figure=html.escape(fact.figure if fact else ""),
        file=html.escape(added.path.name)) + "\n" + state.format(phrase=html.escape(added.phrase)))
