"""Telegram's flood limits, kept per chat so that a busy group never delays anyone else.

Telegram refuses (429, retry_after) more than about one message a second to one chat, 20 a
minute to one group and 30 a second in all. python-telegram-bot's AIORateLimiter counts groups
and the total but not single chats, lets a group burst 20 messages at once, and after any 429
pauses every request to every chat; it also gives up after a few retries. Here each limit is a
sliding window like Telegram's, a message waits only for its own chat's window (then briefly for
the total), a 429 pauses only the chat it names, and a reply is retried until it is sent.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
import warnings
from collections import deque
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter
from telegram.warnings import PTBDeprecationWarning

log = logging.getLogger(__name__)

JSON = bool | dict[str, Any] | list[dict[str, Any]]

# Telegram's limits (https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this).
CHAT_LIMIT = (3, 3.0)  # messages per seconds to one chat: about one a second, a short burst allowed
GROUP_LIMIT = (20, 60.0)  # to one group or channel
TOTAL_LIMIT = (30, 1.0)  # to all chats together
# Telegram counts a message when it arrives, we when we send it: a message sent late in a window
# may arrive early in the next by Telegram's clock. Each window is this much longer than Telegram's.
CLOCK_MARGIN = 0.25  # seconds
MAX_RETRIES = 100  # after 429s; each waits what Telegram asks, so this is a broken server, not a flood
IDLE_CHATS = 10_000  # chat windows kept; the least recently used go first


def _seconds(exc: RetryAfter) -> float:
    # PTB 22 gives seconds and warns that a later version gives a timedelta: accept both, quietly.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, dt.timedelta) else float(value)


class SlidingWindow:
    """At most `count` acquisitions in any `period` seconds. Waiters queue in order (asyncio's
    lock is first come, first served), so a long queue for one key never starves a late one."""

    def __init__(self, count: int, period: float, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
        self.count, self.period = count, period + CLOCK_MARGIN
        self._clock, self._sleep = clock, sleep
        self._times: deque[float] = deque()
        self._lock = asyncio.Lock()
        self.blocked_until = 0.0  # a 429's retry_after for this window's chat

    async def acquire(self) -> None:
        async with self._lock:
            while True:
                now = self._clock()
                while self._times and self._times[0] <= now - self.period:
                    self._times.popleft()
                wait = max(self.blocked_until - now,
                           self._times[0] + self.period - now if len(self._times) >= self.count else 0.0)
                if wait <= 0:
                    self._times.append(now)
                    return
                await self._sleep(wait)


class TelegramRateLimiter(BaseRateLimiter[int]):
    """Limits sends (sendMessage, sendPoll, ...) per chat, per group and in total; other calls
    (edits, callback answers, getUpdates) pass straight through."""

    def __init__(self, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
        self._clock, self._sleep = clock, sleep
        self._total = SlidingWindow(*TOTAL_LIMIT, clock, sleep)
        self._chats: dict[str, tuple[SlidingWindow, SlidingWindow | None]] = {}
        self.retries = 0  # 429s seen, for the benchmark and the logs

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    def _windows(self, chat: str) -> tuple[SlidingWindow, SlidingWindow | None]:
        windows = self._chats.pop(chat, None)
        if windows is None:
            is_group = chat.startswith("-") or chat.startswith("@")
            windows = (SlidingWindow(*CHAT_LIMIT, self._clock, self._sleep),
                       SlidingWindow(*GROUP_LIMIT, self._clock, self._sleep) if is_group else None)
            if len(self._chats) >= IDLE_CHATS:
                self._chats.pop(next(iter(self._chats)))
        self._chats[chat] = windows  # most recently used last
        return windows

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, JSON]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> JSON:
        chat = data.get("chat_id")
        if chat is None or not endpoint.startswith("send") or endpoint == "sendChatAction":
            return await callback(*args, **kwargs)
        per_chat, per_group = self._windows(str(chat))
        for attempt in range(MAX_RETRIES + 1):
            await per_chat.acquire()
            if per_group is not None:
                await per_group.acquire()
            await self._total.acquire()
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                if attempt == MAX_RETRIES:
                    raise
                self.retries += 1
                wait = _seconds(exc)
                log.info("Telegram asked to wait %.1f s before sending to chat %s again", wait, chat)
                per_chat.blocked_until = max(per_chat.blocked_until, self._clock() + float(wait))
        raise AssertionError("unreachable")  # the loop returns or raises
