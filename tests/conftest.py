"""Shared fixtures: the real knowledge base, loaded once per session; the engine cache in a
directory of the test run's own (subprocesses inherit it), never the user's."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from bot.core.engine import Engine

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = ROOT / "knowledge"
os.environ["BOT_CACHE_DIR"] = tempfile.mkdtemp(prefix="bot-cache-")
# Tests never read the developer's ./.env nor settings exported in their shell: a real token
# there must not start a real bot. Tests that need a setting pass it explicitly.
os.environ["BOT_ENV_FILE"] = ""
for _name in ("TELEGRAM_BOT_TOKEN", "TELEGRAM_API_URL", "ADMIN_USER_IDS", "KNOWLEDGE_DIR", "DATA_DIR",
              "WEBHOOK_URL", "WEBHOOK_SECRET", "WEBHOOK_PORT", "WEBHOOK_LISTEN", "LOG_LEVEL", "RATE_LIMIT",
              "POLL_INTERVAL", "QUIZ_OPEN_PERIOD", "QUESTION_BURST", "QUESTION_REFILL_SECONDS", "FOLLOW_UP_SECONDS",
              "STARTUP_RETRIES", "QUESTION_LOG_SIZE"):
    os.environ.pop(_name, None)


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine.load(KNOWLEDGE)
