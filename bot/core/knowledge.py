"""Load and validate the knowledge directory into an immutable KnowledgeBase.

Layout::

    knowledge/sources.yaml     the sources: id, title, date, file (+ subtitle, authors)
    knowledge/sources/*.txt    their texts
    knowledge/facts/*.yaml     one entry per fact
    knowledge/lexicon.yaml     synonyms, fillers, places, time words

Every problem is collected with its file and line, so one `check` run shows them all.

Limits, so that a mistake in the directory cannot hang or sink the bot: only regular files are
read (a FIFO or a link to /dev/zero is refused, not opened), each at most MAX_FILE_BYTES; a source
file must lie inside the knowledge directory; a value must be a finite number below MAX_VALUE.
"""

from __future__ import annotations

import math
import re
import stat
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from bot.core.errors import KnowledgeError, Problem
from bot.core.models import Fact, Lexicon, Source, Value
from bot.core.normalize import clean
from bot.core.numerals import format_decimal, numbers_in

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_FACT_FIELDS = {
    "id": str, "topic": str, "figure": str, "value": (int, float, str), "unit": str,
    "keywords": list, "aliases": list, "sentence": str, "source": str, "question": str,
}
_FACT_OPTIONAL = {"note", "drafted"}
_SOURCE_FIELDS = {"id": str, "title": str, "date": str, "file": str}
_SOURCE_OPTIONAL = {"subtitle", "authors"}
MAX_FILE_BYTES = 5_000_000  # a whole article is ~20 KB, its facts ~60 KB
MAX_VALUE = 10**15  # larger than any count a news article gives; keeps quiz arithmetic exact
MAX_ID_LENGTH = 48  # "fact:" + id must fit Telegram's 64 bytes of button data


@dataclass(frozen=True)
class KnowledgeBase:
    sources: dict[str, Source]
    facts: tuple[Fact, ...]
    lexicon: Lexicon
    directory: str = ""
    load_seconds: float = 0.0
    by_id: dict[str, Fact] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_id", {f.id: f for f in self.facts})

    @property
    def topics(self) -> list[str]:
        """Topics in the order they first appear, which follows the sources' own sections."""
        return list(dict.fromkeys(f.topic for f in self.facts))

    def facts_of(self, topic: str) -> list[Fact]:
        return [f for f in self.facts if f.topic == topic]

    def diff(self, newer: KnowledgeBase) -> tuple[list[str], list[str], list[str]]:
        """(added, removed, changed) fact ids going from this base to `newer`."""
        added = [i for i in newer.by_id if i not in self.by_id]
        removed = [i for i in self.by_id if i not in newer.by_id]
        changed = [
            i for i, f in newer.by_id.items()
            if i in self.by_id and _comparable(self.by_id[i]) != _comparable(f)
        ]
        return added, removed, changed


def _comparable(fact: Fact) -> tuple[object, ...]:
    # Where a fact sits in its file is no change to the fact.
    return (fact.topic, fact.figure, fact.value, fact.unit, fact.keywords, fact.aliases,
            fact.sentence, fact.source, fact.question)


def load(directory: str | Path) -> KnowledgeBase:
    """Read and validate everything under `directory`; raise KnowledgeError listing all problems."""
    started = time.perf_counter()
    root = Path(directory)
    problems: list[Problem] = []
    if not root.is_dir():
        raise KnowledgeError([Problem(str(root), 0, "knowledge directory not found: set KNOWLEDGE_DIR (or pass "
                                      "--knowledge) to a directory with sources.yaml, such as a checkout's "
                                      "knowledge/ (see README)")])
    sources = _load_sources(root, problems)
    facts = _load_facts(root, sources, problems)
    lexicon = _load_lexicon(root, problems)
    if problems:
        raise KnowledgeError(problems)
    return KnowledgeBase(sources, tuple(facts), lexicon, str(root), time.perf_counter() - started)


# --- YAML with line numbers -------------------------------------------------------------------

@dataclass
class _Entry:
    """One mapping of a YAML list, with the line of the entry and of each of its keys."""

    data: Any
    line: int
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


def read_text(path: Path) -> str:
    """A knowledge file's text; OSError (with the reason) for anything but a regular file of at
    most MAX_FILE_BYTES, checked before it is opened: opening a FIFO would block for ever."""
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        raise OSError(f"not a regular file: {path}")
    if info.st_size > MAX_FILE_BYTES:
        raise OSError(f"larger than {MAX_FILE_BYTES:,} bytes: {path}")
    with path.open("rb") as handle:
        data = handle.read(MAX_FILE_BYTES + 1)  # a file that grew since stat() is still cut off
    if len(data) > MAX_FILE_BYTES:
        raise OSError(f"larger than {MAX_FILE_BYTES:,} bytes: {path}")
    return data.decode("utf-8")


