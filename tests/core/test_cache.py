"""The on-disk engine cache: reused while nothing changed, rebuilt after any edit, harmless when broken."""

from __future__ import annotations

import shutil
import tempfile
import weakref
from pathlib import Path

import pytest

from bot.core import cache
from bot.core.engine import Engine
from bot.core.errors import KnowledgeError

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"


@pytest.fixture
def knowledge_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BOT_CACHE_DIR", str(tmp_path / "cache"))
    shutil.copytree(KNOWLEDGE, tmp_path / "k")
    return tmp_path / "k"


def test_a_second_load_reads_the_cache_and_answers_the_same(knowledge_copy: Path) -> None:
    first = Engine.load(knowledge_copy)
    assert len(list(cache.cache_dir().glob("engine-*.pickle"))) == 1
    second = Engine.load(knowledge_copy)
    assert second.matcher is not first.matcher  # read back, not the same object
    for question in ("职工驿站建了多少个", "高技能人材有多少", "贵州省高技能人才有多少"):
        assert second.ask(question) == first.ask(question)


def test_the_pinyin_index_is_kept_apart_and_read_only_when_needed(knowledge_copy: Path) -> None:
    first = Engine.load(knowledge_copy)
    [part] = cache.cache_dir().glob("pinyin-*.pickle")
    second = Engine.load(knowledge_copy)
    assert second.matcher._pinyin is None  # not read with the engine
    assert second.ask("职工驿站建了多少个") == first.ask("职工驿站建了多少个")
    assert second.matcher._pinyin is None  # the characters settled it
    typo = "高技能人材有多少"  # 人材: only the sounds find 人才
    assert second.ask(typo) == first.ask(typo)
    assert second.matcher._pinyin is not None
    part.write_bytes(b"damaged")
    third = Engine.load(knowledge_copy)
    assert third.ask(typo) == first.ask(typo)  # built afresh


def test_an_edit_builds_afresh(knowledge_copy: Path) -> None:
    Engine.load(knowledge_copy)
    facts = knowledge_copy / "facts" / "services.yaml"
    edited = facts.read_text(encoding="utf-8").replace("topic: 普惠服务", "topic: 普惠服务改")
    facts.write_text(edited, encoding="utf-8")
    engine = Engine.load(knowledge_copy)
    assert "普惠服务改" in engine.kb.topics
    assert len(list(cache.cache_dir().glob("engine-*.pickle"))) == 2


def test_an_edit_of_any_core_module_builds_afresh(knowledge_copy: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    # The rules live in a subpackage (bot/core/vetoes): an edit there changes what the engine answers.
    core = tmp_path / "core"
    shutil.copytree(cache.CORE, core, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache, "CORE", core)
    before = cache.key_of(knowledge_copy, 10**8)
    rule = core / "vetoes" / "time.py"
    rule.write_text(rule.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert before is not None
    assert cache.key_of(knowledge_copy, 10**8) not in (None, before)


def test_an_odd_file_is_never_hidden_by_the_cache(knowledge_copy: Path) -> None:
    import os

    Engine.load(knowledge_copy)
    os.mkfifo(knowledge_copy / "facts" / "pipe.yaml")
    with pytest.raises(KnowledgeError, match="not a regular file"):
        Engine.load(knowledge_copy)


def test_a_damaged_entry_or_unwritable_directory_is_ignored(knowledge_copy: Path, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    Engine.load(knowledge_copy)
    [entry] = cache.cache_dir().glob("engine-*.pickle")
    entry.write_bytes(b"not a pickle")
    assert Engine.load(knowledge_copy).ask("职工驿站建了多少个").answered
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("BOT_CACHE_DIR", str(blocker / "cache"))  # cannot be created
    assert Engine.load(knowledge_copy).ask("职工驿站建了多少个").answered


def test_no_home_directory_still_caches_somewhere(knowledge_copy: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BOT_CACHE_DIR")
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)

    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", no_home)
    assert cache.cache_dir().name == "yunnan-facts-bot"
    assert Engine.load(knowledge_copy).ask("职工驿站建了多少个").answered
    assert list((tmp_path / "tmp").rglob("engine-*.pickle"))


def test_two_copies_of_the_same_knowledge_do_not_share_an_engine(tmp_path: Path) -> None:
    # A cached engine remembers its directory: /alias edits the files it names.
    first, second = tmp_path / "a", tmp_path / "b"
    shutil.copytree(KNOWLEDGE, first)
    shutil.copytree(KNOWLEDGE, second)
    Engine.load(first)
    engine = Engine.load(second)
    assert Path(engine.kb.directory).resolve() == second.resolve()
    fact = engine.kb.facts[0]
    assert Path(fact.path).resolve().is_relative_to(second.resolve())


@pytest.mark.parametrize("use_cache", [False, True])
def test_a_loaded_engine_is_left_out_of_the_collectors_walks(knowledge_copy: Path, use_cache: bool) -> None:
    import gc

    Engine.load(knowledge_copy)  # (a cache entry for the second case)
    engine = Engine.load(knowledge_copy, use_cache=use_cache)
    assert not any(o is engine.matcher or o is engine.kb.facts for o in gc.get_objects())
    # Frozen is not kept: once a reload replaces it, the earlier engine is freed.
    earlier = weakref.ref(engine.matcher)
    engine = Engine.load(knowledge_copy, use_cache=use_cache)
    assert earlier() is None
