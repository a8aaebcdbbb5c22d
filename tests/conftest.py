"""Shared fixtures: the real knowledge base, loaded once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.engine import Engine

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = ROOT / "knowledge"


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine.load(KNOWLEDGE)
