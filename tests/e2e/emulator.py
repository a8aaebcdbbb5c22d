"""Drive the Telegram Bot API emulator (../shared/emulator) as users do.

The emulator (npm telegram-test-api behind a thin layer) runs on 127.0.0.1: the bot polls it like
Telegram; the tests post users' messages and button presses to it and read back what the bot sent.
Each test uses its own bot token, and the emulator keeps every token's traffic apart.

Findings that shape this module: updates are delivered once (getUpdates drains them; no long
polling, so the bot polls with a short interval); `/getUpdates` with a chatId returns what the bot
sent to that chat since the last such call; message ids are global and visible only in
`/getUpdatesHistory`; methods it lacks (sendChatAction, setMyCommands, sendPoll, ...) answer HTTP 500.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import os
import signal
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[2]
BOT_ID = 666  # the emulator's getMe
BOT_USERNAME = "TestNameBot"


def emulator_dir() -> Path:
    return Path(os.environ.get("TG_EMULATOR_DIR", ROOT.parent / "shared" / "emulator"))


def free_port() -> int:
    """A port whose successor is free too (the emulator takes PORT and PORT+1)."""
    for _ in range(50):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = int(probe.getsockname()[1])
        with socket.socket() as other:
            try:
                other.bind(("127.0.0.1", port + 1))
            except OSError:
                continue
        return port
    raise RuntimeError("no free pair of ports")


@dataclass
class Emulator:
    port: int
    pid: int

    @classmethod
    def start(cls, log: Path, flood_limits: bool = False) -> Emulator:
        """`flood_limits`: answer 429 past Telegram's limits, as Telegram does."""
        start = emulator_dir() / "start"
        if not start.exists():
            raise RuntimeError(f"Bot API emulator not found at {start} (set TG_EMULATOR_DIR)")
        port = free_port()
        env = {**os.environ, "TG_EMULATOR_FLOOD": "1" if flood_limits else ""}
        result = subprocess.run([str(start), str(port), str(log)], capture_output=True, text=True, timeout=300,
                                check=False, env=env)
        if result.returncode != 0:
            raise RuntimeError(f"emulator did not start: {result.stderr.strip()} (log: {log})")
        return cls(port, int(result.stdout.strip().splitlines()[-1]))

    def stop(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGTERM)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        """What python-telegram-bot's base_url (and our TELEGRAM_API_URL) takes."""
        return f"{self.url}/bot"


_tokens = itertools.count(100)


def user(user_id: int, name: str = "测试用户") -> dict[str, Any]:
    return {"id": user_id, "is_bot": False, "first_name": name}


def private_chat(user_id: int) -> dict[str, Any]:
    return {"id": user_id, "type": "private", "first_name": "测试用户"}


def group_chat(chat_id: int, kind: str = "group") -> dict[str, Any]:
    return {"id": chat_id, "type": kind, "title": "测试群"}


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def entities_of(text: str) -> list[dict[str, Any]]:
    """Entities as Telegram computes them: a leading /command, and @mentions (UTF-16 offsets)."""
    found = []
    if text.startswith("/"):
        command = text.split()[0]
        found.append({"type": "bot_command", "offset": 0, "length": utf16_len(command)})
    start = 0
    while (at := text.find("@", start)) >= 0:
        end = at + 1
        while end < len(text) and (text[end].isascii() and (text[end].isalnum() or text[end] == "_")):
            end += 1
        if end - at > 1 and not (text.startswith("/") and at < len(text.split()[0])):
            found.append({"type": "mention", "offset": utf16_len(text[:at]), "length": utf16_len(text[at:end])})
        start = end
    return found


