"""Admin commands: /reload and /stats, for the user ids in ADMIN_USER_IDS only."""

from __future__ import annotations

import html
import logging
from pathlib import Path

from telegram import Update

from bot.core.errors import KnowledgeError
from bot.tg import texts
from bot.tg.service import RELOAD_SECONDS, BotService, get_service
from bot.tg.types import Context

log = logging.getLogger(__name__)
MAX_ERRORS_SHOWN = 15
ERRORS_BUDGET = 3500  # characters of problems in one reply; Telegram's limit is 4096 in all


def problem_list(problems: list[str]) -> str:
    """As many problems as fit one message (at most MAX_ERRORS_SHOWN), then how many more there are."""
    shown: list[str] = []
    used = 0
    for problem in problems[:MAX_ERRORS_SHOWN]:
        line = problem if len(problem) <= 300 else problem[:299] + "…"
        if used + len(line) > ERRORS_BUDGET:
            break
        shown.append(line)
        used += len(line) + 1
    if len(shown) < len(problems):
        shown.append(texts.RELOAD_MORE_ERRORS.format(more=len(problems) - len(shown), total=len(problems)))
    return "<pre>" + html.escape("\n".join(shown)) + "</pre>"


def _admin(update: Update, context: Context) -> BotService | None:
    service = get_service(context)
    user = update.effective_user
    if service.is_admin(user.id if user else None):
        return service
    log.warning("refused admin command from user %s: %s", user.id if user else None,
                update.effective_message.text if update.effective_message else "")
    return None


async def admin_service(update: Update, context: Context) -> BotService | None:
    """The service for an admin; anyone else is told the command is for admins, and gets None."""
    service = _admin(update, context)
    if service is None and update.effective_message is not None:
        await update.effective_message.reply_text(texts.NOT_ADMIN)
    return service


async def on_reload(update: Update, context: Context) -> None:
    message = update.effective_message
    if message is None:
        return
    service = _admin(update, context)
    if service is None:
        await message.reply_text(texts.NOT_ADMIN)
        return
    try:
        report = await service.reload()
    except KnowledgeError as exc:
        log.warning("reload refused: %d problems", len(exc.problems))
        root = service.settings.knowledge_dir.parent
        await message.reply_text(texts.RELOAD_FAILED.format(
            errors=problem_list([_relative(str(p), root) for p in exc.problems])))
        return
    except TimeoutError:
        log.error("reload took longer than %s s and was abandoned", RELOAD_SECONDS)
        await message.reply_text(texts.RELOAD_TIMEOUT.format(seconds=RELOAD_SECONDS))
        return
    log.info("reloaded knowledge: %d facts", report.facts)
    await message.reply_text(texts.RELOAD_OK.format(
        facts=report.facts, seconds=report.seconds, added=texts.id_list(report.added),
        removed=texts.id_list(report.removed), changed=texts.id_list(report.changed),
    ))


def _relative(problem: str, root: Path) -> str:
    prefix = str(root) + "/"
    return problem[len(prefix):] if problem.startswith(prefix) else problem


async def on_stats(update: Update, context: Context) -> None:
    message = update.effective_message
    if message is None:
        return
    service = _admin(update, context)
    if service is None:
        await message.reply_text(texts.NOT_ADMIN)
        return
    kb = service.engine.kb
    await message.reply_text(texts.STATS.format(
        uptime=texts.duration(service.uptime), answered=service.answered,
        declined=service.declined, facts=len(kb.facts), topics=len(kb.topics),
        sources=len(kb.sources), load=service.engine.load_seconds,
    ))
