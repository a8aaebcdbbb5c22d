"""Application wiring: every handler registered here, in order; one error handler.

Order matters within group 0: commands first, then edits and non-text messages, then plain
text (private: always a question; groups: only when addressed), then buttons and inline queries.
The quiz listens for typed answers in group -1, so that during a typed round a number is taken
as an answer before the question handlers see it.
"""

from __future__ import annotations

import logging
import secrets
import sys
from typing import Any
from urllib.parse import urlparse

from telegram import BotCommand, BotCommandScopeChat, Update
from telegram.constants import ParseMode
from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.ext import (
    Application,
    BaseRateLimiter,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    PollAnswerHandler,
    filters,
)
from telegram.request import BaseRequest

from bot.config import Settings
from bot.core.engine import Engine
from bot.core.errors import KnowledgeError, StoreError
from bot.core.question_log import QuestionLog
from bot.tg import texts
from bot.tg.handlers import admin, ask, browse, feedback, operator, quiz
from bot.tg.ratelimit import TelegramRateLimiter
from bot.tg.service import SERVICE_KEY, BotService
from bot.tg.types import App, Context

log = logging.getLogger(__name__)

# Updates handled at once. A reply to a busy group may wait a minute for the group's flood limit;
# with PTB's default of 256, such waits would fill every slot and hold up quiet chats. A waiting
# handler is a small coroutine, so a few thousand cost little.
MAX_CONCURRENT_UPDATES = 4096
# Seconds a request may wait for a free connection (PTB's default is 1): in a burst, a reply
# waits its turn instead of being dropped with "pool timeout".
POOL_TIMEOUT = 30.0

NEW_MESSAGES = filters.UpdateType.MESSAGE
PRIVATE = filters.ChatType.PRIVATE
GROUPS = filters.ChatType.GROUPS


def register_handlers(app: App) -> None:
    commands = {
        "start": browse.on_start,
        "help": browse.on_help,
        "ask": ask.on_ask,
        "topics": browse.on_topics,
        "random": browse.on_random,
        "source": browse.on_source,
        "reload": admin.on_reload,
        "stats": admin.on_stats,
        "quiz": quiz.on_quiz,
        "stop": quiz.on_stop,
        "skip": quiz.on_skip,
        "top": quiz.on_top,
        "me": quiz.on_me,
        "quiztime": quiz.on_quiz_time,
        "misses": operator.on_misses,
        "why": operator.on_why,
        "alias": operator.on_alias,
    }
    # Typed quiz answers first (group -1): during a typed round a plain number is a guess, not a
    # question; the handler lets questions addressed to the bot through.
    app.add_handler(MessageHandler(NEW_MESSAGES & filters.TEXT & ~filters.COMMAND, quiz.on_typed_answer), group=-1)
    for name, callback in commands.items():
        app.add_handler(CommandHandler(name, callback, filters=NEW_MESSAGES))
    app.add_handler(PollAnswerHandler(quiz.on_poll_answer))
    app.add_handler(MessageHandler(NEW_MESSAGES & filters.COMMAND, ask.on_unknown_command))
    app.add_handler(MessageHandler(filters.UpdateType.EDITED_MESSAGE, ask.on_non_text))
    app.add_handler(MessageHandler(NEW_MESSAGES & PRIVATE & filters.TEXT, ask.on_private_text))
    app.add_handler(MessageHandler(NEW_MESSAGES & GROUPS & filters.TEXT, ask.on_group_text))
    app.add_handler(MessageHandler(NEW_MESSAGES & ~filters.TEXT, ask.on_non_text))
    app.add_handler(CallbackQueryHandler(ask.on_fact_button, pattern=f"^{ask.FACT_PREFIX}"))
    app.add_handler(CallbackQueryHandler(browse.on_topic_button, pattern=f"^{browse.TOPIC_PREFIX}"))
    app.add_handler(CallbackQueryHandler(browse.on_random, pattern=f"^{browse.RANDOM_DATA}$"))
    app.add_handler(CallbackQueryHandler(feedback.on_feedback, pattern=f"^{feedback.FEEDBACK_PREFIX}"))
    app.add_handler(CallbackQueryHandler(operator.on_why_button, pattern=f"^{operator.WHY_PREFIX}"))
    app.add_handler(CallbackQueryHandler(ask.on_stale_button))
    app.add_handler(InlineQueryHandler(browse.on_inline_query))
    app.add_handler(ChatMemberHandler(browse.on_added_to_group, ChatMemberHandler.MY_CHAT_MEMBER))
    app.add_error_handler(on_error)


async def on_error(update: object, context: Context) -> None:
    """Log first; then, in a private chat, tell the user something went wrong."""
    log.error("error while handling an update", exc_info=context.error)
    if not isinstance(update, Update) or update.effective_message is None:
        return
    if update.effective_chat is not None and update.effective_chat.type == "private":
        try:
            await update.effective_message.reply_text(texts.ERROR)
        except TelegramError:
            log.warning("could not tell the user about the error")


