"""Telegram's flood limits, end to end: a burst of 2,000 questions from 100 users across 20
chats, five of them busy groups, against the Bot API emulator with its flood limits on
(TG_EMULATOR_FLOOD=1) and the bot's production settings (rate limiter on, per-user limit on).

    .venv/bin/python -m benchmarks.flood [--questions 2000] [--baseline]

Each user in a busy group asks as fast as the per-user limit lets them (8 at once, then one
every 3 s), so no question is refused; quiet chats ask now and then all along. Telegram lets a
group receive 20 messages a minute, so the busy groups' answers take minutes by design: what
matters is that nothing is lost or sent twice, that Telegram never has to refuse a message, and
that quiet chats are answered at once meanwhile. Prints, per kind of chat, answered / lost /
duplicated and question -> reply latency (median, p99); with --baseline the same run with
python-telegram-bot's AIORateLimiter (the usual choice, as this bot used it before) and its 256
concurrent updates.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import statistics
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from telegram.ext import AIORateLimiter

from benchmarks.telegram import question_pool
from bot.config import Settings
from bot.core.engine import Engine
from bot.tg.app import build_application
from bot.tg.ratelimit import TelegramRateLimiter
from tests.e2e.emulator import BOT_USERNAME, Emulator, Users, group_chat, private_chat, user

ROOT = Path(__file__).resolve().parent.parent
BUSY_GROUPS = [-9200 - i for i in range(5)]
QUIET_PRIVATE = [3000 + i for i in range(10)]
QUIET_GROUPS = [-9300 - i for i in range(5)]
BUSY_USERS_PER_GROUP = 17  # 85 users in busy groups, 15 in quiet chats: 100
QUIET_SHARE = 0.1  # of the questions, asked in quiet chats
GROUP_PER_MINUTE = 20  # what Telegram lets a group receive
USER_BURST, USER_REFILL = 8, 3.1  # just inside the per-user limit (8 at once, one per 3 s)


@dataclass(frozen=True)
class Ask:
    at: float  # seconds after the start
    chat: dict[str, Any]
    sender: dict[str, Any]
    kind: str  # busy group, quiet group, quiet private


def schedule(total: int) -> list[Ask]:
    """Busy users ask as fast as the per-user limit allows; quiet chats ask now and then (a tenth
    of the questions) over the whole time the busy groups' answers take, when a delay would show."""
    quiet_chats = len(QUIET_PRIVATE) + len(QUIET_GROUPS)
    rounds = max(1, round(total * QUIET_SHARE / quiet_chats))
    busy_count = total - rounds * quiet_chats
    backlog = busy_count / len(BUSY_GROUPS) / GROUP_PER_MINUTE * 60
    every = backlog / rounds
    asks: list[Ask] = []
    for r in range(rounds):
        at = every * (r + 0.5)
        for i, chat_id in enumerate(QUIET_PRIVATE):
            asks.append(Ask(at + i * 0.1, private_chat(chat_id), user(chat_id), "quiet private"))
        for i, chat_id in enumerate(QUIET_GROUPS):
            asks.append(Ask(at + 0.05 + i * 0.1, group_chat(chat_id, "supergroup"), user(4000 + i), "quiet group"))
    senders = [(g, user(5000 + g_i * 100 + u)) for g_i, g in enumerate(BUSY_GROUPS)
               for u in range(BUSY_USERS_PER_GROUP)]
    for n in range(busy_count):
        group, sender = senders[n % len(senders)]
        round_ = n // len(senders)
        at = 0.0 if round_ < USER_BURST else (round_ - USER_BURST + 1) * USER_REFILL
        asks.append(Ask(at + (n % len(senders)) * 0.001, group_chat(group, "supergroup"), sender, "busy group"))
    return sorted(asks, key=lambda a: a.at)


async def run(total: int, baseline: bool, pool: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        emulator = Emulator.start(Path(tmp) / "emulator.log", flood_limits=True)
        users = Users(emulator)
        settings = Settings(token=users.token, knowledge_dir=ROOT / "knowledge", data_dir=Path(tmp) / "data",
                            api_url=emulator.base_url, rate_limit=True)
        engine = Engine.load(settings.knowledge_dir)
        limiter = AIORateLimiter(max_retries=2) if baseline else TelegramRateLimiter()
        app = build_application(settings, engine, rate_limiter=limiter, concurrent_updates=256 if baseline else 4096)
        errors: list[str] = []
        app.add_error_handler(lambda update, context: _record(errors, context.error))
        await app.initialize()
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0.005, timeout=0)
        try:
            await measure(users, schedule(total), pool, errors, limiter)
        finally:
            await app.updater.stop()
            await app.stop()
            await app.shutdown()
            await users.close()
            emulator.stop()


async def _record(errors: list[str], error: BaseException | None) -> None:
    errors.append(type(error).__name__)


