"""Admin commands: /reload and /stats, for the user ids in ADMIN_USER_IDS only."""

from __future__ import annotations

import html
import logging
from pathlib import Path

from telegram import Update

from bot.core.errors import KnowledgeError
from bot.tg import texts
from bot.tg.service import BotService, get_service
from bot.tg.types import Context

log = logging.getLogger(__name__)
MAX_ERRORS_SHOWN = 15


def _admin(update: Update, context: Context) -> BotService | None:
    service = get_service(context)
    user = update.effective_user
    if service.is_admin(user.id if user else None):
        return service
    log.warning("refused admin command from user %s: %s", user.id if user else None,
                update.effective_message.text if update.effective_message else "")
    return None


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
        root = service.settings.knowledge_dir.parent
        lines = [_relative(str(p), root) for p in exc.problems[:MAX_ERRORS_SHOWN]]
        if len(exc.problems) > MAX_ERRORS_SHOWN:
            lines.append(f"…… 共 {len(exc.problems)} 处错误")
        log.warning("reload refused: %d problems", len(exc.problems))
        errors = html.escape("\n".join(lines))
        await message.reply_text(texts.RELOAD_FAILED.format(errors=f"<pre>{errors}</pre>"))
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
