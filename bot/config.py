"""Settings from the environment and an optional `.env` file; fail fast, naming the setting.

The names are a contract (documented in .env.example); add settings, never rename them.
This module does not import `telegram`: the command line reads it to choose its mode.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def is_checkout(root: Path = PROJECT_ROOT) -> bool:
    """Running from a source checkout (pyproject.toml beside the package), not from site-packages."""
    return (root / "pyproject.toml").is_file()


def default_data_dir(root: Path = PROJECT_ROOT, environ: Mapping[str, str] | None = None) -> Path:
    """./data in a checkout; once installed, the user's data directory, never site-packages."""
    if is_checkout(root):
        return root / "data"
    env = os.environ if environ is None else environ
    base = Path(env["XDG_DATA_HOME"]) if env.get("XDG_DATA_HOME") else Path.home() / ".local" / "share"
    return base / "yunnan-facts-bot"


class SettingsError(Exception):
    """A setting is missing or malformed; the message names it in one line."""


@dataclass(frozen=True)
class Settings:
    token: str = field(default="", repr=False)  # never printed: repr hides it
    admin_user_ids: frozenset[int] = frozenset()
    knowledge_dir: Path = PROJECT_ROOT / "knowledge"
    data_dir: Path = PROJECT_ROOT / "data"
    api_url: str = ""
    webhook_url: str = ""
    webhook_port: int = 8443
    webhook_listen: str = "0.0.0.0"
    webhook_secret: str = field(default="", repr=False)
    log_level: str = "INFO"
    quiz_open_period: int = 30
    rate_limit: bool = True
    poll_interval: float = 0.0
    question_burst: int = 8  # questions a user may send at once; 0: no per-user limit
    question_refill_seconds: float = 3.0  # then one more per this many seconds
    follow_up_seconds: int = 300  # a follow-up ("那省里的呢?") refers to a question at most this old
    startup_retries: int = 5  # tries to reach Telegram at start-up before giving up with one line
    question_log_size: int = 20_000  # questions kept for /misses (no user ids); 0: none kept

    @property
    def has_token(self) -> bool:
        return bool(self.token)


def read_env_file(path: Path) -> dict[str, str]:
    """KEY=VALUE lines; '#' comments, blank lines, optional quotes and `export`."""
    values: dict[str, str] = {}
    if not path.is_file():
        return values
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.removeprefix("export ").partition("=")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        elif " #" in value:
            value = value.split(" #", 1)[0].rstrip()
        values[key.strip()] = value
    return values


def load_settings(
    environ: Mapping[str, str] | None = None, env_file: Path | None = None
) -> Settings:
    """Environment variables win over the env file: `env_file`, else BOT_ENV_FILE, else ./.env.
    BOT_ENV_FILE set to nothing reads none (the test suite does so: a developer's real token in
    ./.env must never reach a test)."""
    source = os.environ if environ is None else environ
    if env_file is None:
        named = source.get("BOT_ENV_FILE")
        env_file = Path(named) if named else None if named is not None else Path(".env")
    env = read_env_file(env_file) if env_file is not None else {}
    env.update(source)

    def get(name: str) -> str:
        return env.get(name, "").strip()

    token = get("TELEGRAM_BOT_TOKEN")
    if token and (":" not in token or not token.split(":", 1)[0].isdigit()):
        raise SettingsError("TELEGRAM_BOT_TOKEN is malformed: expected '<digits>:<secret>' from BotFather")
    try:
        admins = frozenset(int(x) for x in get("ADMIN_USER_IDS").replace(";", ",").split(",") if x.strip())
    except ValueError:
        raise SettingsError("ADMIN_USER_IDS must be numeric Telegram user ids, comma separated") from None
    api_url = get("TELEGRAM_API_URL")
    webhook_url = get("WEBHOOK_URL")
    for name, url in (("TELEGRAM_API_URL", api_url), ("WEBHOOK_URL", webhook_url)):
        if url and urlparse(url).scheme not in ("http", "https"):
            raise SettingsError(f"{name} must be an http(s) URL, got {url!r}")
    level = (get("LOG_LEVEL") or "INFO").upper()
    if not isinstance(logging.getLevelName(level), int):
        raise SettingsError(f"LOG_LEVEL must be DEBUG, INFO, WARNING or ERROR, got {level!r}")
    return Settings(
        token=token,
        admin_user_ids=admins,
        knowledge_dir=Path(get("KNOWLEDGE_DIR") or _default_knowledge_dir()),
        data_dir=Path(get("DATA_DIR") or default_data_dir()),
        api_url=api_url,
        webhook_url=webhook_url,
        webhook_port=_int(get("WEBHOOK_PORT"), "WEBHOOK_PORT", 8443, 1, 65535),
        webhook_listen=get("WEBHOOK_LISTEN") or "0.0.0.0",
        webhook_secret=_secret(get("WEBHOOK_SECRET")),
        log_level=level,
        quiz_open_period=_int(get("QUIZ_OPEN_PERIOD"), "QUIZ_OPEN_PERIOD", 30, 5, 600),
        rate_limit=_flag(get("RATE_LIMIT"), "RATE_LIMIT", default=True),
        poll_interval=_seconds(get("POLL_INTERVAL"), "POLL_INTERVAL"),
        question_burst=_int(get("QUESTION_BURST"), "QUESTION_BURST", 8, 0, 1000),
        question_refill_seconds=_seconds(get("QUESTION_REFILL_SECONDS"), "QUESTION_REFILL_SECONDS") or 3.0,
        follow_up_seconds=_int(get("FOLLOW_UP_SECONDS"), "FOLLOW_UP_SECONDS", 300, 0, 86400),
        startup_retries=_int(get("STARTUP_RETRIES"), "STARTUP_RETRIES", 5, 0, 100),
        question_log_size=_int(get("QUESTION_LOG_SIZE"), "QUESTION_LOG_SIZE", 20_000, 0, 10_000_000),
    )


def _secret(raw: str) -> str:
    # Telegram's rule for secret_token: 1-256 characters of A-Z, a-z, 0-9, _ and -.
    if raw and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", raw):
        raise SettingsError("WEBHOOK_SECRET may hold only A-Z, a-z, 0-9, _ and - (at most 256)")
    return raw


def _seconds(raw: str, name: str) -> float:
    if not raw:
        return 0.0
    try:
        value = float(raw)
    except ValueError:
        raise SettingsError(f"{name} must be a number of seconds, got {raw!r}") from None
    if not 0 <= value <= 60:
        raise SettingsError(f"{name} must be between 0 and 60 seconds, got {value}")
    return value


def _flag(raw: str, name: str, default: bool) -> bool:
    if not raw:
        return default
    if raw.lower() in ("1", "true", "yes", "on"):
        return True
    if raw.lower() in ("0", "false", "no", "off"):
        return False
    raise SettingsError(f"{name} must be on or off, got {raw!r}")


def _default_knowledge_dir() -> Path:
    local = Path("knowledge")
    return local if (local / "sources.yaml").is_file() else PROJECT_ROOT / "knowledge"


def _int(raw: str, name: str, default: int, low: int, high: int) -> int:
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise SettingsError(f"{name} must be a whole number, got {raw!r}") from None
    if not low <= value <= high:
        raise SettingsError(f"{name} must be between {low} and {high}, got {value}")
    return value
