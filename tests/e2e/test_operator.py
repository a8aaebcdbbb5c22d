"""The operator's loop end to end through the emulator: a question the knowledge lacks shows up
in /misses with its count, /why explains it, /alias on the right fact makes the running bot
answer it (the YAML file keeps its comments), a "答错了" press shows up in /misses, and every
admin command refuses a member."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from tests.e2e.conftest import ADMIN_ID, Running
from tests.e2e.emulator import as_reply_target, private_chat, user


async def texts_until(bot: Running, chat_id: int, needle: str, within: float = 10) -> list[str]:
    deadline = time.monotonic() + within
    while True:
        texts = [m.get("text", "") for m in await bot.users.bot_messages(chat_id)]
        if any(needle in t for t in texts) or time.monotonic() > deadline:
            return texts
        await asyncio.sleep(0.05)


async def logged(bot: Running, count: int) -> None:
    """The log is written after the reply, from a worker thread: wait until it holds `count`."""
    questions = bot.app.bot_data["service"].questions
    deadline = time.monotonic() + 5
    while questions.count() < count:
        assert time.monotonic() < deadline, f"{questions.count()} of {count} questions logged"
        await asyncio.sleep(0.02)


async def test_a_miss_is_listed_explained_fixed_and_a_wrong_answer_reported(bot: Running) -> None:
    asker, admin = user(81), user(ADMIN_ID, "管理员")
    for _ in range(2):
        await bot.users.send(private_chat(81), asker, "暖心小屋有多少个")
    await bot.users.send(private_chat(81), asker, "职工书屋有多少个")
    replies = await bot.users.wait_for(81, 3)
    assert "没有找到" in replies[0]["text"]
    answer: dict[str, Any] = next(r for r in replies if "1300多个" in r["text"])
    wrong = next(b["callback_data"] for row in answer["reply_markup"]["inline_keyboard"] for b in row
                 if b["text"] == "答错了")
    await bot.users.press(asker, as_reply_target(answer, private_chat(81)), wrong)
    await logged(bot, 3)
    deadline = time.monotonic() + 5
    while not any(m.reported_wrong for m in bot.app.bot_data["service"].questions.misses(0)):
        assert time.monotonic() < deadline, "the press was not logged"
        await asyncio.sleep(0.02)

    await bot.users.send(private_chat(ADMIN_ID), admin, "/misses")
    texts = await texts_until(bot, ADMIN_ID, "命中测试")
    listing = next(t for t in texts if "暖心小屋有多少个" in t)
    assert "2 次：暖心小屋有多少个" in listing
    assert "职工书屋有多少个（1 次被报告答错）" in listing
    assert "reading-rooms" in listing  # the fact it was answered with

    await bot.users.send(private_chat(ADMIN_ID), admin, "/why 暖心小屋有多少个")
    texts = await texts_until(bot, ADMIN_ID, "命中测试：暖心小屋有多少个")
    assert any("结论：不回答" in t for t in texts)

    facts = bot.settings.knowledge_dir / "facts" / "services.yaml"
    comment = facts.read_text(encoding="utf-8").splitlines()[0]
    await bot.users.send(private_chat(ADMIN_ID), admin, "/alias worker-stations 暖心小屋")
    texts = await texts_until(bot, ADMIN_ID, "已把“暖心小屋”加为 worker-stations")
    assert any("现在问“暖心小屋”就能答出这条数据" in t for t in texts)
    assert facts.read_text(encoding="utf-8").splitlines()[0] == comment
    assert "暖心小屋" in facts.read_text(encoding="utf-8")

    await bot.users.send(private_chat(81), asker, "暖心小屋有多少个")
    replies = await bot.users.wait_for(81, 4)
    assert "2131个" in replies[3]["text"]


async def test_every_admin_command_refuses_a_member(bot: Running) -> None:
    member = user(82)
    commands = ("/misses", "/why 驿站", "/alias worker-stations 暖心小屋", "/reload", "/stats")
    for command in commands:
        await bot.users.send(private_chat(82), member, command)
    replies = await bot.users.wait_for(82, len(commands))
    assert [r["text"] for r in replies] == ["抱歉，只有管理员可以使用这个命令。"] * len(commands)
    assert "暖心小屋" not in (bot.settings.knowledge_dir / "facts" / "services.yaml").read_text(encoding="utf-8")


async def test_inline_queries_are_logged_too_without_who_asked(bot: Running) -> None:
    await bot.users.inline_query(user(83, "搜索者"), "暖心小屋")
    await logged(bot, 1)
    [miss] = bot.app.bot_data["service"].questions.misses(0)
    assert miss.example == "暖心小屋"
    row = bot.app.bot_data["service"].questions.conn.execute("SELECT * FROM questions").fetchone()
    assert "83" not in [str(v) for v in row]
    assert "搜索者" not in [str(v) for v in row]
