"""What can be checked of the deployment files without building them: the image's entry point is
the package's console script, every setting it sets is one the bot reads, it runs as a non-root
user, and its volumes are where its settings point."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCKERFILE = (ROOT / "Dockerfile").read_text(encoding="utf-8")
UNIT = (ROOT / "deploy" / "yunnan-facts-bot.service").read_text(encoding="utf-8")


def known_settings() -> set[str]:
    example = (ROOT / ".env.example").read_text(encoding="utf-8")
    names = set(re.findall(r"^#?\s*([A-Z][A-Z0-9_]+)=", example, flags=re.MULTILINE))
    config = (ROOT / "bot" / "config.py").read_text(encoding="utf-8") + (ROOT / "bot" / "core" / "cache.py").read_text(
        encoding="utf-8")
    return names | set(re.findall(r'"([A-Z][A-Z0-9_]+)"', config))


def test_the_image_starts_the_packages_console_script() -> None:
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    [entry] = re.findall(r'^ENTRYPOINT \["([^"]+)"\]', DOCKERFILE, flags=re.MULTILINE)
    assert entry in scripts
    assert scripts[entry] == "bot.cli:main"
    assert re.search(r'^CMD \["run"\]', DOCKERFILE, flags=re.MULTILINE)


def test_the_image_and_the_unit_set_only_settings_the_bot_reads() -> None:
    env_block = DOCKERFILE.split("ENV ", 1)[1].split("\n\n", 1)[0]
    image = {name for name in re.findall(r"([A-Z][A-Z0-9_]+)=", env_block) if not name.startswith(("PYTHON", "PIP"))}
    unit = set(re.findall(r"([A-Z][A-Z0-9_]+)=", UNIT.split("Environment=", 1)[1].splitlines()[0]))
    assert image
    assert image <= known_settings()
    assert unit <= known_settings()


def test_the_image_runs_as_a_user_with_its_data_and_knowledge_on_volumes() -> None:
    [user_line] = re.findall(r"^USER (\S+)", DOCKERFILE, flags=re.MULTILINE)
    assert user_line not in ("root", "0")
    volumes = re.findall(r'"(/[^"]+)"', DOCKERFILE.split("VOLUME", 1)[1].splitlines()[0])
    assert re.search(r"DATA_DIR=(\S+)", DOCKERFILE).group(1) in volumes  # type: ignore[union-attr]
    assert re.search(r"KNOWLEDGE_DIR=(\S+)", DOCKERFILE).group(1) in volumes  # type: ignore[union-attr]


def test_the_docker_context_holds_what_the_image_copies() -> None:
    ignore = (ROOT / ".dockerignore").read_text(encoding="utf-8")
    for copied in re.findall(r"^COPY (?:--\S+ )*(.+) \S+$", DOCKERFILE, flags=re.MULTILINE):
        for path in copied.split():
            assert f"!{path.rstrip('/')}" in ignore.replace("/\n", "\n")
            assert (ROOT / path).exists()


def test_the_unit_runs_the_bot_from_the_checkouts_venv() -> None:
    assert "ExecStart=/opt/yunnan-facts-bot/.venv/bin/python -m bot run" in UNIT
    assert "Restart=on-failure" in UNIT