async def _post_init(app: App) -> None:
    try:
        await app.bot.set_my_commands([BotCommand(c, d) for c, d in texts.COMMANDS])
    except TelegramError as exc:  # the bot works without its command menu
        log.warning("set_my_commands failed: %s", exc)
    # Admins see their commands too, in their private chat with the bot (where they use them).
    admin_menu = [BotCommand(c, d) for c, d in (*texts.COMMANDS, *texts.ADMIN_COMMANDS)]
    for admin_id in sorted(app.bot_data[SERVICE_KEY].settings.admin_user_ids):
        try:
            await app.bot.set_my_commands(admin_menu, scope=BotCommandScopeChat(admin_id))
        except TelegramError as exc:  # e.g. the admin never opened a chat with the bot
            log.info("no admin command menu for %s: %s", admin_id, exc)
    for describe, text in ((app.bot.set_my_description, texts.DESCRIPTION),
                           (app.bot.set_my_short_description, texts.SHORT_DESCRIPTION)):
        try:
            await describe(text)
        except TelegramError as exc:  # what the empty chat shows before /start; not vital
            log.warning("setting the bot's description failed: %s", exc)
    await quiz.on_startup(app)


def build_application(
    settings: Settings, engine: Engine, request: BaseRequest | None = None,
    rate_limiter: BaseRateLimiter[Any] | None = None, concurrent_updates: int = MAX_CONCURRENT_UPDATES,
) -> App:
    """The whole bot; `request` replaces the HTTP layer (tests use a recording Bot API);
    `rate_limiter` and `concurrent_updates` replace the production choices (the benchmark
    compares them with PTB's defaults)."""
    builder = (
        Application.builder()
        .token(settings.token)
        .defaults(Defaults(parse_mode=ParseMode.HTML))
        .post_init(_post_init)
        .post_shutdown(quiz.on_shutdown)
        .concurrent_updates(concurrent_updates)
    )
    if settings.rate_limit:
        builder.rate_limiter(rate_limiter or TelegramRateLimiter())
    if request is not None:
        builder.request(request).get_updates_request(request)
    else:
        builder.pool_timeout(POOL_TIMEOUT)
    if settings.api_url:
        base = settings.api_url.rstrip("/")
        builder.base_url(base).base_file_url(base.removesuffix("/bot") + "/file/bot")
    app = builder.build()
    app.bot_data[SERVICE_KEY] = BotService(settings, engine, questions=_question_log(settings))
    quiz.install(app, settings.data_dir)
    register_handlers(app)
    return app


def _question_log(settings: Settings) -> QuestionLog | None:
    if settings.question_log_size <= 0:
        return None
    try:
        return QuestionLog(settings.data_dir, keep=settings.question_log_size)
    except StoreError as exc:
        log.error("questions are not logged (/misses is off), they are still answered: %s", exc)
        return None


class RedactingFormatter(logging.Formatter):
    """Libraries log request URLs, and Telegram's URLs hold the token; tracebacks repeat them
    (InvalidToken quotes the token). Every formatted line, traceback included, has the token and
    the webhook secret cut out before it is written."""

    def __init__(self, fmt: str, hidden: list[str]) -> None:
        super().__init__(fmt)
        self.hidden = [s for s in hidden if s]

    def format(self, record: logging.LogRecord) -> str:
        exc = record.exc_info[1] if record.exc_info else None
        if isinstance(exc, NetworkError):
            # Telegram out of reach (PTB logs each failed start-up try with its traceback): the
            # reason in one line says all there is to say.
            record = logging.makeLogRecord({**record.__dict__, "exc_info": None, "exc_text": None,
                                            "msg": f"{record.getMessage()} ({exc})", "args": None})
        return redact(super().format(record), self.hidden)


def redact(text: str, hidden: list[str]) -> str:
    for secret in hidden:
        text = text.replace(secret, "<redacted>")
    return text


def setup_logging(settings: Settings, hidden: list[str]) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s", hidden))
    logging.basicConfig(level=settings.log_level, handlers=[handler], force=True)
    logging.getLogger("httpx").setLevel(logging.WARNING)


def run(settings: Settings) -> int:
    """Run on Telegram until SIGINT/SIGTERM; polling, or a webhook when WEBHOOK_URL is set.

    Webhook mode never runs without a secret token: anyone who can reach the port could otherwise
    post a forged update "from" an admin. Without WEBHOOK_SECRET one is generated for this run and
    given to Telegram with setWebhook; PTB refuses (403) every update that does not carry it.
    """
    webhook_secret = settings.webhook_secret or (secrets.token_urlsafe(32) if settings.webhook_url else "")
    setup_logging(settings, [settings.token, webhook_secret])
    try:
        engine = Engine.load(settings.knowledge_dir)
    except KnowledgeError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 1
    app = build_application(settings, engine)
    log.info("knowledge: %d facts; starting %s", len(engine.kb.facts),
             "webhook" if settings.webhook_url else "polling")
    try:
        if settings.webhook_url:
            if not settings.webhook_secret:
                log.info("WEBHOOK_SECRET is not set: using a secret generated for this run")
            app.run_webhook(listen=settings.webhook_listen, port=settings.webhook_port,
                            url_path=urlparse(settings.webhook_url).path.strip("/"),
                            webhook_url=settings.webhook_url, secret_token=webhook_secret,
                            allowed_updates=Update.ALL_TYPES, bootstrap_retries=settings.startup_retries)
        else:
            app.run_polling(allowed_updates=Update.ALL_TYPES, poll_interval=settings.poll_interval,
                            bootstrap_retries=settings.startup_retries)
    except InvalidToken:
        log.error("Telegram rejected TELEGRAM_BOT_TOKEN: check it with @BotFather (/token) and set it again")
        return 1
    except NetworkError as exc:  # still unreachable after the retries: one line, not a traceback
        log.error("cannot reach Telegram at %s (%s): check the network, a proxy, or TELEGRAM_API_URL",
                  settings.api_url or "api.telegram.org", exc)
        return 1
    except Exception:  # the last word before exit: logged redacted, never printed raw by Python
        log.exception("the bot stopped on an error")
        return 1
    return 0
