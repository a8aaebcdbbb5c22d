"""Every flow through the real process (`python -m bot run`, settings from the environment, the
production rate limiter on) and the Bot API emulator: a quiz poll round, inline mode, chat
admins, edited messages, channel posts and membership changes, names that hold HTML."""

from __future__ import annotations

import asyncio
import inspect
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from telegram import ChatMemberAdministrator

from tests.e2e.emulator import ROOT, Emulator, Users, group_chat, private_chat, user

ADMIN = 5001


@dataclass
class Process:
    token: str
    log: Path


@pytest.fixture(scope="module")
def process(emulator: Emulator, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Process]:
    home = tmp_path_factory.mktemp("process")
    token = Users(emulator).token
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": token, "TELEGRAM_API_URL": emulator.base_url,
           "POLL_INTERVAL": "0.02", "LOG_LEVEL": "DEBUG", "DATA_DIR": str(home / "data"),
           "KNOWLEDGE_DIR": str(ROOT / "knowledge"), "ADMIN_USER_IDS": str(ADMIN), "QUIZ_OPEN_PERIOD": "5"}
    log = home / "bot.log"
    with log.open("wb") as sink:
        bot = subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=home, env=env, stdout=sink, stderr=sink)
        try:
            deadline = time.monotonic() + 30
            while "starting polling" not in log.read_text(encoding="utf-8"):
                assert bot.poll() is None, log.read_text(encoding="utf-8")[-2000:]
                assert time.monotonic() < deadline, "the bot did not start within 30 s"
                time.sleep(0.05)
            yield Process(token, log)
        finally:
            bot.send_signal(signal.SIGTERM)
            try:
                bot.wait(20)
            except subprocess.TimeoutExpired:
                bot.kill()


@pytest.fixture
async def users(emulator: Emulator, process: Process) -> Any:
    players = Users(emulator, token=process.token)
    yield players
    await players.close()


async def until_all(users: Users, chat_id: int, *needles: str, within: float = 15) -> list[str]:
    """The chat's texts once each needle is in one of them (or the time is up)."""
    deadline = time.monotonic() + within
    while True:
        texts = [m.get("text", "") for m in await users.bot_messages(chat_id)]
        if all(any(n in t for t in texts) for n in needles) or time.monotonic() > deadline:
            return texts
        await asyncio.sleep(0.05)


async def barrier(users: Users, chat_id: int, sender: dict[str, Any]) -> list[str]:
    """The chat's texts before a question sent now is answered. Handlers that send nothing do no
    I/O and finish in the order the bot fetched them, so once this question is answered an
    ignored update sent before it was ignored (a positive signal, not a sleep)."""
    chat = private_chat(chat_id) if chat_id > 0 else group_chat(chat_id, "supergroup")
    before = len(await users.bot_messages(chat_id))
    await users.send(chat, sender, "/ask 云岭工匠有多少名")
    messages = await users.wait_for(chat_id, before + 1)
    assert "109名" in messages[-1].get("text", "")
    return [m.get("text", "") for m in messages[:-1]]


async def test_the_process_describes_itself_at_start(process: Process) -> None:
    deadline = time.monotonic() + 10
    while "setMyShortDescription" not in (log := process.log.read_text(encoding="utf-8")):
        assert time.monotonic() < deadline, "the bot did not set its description"
        await asyncio.sleep(0.05)
    assert "Calling Bot API endpoint `setMyDescription`" in log


async def test_a_poll_round_with_two_players_then_the_top(users: Users) -> None:
    group = -4101
    chat = group_chat(group, "supergroup")
    alice, bob = user(41, "Alice"), user(42, "Bob")
    await users.send(chat, alice, "/quiz 1")
    intro, poll_message = await users.wait_for(group, 2)
    assert "答题开始" in intro["text"]
    poll = poll_message["poll"]
    [right] = poll["correct_option_ids"]
    await users.answer_poll(alice, poll["id"], right)
    await users.answer_poll(bob, poll["id"], (right + 1) % len(poll["options"]))
    texts = await until_all(users, group, "本轮答题结束")
    [ranking] = [t for t in texts if "本轮答题结束" in t]
    assert "Alice：1 分" in ranking
    assert "Bob" not in ranking
    await users.send(chat, bob, "/top")
    texts = await until_all(users, group, "积分榜")
    assert "1. Alice：1 分" in texts[-1]


async def test_inline_mode_lists_facts_for_a_search(users: Users) -> None:
    query_id = await users.inline_query(user(43), "职工驿站")
    deadline = time.monotonic() + 10
    answers: list[dict[str, Any]] = []
    while time.monotonic() < deadline and not (answers and answers[0].get("answered")):
        answers = await users.inline_answers(query_id)
        await asyncio.sleep(0.05)
    assert answers, "the inline query was not answered"
    assert answers[0]["answered"]
    assert "2131个" in str(answers[0])


