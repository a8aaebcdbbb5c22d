"""Telegram's flood limits, played by the emulator (TG_EMULATOR_FLOOD=1), with the production
rate limiter: a busy group's burst is answered in full, once each, without a single 429, and a
quiet chat is answered at once meanwhile."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.config import Settings
from bot.tg.ratelimit import TelegramRateLimiter
from tests.e2e.conftest import KNOWLEDGE, start_bot, stop_bot
from tests.e2e.emulator import BOT_USERNAME, Emulator, Users, group_chat, private_chat, user


@pytest.fixture(scope="module")
def flood_emulator(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Emulator]:
    emulator = Emulator.start(tmp_path_factory.mktemp("flood") / "emulator.log", flood_limits=True)
    yield emulator
    emulator.stop()


async def test_a_busy_group_is_answered_in_full_and_does_not_hold_up_a_quiet_chat(
        flood_emulator: Emulator, tmp_path: Path) -> None:
    users = Users(flood_emulator)
    settings = Settings(token=users.token, knowledge_dir=KNOWLEDGE, data_dir=tmp_path / "data",
                        api_url=flood_emulator.base_url, rate_limit=True)
    app = await start_bot(flood_emulator, settings, users)
    try:
        group = -5001
        burst = 9  # three times what Telegram takes in 3 s from one chat
        for i in range(burst):
            await users.send(group_chat(group, "supergroup"), user(600 + i), f"/ask@{BOT_USERNAME} 职工驿站建了多少个")
        asked = time.monotonic()
        await users.send(private_chat(700), user(700), "职工书屋有多少个")
        [quiet] = await users.wait_for(700, 1, within=10)
        quiet_seconds = time.monotonic() - asked
        answers = await users.wait_for(group, burst, within=30)
        await users.wait_for(group, burst + 1, within=1)  # a duplicate would show up here
    finally:
        await stop_bot(app)
        await users.close()
    assert "1300多个" in quiet["text"]
    assert quiet_seconds < 1.5, "the quiet chat waited behind the busy group"
    assert len(answers) == burst  # none lost, none twice
    assert sorted(a["reply_parameters"]["message_id"] for a in answers) == sorted(
        {a["reply_parameters"]["message_id"] for a in answers})
    limiter = app.bot.rate_limiter
    assert isinstance(limiter, TelegramRateLimiter)
    assert limiter.retries == 0  # Telegram never had to say "too many requests"
