"""The flood limiter on a clock of its own: sliding windows, per-chat waits, 429 retries."""

from __future__ import annotations

import asyncio
import datetime as dt
import heapq
import itertools
from collections.abc import Coroutine
from typing import Any

import pytest
from telegram.error import RetryAfter

from bot.tg.ratelimit import CHAT_LIMIT, CLOCK_MARGIN, GROUP_LIMIT, SlidingWindow, TelegramRateLimiter


class Clock:
    """Virtual time: it moves to the next sleeper's deadline only when every task is waiting,
    so concurrent waits overlap as they would in real time, and a test takes no real time."""

    def __init__(self) -> None:
        self.now = 0.0
        self._sleepers: list[tuple[float, int, asyncio.Future[None]]] = []
        self._seq = itertools.count()

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._sleepers, (self.now + seconds, next(self._seq), done))
        await done

    async def run(self, *coroutines: Coroutine[Any, Any, None]) -> None:
        tasks = [asyncio.ensure_future(c) for c in coroutines]
        while not all(t.done() for t in tasks):
            for _ in range(20):
                await asyncio.sleep(0)  # everything that can run, runs
            if self._sleepers and not all(t.done() for t in tasks):
                deadline, _, done = heapq.heappop(self._sleepers)
                self.now = max(self.now, deadline)
                done.set_result(None)
        for task in tasks:
            task.result()


async def test_a_window_allows_count_per_period_and_no_more() -> None:
    clock = Clock()
    window = SlidingWindow(3, 3.0, clock, clock.sleep)
    times: list[float] = []

    async def take() -> None:
        for _ in range(7):
            await window.acquire()
            times.append(clock.now)

    await clock.run(take())
    step = 3 + CLOCK_MARGIN
    assert times == [0, 0, 0, step, step, step, 2 * step]
    for i, t in enumerate(times):  # any 3 seconds hold at most 3
        assert sum(t <= other < t + 3 for other in times[i:]) <= 3


class Sender:
    def __init__(self, clock: Clock, refuse: int = 0) -> None:
        self.clock, self.refuse = clock, refuse
        self.sent: list[tuple[float, str]] = []

    async def __call__(self, chat: str) -> dict[str, Any]:
        if self.refuse:
            self.refuse -= 1
            raise RetryAfter(dt.timedelta(seconds=5))
        self.sent.append((self.clock.now, chat))
        return {"ok": True}


async def send(limiter: TelegramRateLimiter, sender: Sender, chat: str, endpoint: str = "sendMessage") -> None:
    await limiter.process_request(sender, (chat,), {}, endpoint, {"chat_id": chat}, None)


async def test_a_busy_group_waits_for_its_own_window_and_a_quiet_chat_does_not() -> None:
    clock = Clock()
    limiter = TelegramRateLimiter(clock, clock.sleep)
    sender = Sender(clock)
    await clock.run(*(send(limiter, sender, "-100") for _ in range(25)), send(limiter, sender, "42"))
    group_times = [t for t, chat in sender.sent if chat == "-100"]
    [quiet_time] = [t for t, chat in sender.sent if chat == "42"]
    assert quiet_time == 0  # not behind the group's queue
    count, period = GROUP_LIMIT
    for i, t in enumerate(group_times):
        assert sum(t <= other < t + period for other in group_times[i:]) <= count
        assert sum(t <= other < t + CHAT_LIMIT[1] for other in group_times[i:]) <= CHAT_LIMIT[0]
    assert len(group_times) == 25


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")  # RetryAfter's own __init__
async def test_a_429_pauses_only_its_chat_and_the_reply_is_retried_until_sent() -> None:
    clock = Clock()
    limiter = TelegramRateLimiter(clock, clock.sleep)
    refused = Sender(clock, refuse=3)
    await clock.run(send(limiter, refused, "7"))
    assert refused.sent == [(15.0, "7")]  # three waits of 5 s, then sent
    assert limiter.retries == 3


async def test_calls_that_are_no_messages_pass_straight_through() -> None:
    clock = Clock()
    limiter = TelegramRateLimiter(clock, clock.sleep)
    sender = Sender(clock)
    await clock.run(*(send(limiter, sender, "7", endpoint="sendChatAction") for _ in range(10)))
    assert clock.now == 0


@pytest.mark.parametrize("chat", ["-100", "@channel"])
def test_groups_and_channels_get_the_group_window(chat: str) -> None:
    limiter = TelegramRateLimiter()
    assert limiter._windows(chat)[1] is not None
    assert limiter._windows("42")[1] is None
