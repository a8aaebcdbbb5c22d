from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path

import pytest

from bot.config import Settings
from bot.core.engine import Engine
from bot.tg.app import build_application
from tests.tg.botapi import TOKEN, RecordingBotAPI

ADMIN_ID = 777


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    root = Path(__file__).resolve().parents[2]
    return Settings(token=TOKEN, admin_user_ids=frozenset({ADMIN_ID}), knowledge_dir=root / "knowledge",
                    data_dir=tmp_path / "data", rate_limit=False)


@pytest.fixture
def api() -> RecordingBotAPI:
    return RecordingBotAPI()


@pytest.fixture
async def app(settings: Settings, engine: Engine, api: RecordingBotAPI) -> AsyncIterator[object]:
    application = build_application(settings, engine, request=api)
    await application.initialize()
    yield application
    await application.shutdown()


def with_knowledge(settings: Settings, directory: Path) -> Settings:
    return replace(settings, knowledge_dir=directory)