async def test_a_chat_admin_may_stop_anyones_round_and_set_the_time_a_member_may_not(users: Users) -> None:
    group = -4102
    chat = group_chat(group, "supergroup")
    starter, member, admin = user(44, "Starter"), user(45, "Member"), user(46, "Admin")
    await users.set_admins(group, [46])
    await users.send(chat, starter, "/quiz typed 3")
    await users.wait_for(group, 2)
    await users.send(chat, member, "/stop")
    await users.send(chat, member, "/quiztime 30")
    texts = await until_all(users, group, "只有发起人或群管理员", "只有群管理员可以修改答题时限")
    assert sum("只有发起人或群管理员" in t for t in texts) == 1
    assert sum("只有群管理员可以修改答题时限" in t for t in texts) == 1
    await users.send(chat, admin, "/quiztime 30")
    await users.send(chat, admin, "/stop")
    texts = await until_all(users, group, "每道题限时 30 秒", "答题已结束")
    assert any("每道题限时 30 秒" in t for t in texts)
    assert any("答题已结束" in t for t in texts)


async def test_an_edited_message_gets_no_second_answer(users: Users) -> None:
    sender = user(47)
    await users.send(private_chat(47), sender, "职工驿站建了多少个")
    [answer] = await users.wait_for(47, 1)
    assert "2131个" in answer["text"]
    edited = {"message_id": 999_001, "date": int(time.time()), "edit_date": int(time.time()),
              "chat": private_chat(47), "from": sender, "text": "职工书屋建了多少个"}
    await users.send_update({"edited_message": edited})
    group = -4103
    await users.send_update({"edited_message": {**edited, "chat": group_chat(group, "supergroup")}})
    texts = await until_all(users, 47, "修改过的消息")
    assert len(texts) == 2  # the answer, and the hint the handler of edits gives instead of an answer
    assert "1300多个" not in texts[1]
    assert await barrier(users, group, sender) == []  # silence in a group


async def test_channel_posts_and_membership_changes_are_handled_cleanly(users: Users, process: Process) -> None:
    group = -4104
    now = int(time.time())
    await users.send_update({"channel_post": {"message_id": 1, "date": now, "text": "职工驿站有多少个",
                                              "chat": {"id": -4199, "type": "channel", "title": "频道"}}})
    bot_user = {"id": int(process.token.split(":")[0]), "is_bot": True, "first_name": "Test"}

    def member(status: str) -> dict[str, Any]:
        # An administrator carries its rights, as Telegram sends them.
        rights = dict.fromkeys(inspect.signature(ChatMemberAdministrator).parameters, False)
        rights = {k: v for k, v in rights.items() if k.startswith(("can_", "is_"))}
        return {"user": bot_user, "status": status, **(rights if status == "administrator" else {})}

    def membership(old: str, new: str) -> dict[str, Any]:
        return {"my_chat_member": {"chat": group_chat(group, "supergroup"), "from": user(48), "date": now,
                                   "old_chat_member": member(old), "new_chat_member": member(new)}}

    await users.send_update(membership("member", "administrator"))  # promoted: nothing to say
    await users.send_update(membership("left", "member"))  # added: one greeting
    await users.send_update(membership("member", "member"))  # nothing new
    await until_all(users, group, "大家好")
    texts = await barrier(users, group, user(48))
    assert len(texts) == 1
    assert "@" in texts[0]
    assert "/ask" in texts[0]
    assert await users.bot_messages(-4199) == []
    assert "Traceback" not in process.log.read_text(encoding="utf-8")


async def test_start_in_a_group_says_how_to_address_the_bot(users: Users) -> None:
    group = -4105
    await users.send(group_chat(group, "supergroup"), user(49), "/start")
    [reply] = await users.wait_for(group, 1)
    assert "直接问我就行" not in reply["text"]
    assert "/ask" in reply["text"]


async def test_names_holding_html_are_shown_as_text_in_every_reply_with_names(users: Users) -> None:
    group = -4106
    chat = {**group_chat(group, "supergroup"), "title": '<i>群&"</i>'}
    player, other = user(50, 'A<b>&"B'), user(52, "<script>")
    await users.send(chat, player, "/quiz 1")
    _, poll_message = await users.wait_for(group, 2)
    poll = poll_message["poll"]
    [right] = poll["correct_option_ids"]
    await users.answer_poll(player, poll["id"], right)
    await users.answer_poll(other, poll["id"], (right + 1) % len(poll["options"]))
    await until_all(users, group, "本轮答题结束")
    await users.send(chat, player, "/top")
    await users.send(chat, player, "/me")
    await users.send(chat, other, "/me")
    texts = await until_all(users, group, "积分榜", "排名第", "还没有积分")
    ranking = next(t for t in texts if "本轮答题结束" in t)
    assert "A&lt;b&gt;&amp;" in ranking
    assert "A&lt;b&gt;&amp;" in next(t for t in texts if "积分榜" in t)
    assert any("1 分，排名第 1" in t for t in texts)
    assert any("你在这里还没有积分" in t for t in texts)
    assert not any("<b>&" in t or "<script>" in t for t in texts)


async def test_admins_get_their_commands_in_their_own_menu(users: Users) -> None:
    deadline = time.monotonic() + 10
    while True:
        state = await users._post("getBotState", {})
        menus = {scope: [c["command"] for c in commands] for scope, commands in state["commands"].items()}
        admin_menu = next((m for scope, m in menus.items() if str(ADMIN) in scope), None)
        if admin_menu is not None or time.monotonic() > deadline:
            break
        await asyncio.sleep(0.05)
    assert admin_menu is not None, menus
    assert {"misses", "why", "alias", "reload"} <= set(admin_menu)
    default = next(m for scope, m in menus.items() if "default" in scope)
    assert "misses" not in default
