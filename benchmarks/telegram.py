"""The bot end to end through the Bot API emulator: 500 questions from 100 users in 5 group chats.

    .venv/bin/python -m benchmarks.telegram [--questions 500] [--rate 50] [--flood 300]

Prints how many were answered and lost, and the median and p99 time from a question reaching the
emulator to the bot's reply reaching it. Targets (issue #3): none lost, median <= 50 ms.
The outgoing rate limiter is off: the emulator has no flood limits, and with it on Telegram's 20
messages per minute per group would be measured instead of the bot. The per-user question limit
is off too (it is measured on its own below), except in the flood runs.

Then the same questions again while one more user sends `--flood` messages of 1,000 random
characters as fast as they can, once without the per-user limit (what a plain bot does) and once
with it (the default settings): the others' latency shows what one user can do to everyone.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import random
import statistics
import tempfile
import time
from pathlib import Path

import yaml

from bot.config import Settings
from bot.core.engine import Engine
from bot.tg.app import build_application
from tests.e2e.emulator import BOT_USERNAME, Emulator, Users, group_chat, private_chat, user

ROOT = Path(__file__).resolve().parent.parent
CHATS = [-9100 - i for i in range(5)]


def question_pool(engine: Engine) -> list[str]:
    """The project's question set (answerable and not), else the facts' own quiz questions."""
    path = ROOT / "tests" / "data" / "questions.yaml"
    if path.exists():
        return [str(e["q"]) for e in yaml.safe_load(path.read_text(encoding="utf-8")) if "\n" not in str(e["q"])]
    return [f.question for f in engine.kb.facts]


async def run(count: int, rate: float, flood: int = 0, burst: int = 0, log_size: int = 20_000) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        emulator = Emulator.start(Path(tmp) / "emulator.log")
        users = Users(emulator)
        settings = Settings(token=users.token, knowledge_dir=ROOT / "knowledge", data_dir=Path(tmp) / "data",
                            api_url=emulator.base_url, rate_limit=False, question_burst=burst,
                            question_log_size=log_size)
        engine = Engine.load(settings.knowledge_dir)
        app = build_application(settings, engine)
        await app.initialize()
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0.005, timeout=0)
        try:
            flooder = asyncio.create_task(flood_with_noise(users, flood))
            await measure(users, question_pool(engine), count, rate)
            await flooder
        finally:
            await app.updater.stop()
            await app.stop()
            await app.shutdown()
            await users.close()
            emulator.stop()


async def flood_with_noise(users: Users, count: int) -> None:
    """One user pasting `count` long messages of random characters into a private chat."""
    noise = random.Random(7)
    for _ in range(count):
        text = "".join(chr(noise.randint(0x4E00, 0x9FFF)) for _ in range(1000))
        await users.send(private_chat(666), user(666, "刷屏"), text)


async def measure(users: Users, pool: list[str], count: int, rate: float) -> None:
    sent: list[float] = []
    replies: dict[int, float] = {}  # user message id -> when its reply was seen
    done, all_in = asyncio.Event(), asyncio.Event()

    async def collect() -> None:
        while not done.is_set():
            for chat in CHATS:
                targets = await users.fresh_replies(chat)
                now = time.perf_counter()
                for target in targets:
                    if target is not None:
                        replies[target] = now
            if len(replies) >= count:
                all_in.set()
            await asyncio.sleep(0.002)

    collector = asyncio.create_task(collect())
    started = time.perf_counter()
    for i in range(count):
        chat, sender = CHATS[i % 5], user(1000 + i % 100, f"用户{i % 100}")
        await users.send(group_chat(chat), sender, f"/ask@{BOT_USERNAME} {pool[i % len(pool)]}")
        sent.append(time.perf_counter())
        await asyncio.sleep(max(0.0, started + (i + 1) / rate - time.perf_counter()))
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(all_in.wait(), 10)  # the rest count as lost
    done.set()
    await collector

    # The emulator numbers messages as they arrive; ours arrive in the order sent.
    history = await users.history()
    ids = [int(h["messageId"]) for h in history if "message" in h and "from" in h["message"]
           and not h["message"]["from"].get("is_bot") and h["message"]["chat"]["id"] in CHATS]
    latencies = sorted((replies[m] - t) * 1e3 for m, t in zip(ids, sent, strict=False) if m in replies)
    answered = len(latencies)
    print(f"  questions {count} from 100 users in 5 chats at {rate:.0f}/s: "
          f"answered {answered}, lost {count - answered}")
    if latencies:
        p99 = latencies[max(0, int(len(latencies) * 0.99) - 1)]
        print(f"  question -> reply: median {statistics.median(latencies):.1f} ms, p99 {p99:.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--questions", type=int, default=500)
    parser.add_argument("--rate", type=float, default=50.0, help="questions per second sent")
    parser.add_argument("--flood", type=int, default=300, help="long messages from one user (0: skip)")
    args = parser.parse_args()
    print("others asking, nobody flooding (every question written to the question log):")
    asyncio.run(run(args.questions, args.rate))
    print("the same without the question log (QUESTION_LOG_SIZE=0):")
    asyncio.run(run(args.questions, args.rate, log_size=0))
    if args.flood:
        print(f"one user sends {args.flood} messages of 1,000 random characters, no per-user limit:")
        asyncio.run(run(args.questions, args.rate, args.flood))
        defaults = Settings()
        print(f"the same with the per-user limit ({defaults.question_burst} at once, "
              f"then one per {defaults.question_refill_seconds:g} s):")
        asyncio.run(run(args.questions, args.rate, args.flood, defaults.question_burst))


if __name__ == "__main__":
    main()
