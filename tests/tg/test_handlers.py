"""The real Application and handlers, driven through PTB with a recording Bot API."""

from __future__ import annotations

import asyncio
import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

from bot.tg.handlers.browse import topic_key
from bot.tg.service import SERVICE_KEY, BotService
from bot.tg.types import App
from tests.tg.botapi import BOT_ID, BOT_USERNAME, RecordingBotAPI, feed, message_update, user
from tests.tg.conftest import ADMIN_ID


def service_of(app: App) -> BotService:
    service = app.bot_data[SERVICE_KEY]
    assert isinstance(service, BotService)
    return service


def texts(api: RecordingBotAPI, method: str = "sendMessage") -> list[str]:
    return [str(p["text"]) for p in api.of(method)]


async def test_private_question_gets_html_answer_with_figure_and_sentence(app: App, api: RecordingBotAPI) -> None:
    await feed(app, message_update("云南新建了多少个职工驿站？"))
    [sent] = api.of("sendMessage")
    assert "<b>2131个</b>" in sent["text"]
    assert "<blockquote>新建职工驿站<b><u>2131个</u></b>" in sent["text"]
    assert sent["parse_mode"] == "HTML"
    # An answer carries the two feedback buttons, naming the logged question.
    buttons = [b for row in sent["reply_markup"]["inline_keyboard"] for b in row]
    assert [b["text"] for b in buttons] == ["👍 有用", "答错了"]
    assert all(b["callback_data"].startswith(("fb:g:", "fb:w:")) for b in buttons)
    assert [c.method for c in api.calls].count("sendChatAction") == 1


async def test_group_chatter_is_ignored(app: App, api: RecordingBotAPI) -> None:
    await feed(app, message_update("职工驿站有多少个", chat_id=-100, chat_type="supergroup"))
    await feed(app, message_update("/random", chat_id=-100, chat_type="group", entities=[]))
    assert api.of("sendMessage") == []


async def test_group_ask_with_bot_name_replies_to_the_asker(app: App, api: RecordingBotAPI) -> None:
    update = message_update(f"/ask@{BOT_USERNAME} 高技能人才有多少", chat_id=-100, chat_type="group")
    await feed(app, update)
    [sent] = api.of("sendMessage")
    assert "135.7万人" in sent["text"]
    assert sent["reply_parameters"]["message_id"] == update["message"]["message_id"]


async def test_group_mention_and_reply_to_bot_are_answered(app: App, api: RecordingBotAPI) -> None:
    text = f"@{BOT_USERNAME} 全国劳模推荐了多少名"
    mention = {"type": "mention", "offset": 0, "length": len(BOT_USERNAME) + 1}
    await feed(app, message_update(text, chat_id=-100, chat_type="group", entities=[mention]))
    reply = message_update("职工书屋建了多少个", chat_id=-100, chat_type="group")
    reply["message"]["reply_to_message"] = {
        "message_id": 1, "date": 0, "chat": reply["message"]["chat"], "text": "上一条",
        "from": {"id": BOT_ID, "is_bot": True, "first_name": "Bot", "username": BOT_USERNAME},
    }
    await feed(app, reply)
    sent = texts(api)
    assert len(sent) == 2
    assert "126名" in sent[0]
    assert "1300多个" in sent[1]


async def test_ask_without_question_explains_usage(app: App, api: RecordingBotAPI) -> None:
    await feed(app, message_update("/ask"))
    engine = app.bot_data["service"].engine
    assert texts(api) == [f"请在 /ask 后面写上问题，比如：/ask {engine.kb.facts[0].question}"]


async def test_unsure_answer_offers_buttons_that_answer_when_pressed(app: App, api: RecordingBotAPI) -> None:
    await feed(app, message_update("劳模"))
    [sent] = api.of("sendMessage")
    buttons = [b for row in sent["reply_markup"]["inline_keyboard"] for b in row]
    assert 1 <= len(buttons) <= 3
    assert all(b["callback_data"].startswith("fact:") for b in buttons)
    fact_id = buttons[0]["callback_data"].removeprefix("fact:")
    fact = service_of(app).engine.fact(fact_id)
    assert fact is not None
    await feed(app, callback_update(buttons[0]["callback_data"]))
    assert api.of("answerCallbackQuery")
    [edited] = api.of("editMessageText")
    assert fact.figure in edited["text"]


def callback_update(data: str, chat_id: int = 1) -> dict[str, Any]:
    message = {"message_id": 5, "date": 0, "chat": {"id": chat_id, "type": "private"}, "text": "x",
               "from": {"id": BOT_ID, "is_bot": True, "first_name": "Bot"}}
    return {"update_id": 99, "callback_query": {"id": "cb1", "from": user(1), "chat_instance": "ci",
                                                "message": message, "data": data}}


async def test_stale_or_forged_buttons_get_a_notice(app: App, api: RecordingBotAPI) -> None:
    for data in ("fact:no-such-fact", "topic:没有这个主题", "garbage\x00data"):
        await feed(app, callback_update(data))
    answers = api.of("answerCallbackQuery")
    assert len(answers) == 3
    assert all("过期" in a["text"] for a in answers)
    assert api.of("editMessageText") == []


async def test_topics_then_facts_of_a_topic(app: App, api: RecordingBotAPI) -> None:
    await feed(app, message_update("/topics"))
    [sent] = api.of("sendMessage")
    buttons = [b["callback_data"] for row in sent["reply_markup"]["inline_keyboard"] for b in row]
    assert topic_key("普惠服务") in buttons
    await feed(app, callback_update(topic_key("普惠服务")))
    [edited] = api.of("editMessageText")
    assert "2131个" in edited["text"]
    assert any(b["callback_data"].startswith("fact:") for row in edited["reply_markup"]["inline_keyboard"] for b in row)


