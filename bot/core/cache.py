"""A built engine kept on disk, keyed by everything it was built from.

Loading 10,000 facts means parsing YAML, normalising every text and indexing it twice (characters
and pinyin): seconds, where a cold `python -m bot ask` should take well under one. The key is a
hash of the knowledge directory's files (names and bytes) and of the code and data that shape the
index (every module of bot/core, the general lexicon), so any edit to either builds afresh; a stale entry is
never read. The cache is an optimisation only: any failure to read or write it is ignored.

An entry is in parts (`engine`, `pinyin`), one file each, so that a part most questions never
need is read only when one does.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import pickle
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)
CORE = Path(__file__).resolve().parent
KEEP = 8  # entries kept; older ones are deleted when a new one is written


def cache_dir() -> Path:
    explicit = os.environ.get("BOT_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = str(Path.home() / ".cache")
        except RuntimeError:  # no home directory (a bare service account): a directory of the system's
            base = str(Path(tempfile.gettempdir()) / f"cache-{os.getuid()}")
    return Path(base) / "yunnan-facts-bot"


def _files(directory: Path) -> list[Path] | None:
    """The regular files under `directory`; None if anything else is there (a FIFO, a link to a
    device): loading must see it and say what is wrong, so no cached engine may hide it."""
    found = []
    for path in directory.rglob("*"):
        if path.name.startswith(".") or path.is_dir():
            continue
        if not path.is_file():
            return None
        found.append(path)
    return sorted(found, key=lambda p: p.relative_to(directory).as_posix())


def key_of(directory: Path, max_bytes: int) -> str | None:
    """Hash of the knowledge files and of the code and data the index depends on; None when a
    file is too large to be knowledge (loading will say so)."""
    digest = hashlib.sha256()
    # The directory itself too: a built engine remembers where its facts live (their files are
    # what /alias edits), so two copies of the same knowledge must not share an entry.
    digest.update(str(directory.resolve()).encode("utf-8") + b"\0")
    code = [*sorted(CORE.rglob("*.py")), CORE / "data" / "lexicon.yaml"]  # (bot/core/vetoes too)
    knowledge_files = _files(directory)
    if knowledge_files is None:
        return None
    for root, files in ((directory, knowledge_files), (CORE, code)):
        for path in files:
            if path.stat().st_size > max_bytes:
                return None
            digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def _path(directory: Path, key: str, part: str) -> Path:
    return directory / f"{part}-{key}.pickle"


def load(key: str, part: str = "engine") -> object | None:
    path = _path(cache_dir(), key, part)
    try:
        with path.open("rb") as handle:
            # A built engine is about a million small objects: with the collector on, reading
            # them back triggers collections that walk them all, over and over (~0.3 s at
            # 10,000 facts). They are no cyclic garbage, so it stays off while they are read.
            collecting = gc.isenabled()
            gc.disable()
            try:
                value: object = pickle.load(handle)
            finally:
                gc.freeze()
                if collecting:
                    gc.enable()
            return value
    except FileNotFoundError:
        return None
    except Exception as exc:  # a damaged or foreign entry: build afresh, never fail on the cache
        log.warning("ignoring unreadable cache entry %s: %s", path, exc)
        return None


def store(key: str, value: object, part: str = "engine") -> None:
    directory = cache_dir()
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=directory, prefix=f".{part}-", delete=False) as handle:
            try:
                pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
            except BaseException:
                Path(handle.name).unlink(missing_ok=True)
                raise
        os.replace(handle.name, _path(directory, key, part))
        entries = sorted(directory.glob(f"{part}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in entries[KEEP:]:
            old.unlink(missing_ok=True)
    except OSError as exc:
        log.info("could not write the engine cache in %s: %s", directory, exc)
