"""Questions: private text, /ask, mentions and replies in groups, did-you-mean buttons."""

from __future__ import annotations

import html
import logging
import math

from telegram import Bot, CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message, MessageEntity, Update
from telegram.constants import ChatAction, ChatType
from telegram.error import BadRequest, TelegramError

from bot.core.answer import fact_html, is_small_talk, render_html
from bot.core.models import Fact, Match
from bot.core.question_log import Entry
from bot.core.screening import screen_question
from bot.core.throttle import Admission
from bot.tg import texts
from bot.tg.handlers.feedback import feedback_buttons, record_later
from bot.tg.service import BotService, get_service
from bot.tg.types import Context

log = logging.getLogger(__name__)

FACT_PREFIX = "fact:"


def fact_buttons(facts: list[Fact], per_row: int = 1) -> InlineKeyboardMarkup:
    buttons = [
        InlineKeyboardButton(f"{f.label}（{f.topic}）", callback_data=FACT_PREFIX + f.id) for f in facts
    ]
    return InlineKeyboardMarkup([buttons[i : i + per_row] for i in range(0, len(buttons), per_row)])


def did_you_mean(match: Match) -> InlineKeyboardMarkup | None:
    if match.answered or not match.alternatives:
        return None
    return fact_buttons([c.fact for c in match.alternatives])


def addresses_bot(message: Message, bot: Bot) -> bool:
    """A group message is for us when it replies to us or mentions us."""
    replied = message.reply_to_message
    if replied is not None and replied.from_user is not None and replied.from_user.id == bot.id:
        return True
    return mentions_bot(message, bot)


def mentions_bot(message: Message, bot: Bot) -> bool:
    handle = f"@{bot.username}".lower()
    for entity, text in message.parse_entities([MessageEntity.MENTION, MessageEntity.TEXT_MENTION]).items():
        if entity.type == MessageEntity.MENTION and text.lower() == handle:
            return True
        if entity.user is not None and entity.user.id == bot.id:
            return True
    return False


def without_mention(text: str, bot: Bot) -> str:
    handle = f"@{bot.username}"
    index = text.lower().find(handle.lower())
    return (text[:index] + text[index + len(handle):]).strip() if index >= 0 else text


async def answer(update: Update, context: Context, question: str) -> None:
    """Reply to `question` with the engine's answer; the one path every question takes."""
    message = update.effective_message
    if message is None:
        return
    service = get_service(context)
    if not await _admitted(service, update):
        return
    rejection = screen_question(question)
    if rejection is not None:
        await message.reply_text(rejection)
        return
    if message.chat.type == ChatType.PRIVATE:
        try:
            await message.chat.send_action(ChatAction.TYPING)
        except TelegramError as exc:  # a nicety: never let it cost the answer
            log.debug("typing action failed: %s", exc)
    engine = service.engine  # one engine for matching and rendering, even across a reload
    # A follow-up refers to the chat's last question in private, the same user's in a group.
    sender = update.effective_user
    key = message.chat.id if message.chat.type == ChatType.PRIVATE or sender is None else (message.chat.id, sender.id)
    match = engine.ask(question, service.conversations.last(key))
    service.conversations.remember(key, match)
    service.count(match)
    entry = Entry.of(question, engine.matcher.normalizer.normalize(question), message.chat.type, match)
    markup = feedback_buttons(entry) if match.answered and service.questions is not None else did_you_mean(match)
    await message.reply_text(render_html(match, engine.kb), reply_markup=markup)
    if not is_small_talk(question):
        record_later(context, entry)


async def _admitted(service: BotService, update: Update) -> bool:
    """False when the sender is over their per-user limit; the first time, they are told."""
    sender, message = update.effective_user, update.effective_message
    if service.throttle is None or sender is None or message is None:
        return True
    admission = service.throttle.admit(sender.id)
    if admission is Admission.WARN:
        log.info("user %s is over the question limit", sender.id)
        seconds = math.ceil(service.throttle.wait_seconds(sender.id))
        await message.reply_text(texts.TOO_FAST.format(seconds=max(1, seconds)))
    return admission is Admission.ALLOW


async def on_private_text(update: Update, context: Context) -> None:
    if update.effective_message and update.effective_message.text is not None:
        await answer(update, context, update.effective_message.text)


async def on_group_text(update: Update, context: Context) -> None:
    message = update.effective_message
    if message is None or message.text is None or not addresses_bot(message, context.bot):
        return  # ordinary chatter: stay silent
    await answer(update, context, without_mention(message.text, context.bot))


def command_argument(message: Message) -> str:
    """The text after the leading /command(@bot), with its spacing and punctuation intact."""
    text = message.text or ""
    entities = message.parse_entities([MessageEntity.BOT_COMMAND])
    for entity in entities:
        if entity.offset == 0:
            return text[len(entities[entity]):].strip()
    return text.partition(" ")[2].strip()


async def on_ask(update: Update, context: Context) -> None:
    message = update.effective_message
    if message is None:
        return
    question = command_argument(message)
    if not question:
        facts = get_service(context).engine.kb.facts
        await message.reply_text(texts.ASK_USAGE.format(example=html.escape(facts[0].question) if facts else ""))
        return
    await answer(update, context, question)


async def edit_to(
    context: Context, query: CallbackQuery, text: str, markup: InlineKeyboardMarkup | None = None
) -> None:
    """Replace the pressed button's message. A second press of the same button asks for the same
    text: Telegram answers "message is not modified", which is no error for the user."""
    if query.message is None:
        return
    try:
        await query.edit_message_text(text, reply_markup=markup)
    except BadRequest as exc:
        if "not modified" not in exc.message.lower():
            raise


async def on_fact_button(update: Update, context: Context) -> None:
    query = update.callback_query
    if query is None:
        return
    engine = get_service(context).engine
    fact = engine.fact((query.data or "").removeprefix(FACT_PREFIX))
    if fact is None:
        await query.answer(texts.STALE_BUTTON, show_alert=False)
        return
    await query.answer()
    await edit_to(context, query, fact_html(fact, engine.kb))


async def on_stale_button(update: Update, context: Context) -> None:
    """Any callback data nobody recognises: old buttons, or forged ones."""
    if update.callback_query is not None:
        await update.callback_query.answer(texts.STALE_BUTTON)


async def on_non_text(update: Update, context: Context) -> None:
    """Stickers, photos, voice, edits: a hint in private chats, silence in groups."""
    message = update.effective_message
    if message is None or message.chat.type != ChatType.PRIVATE:
        return
    hint = texts.EDITED if update.edited_message is not None else texts.NON_TEXT
    await message.reply_text(hint)


async def on_unknown_command(update: Update, context: Context) -> None:
    message = update.effective_message
    if message is None or message.text is None:
        return
    command = message.text.split()[0]
    if message.chat.type != ChatType.PRIVATE and "@" not in command:
        return  # a bare /command in a group may be meant for another bot
    if "@" in command and command.split("@", 1)[1].lower() != (context.bot.username or "").lower():
        return
    await message.reply_text(texts.UNKNOWN_COMMAND)
