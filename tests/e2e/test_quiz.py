"""Typed quiz rounds end to end: users racing in a group, a wrong answer, a timeout, /stop, /top,
and scores and an interrupted round across a restart of the bot."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from bot.config import Settings
from tests.e2e.conftest import Running, start_bot, stop_bot
from tests.e2e.emulator import BOT_USERNAME, Emulator, Users, as_reply_target, group_chat, private_chat, user

GROUP = -3001


def current_answer(bot: Running) -> str:
    round_ = bot.app.bot_data["quiz"].quiz.get(GROUP)
    assert round_ is not None
    assert round_.current is not None
    return str(round_.current.answer)


async def test_typed_round_race_wrong_timeout_stop(bot: Running) -> None:
    chat = group_chat(GROUP)
    alice, bob, carol = user(11, "Alice"), user(12, "Bob"), user(13, "Carol")
    await bot.users.send(chat, alice, "/quiz typed 3")
    intro, first = await bot.users.wait_for(GROUP, 2)
    assert "抢答开始" in intro["text"]
    assert "第 1/3 题" in first["text"]

    await bot.users.send(chat, bob, "0", reply_to=as_reply_target(first, chat))  # wrong (no figure is 0), as a reply
    answer = current_answer(bot)
    await bot.users.send(chat, carol, f"应该是{answer}吧")
    await bot.users.send(chat, alice, answer)  # right too, but second: the race is Carol's
    messages = await bot.users.wait_for(GROUP, 5)
    assert "不对" in messages[2]["text"]
    assert "Carol 答对了" in messages[3]["text"]
    assert answer in messages[3]["text"]
    assert "第 2/3 题" in messages[4]["text"]
    await asyncio.sleep(0.3)
    messages = await bot.users.bot_messages(GROUP)
    assert sum("答对了" in m["text"] for m in messages) == 1
    assert all("Alice 答对了" not in m["text"] for m in messages)

    # Alice's late answer may have reached question 2 as a wrong one; only order is asserted below.
    # Nobody answers question 2: a hint at half time, then the answer.
    answer = current_answer(bot)
    messages = await until(bot, "第 3/3 题", within=12)
    hint = find(messages, "提示：单位是", 4)
    time_up = find(messages, "时间到", hint)
    assert answer in messages[time_up]["text"]
    find(messages, "第 3/3 题", time_up)

    await bot.users.send(chat, bob, "/stop")  # not the starter, not an admin (the emulator has no getChatMember)
    await bot.users.send(chat, alice, "/stop")
    messages = await until(bot, "答题已结束")
    refused = find(messages, "只有发起人", time_up)
    stopped = find(messages, "答题已结束", refused)
    assert "Carol：1 分" in messages[stopped]["text"]

    await bot.users.send(chat, bob, "/top")
    messages = await until(bot, "积分榜")
    await bot.users.send(chat, carol, "/me")
    messages = await until(bot, "排名第")
    assert "1. Carol：1 分" in messages[find(messages, "积分榜", stopped)]["text"]
    assert "1 分，排名第 1" in messages[find(messages, "排名第", stopped)]["text"]


def find(messages: list[dict[str, Any]], needle: str, after: int) -> int:
    """Index of the first bot message after `after` that contains `needle`."""
    for i in range(after + 1, len(messages)):
        if needle in messages[i]["text"]:
            return i
    raise AssertionError(f"no message with {needle!r} after #{after}: {[m['text'][:30] for m in messages]}")


async def until(bot: Running, needle: str, within: float = 10) -> list[dict[str, Any]]:
    deadline = asyncio.get_running_loop().time() + within
    while True:
        messages = await bot.users.bot_messages(GROUP)
        if any(needle in m["text"] for m in messages) or asyncio.get_running_loop().time() > deadline:
            return messages
        await asyncio.sleep(0.05)


async def test_second_round_is_refused_and_chats_are_independent(bot: Running) -> None:
    await bot.users.send(group_chat(-3002), user(21), "/quiz typed 2")
    await bot.users.send(group_chat(-3003), user(22), "/quiz typed 2")
    await bot.users.wait_for(-3002, 2)
    await bot.users.send(group_chat(-3002), user(23), "/quiz")
    messages = await bot.users.wait_for(-3002, 3)
    assert "已经有一轮答题在进行中" in messages[2]["text"]
    assert len(await bot.users.wait_for(-3003, 2)) == 2


async def test_scores_and_interrupted_round_survive_restart(bot: Running) -> None:
    chat = group_chat(GROUP)
    await bot.users.send(chat, user(31, "Dan"), "/quiz typed 2")
    await bot.users.wait_for(GROUP, 2)
    await bot.users.send(chat, user(31, "Dan"), current_answer(bot))
    await bot.users.wait_for(GROUP, 4)  # "答对了" and question 2
    await stop_bot(bot.app)  # the bot stops with the round running

    bot.app = await start_bot(bot.users.emulator, bot.settings, bot.users)
    messages = await bot.users.wait_for(GROUP, 5)
    assert "因机器人重启被取消" in messages[4]["text"]
    await bot.users.send(chat, user(31, "Dan"), "/me")
    messages = await bot.users.wait_for(GROUP, 6)
    assert "1 分" in messages[5]["text"]
    await asyncio.sleep(0)


async def test_right_answer_and_skip_at_once_leave_the_question_once(bot: Running) -> None:
    """Both updates arrive within one Bot API round trip: exactly one of them moves the round."""
    chat = group_chat(GROUP)
    await bot.users.send(chat, user(41, "Eve"), "/quiz typed 3")
    await bot.users.wait_for(GROUP, 2)
    for trial in range(3):
        answer = current_answer(bot)
        await asyncio.gather(bot.users.send(chat, user(42, "Fay"), answer),
                             bot.users.send(chat, user(43, "Gus"), "/skip"))
        header = f"第 {trial + 2}/3 题" if trial < 2 else "本轮答题结束"
        messages = await until(bot, header)
        await asyncio.sleep(0.3)  # a second advance, if any, would show up now
        messages = await bot.users.bot_messages(GROUP)
        texts = [m["text"] for m in messages]
        assert sum(header in t for t in texts) == 1, texts
        outcomes = [t for t in texts if "答对了" in t or "已跳过" in t]
        assert len(outcomes) == trial + 1, texts  # one outcome per question, never both
        if trial < 2:
            assert not any(f"第 {trial + 3}/3 题" in t for t in texts), texts


async def test_a_damaged_database_disables_quizzes_not_answers(emulator: Emulator, tmp_path: Path,
                                                               knowledge_copy: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / "quiz.sqlite3").write_bytes(b"garbage, not SQLite" * 300)
    users = Users(emulator)
    settings = Settings(token=users.token, knowledge_dir=knowledge_copy, data_dir=data_dir,
                        api_url=emulator.base_url, rate_limit=False)
    app = await start_bot(emulator, settings, users)
    try:
        await users.send(private_chat(51), user(51), "职工驿站建了多少个")
        await users.send(private_chat(51), user(51), "/quiz")
        await users.send(private_chat(51), user(51), "/top")
        replies = await users.wait_for(51, 3)
        assert "2131个" in replies[0]["text"]
        assert all("答题功能暂时不可用" in r["text"] for r in replies[1:]), replies
    finally:
        await stop_bot(app)
        await users.close()


async def test_superscript_digits_get_a_usage_reply_not_an_error(bot: Running) -> None:
    me = private_chat(61)
    await bot.users.send(me, user(61), "/quiztime ²")
    await bot.users.send(me, user(61), "/quiz ²")
    first, second = await bot.users.wait_for(61, 2)
    assert "5 到 600" in first["text"]
    assert "没有找到主题「²」" in second["text"]


ANONYMOUS_ADMIN = {"id": 1087968824, "is_bot": True, "first_name": "Group", "username": "GroupAnonymousBot"}


async def test_an_anonymous_group_admin_may_stop_and_set_the_time(bot: Running) -> None:
    chat = group_chat(-3010, "supergroup")
    await bot.users.send(chat, user(71, "Hal"), "/quiz typed 2")
    await bot.users.wait_for(-3010, 2)
    await bot.users.send(chat, ANONYMOUS_ADMIN, "/quiztime 30", sender_chat=chat)
    await bot.users.send(chat, ANONYMOUS_ADMIN, "/stop", sender_chat=chat)
    messages = await bot.users.wait_for(-3010, 4)
    texts = [m["text"] for m in messages[2:]]
    assert any("每道题限时 30 秒" in t for t in texts), texts
    assert any("答题已结束" in t for t in texts), texts


async def test_a_poll_round_through_the_emulator(bot: Running) -> None:
    """Native quiz polls as Telegram takes them (the emulator refuses an open_period outside
    5-600): two players answer, the poll closes when its time is up, the ranking follows."""
    chat = group_chat(-3101)
    alice, bob = user(31, "Alice"), user(32, "Bob")
    await bot.users.send(chat, alice, "/quiz 1")
    intro, poll_message = await bot.users.wait_for(-3101, 2)
    assert "答题开始" in intro["text"]
    poll = poll_message["poll"]
    assert poll["type"] == "quiz"
    assert poll.get("open_period", bot.settings.quiz_open_period) == bot.settings.quiz_open_period
    [right] = poll["correct_option_ids"]
    await bot.users.answer_poll(alice, poll["id"], right)
    await bot.users.answer_poll(bob, poll["id"], (right + 1) % len(poll["options"]))
    messages = await bot.users.wait_for(-3101, 3, within=bot.settings.quiz_open_period + 5)
    assert len(messages) == 3, "the round did not end when the poll's time was up"
    assert "本轮答题结束" in messages[2]["text"]
    assert "Alice：1 分" in messages[2]["text"]
    assert "Bob" not in messages[2]["text"]


async def test_a_question_to_the_bot_during_a_typed_round_is_answered_and_wrong_bursts_get_one_reply(
        bot: Running) -> None:
    group = -3009
    chat = group_chat(group)
    alice, bob = user(21, "Alice"), user(22, "Bob")
    await bot.users.send(chat, alice, "/quiz typed 2")
    await bot.users.wait_for(group, 2)
    # Addressed questions that hold a number are questions, not guesses.
    await bot.users.send(chat, bob, f"@{BOT_USERNAME} 2022年新建了多少职工驿站")
    await bot.users.send(chat, bob, f"/ask@{BOT_USERNAME} 参加医疗互助的职工增长了多少")
    for guess in ("0", "0.0", "00"):  # a burst of wrong guesses
        await bot.users.send(chat, alice, guess)
    deadline = asyncio.get_running_loop().time() + 10
    while asyncio.get_running_loop().time() < deadline:
        texts = [m["text"] for m in await bot.users.bot_messages(group)]
        if any("资料里没有2022年的数字" in t for t in texts) and any("84万人" in t for t in texts):
            break
        await asyncio.sleep(0.05)
    texts = [m["text"] for m in await bot.users.bot_messages(group)]
    assert any("资料里没有2022年的数字" in t for t in texts)
    assert any("84万人" in t for t in texts)
    await asyncio.sleep(0.3)
    texts = [m["text"] for m in await bot.users.bot_messages(group)]
    assert sum("不对" in t for t in texts) == 1
    await bot.users.send(chat, alice, "/stop")
