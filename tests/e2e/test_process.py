"""`python -m bot` as it is deployed: settings from the environment, polling the emulator,
a clean exit on SIGTERM, and the token never in its logs."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

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


async def test_process_in_webhook_mode(emulator: Emulator, tmp_path: Path) -> None:
    """With WEBHOOK_URL the bot registers its webhook and the emulator posts updates to it."""
    users = Users(emulator)
    port = free_port()
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": users.token, "TELEGRAM_API_URL": emulator.base_url,
           "WEBHOOK_URL": f"http://127.0.0.1:{port}/hook", "WEBHOOK_PORT": str(port), "WEBHOOK_LISTEN": "127.0.0.1",
           "DATA_DIR": str(tmp_path / "data"), "KNOWLEDGE_DIR": str(ROOT / "knowledge")}
    log = tmp_path / "bot.log"
    with log.open("wb") as sink:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", cwd=tmp_path, env=env, stdout=sink, stderr=sink,
        )
        try:
            for _ in range(100):  # until the webhook server listens
                try:
                    _, writer = await asyncio.open_connection("127.0.0.1", port)
                    writer.close()
                    break
                except OSError:
                    await asyncio.sleep(0.1)
            await asyncio.sleep(0.3)  # and setWebhook has reached the emulator
            await users.send(private_chat(78), user(78), "高技能人才有多少")
            [reply] = await users.wait_for(78, 1, within=20)
            assert "135.7万人" in reply["text"]
            process.send_signal(signal.SIGTERM)
            code = await asyncio.wait_for(process.wait(), 20)
        finally:
            if process.returncode is None:
                process.kill()
            await users.close()
    assert code == 0, log.read_text(encoding="utf-8")[-2000:]
    assert "starting webhook" in log.read_text(encoding="utf-8")
