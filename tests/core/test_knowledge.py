"""Loading validates everything and reports each problem with its file and line."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest

from bot.core import knowledge
from bot.core.errors import KnowledgeError

ARTICLE = "新建职工驿站2131个,为户外劳动者提供了服务。举办了两届职工创新成果展。"

GOOD_FACT = """\
- id: stations
  topic: 普惠服务
  figure: 2131个
  value: 2131
  unit: 个
  keywords: [职工驿站]
  aliases: [驿站]
  sentence: 新建职工驿站2131个,为户外劳动者提供了服务。
  source: test
  question: 新建了多少个职工驿站?
"""


def make_kb(tmp_path: Path, facts: str, sources: str | None = None, lexicon: str = "") -> Path:
    (tmp_path / "facts").mkdir(exist_ok=True)
    (tmp_path / "sources.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "sources.yaml").write_text(
        sources or "- id: test\n  title: 测试文章\n  date: 9月27日\n  file: sources.txt\n",
        encoding="utf-8",
    )
    (tmp_path / "facts" / "a.yaml").write_text(textwrap.dedent(facts), encoding="utf-8")
    if lexicon:
        (tmp_path / "lexicon.yaml").write_text(lexicon, encoding="utf-8")
    return tmp_path


def problems(path: Path) -> list[str]:
    with pytest.raises(KnowledgeError) as caught:
        knowledge.load(path)
    return [str(p) for p in caught.value.problems]


def test_good_knowledge_loads(tmp_path: Path) -> None:
    kb = knowledge.load(make_kb(tmp_path, GOOD_FACT))
    assert [f.id for f in kb.facts] == ["stations"]
    fact = kb.by_id["stations"]
    assert (fact.value, fact.unit, fact.line) == (2131, "个", 1)
    assert kb.sources["test"].title == "测试文章"


def test_bad_yaml_names_file_and_line(tmp_path: Path) -> None:
    found = problems(make_kb(tmp_path, GOOD_FACT + "- id: a: b\n  topic: x\n"))
    assert len(found) == 1
    assert found[0].startswith(f"{tmp_path / 'facts' / 'a.yaml'}:11: invalid YAML")


def test_missing_field(tmp_path: Path) -> None:
    fact = GOOD_FACT.replace("  question: 新建了多少个职工驿站?\n", "")
    assert problems(make_kb(tmp_path, fact)) == [
        f"{tmp_path / 'facts' / 'a.yaml'}:1: missing field 'question'"
    ]


def test_duplicate_id_points_at_both(tmp_path: Path) -> None:
    found = problems(make_kb(tmp_path, GOOD_FACT + GOOD_FACT))
    assert found == [
        f"{tmp_path / 'facts' / 'a.yaml'}:11: duplicate id 'stations' "
        f"(first at {tmp_path / 'facts' / 'a.yaml'}:1)"
    ]


def test_figure_not_in_sentence(tmp_path: Path) -> None:
    found = problems(make_kb(tmp_path, GOOD_FACT.replace("figure: 2131个", "figure: 2132个")))
    assert f"{tmp_path / 'facts' / 'a.yaml'}:3: figure '2132个' is not in its sentence" in found


def test_sentence_not_verbatim(tmp_path: Path) -> None:
    fact = GOOD_FACT.replace("为户外劳动者", "为户外工作者")
    found = problems(make_kb(tmp_path, fact))
    assert found == [f"{tmp_path / 'facts' / 'a.yaml'}:8: sentence is not verbatim in source 'test'"]


def test_unknown_source(tmp_path: Path) -> None:
    found = problems(make_kb(tmp_path, GOOD_FACT.replace("source: test", "source: nowhere")))
    assert found == [f"{tmp_path / 'facts' / 'a.yaml'}:9: unknown source 'nowhere'"]


def test_wrong_types_and_unknown_fields(tmp_path: Path) -> None:
    fact = GOOD_FACT.replace("value: 2131", "value: true").replace("aliases: [驿站]", "alias: [驿站]")
    found = problems(make_kb(tmp_path, fact))
    assert f"{tmp_path / 'facts' / 'a.yaml'}:4: field 'value' has the wrong type" in found
    assert f"{tmp_path / 'facts' / 'a.yaml'}:7: unknown field 'alias'" in found


def test_bad_id_and_not_a_mapping(tmp_path: Path) -> None:
    found = problems(make_kb(tmp_path, GOOD_FACT.replace("id: stations", "id: Stations!") + "- 123\n"))
    assert f"{tmp_path / 'facts' / 'a.yaml'}:1: id 'Stations!' must be lowercase a-z, 0-9 and '-'" in found
    assert f"{tmp_path / 'facts' / 'a.yaml'}:11: expected a mapping (key: value)" in found


def test_missing_source_file_and_directory(tmp_path: Path) -> None:
    path = make_kb(tmp_path, GOOD_FACT, "- id: test\n  title: t\n  date: d\n  file: missing.txt\n")
    found = problems(path)
    assert found[0].startswith(f"{tmp_path / 'sources.yaml'}:4: cannot read source file")
    [missing] = problems(tmp_path / "nope")
    assert missing.startswith(f"{tmp_path / 'nope'}:0: knowledge directory not found")


def test_lexicon_is_validated(tmp_path: Path) -> None:
    path = make_kb(tmp_path, GOOD_FACT, lexicon="synonyms:\n  劳模: 劳动模范\nstopwords: []\nopposites: [结婚, 离婚]\n")
    found = problems(path)
    assert f"{tmp_path / 'lexicon.yaml'}:2: synonyms of '劳模' must be a list of words" in found
    assert f"{tmp_path / 'lexicon.yaml'}:3: unknown section 'stopwords'" in found
    assert f"{tmp_path / 'lexicon.yaml'}:4: 'opposites' must map a word to its variants" in found


def test_binary_file_is_reported(tmp_path: Path) -> None:
    path = make_kb(tmp_path, GOOD_FACT)
    (path / "facts" / "b.yaml").write_bytes(b"\xff\xfe\x00garbage")
    found = problems(path)
    assert len(found) == 1
    assert found[0].startswith(f"{tmp_path / 'facts' / 'b.yaml'}:0: cannot read")


def test_diff_reports_added_removed_changed(tmp_path: Path) -> None:
    old = knowledge.load(make_kb(tmp_path, GOOD_FACT))
    second = GOOD_FACT.replace("id: stations", "id: expos").replace("2131个", "两届").replace(
        "value: 2131", "value: 2").replace("新建职工驿站两届,为户外劳动者提供了服务。", "举办了两届职工创新成果展。")
    new_text = GOOD_FACT.replace("aliases: [驿站]", "aliases: [驿站, 休息站]") + second
    new = knowledge.load(make_kb(tmp_path, new_text))
    assert old.diff(new) == (["expos"], [], ["stations"])
    assert new.diff(old) == ([], ["expos"], ["stations"])


def test_the_project_knowledge_is_valid() -> None:
    kb = knowledge.load(Path(__file__).resolve().parents[2] / "knowledge")
    assert len(kb.facts) >= 120
    assert {f.source for f in kb.facts} <= set(kb.sources)


@pytest.mark.parametrize(
    ("value", "reason"),
    [(".nan", "finite"), (".inf", "finite"), ("1.0e+30", "finite"), ("1500", "contradicts figure '2131个'")],
)
def test_values_the_quiz_could_not_judge_are_refused(tmp_path: Path, value: str, reason: str) -> None:
    found = problems(make_kb(tmp_path, GOOD_FACT.replace("value: 2131", f"value: {value}")))
    assert len(found) == 1
    assert found[0].startswith(f"{tmp_path / 'facts' / 'a.yaml'}:4: ")
    assert reason in found[0]


def test_duplicate_keys_are_refused_with_both_lines(tmp_path: Path) -> None:
    found = problems(make_kb(tmp_path, GOOD_FACT.replace("  unit: 个\n", "  unit: 个\n  figure: 两届\n")))
    assert any(":6: duplicate key 'figure' (first at line 3)" in p for p in found), found


def test_long_ids_are_refused(tmp_path: Path) -> None:
    found = problems(make_kb(tmp_path, GOOD_FACT.replace("id: stations", "id: " + "s" * 49)))
    assert any("longer than 48" in p for p in found), found


@pytest.mark.parametrize("file", ["/etc/passwd", "../../etc/passwd", "../outside.txt"])
def test_source_files_must_lie_inside_the_directory(tmp_path: Path, file: str) -> None:
    root = tmp_path / "kb"
    root.mkdir()
    (tmp_path / "outside.txt").write_text(ARTICLE, encoding="utf-8")
    sources = f"- id: test\n  title: 测试文章\n  date: 9月27日\n  file: {file}\n"
    found = problems(make_kb(root, GOOD_FACT, sources=sources))
    assert any("outside the knowledge directory" in p for p in found), found


def test_fifos_devices_and_huge_files_are_not_read(tmp_path: Path) -> None:
    """A FIFO would block the loader for ever and /dev/zero would eat memory: both are refused
    before they are opened, and so is a file over the size limit."""
    root = make_kb(tmp_path, GOOD_FACT)
    os.mkfifo(root / "facts" / "fifo.yaml")
    (root / "facts" / "zero.yaml").symlink_to("/dev/zero")
    with (root / "facts" / "huge.yaml").open("wb") as huge:
        huge.truncate(knowledge.MAX_FILE_BYTES + 1)
    found = problems(root)
    assert any("fifo.yaml:0: cannot read: not a regular file" in p for p in found), found
    assert any("zero.yaml:0: cannot read: not a regular file" in p for p in found), found
    assert any("huge.yaml:0: cannot read: larger than" in p for p in found), found


def test_a_missing_knowledge_directory_says_how_to_point_at_one(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError) as raised:
        knowledge.load(tmp_path / "nowhere")
    assert "KNOWLEDGE_DIR" in str(raised.value.problems[0])


def test_the_pinyin_index_is_built_at_load_not_by_the_first_question_that_needs_it() -> None:
    from bot.core.engine import Engine

    engine = Engine.load(Path(__file__).resolve().parents[2] / "knowledge", use_cache=False)
    assert engine.matcher._pinyin is not None