def _read_yaml(path: Path, problems: list[Problem]) -> Any:
    try:
        text = read_text(path)
    except FileNotFoundError:
        problems.append(Problem(str(path), 0, "file not found"))
        return None
    except (UnicodeDecodeError, OSError) as exc:
        problems.append(Problem(str(path), 0, f"cannot read: {exc}"))
        return None
    # One parse gives both the node tree (for line numbers) and the data; libyaml when present
    # (15x faster on a large base).
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is not None:
            _duplicate_keys(node, path, problems)
        return node, (loader.construct_document(node) if node is not None else None)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 0
        problem = getattr(exc, "problem", None) or str(exc)
        problems.append(Problem(str(path), line, f"invalid YAML: {problem}"))
        return None
    finally:
        loader.dispose()


def _duplicate_keys(root: yaml.Node, path: Path, problems: list[Problem]) -> None:
    """YAML lets a later key silently replace an earlier one; in a fact that hides a mistake."""
    stack = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            seen: dict[str, int] = {}
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    line = key.start_mark.line + 1
                    if key.value in seen:
                        problems.append(Problem(str(path), line,
                                                f"duplicate key '{key.value}' (first at line {seen[key.value]})"))
                    seen.setdefault(key.value, line)
                stack.append(value)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)


def _entries(path: Path, problems: list[Problem]) -> Iterator[_Entry]:
    """Yield the mappings of a YAML file that holds a list of them."""
    parsed = _read_yaml(path, problems)
    if parsed is None:
        return
    node, data = parsed
    if data is None:
        return
    if not isinstance(data, list) or not isinstance(node, yaml.SequenceNode):
        problems.append(Problem(str(path), 1, "expected a list of entries"))
        return
    for item_node, item in zip(node.value, data, strict=True):
        line = item_node.start_mark.line + 1
        if not isinstance(item, dict) or not isinstance(item_node, yaml.MappingNode):
            problems.append(Problem(str(path), line, "expected a mapping (key: value)"))
            continue
        key_lines = {k.value: v.start_mark.line + 1 for k, v in item_node.value}
        yield _Entry(item, line, key_lines)


def _check_fields(
    entry: _Entry, path: Path, spec: dict[str, Any], optional: set[str], problems: list[Problem]
) -> bool:
    ok = True
    for name, kind in spec.items():
        value = entry.data.get(name)
        if value is None or value == "" or value == []:
            if name != "aliases":
                problems.append(Problem(str(path), entry.line, f"missing field '{name}'"))
                ok = False
            continue
        if isinstance(value, bool) or not isinstance(value, kind):
            problems.append(
                Problem(str(path), entry.line_of(name), f"field '{name}' has the wrong type")
            )
            ok = False
    for name in entry.data:
        if name not in spec and name not in optional:
            problems.append(Problem(str(path), entry.line_of(name), f"unknown field '{name}'"))
            ok = False
    return ok


# --- sources, facts, lexicon --------------------------------------------------------------------

def _load_sources(root: Path, problems: list[Problem]) -> dict[str, Source]:
    path = root / "sources.yaml"
    sources: dict[str, Source] = {}
    for entry in _entries(path, problems):
        if not _check_fields(entry, path, _SOURCE_FIELDS, _SOURCE_OPTIONAL, problems):
            continue
        d = entry.data
        if d["id"] in sources:
            problems.append(Problem(str(path), entry.line_of("id"), f"duplicate source id '{d['id']}'"))
            continue
        text_path = root / d["file"]
        if not text_path.resolve().is_relative_to(root.resolve()):
            problems.append(Problem(str(path), entry.line_of("file"),
                                    f"source file '{d['file']}' is outside the knowledge directory"))
            continue
        try:
            text = read_text(text_path)
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(Problem(str(path), entry.line_of("file"), f"cannot read source file: {exc}"))
            continue
        sources[d["id"]] = Source(
            id=d["id"], title=d["title"], date=str(d["date"]), text=text, path=str(text_path),
            subtitle=str(d.get("subtitle") or ""), authors=str(d.get("authors") or ""),
        )
    if not sources and not any(p.path == str(path) for p in problems):
        problems.append(Problem(str(path), 1, "no sources defined"))
    return sources


def _load_facts(root: Path, sources: dict[str, Source], problems: list[Problem]) -> list[Fact]:
    files = sorted((root / "facts").glob("*.yaml"))
    if not files:
        problems.append(Problem(str(root / "facts"), 0, "no fact files (*.yaml)"))
    facts: list[Fact] = []
    seen: dict[str, str] = {}
    for path in files:
        for entry in _entries(path, problems):
            fact = _fact(entry, path, sources, problems)
            if fact is None:
                continue
            if fact.id in seen:
                problems.append(Problem(
                    str(path), entry.line_of("id"), f"duplicate id '{fact.id}' (first at {seen[fact.id]})"
                ))
                continue
            seen[fact.id] = f"{path}:{entry.line}"
            facts.append(fact)
    return facts


