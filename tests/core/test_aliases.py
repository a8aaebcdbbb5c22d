"""/alias: the phrase goes into the fact's YAML file with its comments and layout kept, written
atomically, and only when it breaks nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.core.aliases import AliasRefused, add_alias
from bot.core.engine import Engine

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"


@pytest.fixture
def knowledge(tmp_path: Path) -> Path:
    copy = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, copy)
    return copy


def test_an_alias_is_added_in_place_keeping_every_other_line(knowledge: Path) -> None:
    engine = Engine.load(knowledge, use_cache=False)
    assert not engine.ask("暖心小屋有多少个").answered
    path = knowledge / "facts" / "services.yaml"
    before = path.read_text(encoding="utf-8").splitlines()
    added = add_alias(engine, "worker-stations", "暖心小屋")
    after = path.read_text(encoding="utf-8").splitlines()
    changed = [(a, b) for a, b in zip(before, after, strict=True) if a != b]
    assert changed == [("  aliases: [驿站, 户外劳动者 休息]", "  aliases: [驿站, 户外劳动者 休息, 暖心小屋]")]
    assert before[0].startswith("#")  # the file's comment is still its first line
    assert added.answered
    reloaded = Engine.load(knowledge, use_cache=False)
    match = reloaded.ask("暖心小屋有多少个")
    assert match.answered
    assert match.best is not None
    assert match.best.id == "worker-stations"
    assert not [p for p in path.parent.iterdir() if p.name.startswith(".")]  # no temporary file left


def test_a_fact_without_aliases_gets_a_list_in_the_same_style(knowledge: Path) -> None:
    path = knowledge / "facts" / "services.yaml"
    text = path.read_text(encoding="utf-8").replace("  aliases: [驿站, 户外劳动者 休息]\n", "")
    path.write_text(text, encoding="utf-8")
    add_alias(Engine.load(knowledge, use_cache=False), "worker-stations", "暖心小屋")
    assert "  keywords: [职工驿站, 新建职工驿站]\n  aliases: [暖心小屋]\n" in path.read_text(encoding="utf-8")


@pytest.mark.parametrize(("fact_id", "phrase", "reason"), [
    ("no-such-fact", "暖心小屋", "没有编号为"),
    ("worker-stations", "驿站", "已经是"),
    ("worker-stations", "职工", "太常见"),
    ("worker-stations", "", "请写上"),
])
def test_refusals_say_why_and_write_nothing(knowledge: Path, fact_id: str, phrase: str, reason: str) -> None:
    before = {p: p.read_bytes() for p in (knowledge / "facts").iterdir()}
    with pytest.raises(AliasRefused, match=reason):
        add_alias(Engine.load(knowledge, use_cache=False), fact_id, phrase)
    assert {p: p.read_bytes() for p in (knowledge / "facts").iterdir()} == before


def test_an_alias_that_would_change_another_facts_own_answer_is_refused(knowledge: Path) -> None:
    engine = Engine.load(knowledge, use_cache=False)
    other = engine.fact("reading-rooms")
    assert other is not None
    # Another fact's own question, word for word, as an alias of this one: it would take its answer.
    with pytest.raises(AliasRefused, match="reading-rooms"):
        add_alias(engine, "worker-stations", other.question)
