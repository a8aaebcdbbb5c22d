"""A small Bot API server in-process: a `telegram.request.BaseRequest` that answers as the
Bot API documentation says and records every call, so the real Application, with its real
handlers, can be driven through methods the emulator lacks (answerInlineQuery, sendPoll).
"""

from __future__ import annotations

import itertools
import json
import time
from dataclasses import dataclass, field
from typing import Any

from telegram import Update
from telegram.request import BaseRequest, RequestData

from bot.tg.types import App

BOT_ID = 4242
BOT_USERNAME = "FactsTestBot"
TOKEN = f"{BOT_ID}:test-token"


# One counter for the users' and the bot's messages: Telegram numbers a chat's messages in the
# order they were sent, and the quiz relies on it to tell a late answer from a current one.
_message_ids = itertools.count(1)


@dataclass
class Call:
    method: str
    params: dict[str, Any]


@dataclass
class RecordingBotAPI(BaseRequest):
    calls: list[Call] = field(default_factory=list)
    _poll_ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    @property
    def read_timeout(self) -> float | None:
        return 1.0

    async def do_request(
        self, url: str, method: str, request_data: RequestData | None = None, read_timeout: Any = None,
        write_timeout: Any = None, connect_timeout: Any = None, pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        name = url.rsplit("/", 1)[-1]
        params = dict(request_data.parameters) if request_data else {}
        self.calls.append(Call(name, params))
        return 200, json.dumps({"ok": True, "result": self._result(name, params)}).encode()

    def _message(self, params: dict[str, Any], **extra: Any) -> dict[str, Any]:
        chat_id = int(params.get("chat_id", 1))
        chat = {"id": chat_id, "type": "private" if chat_id > 0 else "group", "title": "g"}
        return {"message_id": next(_message_ids), "date": int(time.time()), "chat": chat,
                "from": {"id": BOT_ID, "is_bot": True, "first_name": "Bot", "username": BOT_USERNAME}, **extra}

    def _result(self, name: str, params: dict[str, Any]) -> Any:
        if name == "getMe":
            return {"id": BOT_ID, "is_bot": True, "first_name": "Bot", "username": BOT_USERNAME,
                    "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": True}
        if name in ("sendMessage", "editMessageText"):
            return self._message(params, text=params.get("text", ""))
        if name in ("sendPoll", "stopPoll"):
            options = [{"text": o if isinstance(o, str) else o["text"], "voter_count": 0, "persistent_id": str(i)}
                       for i, o in enumerate(params.get("options", []))]
            poll = {
                "id": str(next(self._poll_ids)), "question": params.get("question", ""), "options": options,
                "total_voter_count": 0, "is_closed": name == "stopPoll",
                "is_anonymous": params.get("is_anonymous", True), "type": params.get("type", "regular"),
                "allows_multiple_answers": False,
                "allows_revoting": False, "members_only": False,  # required since Bot API 9.6 / 10.0
                "correct_option_ids": params.get("correct_option_ids"),
            }
            return self._message(params, poll=poll) if name == "sendPoll" else poll
        if name == "getChatMember":
            return {"status": "member", "user": {"id": int(params["user_id"]), "is_bot": False, "first_name": "U"}}
        return True

    def of(self, method: str) -> list[dict[str, Any]]:
        return [c.params for c in self.calls if c.method == method]


_update_ids = itertools.count(1)


def user(user_id: int, name: str = "用户") -> dict[str, Any]:
    return {"id": user_id, "is_bot": False, "first_name": name}


def message_update(text: str, *, chat_id: int = 1, user_id: int = 1, chat_type: str = "private",
                   entities: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    chat = {"id": chat_id, "type": chat_type, **({"title": "群"} if chat_type != "private" else {})}
    msg = {"message_id": next(_message_ids), "date": int(time.time()), "chat": chat, "from": user(user_id),
           "text": text}
    if text.startswith("/") and entities is None:
        entities = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
    if entities:
        msg["entities"] = entities
    return {"update_id": next(_update_ids), "message": msg}


async def feed(app: App, data: dict[str, Any]) -> None:
    await app.process_update(Update.de_json(data, app.bot))
