"""The real application polling the Bot API emulator over HTTP, played by users over HTTP."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path
from typing import Any

from bot.tg import texts
from tests.e2e.conftest import ADMIN_ID, Running
from tests.e2e.emulator import BOT_USERNAME, as_reply_target, decoded, group_chat, private_chat, user

ROOT = Path(__file__).resolve().parents[2]


async def barrier(bot: Running, chat: dict[str, Any], sender: dict[str, Any]) -> dict[str, Any]:
    """Ask an addressed question after messages the bot must ignore and return its reply. The
    bot fetches updates in order and starts each handler in order; ignoring a message takes no
    I/O, so once this later question is answered, the earlier ones were handled (a positive
    signal, where sleeping and seeing nothing proves only that nothing came yet)."""
    before = len(await bot.users.bot_messages(chat["id"]))
    await bot.users.send(chat, sender, f"/ask@{BOT_USERNAME} 职工书屋有多少个")
    messages = await bot.users.wait_for(chat["id"], before + 1)
    assert len(messages) == before + 1, "the barrier question was not answered"
    assert "1300多个" in messages[-1]["text"]
    return messages[-1]


async def barrier_private(bot: Running, chat_id: int) -> None:
    """A question after the presses: once answered, the presses before it were handled."""
    before = len(await bot.users.bot_messages(chat_id))
    await bot.users.send(private_chat(chat_id), user(chat_id), "职工书屋有多少个")
    messages = await bot.users.wait_for(chat_id, before + 1)
    assert "1300多个" in messages[-1]["text"]


async def user_message_id(bot: Running, text: str) -> int:
    for item in await bot.users.history():
        if item["message"].get("text") == text and "from" in item["message"]:
            return int(item["messageId"])
    raise AssertionError(f"message {text!r} not in the emulator's history")


async def test_private_question_gets_figure_and_sentence(bot: Running) -> None:
    await bot.users.send(private_chat(1), user(1), "云南新建了多少个职工驿站？")
    [reply] = await bot.users.wait_for(1, 1)
    assert "<b>2131个</b>" in reply["text"]
    assert "新建职工驿站<b><u>2131个</u></b>,为户外劳动者提供了休息、饮水、手机充电等服务。" in reply["text"]
    assert "云南这十年" in reply["text"]
    assert reply["parse_mode"] == "HTML"


async def test_group_speaks_only_when_addressed(bot: Running) -> None:
    chat = group_chat(-1001, "supergroup")
    await bot.users.send(chat, user(2), "职工驿站有多少个")
    await bot.users.send(chat, user(3), "今天中午吃什么")
    await barrier(bot, chat, user(2))
    assert len(await bot.users.bot_messages(-1001)) == 1  # only the barrier's answer

    text = f"/ask@{BOT_USERNAME} 高技能人才有多少"
    await bot.users.send(chat, user(2), text)
    answer = (await bot.users.wait_for(-1001, 2))[1]
    assert "135.7万人" in answer["text"]
    assert answer["reply_parameters"]["message_id"] == await user_message_id(bot, text)

    mention = f"@{BOT_USERNAME} 全国劳模推荐了多少名"
    await bot.users.send(chat, user(3), mention)
    messages = await bot.users.wait_for(-1001, 3)
    assert "126名" in messages[2]["text"]
    assert messages[2]["reply_parameters"]["message_id"] == await user_message_id(bot, mention)

    await bot.users.send(chat, user(3), "那职工书屋呢，建了多少个", reply_to=as_reply_target(messages[2], chat))
    messages = await bot.users.wait_for(-1001, 4)
    assert "1300多个" in messages[3]["text"]


async def test_did_you_mean_button_answers_the_fact(bot: Running) -> None:
    await bot.users.send(private_chat(4), user(4), "劳模")
    [reply] = await bot.users.wait_for(4, 1)
    buttons = [b for row in reply["reply_markup"]["inline_keyboard"] for b in row]
    assert 1 <= len(buttons) <= 3
    engine = bot.app.bot_data["service"].engine
    fact = engine.fact(buttons[0]["callback_data"].removeprefix("fact:"))
    assert fact is not None
    await bot.users.press(user(4), as_reply_target(reply, private_chat(4)), buttons[0]["callback_data"])
    # The same button again: Telegram says "message is not modified", which is no error.
    await bot.users.press(user(4), as_reply_target(reply, private_chat(4)), buttons[0]["callback_data"])
    await bot.users.press(user(4), as_reply_target(reply, private_chat(4)), "fact:forged-id")
    deadline = asyncio.get_running_loop().time() + 5
    edits: list[dict[str, Any]] = []
    while not edits and asyncio.get_running_loop().time() < deadline:
        history = await bot.users.history()
        edits = [decoded(h["message"]) for h in history if "message" in h and h.get("messageId") == reply["message_id"]
                 and fact.figure in h["message"].get("text", "")]
        await asyncio.sleep(0.05)
    assert edits, "the pressed button did not edit the message into the answer"
    assert fact.sentence.split(fact.figure)[0] in edits[-1]["text"]
    await barrier_private(bot, 4)
    assert not [m for m in await bot.users.bot_messages(4) if texts.ERROR in m.get("text", "")]


async def test_reload_by_admin_good_then_broken(bot: Running) -> None:
    admin = user(ADMIN_ID, "管理员")
    await bot.users.send(private_chat(ADMIN_ID), admin, "/reload")
    [ok] = await bot.users.wait_for(ADMIN_ID, 1)
    assert "知识库已重新加载：122 条数据" in ok["text"]

    facts = bot.settings.knowledge_dir / "facts" / "services.yaml"
    text = facts.read_text(encoding="utf-8")
    facts.write_text(text.replace("  figure: 2131个", "  figure: 2132个"), encoding="utf-8")
    await bot.users.send(private_chat(ADMIN_ID), admin, "/reload")
    messages = await bot.users.wait_for(ADMIN_ID, 2)
    assert "仍在使用原来的数据" in messages[1]["text"]
    assert "knowledge/facts/services.yaml:" in messages[1]["text"]
    assert "figure &#x27;2132个&#x27; is not in its sentence" in messages[1]["text"] or "2132个" in messages[1]["text"]

    await bot.users.send(private_chat(ADMIN_ID), admin, "职工驿站有多少个")
    messages = await bot.users.wait_for(ADMIN_ID, 3)
    assert "2131个" in messages[2]["text"]


async def test_reload_by_others_is_refused(bot: Running) -> None:
    await bot.users.send(private_chat(5), user(5), "/reload")
    [reply] = await bot.users.wait_for(5, 1)
    assert reply["text"] == "抱歉，只有管理员可以使用这个命令。"


async def test_sticker_and_huge_message(bot: Running) -> None:
    sticker = {"file_id": "s1", "file_unique_id": "s1", "width": 512, "height": 512, "is_animated": False,
               "is_video": False, "type": "regular"}
    await bot.users.send(private_chat(6), user(6), sticker=sticker)
    await bot.users.send(group_chat(-1002), user(6), sticker=sticker)
    await bot.users.send(private_chat(6), user(6), "职工驿站" * 1250)  # 5000 characters
    replies = await bot.users.wait_for(6, 2)
    assert "文字" in replies[0]["text"]
    assert "太长" in replies[1]["text"]
    await barrier(bot, group_chat(-1002), user(6))
    assert len(await bot.users.bot_messages(-1002)) == 1  # the sticker got no reply, the barrier one


async def test_reload_reports_many_errors_in_one_message_and_refuses_a_fifo(bot: Running) -> None:
    admin = user(ADMIN_ID, "管理员")
    facts = bot.settings.knowledge_dir / "facts"
    broken = "".join(f"- id: broken-{i}\n  topic: {'很长的主题' * 20}\n" for i in range(200))
    (facts / "broken.yaml").write_text(broken, encoding="utf-8")
    os.mkfifo(facts / "pipe.yaml")
    await bot.users.send(private_chat(ADMIN_ID), admin, "/reload")
    [report] = await bot.users.wait_for(ADMIN_ID, 1, within=20)
    assert "仍在使用原来的数据" in report["text"]
    assert "还有" in report["text"]  # 1,400 problems, cut to fit one message
    (facts / "broken.yaml").unlink()
    await bot.users.send(private_chat(ADMIN_ID), admin, "/reload")  # the lock was released
    messages = await bot.users.wait_for(ADMIN_ID, 2, within=20)
    assert "pipe.yaml:0: cannot read: not a regular file" in messages[1]["text"]
    (facts / "pipe.yaml").unlink()
    await bot.users.send(private_chat(ADMIN_ID), admin, "/reload")
    messages = await bot.users.wait_for(ADMIN_ID, 3)
    assert "知识库已重新加载" in messages[2]["text"]


async def test_long_topics_with_markup_browse_and_quiz(bot: Running) -> None:
    facts = bot.settings.knowledge_dir / "facts" / "services.yaml"
    topic = "<b>职工普惠服务与户外劳动者驿站建设情况</b>"
    text = facts.read_text(encoding="utf-8")
    facts.write_text(text.replace("topic: 普惠服务", f"topic: '{topic}'"), encoding="utf-8")
    admin = user(ADMIN_ID, "管理员")
    replies: list[dict[str, Any]] = []
    for command in ("/reload", "/topics", "/quiz 没有的主题"):
        await bot.users.send(private_chat(ADMIN_ID), admin, command)
        replies = await bot.users.wait_for(ADMIN_ID, len(replies) + 1)
    reload_ok, topics, no_topic = replies
    assert "知识库已重新加载" in reload_ok["text"]
    assert "&lt;b&gt;职工普惠服务" in no_topic["text"]
    [button] = [b for row in topics["reply_markup"]["inline_keyboard"] for b in row if b["text"] == topic]
    assert len(button["callback_data"].encode()) <= 64
    await bot.users.press(admin, as_reply_target(topics, private_chat(ADMIN_ID)), button["callback_data"])
    deadline = asyncio.get_running_loop().time() + 5
    while asyncio.get_running_loop().time() < deadline:
        history = await bot.users.history()
        edited = [h["message"] for h in history if "message" in h and h.get("messageId") == topics["message_id"]
                  and "2131个" in h["message"].get("text", "")]
        if edited:
            break
        await asyncio.sleep(0.05)
    assert edited, "the topic button did not show the topic's facts"


async def test_a_flooding_user_is_told_once_and_others_are_still_answered(bot: Running) -> None:
    burst = bot.settings.question_burst
    flooder = user(61, "刷屏的人")
    for i in range(burst + 20):
        await bot.users.send(private_chat(61), flooder, f"职工驿站建了多少个{'？' * (i % 3)}")
    await bot.users.send(private_chat(62), user(62), "职工驿站建了多少个")
    [other] = await bot.users.wait_for(62, 1)
    assert "2131个" in other["text"]
    await barrier(bot, group_chat(-1061), user(63))  # the flood's updates have all been handled
    replies = await bot.users.wait_for(61, burst + 1)
    assert len(replies) == burst + 1  # the burst is answered, then one notice, then nothing
    # Updates are handled concurrently: the notice may overtake the last answers.
    assert sum("2131个" in r["text"] for r in replies) == burst
    assert sum("发得有点快" in r["text"] for r in replies) == 1


async def test_an_article_drafted_into_the_knowledge_is_answered_after_reload(bot: Running, tmp_path: Path) -> None:
    article = tmp_path / "culture.txt"
    article.write_text("全省文化事业稳步发展\n\n坚持普惠均等。全省公共图书馆达到156个,新建乡村文化广场2400多个。\n",
                       encoding="utf-8")
    drafted = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "draft", str(article), "--source-id", "culture",
        "--title", "全省文化事业稳步发展", "--date", "10月11日", "--knowledge", str(bot.settings.knowledge_dir),
        cwd=ROOT, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    _, stderr = await drafted.communicate()
    assert drafted.returncode == 0, stderr.decode()
    admin = user(ADMIN_ID, "管理员")
    await bot.users.send(private_chat(ADMIN_ID), admin, "/reload")
    [reloaded] = await bot.users.wait_for(ADMIN_ID, 1)
    assert "新增 2" in reloaded["text"]
    await bot.users.send(private_chat(64), user(64), "全省公共图书馆有多少个?")
    [answer] = await bot.users.wait_for(64, 1)
    assert "156个" in answer["text"]
    assert "全省文化事业稳步发展" in answer["text"]  # the new source is named


async def test_follow_ups_refer_to_the_chat_in_private_and_to_the_same_user_in_a_group(bot: Running) -> None:
    await bot.users.send(private_chat(41), user(41), "全国劳模推荐了多少名?")
    await bot.users.wait_for(41, 1)
    await bot.users.send(private_chat(41), user(41), "那省里的呢?")
    follow_up = (await bot.users.wait_for(41, 2))[1]
    assert "<b>894名</b>" in follow_up["text"]
    assert "理解为" in follow_up["text"]  # says how it read the follow-up

    chat = group_chat(-1041, "supergroup")
    await bot.users.send(chat, user(42), f"/ask@{BOT_USERNAME} 全国劳模推荐了多少名?")
    await bot.users.wait_for(-1041, 1)
    # Another member's follow-up has no question of theirs to follow: it is read alone.
    await bot.users.send(chat, user(43), f"/ask@{BOT_USERNAME} 那省里的呢?")
    alone = (await bot.users.wait_for(-1041, 2))[1]
    assert "894名" not in alone["text"]
    await bot.users.send(chat, user(42), f"/ask@{BOT_USERNAME} 那省里的呢?")
    followed = (await bot.users.wait_for(-1041, 3))[2]
    assert "<b>894名</b>" in followed["text"]


async def test_a_derived_figure_and_a_scope_decline_in_telegram(bot: Running) -> None:
    await bot.users.send(private_chat(44), user(44), "参加医疗互助的职工增长了多少?")
    [derived] = await bot.users.wait_for(44, 1)
    assert "<b>84万人</b>" in derived["text"]
    assert "359万人 − 275万人 = 84万人" in derived["text"]
    assert "从<b><u>275万人</u></b>增长到<b><u>359万人</u></b>" in derived["text"]
    await bot.users.send(private_chat(44), user(44), "2022年新建了多少职工驿站?")
    declined = (await bot.users.wait_for(44, 2))[1]
    assert "资料里没有2022年的数字" in declined["text"]
    assert "2131个" in declined["text"]