class _Count429(logging.Handler):
    """Counts the rate limiters' "wait and retry" log records (PTB's and ours)."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        self.count += "Rate limit hit" in message or "Telegram asked to wait" in message


async def measure(users: Users, asks: list[Ask], pool: list[str], errors: list[str], limiter: Any) -> None:
    limited = _Count429()
    for name in ("telegram.ext.AIORateLimiter", "bot.tg.ratelimit"):
        logging.getLogger(name).addHandler(limited)
        logging.getLogger(name).setLevel(logging.INFO)
    chats = sorted({a.chat["id"] for a in asks})
    replies: dict[int, list[float]] = defaultdict(list)  # question message id -> when each reply came
    in_private: dict[int, list[float]] = defaultdict(list)  # private chat -> when each reply came
    done = asyncio.Event()

    async def collect() -> None:
        while not done.is_set():
            for chat in chats:
                targets = await users.fresh_replies(chat)
                now = time.perf_counter()
                for target in targets:
                    if target is not None:
                        replies[target].append(now)
                    elif chat > 0:  # a private chat's answers quote nothing: they come in order
                        in_private[chat].append(now)
            await asyncio.sleep(0.01)

    expected: list[int] = []  # the questions' message ids, once all are sent
    private_ids: set[int] = set()
    private_count = Counter(a.chat["id"] for a in asks if a.kind == "quiet private")
    all_in = asyncio.Event()

    async def complete() -> None:
        while not done.is_set():
            if expected and all(replies.get(m) for m in expected if m not in private_ids) and all(
                    len(in_private[c]) >= n for c, n in private_count.items()):
                all_in.set()
            await asyncio.sleep(0.5)

    collector = asyncio.create_task(collect())
    checker = asyncio.create_task(complete())
    started = time.perf_counter()
    sent: list[tuple[float, Ask]] = []
    for i, ask in enumerate(asks):
        await asyncio.sleep(max(0.0, started + ask.at - time.perf_counter()))
        text = pool[i % len(pool)]
        await users.send(ask.chat, ask.sender, text if ask.kind == "quiet private" else f"/ask@{BOT_USERNAME} {text}")
        sent.append((time.perf_counter(), ask))
    sending = time.perf_counter() - started
    history = await users.history()
    ids = [int(h["messageId"]) for h in history if "message" in h and "from" in h["message"]
           and not h["message"]["from"].get("is_bot")]
    busy = sum(a.kind == "busy group" for a in asks)
    floor = busy / len(BUSY_GROUPS) / GROUP_PER_MINUTE * 60
    for message_id, (_, ask) in zip(ids, sent, strict=False):
        if ask.kind == "quiet private":
            private_ids.add(message_id)
    expected.extend(ids)
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(all_in.wait(), floor * 1.3 + 60)  # past it, the rest count as lost
    await asyncio.sleep(2)  # late duplicates
    done.set()
    await asyncio.gather(collector, checker)
    total = time.perf_counter() - started

    print(f"  {len(asks)} questions from 100 users in 20 chats, sent over {sending:.0f} s, "
          f"done after {total:.0f} s (Telegram's group limit alone needs {floor:.0f} s)")
    by_kind: dict[str, list[float]] = defaultdict(list)
    lost: Counter[str] = Counter()
    twice: Counter[str] = Counter()
    private_seen: Counter[int] = Counter()
    for message_id, (at, ask) in zip(ids, sent, strict=False):
        if ask.kind == "quiet private":
            chat, k = ask.chat["id"], private_seen[ask.chat["id"]]
            private_seen[chat] += 1
            got = in_private[chat][k:k + 1]
            twice[ask.kind] += k == private_count[chat] - 1 and len(in_private[chat]) > private_count[chat]
        else:
            got = replies.get(message_id, [])
        if not got:
            lost[ask.kind] += 1
            continue
        twice[ask.kind] += len(got) > 1
        by_kind[ask.kind].append((got[0] - at) * 1e3)
    for kind in ("quiet private", "quiet group", "busy group"):
        latencies = sorted(by_kind[kind])
        count = sum(a.kind == kind for a in asks)
        line = f"  {kind:13}: {count:5} asked, {len(latencies):5} answered, {lost[kind]} lost, {twice[kind]} twice"
        if latencies:
            p99 = latencies[max(0, int(len(latencies) * 0.99) - 1)]
            line += f"; median {_ms(statistics.median(latencies))}, p99 {_ms(p99)}"
        print(line)
    gave_up = Counter(errors)
    print(f"  429s from Telegram: {limited.count}; replies given up: {sum(gave_up.values())} {dict(gave_up) or ''}")


def _ms(value: float) -> str:
    return f"{value:.0f} ms" if value < 10_000 else f"{value / 1000:.0f} s"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--questions", type=int, default=2000)
    parser.add_argument("--baseline", action="store_true", help="also run with PTB's AIORateLimiter")
    args = parser.parse_args()
    pool = question_pool(Engine.load(ROOT / "knowledge"))
    print("the bot's rate limiter (per-chat sliding windows), 4096 updates at once:")
    asyncio.run(run(args.questions, False, pool))
    if args.baseline:
        print("python-telegram-bot's AIORateLimiter(max_retries=2), 256 updates at once:")
        asyncio.run(run(args.questions, True, pool))


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        main()