async def test_random_source_help_start(app: App, api: RecordingBotAPI) -> None:
    for command in ("/random", "/source", "/help", "/start"):
        await feed(app, message_update(command))
    random_text, source, help_text, start = texts(api)
    assert "<blockquote>" in random_text
    assert "云南这十年" in source
    assert "9月27日" in source
    assert f"@{BOT_USERNAME}" in help_text
    assert "《奋进新征程 建功新时代·云南这十年》" in start  # the loaded source, not a fixed text
    assert start.count("\n· ") == 3  # three example questions, one per topic


async def test_inline_query_lists_best_facts(app: App, api: RecordingBotAPI) -> None:
    await feed(app, {"update_id": 7, "inline_query": {"id": "iq", "from": user(1), "query": "驿站", "offset": ""}})
    await feed(app, {"update_id": 8, "inline_query": {"id": "iq2", "from": user(1), "query": "", "offset": ""}})
    first, empty = api.of("answerInlineQuery")
    titles = [r["title"] for r in first["results"]]
    assert titles
    assert "2131个" in titles[0]
    assert all(r["input_message_content"]["parse_mode"] == "HTML" for r in first["results"])
    assert len(empty["results"]) == 5


async def test_non_text_hint_in_private_silence_in_group(app: App, api: RecordingBotAPI) -> None:
    sticker = {"file_id": "s", "file_unique_id": "s", "width": 1, "height": 1, "is_animated": False,
               "is_video": False, "type": "regular"}
    for chat_id, chat_type in ((1, "private"), (-100, "group")):
        update = message_update("x", chat_id=chat_id, chat_type=chat_type)
        del update["message"]["text"]
        update["message"]["sticker"] = sticker
        await feed(app, update)
    edited = message_update("改过的问题")
    edited["edited_message"] = edited.pop("message")
    await feed(app, edited)
    sent = texts(api)
    assert len(sent) == 2
    assert "文字" in sent[0]
    assert "重新发" in sent[1]


async def test_huge_and_control_character_messages(app: App, api: RecordingBotAPI) -> None:
    await feed(app, message_update("驿站" * 2500))
    await feed(app, message_update("\x01\x02\x03\x04\x05a"))
    too_long, unreadable = texts(api)
    assert "太长" in too_long
    assert "无法识别" in unreadable


async def test_unknown_command(app: App, api: RecordingBotAPI) -> None:
    await feed(app, message_update("/frobnicate"))
    await feed(app, message_update("/frobnicate", chat_id=-100, chat_type="group"))
    assert texts(api) == ["没有这个命令。发送 /help 查看我能做什么。"]


async def test_admin_commands_refuse_others(app: App, api: RecordingBotAPI, caplog: Any) -> None:
    await feed(app, message_update("/reload", user_id=5))
    await feed(app, message_update("/stats", user_id=5))
    assert texts(api) == ["抱歉，只有管理员可以使用这个命令。"] * 2
    assert "refused admin command from user 5" in caplog.text


async def test_reload_good_and_broken(app: App, api: RecordingBotAPI, tmp_path: Path) -> None:
    service = service_of(app)
    copy = tmp_path / "knowledge"
    shutil.copytree(service.settings.knowledge_dir, copy)
    service.settings = replace(service.settings, knowledge_dir=copy)
    before = service.engine
    await feed(app, message_update("/reload", user_id=ADMIN_ID))
    assert "新增 0，删除 0，修改 0" in texts(api)[-1]
    assert service.engine is not before

    facts_file = sorted((copy / "facts").glob("*.yaml"))[0]
    facts_file.write_text(facts_file.read_text(encoding="utf-8") + "- id: [broken\n", encoding="utf-8")
    kept = service.engine
    await feed(app, message_update("/reload", user_id=ADMIN_ID))
    reply = texts(api)[-1]
    assert "仍在使用原来的数据" in reply
    assert f"knowledge/facts/{facts_file.name}:" in reply
    assert service.engine is kept
    await feed(app, message_update("职工驿站有多少个"))
    assert "2131个" in texts(api)[-1]

    await feed(app, message_update("/stats", user_id=ADMIN_ID))
    assert "已回答：1" in texts(api)[-1]


async def test_questions_during_reload_all_answered(app: App, api: RecordingBotAPI) -> None:
    """The engine is swapped whole: questions in flight finish on the old one, none fail."""
    questions = [message_update("职工驿站有多少个", chat_id=100 + i, user_id=100 + i) for i in range(30)]
    reload = message_update("/reload", chat_id=ADMIN_ID, user_id=ADMIN_ID)
    await asyncio.gather(*(feed(app, u) for u in questions[:15]), feed(app, reload),
                         *(feed(app, u) for u in questions[15:]))
    replies = {p["chat_id"]: str(p["text"]) for p in api.of("sendMessage")}
    assert all("2131个" in replies[100 + i] for i in range(30))
    assert "知识库已重新加载" in replies[ADMIN_ID]


async def test_channel_posts_are_ignored(app: App, api: RecordingBotAPI) -> None:
    post = {"message_id": 1, "date": 0, "chat": {"id": -1009, "type": "channel", "title": "频道"}, "text": "驿站"}
    await feed(app, {"update_id": 5, "channel_post": post})
    assert api.of("sendMessage") == []
