"""What the running bot holds in `bot_data`: the engine, its reload lock, counters, settings."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

from bot.config import Settings
from bot.core.conversation import Conversations
from bot.core.engine import Engine
from bot.core.models import Match
from bot.core.question_log import QuestionLog
from bot.core.throttle import UserThrottle
from bot.tg.types import Context

SERVICE_KEY = "service"
RELOAD_SECONDS = 60  # a sane directory loads in well under a second; past this, something is wrong


@dataclass
class ReloadReport:
    facts: int
    added: list[str]
    removed: list[str]
    changed: list[str]
    seconds: float


@dataclass
class BotService:
    settings: Settings
    engine: Engine
    started: float = field(default_factory=time.monotonic)
    answered: int = 0
    declined: int = 0
    throttle: UserThrottle | None = None  # None: no per-user limit (settings.question_burst == 0)
    conversations: Conversations = field(default_factory=Conversations)
    questions: QuestionLog | None = None  # None: no log (QUESTION_LOG_SIZE=0, or its database failed)
    _reload_lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    edit_lock: asyncio.Lock = field(default_factory=asyncio.Lock)  # one /alias edit of the knowledge at a time

    def __post_init__(self) -> None:
        self.conversations = Conversations(ttl=self.settings.follow_up_seconds)
        if self.throttle is None and self.settings.question_burst > 0:
            self.throttle = UserThrottle(self.settings.question_burst, self.settings.question_refill_seconds)

    def count(self, match: Match) -> None:
        if match.answered:
            self.answered += 1
        else:
            self.declined += 1

    def is_admin(self, user_id: int | None) -> bool:
        return user_id is not None and user_id in self.settings.admin_user_ids

    async def reload(self) -> ReloadReport:
        """Load the knowledge directory again and swap it in whole; raises KnowledgeError
        (or TimeoutError after RELOAD_SECONDS, releasing the lock) and keeps the current engine
        when the directory is broken."""
        async with self._reload_lock:
            new = await asyncio.wait_for(asyncio.to_thread(Engine.load, self.settings.knowledge_dir),
                                         RELOAD_SECONDS)
            added, removed, changed = self.engine.kb.diff(new.kb)
            self.engine = new  # one assignment: questions see the old or the new, never half
            return ReloadReport(len(new.kb.facts), added, removed, changed, new.load_seconds)

    @property
    def uptime(self) -> float:
        return time.monotonic() - self.started


def get_service(context: Context) -> BotService:
    service = context.bot_data[SERVICE_KEY]
    assert isinstance(service, BotService)
    return service
