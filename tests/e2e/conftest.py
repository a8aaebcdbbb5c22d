"""Fixtures: one emulator per session; per test, a fresh token, users, and the real bot polling it."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.config import Settings
from bot.core.engine import Engine
from bot.tg.app import build_application
from bot.tg.types import App
from tests.e2e.emulator import Emulator, Users

ADMIN_ID = 9001
KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"


@pytest.fixture(scope="session")
def emulator(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Emulator]:
    log = tmp_path_factory.mktemp("emulator") / "emulator.log"
    emu = Emulator.start(log)
    yield emu
    emu.stop()


@dataclass
class Running:
    app: App
    users: Users
    settings: Settings


async def start_bot(emulator: Emulator, settings: Settings, users: Users) -> App:
    app = build_application(settings, Engine.load(settings.knowledge_dir))
    await app.initialize()
    if app.post_init is not None:
        await app.post_init(app)  # what run_polling does: set_my_commands (unsupported here) and quiz start-up
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0.01, timeout=0)
    return app


async def stop_bot(app: App) -> None:
    assert app.updater is not None
    await app.updater.stop()
    await app.stop()
    if app.post_shutdown is not None:
        await app.post_shutdown(app)
    await app.shutdown()


@pytest.fixture
def knowledge_copy(tmp_path: Path) -> Path:
    target = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, target)
    return target


@pytest.fixture
async def bot(emulator: Emulator, tmp_path: Path, knowledge_copy: Path) -> AsyncIterator[Running]:
    users = Users(emulator)
    settings = Settings(token=users.token, admin_user_ids=frozenset({ADMIN_ID}), knowledge_dir=knowledge_copy,
                        data_dir=tmp_path / "data", api_url=emulator.base_url, rate_limit=True,
                        quiz_open_period=6)
    running = Running(await start_bot(emulator, settings, users), users, settings)
    yield running
    await stop_bot(running.app)  # the test may have replaced the app (a restart)
    await users.close()
