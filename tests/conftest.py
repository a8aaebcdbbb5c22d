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


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine.load(KNOWLEDGE)