def _fact(
    entry: _Entry, path: Path, sources: dict[str, Source], problems: list[Problem]
) -> Fact | None:
    if not _check_fields(entry, path, _FACT_FIELDS, _FACT_OPTIONAL, problems):
        return None
    d = entry.data
    where = str(path)
    before = len(problems)
    if not _ID.match(d["id"]):
        problems.append(Problem(where, entry.line_of("id"), f"id '{d['id']}' must be lowercase a-z, 0-9 and '-'"))
    elif len(d["id"]) > MAX_ID_LENGTH:
        problems.append(Problem(where, entry.line_of("id"), f"id '{d['id']}' is longer than {MAX_ID_LENGTH}"))
    value_problem = _value_problem(d["value"], d["figure"])
    if value_problem:
        problems.append(Problem(where, entry.line_of("value"), value_problem))
    for name in ("keywords", "aliases"):
        words = d.get(name) or []
        if not all(isinstance(w, str) and w.strip() for w in words):
            problems.append(Problem(where, entry.line_of(name), f"'{name}' must be a list of non-empty strings"))
    if d["figure"] not in d["sentence"]:
        problems.append(Problem(where, entry.line_of("figure"), f"figure '{d['figure']}' is not in its sentence"))
    source = sources.get(d["source"])
    if source is None:
        problems.append(Problem(where, entry.line_of("source"), f"unknown source '{d['source']}'"))
    elif d["sentence"] not in source.text:
        problems.append(Problem(where, entry.line_of("sentence"), f"sentence is not verbatim in source '{source.id}'"))
    if len(problems) > before:
        return None
    value: Value = d["value"]
    return Fact(
        id=d["id"], topic=d["topic"], figure=d["figure"], value=value, unit=d["unit"],
        keywords=tuple(d["keywords"]), aliases=tuple(d.get("aliases") or ()),
        sentence=d["sentence"], source=d["source"], question=d["question"],
        path=where, line=entry.line,
    )


def _value_problem(value: Value, figure: str) -> str:
    """Why a fact's value cannot be right, or ''. The typed quiz judges answers by the value, so
    it must be a finite number that the figure as written states (1300多个 is not 1500)."""
    if isinstance(value, str):
        return ""  # a figure that is no quantity (a date); the quiz does not ask it
    if not math.isfinite(value) or abs(value) >= MAX_VALUE:
        return f"value {value!r} must be a finite number below {MAX_VALUE:.0e}"
    stated = numbers_in(clean(figure))
    if stated and Decimal(str(value)) not in stated:
        return f"value {value!r} contradicts figure '{figure}' ({format_decimal(stated[0])})"
    return ""


GENERAL_LEXICON = Path(__file__).parent / "data" / "lexicon.yaml"


def _load_lexicon(root: Path, problems: list[Problem]) -> Lexicon:
    """The general lexicon that ships with the package, plus the directory's own additions."""
    general = _read_lexicon(GENERAL_LEXICON, problems)
    own = root / "lexicon.yaml"
    return general.extended(_read_lexicon(own, problems)) if own.exists() else general


def _read_lexicon(path: Path, problems: list[Problem]) -> Lexicon:
    parsed = _read_yaml(path, problems)
    if parsed is None:
        return Lexicon()
    node, data = parsed
    if not isinstance(data, dict):
        problems.append(Problem(str(path), 1, "expected a mapping of word lists (synonyms, fillers, ...)"))
        return Lexicon()
    lines = {k.value: v.start_mark.line + 1 for k, v in node.value}
    unknown = set(data) - {"synonyms", "fillers", "places", "time_words", "not_figures", "qualifiers", "levels",
                           "home", "opposites"}
    for name in sorted(unknown):
        problems.append(Problem(str(path), lines.get(name, 1), f"unknown section '{name}'"))
    def word_map(name: str) -> dict[str, str]:
        """A section of `canonical: [variants]`, as variant -> canonical."""
        mapping: dict[str, str] = {}
        raw = data.get(name) or {}
        if not isinstance(raw, dict):
            problems.append(Problem(str(path), lines.get(name, 1), f"'{name}' must map a word to its variants"))
            return mapping
        for canonical, variants in raw.items():
            if not isinstance(canonical, str) or not isinstance(variants, list) or not all(
                isinstance(v, str) and v for v in variants
            ):
                reason = f"{name} of '{canonical}' must be a list of words"
                problems.append(Problem(str(path), lines.get(name, 1), reason))
                continue
            for variant in variants:
                mapping[variant] = canonical
        return mapping

    def words(name: str) -> tuple[str, ...]:
        value = data.get(name) or []
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            problems.append(Problem(str(path), lines.get(name, 1), f"'{name}' must be a list of words"))
            return ()
        return tuple(value)

    # (opposites: a word mapped to its opposites, read both ways.)
    opposite = word_map("opposites")
    return Lexicon(
        word_map("synonyms"), words("fillers"), words("places"), words("time_words"), words("not_figures"),
        words("qualifiers"), word_map("levels"), words("home"),
        tuple(pair for a, b in opposite.items() for pair in ((a, b), (b, a))),
    )
