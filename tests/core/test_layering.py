"""The core never imports telegram: it must serve the console and tests without it."""

import ast
from pathlib import Path

import bot

PACKAGE = Path(bot.__file__).parent
TRANSPORT_FREE = [PACKAGE / "core", PACKAGE / "config.py", PACKAGE / "cli.py"]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def _files() -> list[Path]:
    return [f for p in TRANSPORT_FREE for f in ([p] if p.is_file() else sorted(p.rglob("*.py")))]


def test_core_never_imports_telegram() -> None:
    files = _files()
    assert len(files) > 5
    offenders = {
        str(f.relative_to(PACKAGE)): sorted(n for n in _imports(f) if n.split(".")[0] == "telegram")
        for f in files
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_core_never_imports_the_adapter() -> None:
    offenders = [
        str(f) for f in (PACKAGE / "core").rglob("*.py")
        if any(n.startswith("bot.tg") for n in _imports(f))
    ]
    assert offenders == []
