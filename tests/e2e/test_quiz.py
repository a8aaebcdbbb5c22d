"""Typed quiz rounds end to end: users racing in a group, a wrong answer, a timeout, /stop, /top,
and scores and an interrupted round across a restart of the bot."""

from __future__ import annotations

import asyncio
from typing import Any

from tests.e2e.conftest import Running, start_bot, stop_bot
from tests.e2e.emulator import as_reply_target, group_chat, user

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
