"""`python -m bot` as it is deployed: settings from the environment, polling the emulator,
a clean exit on SIGTERM, and the token never in its logs."""

from __future__ import annotations

import asyncio
import http.server
import json
import os
import signal
import sys
import threading
import time
from pathlib import Path

import httpx

from tests.e2e.emulator import ROOT, Emulator, Users, free_port, private_chat, user


async def test_process_answers_and_stops_cleanly_on_sigterm(emulator: Emulator, tmp_path: Path) -> None:
    users = Users(emulator)
    secret = users.token.split(":", 1)[1]
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": users.token, "TELEGRAM_API_URL": emulator.base_url,
           "POLL_INTERVAL": "0.02", "LOG_LEVEL": "DEBUG", "DATA_DIR": str(tmp_path / "data"),
           "KNOWLEDGE_DIR": str(ROOT / "knowledge"), "ADMIN_USER_IDS": "1"}
    log = tmp_path / "bot.log"
    with log.open("wb") as sink:  # a file, not a pipe: DEBUG logging must never block the bot
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", cwd=tmp_path, env=env, stdout=sink, stderr=sink,
        )
        try:
            await users.send(private_chat(77), user(77), "职工驿站建了多少个")
            [reply] = await users.wait_for(77, 1, within=20)
            assert "2131个" in reply["text"]
            process.send_signal(signal.SIGTERM)
            code = await asyncio.wait_for(process.wait(), 20)
        finally:
            if process.returncode is None:
                process.kill()
            await users.close()
    output = log.read_text(encoding="utf-8")
    assert code == 0, output[-2000:]
    assert "starting polling" in output
    assert secret not in output


class _Unauthorized(http.server.BaseHTTPRequestHandler):
    """Telegram's answer to a revoked or mistyped token, for every method."""

    def do_POST(self) -> None:
        body = json.dumps({"ok": False, "error_code": 401, "description": "Unauthorized"}).encode()
        self.send_response(401)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST

    def log_message(self, *args: object) -> None:
        return None


async def test_a_rejected_token_never_appears_in_any_output(tmp_path: Path) -> None:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Unauthorized)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    token = "4242:rejected-token-SHOULD-NOT-LEAK"
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": token, "LOG_LEVEL": "DEBUG",
           "TELEGRAM_API_URL": f"http://127.0.0.1:{server.server_address[1]}/bot",
           "DATA_DIR": str(tmp_path / "data"), "KNOWLEDGE_DIR": str(ROOT / "knowledge")}
    try:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", cwd=tmp_path, env=env,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
        out, err = await asyncio.wait_for(process.communicate(), 60)
    finally:
        server.shutdown()
    output = (out + err).decode()
    assert process.returncode == 1, output[-2000:]
    assert "rejected-token-SHOULD-NOT-LEAK" not in output
    assert "4242:" not in output
    assert "Telegram rejected TELEGRAM_BOT_TOKEN" in output


async def test_webhook_refuses_updates_without_the_secret(emulator: Emulator, tmp_path: Path) -> None:
    """A crafted /stats "from" an admin, posted straight to the webhook, is refused; the same update
    with Telegram's secret header is obeyed. Without WEBHOOK_SECRET a secret is generated.

    The emulator posts its updates to a webhook without the secret header, so the test plays
    Telegram itself here; the replies still go through the emulator."""
    users = Users(emulator)
    for secret in ("", "s3cret_for_the_test"):
        port = free_port()
        env = {**os.environ, "TELEGRAM_BOT_TOKEN": users.token, "TELEGRAM_API_URL": emulator.base_url,
               "WEBHOOK_URL": f"http://127.0.0.1:{port}/hook", "WEBHOOK_PORT": str(port),
               "WEBHOOK_LISTEN": "127.0.0.1", "WEBHOOK_SECRET": secret, "ADMIN_USER_IDS": "4711",
               "LOG_LEVEL": "DEBUG", "DATA_DIR": str(tmp_path / "data"), "KNOWLEDGE_DIR": str(ROOT / "knowledge")}
        log = tmp_path / f"bot{port}.log"
        with log.open("wb") as sink:
            process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", "run", cwd=tmp_path, env=env, stdout=sink, stderr=sink)
            try:
                await _until_listening(port)
                forged = _stats_update(4711, update_id=1)
                async with httpx.AsyncClient() as client:
                    refused = await client.post(f"http://127.0.0.1:{port}/hook", json=forged)
                    wrong = await client.post(f"http://127.0.0.1:{port}/hook", json=forged,
                                              headers={"X-Telegram-Bot-Api-Secret-Token": "guess"})
                    assert refused.status_code == 403
                    assert wrong.status_code == 403
                    if secret:
                        right = await client.post(f"http://127.0.0.1:{port}/hook", json=_stats_update(4711, 2),
                                                  headers={"X-Telegram-Bot-Api-Secret-Token": secret})
                        assert right.status_code == 200
                replies = await users.wait_for(4711, 1, within=3 if secret else 1)
                if secret:
                    assert "运行时间" in replies[0]["text"]  # the genuine update is obeyed
                else:
                    assert replies == []  # the forged one never was
                process.send_signal(signal.SIGTERM)
                code = await asyncio.wait_for(process.wait(), 20)
            finally:
                if process.returncode is None:
                    process.kill()
        output = log.read_text(encoding="utf-8")
        assert code == 0, output[-2000:]
        assert "starting webhook" in output
        assert users.token.split(":", 1)[1] not in output
        if secret:
            assert secret not in output  # not even in the DEBUG line of setWebhook
    await users.close()


async def _until_listening(port: int) -> None:
    # Up to 30 s: a fresh clone's first start builds the engine cache, and a loaded 2-core machine
    # took more than 10 s for it once (returns as soon as the bot listens).
    for _ in range(600):
        try:
            _, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.close()
            return
        except OSError:
            await asyncio.sleep(0.05)
    raise AssertionError(f"nothing listens on {port}")


def _stats_update(admin_id: int, update_id: int) -> dict[str, object]:
    chat = {"id": admin_id, "type": "private", "first_name": "admin"}
    return {"update_id": update_id, "message": {
        "message_id": update_id, "date": int(time.time()), "chat": chat, "from": user(admin_id),
        "text": "/stats", "entities": [{"type": "bot_command", "offset": 0, "length": 6}]}}