@dataclass
class Users:
    """The human side: posts to the emulator and reads the bot's messages per chat."""

    emulator: Emulator
    token: str = field(default_factory=lambda: f"{next(_tokens)}:e2e-token")
    http: httpx.AsyncClient = field(default_factory=lambda: httpx.AsyncClient(timeout=10))
    received: dict[int, list[dict[str, Any]]] = field(default_factory=dict)

    async def _post(self, path: str, body: dict[str, Any]) -> Any:
        response = await self.http.post(f"{self.emulator.url}/{path}", json=body)
        response.raise_for_status()
        return response.json().get("result")

    async def send(self, chat: dict[str, Any], sender: dict[str, Any], text: str | None = None,
                   reply_to: dict[str, Any] | None = None, **extra: Any) -> None:
        message: dict[str, Any] = {"botToken": self.token, "from": sender, "chat": chat, "date": int(time.time()),
                                   **extra}
        if text is not None:
            message["text"] = text
            entities = entities_of(text)
            if entities:
                message["entities"] = entities
        if reply_to is not None:
            message["reply_to_message"] = reply_to
        await self._post("sendMessage", message)

    async def press(self, sender: dict[str, Any], bot_message: dict[str, Any], data: str) -> None:
        await self._post("sendCallback", {"botToken": self.token, "from": sender, "message": bot_message,
                                          "data": data})

    async def answer_poll(self, sender: dict[str, Any], poll_id: str, option: int) -> None:
        await self._post("sendPollAnswer", {"botToken": self.token, "poll_id": poll_id, "user": sender,
                                            "option_ids": [option]})

    async def send_update(self, update: dict[str, Any]) -> None:
        """Any update as Telegram would send it (edited_message, channel_post, my_chat_member)."""
        await self._post("sendUpdate", {"botToken": self.token, "update": update})

    async def set_admins(self, chat_id: int, user_ids: list[int]) -> None:
        await self._post("setChatAdmins", {"chatId": chat_id, "userIds": user_ids})

    async def inline_query(self, sender: dict[str, Any], query: str) -> str:
        result = await self._post("sendInlineQuery", {"botToken": self.token, "from": sender, "query": query})
        return str(result["inline_query_id"])

    async def inline_answers(self, query_id: str) -> list[dict[str, Any]]:
        return list(await self._post("getInlineAnswers", {"inlineQueryId": query_id}) or [])

    async def fresh_replies(self, chat_id: int) -> list[int | None]:
        """For each message the bot sent to the chat since the last call (bypassing
        `bot_messages`' record): the user message it replies to, or None (private chats quote nothing)."""
        fresh = await self._post("getUpdates", {"token": self.token, "chatId": chat_id}) or []
        targets: list[int | None] = []
        for item in fresh:
            target = decoded(item["message"]).get("reply_parameters")
            targets.append(int(target["message_id"]) if isinstance(target, dict) else None)
        return targets

    async def bot_messages(self, chat_id: int) -> list[dict[str, Any]]:
        """Everything the bot sent to the chat so far (as the bot requested it, plus message_id)."""
        fresh = await self._post("getUpdates", {"token": self.token, "chatId": chat_id}) or []
        box = self.received.setdefault(chat_id, [])
        box.extend({**decoded(item["message"]), "message_id": item["messageId"]} for item in fresh)
        return box

    async def wait_for(self, chat_id: int, count: int, within: float = 10.0) -> list[dict[str, Any]]:
        deadline = time.monotonic() + within
        while True:
            messages = await self.bot_messages(chat_id)
            if len(messages) >= count or time.monotonic() > deadline:
                return messages
            await asyncio.sleep(0.02)

    async def history(self) -> list[dict[str, Any]]:
        return list(await self._post("getUpdatesHistory", {"token": self.token}) or [])

    async def close(self) -> None:
        await self.http.aclose()


def decoded(request: dict[str, Any]) -> dict[str, Any]:
    """PTB sends nested objects (reply_markup, reply_parameters) as JSON strings: decode them."""
    out = dict(request)
    for key, value in request.items():
        if isinstance(value, str) and value[:1] in "{[":
            with contextlib.suppress(ValueError):
                out[key] = json.loads(value)
    return out


def as_reply_target(bot_message: dict[str, Any], chat: dict[str, Any]) -> dict[str, Any]:
    """A bot message as Telegram embeds it in reply_to_message or a callback query."""
    return {"message_id": bot_message["message_id"], "date": int(time.time()), "chat": chat,
            "from": {"id": BOT_ID, "is_bot": True, "first_name": "Test", "username": BOT_USERNAME},
            "text": bot_message.get("text", "")}
