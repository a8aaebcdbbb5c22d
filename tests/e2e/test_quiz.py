"""Typed quiz rounds end to end: users racing in a group, a wrong answer, a timeout, /stop, /top,
and scores and an interrupted round across a restart of the bot."""

from __future__ import annotations

import asyncio

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

    await bot.users.send(chat, bob, "1", reply_to=as_reply_target(first, chat))  # wrong, as a reply
    answer = current_answer(bot)
    await bot.users.send(chat, carol, f"应该是{answer}吧")
    messages = await bot.users.wait_for(GROUP, 5)
    assert "不对" in messages[2]["text"]
    assert "Carol 答对了" in messages[3]["text"]
    assert answer in messages[3]["text"]
    assert "第 2/3 题" in messages[4]["text"]

    # Nobody answers question 2: a hint at half time, then the answer.
    answer = current_answer(bot)
    messages = await bot.users.wait_for(GROUP, 8, within=12)
    assert messages[5]["text"].startswith("提示：单位是")
    assert "时间到" in messages[6]["text"]
    assert answer in messages[6]["text"]
    assert "第 3/3 题" in messages[7]["text"]

    await bot.users.send(chat, bob, "/stop")  # not the starter, not an admin (the emulator has no getChatMember)
    await bot.users.send(chat, alice, "/stop")
    messages = await bot.users.wait_for(GROUP, 10)
    assert "只有发起人" in messages[8]["text"]
    assert "答题已结束" in messages[9]["text"]
    assert "Carol：1 分" in messages[9]["text"]

    await bot.users.send(chat, bob, "/top")
    await bot.users.send(chat, carol, "/me")
    top, me = (await bot.users.wait_for(GROUP, 12))[10:12]
    assert "1. Carol：1 分" in top["text"]
    assert "1 分，排名第 1" in me["text"]


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
