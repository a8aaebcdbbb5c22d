from pathlib import Path

import pytest

from bot.config import SettingsError, load_settings, read_env_file


def test_env_file_parsing(tmp_path: Path) -> None:
    env = tmp_path / ".env"
    env.write_text(
        "# comment\n\nexport TELEGRAM_BOT_TOKEN='123:abc'\nADMIN_USER_IDS=1, 2 # admins\nLOG_LEVEL=\"debug\"\nBROKEN\n",
        encoding="utf-8",
    )
    assert read_env_file(env) == {"TELEGRAM_BOT_TOKEN": "123:abc", "ADMIN_USER_IDS": "1, 2", "LOG_LEVEL": "debug"}
    settings = load_settings({}, env)
    assert settings.token == "123:abc"
    assert settings.admin_user_ids == frozenset({1, 2})
    assert settings.log_level == "DEBUG"
    assert "123:abc" not in repr(settings)


def test_environment_wins_over_env_file(tmp_path: Path) -> None:
    env = tmp_path / ".env"
    env.write_text("KNOWLEDGE_DIR=/from/file\nDATA_DIR=/data\n", encoding="utf-8")
    settings = load_settings({"KNOWLEDGE_DIR": "/from/env"}, env)
    assert settings.knowledge_dir == Path("/from/env")
    assert settings.data_dir == Path("/data")


def test_defaults(tmp_path: Path) -> None:
    settings = load_settings({}, tmp_path / "missing.env")
    assert not settings.has_token
    assert settings.quiz_open_period == 30
    assert settings.rate_limit is True
    assert (settings.knowledge_dir / "sources.yaml").is_file()


@pytest.mark.parametrize(
    ("env", "name"),
    [
        ({"TELEGRAM_BOT_TOKEN": "abc"}, "TELEGRAM_BOT_TOKEN"),
        ({"ADMIN_USER_IDS": "@someone"}, "ADMIN_USER_IDS"),
        ({"WEBHOOK_PORT": "http"}, "WEBHOOK_PORT"),
        ({"WEBHOOK_PORT": "70000"}, "WEBHOOK_PORT"),
        ({"WEBHOOK_URL": "example.org/hook"}, "WEBHOOK_URL"),
        ({"LOG_LEVEL": "LOUD"}, "LOG_LEVEL"),
        ({"RATE_LIMIT": "maybe"}, "RATE_LIMIT"),
        ({"WEBHOOK_SECRET": "has spaces"}, "WEBHOOK_SECRET"),
        ({"POLL_INTERVAL": "soon"}, "POLL_INTERVAL"),
    ],
)
def test_malformed_settings_name_themselves(env: dict[str, str], name: str, tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match=name):
        load_settings(env, tmp_path / "missing.env")


def test_installed_data_goes_to_the_users_data_directory_not_site_packages(tmp_path: Path) -> None:
    from bot.config import default_data_dir

    checkout = tmp_path / "checkout"
    checkout.mkdir()
    (checkout / "pyproject.toml").write_text("", encoding="utf-8")
    assert default_data_dir(checkout) == checkout / "data"
    installed = tmp_path / "site-packages"
    installed.mkdir()
    xdg = {"XDG_DATA_HOME": str(tmp_path / "xdg")}
    assert default_data_dir(installed, xdg) == tmp_path / "xdg" / "yunnan-facts-bot"
