"""Browsing: /start, /help, /topics, /random, /source and inline mode."""

from __future__ import annotations

import hashlib
import html
import random

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    Update,
)
from telegram.constants import ChatMemberStatus, ChatType

from bot.core.answer import fact_html, sources_text
from bot.core.question_log import Entry
from bot.tg import texts
from bot.tg.handlers.ask import edit_to, fact_buttons
from bot.tg.handlers.feedback import record_later
from bot.tg.service import get_service
from bot.tg.types import Context

TOPIC_PREFIX = "topic:"
RANDOM_DATA = "random"
INLINE_LIMIT = 10
INLINE_EMPTY = 5


START_EXAMPLES = 3


async def on_start(update: Update, context: Context) -> None:
    """A greeting that names the loaded sources and asks one example question per topic."""
    message = update.effective_message
    if message:
        kb = get_service(context).engine.kb
        sources = "\n".join(f"·《{html.escape(s.title)}》" for s in kb.sources.values())
        examples = [facts[0].question for topic in kb.topics[:START_EXAMPLES] if (facts := kb.facts_of(topic))]
        private = message.chat.type == ChatType.PRIVATE
        how = texts.HOW_PRIVATE if private else texts.HOW_GROUP.format(bot=context.bot.username)
        prefix = "" if private else "/ask "
        await message.reply_text(texts.START.format(
            sources=sources, how=how, examples="\n".join(f"· {prefix}{html.escape(q)}" for q in examples)))


def example_question(context: Context) -> str:
    """A question the loaded knowledge answers, for usage hints (escaped for HTML)."""
    facts = get_service(context).engine.kb.facts
    return html.escape(facts[0].question) if facts else ""


async def on_help(update: Update, context: Context) -> None:
    if update.effective_message:
        await update.effective_message.reply_text(texts.HELP.format(bot=context.bot.username,
                                                                    example=example_question(context)))


async def on_added_to_group(update: Update, context: Context) -> None:
    """Greet once, when the bot joins a group, with how to address it there. Other changes of
    its membership (promoted, removed, a channel) say nothing."""
    change = update.my_chat_member
    if change is None or change.chat.type not in (ChatType.GROUP, ChatType.SUPERGROUP):
        return
    was_in = change.old_chat_member.status in (ChatMemberStatus.MEMBER, ChatMemberStatus.ADMINISTRATOR,
                                               ChatMemberStatus.OWNER, ChatMemberStatus.RESTRICTED)
    is_in = change.new_chat_member.status in (ChatMemberStatus.MEMBER, ChatMemberStatus.ADMINISTRATOR)
    if is_in and not was_in:
        await context.bot.send_message(change.chat.id, texts.GROUP_HELLO.format(
            bot=context.bot.username, example=example_question(context)))


async def on_source(update: Update, context: Context) -> None:
    if update.effective_message:
        kb = get_service(context).engine.kb
        await update.effective_message.reply_text(sources_text(kb, html_form=True))


def topic_key(topic: str) -> str:
    """A topic's button data: a short hash, since Telegram allows 64 bytes and a Chinese topic
    of 20 characters already takes 60."""
    return TOPIC_PREFIX + hashlib.sha1(topic.encode("utf-8")).hexdigest()[:12]


def _topic_keyboard(topics: list[str]) -> InlineKeyboardMarkup:
    buttons = [InlineKeyboardButton(t, callback_data=topic_key(t)) for t in topics]
    return InlineKeyboardMarkup([buttons[i : i + 3] for i in range(0, len(buttons), 3)])


async def on_topics(update: Update, context: Context) -> None:
    if update.effective_message:
        kb = get_service(context).engine.kb
        await update.effective_message.reply_text(texts.TOPICS, reply_markup=_topic_keyboard(kb.topics))


async def on_topic_button(update: Update, context: Context) -> None:
    query = update.callback_query
    if query is None:
        return
    kb = get_service(context).engine.kb
    topic = next((t for t in kb.topics if topic_key(t) == query.data), None)
    facts = kb.facts_of(topic) if topic is not None else []
    if topic is None or not facts:
        await query.answer(texts.STALE_BUTTON)
        return
    await query.answer()
    lines = [texts.TOPIC_FACTS.format(topic=html.escape(topic), count=len(facts))]
    lines += [f"· {html.escape(f.label)}：<b>{html.escape(f.figure)}</b>" for f in facts]
    await edit_to(context, query, "\n".join(lines), fact_buttons(facts, per_row=2))


def _random_keyboard() -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton("再来一条", callback_data=RANDOM_DATA)]])


async def on_random(update: Update, context: Context) -> None:
    kb = get_service(context).engine.kb
    text = fact_html(random.choice(kb.facts), kb)
    query = update.callback_query
    if query is not None:
        await query.answer()
        await edit_to(context, query, text, _random_keyboard())
    elif update.effective_message:
        await update.effective_message.reply_text(text, reply_markup=_random_keyboard())


async def on_inline_query(update: Update, context: Context) -> None:
    query = update.inline_query
    if query is None:
        return
    engine = get_service(context).engine
    text = query.query.strip()
    facts = (
        [c.fact for c in engine.matcher.search(text, INLINE_LIMIT)] if text
        else list(engine.kb.facts[:INLINE_EMPTY])
    )
    results = [
        InlineQueryResultArticle(
            id=fact.id,
            title=f"{fact.label}：{fact.figure}",
            description=fact.sentence[:100],
            input_message_content=InputTextMessageContent(fact_html(fact, engine.kb)),
        )
        for fact in facts
    ]
    await query.answer(results, cache_time=60)
    if text:
        found = engine.ask(text)  # what a question in a chat would have got: the log's outcome
        record_later(context, Entry.of(text, engine.matcher.normalizer.normalize(text), "inline", found))
