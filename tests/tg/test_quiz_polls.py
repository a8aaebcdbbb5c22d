"""Poll-mode rounds through PTB against a recording Bot API: the polls sent, answers scored, the
timer and "everyone answered" moving on, the ranking posted. Polls stay open OPEN seconds, the
least Telegram allows; rather than wait for it, a test runs the scheduled timer job itself.
(tests/e2e/test_quiz.py plays a poll round against the emulator.)"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from typing import Any

import pytest

from bot.config import Settings
from bot.core.engine import Engine
from bot.tg.app import build_application
from bot.tg.types import App
from tests.tg.botapi import RecordingBotAPI, feed, message_update, user

GROUP = -500
OPEN = 5  # seconds: Telegram's minimum open_period


async def time_runs_out(app: App) -> None:
    """Run the round's pending timer now, as the JobQueue would after OPEN seconds."""
    assert app.job_queue is not None
    [job] = [j for j in app.job_queue.jobs() if not j.removed]
    await job.run(app)  # moving on replaces the job; had it not, the stale one would be ignored


@pytest.fixture
async def running(settings: Settings, engine: Engine, api: RecordingBotAPI) -> AsyncIterator[App]:
    app = build_application(replace(settings, quiz_open_period=OPEN), engine, request=api)
    await app.initialize()
    await app.start()  # the JobQueue runs the timers
    yield app
    await app.stop()
    await app.shutdown()


def poll_answer(poll_id: str, user_id: int, option: int) -> dict[str, Any]:
    return {"update_id": 1, "poll_answer": {"poll_id": poll_id, "user": user(user_id, f"玩家{user_id}"),
                                            "option_ids": [option], "option_persistent_ids": [str(option)]}}


async def test_poll_round_from_start_to_ranking(running: App, api: RecordingBotAPI) -> None:
    await feed(running, message_update("/quiz 2 普惠服务", chat_id=GROUP, chat_type="group", user_id=1))
    [first] = api.of("sendPoll")
    assert first["type"] == "quiz"
    assert first["is_anonymous"] is False
    assert first["open_period"] == OPEN
    assert len(first["options"]) == 4
    assert len(first["explanation"]) <= 200
    assert first["question"].startswith("第 1/2 题")
    [right] = first["correct_option_ids"]  # PTB 22.8 follows Bot API 9.6: correct_option_id became a list

    await feed(running, poll_answer("1", 1, right))
    await feed(running, poll_answer("1", 2, (right + 1) % 4))
    await feed(running, poll_answer("999", 3, 0))  # a stale poll is ignored
    assert len(api.of("sendPoll")) == 1  # question 1 waits for its timer

    await time_runs_out(running)
    polls = api.of("sendPoll")
    assert len(polls) == 2, "the timer did not move on"
    second = polls[1]
    assert second["question"].startswith("第 2/2 题")
    assert second["question"] != first["question"]
    await feed(running, poll_answer("2", 2, second["correct_option_ids"][0]))
    assert not any("本轮答题结束" in str(m["text"]) for m in api.of("sendMessage"))
    await feed(running, poll_answer("2", 1, second["correct_option_ids"][0]))  # everyone answered: the round ends now
    ranking = api.of("sendMessage")[-1]["text"]
    assert "本轮答题结束" in ranking
    assert ranking.index("玩家1：2 分") < ranking.index("玩家2：1 分")

    await feed(running, message_update("/top", chat_id=GROUP, chat_type="group"))
    assert "1. 玩家1：2 分\n2. 玩家2：1 分" in api.of("sendMessage")[-1]["text"]


async def test_unknown_topic_and_failed_poll(running: App, api: RecordingBotAPI) -> None:
    await feed(running, message_update("/quiz 不存在", chat_id=GROUP, chat_type="group"))
    assert "没有找到主题「不存在」" in api.of("sendMessage")[-1]["text"]


async def test_private_practice_is_scored_separately(running: App, api: RecordingBotAPI) -> None:
    await feed(running, message_update("/quiz typed 1", chat_id=7, user_id=7))
    round_ = running.bot_data["quiz"].quiz.get(7)
    await feed(running, message_update(round_.current.answer, chat_id=7, user_id=7))
    await feed(running, message_update("/me", chat_id=7, user_id=7))
    await feed(running, message_update("/me", chat_id=GROUP, chat_type="group", user_id=7))
    me_private, me_group = [m["text"] for m in api.of("sendMessage")[-2:]]
    assert "1 分" in me_private
    assert "还没有积分" in me_group


async def test_open_period_is_configurable_per_chat(running: App, api: RecordingBotAPI) -> None:
    await feed(running, message_update("/quiztime", chat_id=GROUP, chat_type="group"))
    assert f"限时 {OPEN} 秒" in api.of("sendMessage")[-1]["text"]  # the setting's default (QUIZ_OPEN_PERIOD)
    await feed(running, message_update("/quiztime 3", chat_id=GROUP, chat_type="group"))  # not a chat admin
    assert "只有群管理员可以修改答题时限" in api.of("sendMessage")[-1]["text"]
    await feed(running, message_update("/quiztime 30", chat_id=8, user_id=8))  # a private chat is its own admin
    assert "限时 30 秒" in api.of("sendMessage")[-1]["text"]
    for too_short_or_long in ("4", "9999"):
        await feed(running, message_update(f"/quiztime {too_short_or_long}", chat_id=9, user_id=9))
        assert "5 到 600" in api.of("sendMessage")[-1]["text"]
    await feed(running, message_update("/quiztime 45", chat_id=9, user_id=9))
    await feed(running, message_update("/quiz 1", chat_id=9, user_id=9))
    await feed(running, message_update("/quiz 1", chat_id=GROUP, chat_type="group"))
    private_poll, group_poll = api.of("sendPoll")
    assert private_poll["open_period"] == 45
    assert group_poll["open_period"] == OPEN
    await feed(running, message_update("/quiztime", chat_id=8, user_id=8))
    assert "限时 30 秒" in api.of("sendMessage")[-1]["text"]  # chat 8 kept its own choice
