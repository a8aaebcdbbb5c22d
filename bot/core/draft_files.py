"""Write a draft into a knowledge directory: the source text, its registry entry, one facts file.

Re-running on the same article writes the same bytes. A facts file records the hash of what was
drafted in its first line; a file whose body no longer has that hash was edited by a person and
is not overwritten unless forced.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pypinyin import lazy_pinyin

from bot.core.draft import Draft, DraftedFact
from bot.core.knowledge import MAX_ID_LENGTH

_HEADER = re.compile(r"^# drafted by `python -m bot draft`; unreviewed; sha256 ([0-9a-f]{64})\n")
SOURCE_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,23}$")


class DraftRefused(Exception):
    """The draft would overwrite a person's work, or the arguments are unusable."""


@dataclass
class Written:
    facts_path: Path
    changed: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)


def fact_ids(source_id: str, facts: list[DraftedFact]) -> list[str]:
    """Readable, stable ids: the source id and the pinyin of what the figure counts."""
    ids: list[str] = []
    seen: set[str] = set()
    for fact in facts:
        words = re.sub(r"[^\u4e00-\u9fffa-z0-9]", "", (fact.slug_hint or fact.figure).lower())[:4]
        slug = "-".join(re.sub(r"[^a-z0-9]", "", s) for s in lazy_pinyin(words)) or "figure"
        base = f"{source_id}-{slug}"[: MAX_ID_LENGTH - 4].strip("-")
        candidate, n = base, 2
        while candidate in seen:
            candidate, n = f"{base}-{n}", n + 1
        seen.add(candidate)
        ids.append(candidate)
    return ids


def facts_yaml(draft: Draft, source_id: str) -> str:
    entries = []
    for fact_id, fact in zip(fact_ids(source_id, draft.facts), draft.facts, strict=True):
        entry: dict[str, object] = {
            "id": fact_id, "topic": fact.topic, "figure": fact.figure, "value": fact.value, "unit": fact.unit,
            "keywords": fact.keywords, "aliases": [], "sentence": fact.sentence, "source": source_id,
            "question": fact.question, "drafted": True,
        }
        if fact.note:
            entry["note"] = fact.note
        entries.append(entry)
    body = yaml.safe_dump(entries, allow_unicode=True, sort_keys=False, width=1000)
    digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
    return f"# drafted by `python -m bot draft`; unreviewed; sha256 {digest}\n{body}"


def edited_by_hand(path: Path) -> bool:
    text = path.read_text(encoding="utf-8")
    header = _HEADER.match(text)
    if header is None:
        return True
    return hashlib.sha256(text[header.end():].encode("utf-8")).hexdigest() != header.group(1)


def write(draft: Draft, directory: Path, source_id: str, title: str, date: str, force: bool = False) -> Written:
    if not SOURCE_ID.match(source_id):
        raise DraftRefused(f"source id '{source_id}': lowercase a-z, 0-9 and '-', at most 24 characters")
    facts_path = directory / "facts" / f"{source_id}.yaml"
    source_path = directory / "sources" / f"{source_id}.txt"
    registry = directory / "sources.yaml"
    if facts_path.exists() and not force and edited_by_hand(facts_path):
        raise DraftRefused(f"{facts_path} was edited since it was drafted; --force overwrites it")
    entries = yaml.safe_load(registry.read_text(encoding="utf-8")) if registry.exists() else []
    entries = entries or []
    entry = {"id": source_id, "title": title, "date": date, "file": f"sources/{source_id}.txt"}
    others = [e for e in entries if isinstance(e, dict) and e.get("id") != source_id]
    old = next((e for e in entries if isinstance(e, dict) and e.get("id") == source_id), None)
    same = old is not None and {k: old.get(k) for k in entry} == entry
    if old is not None and not same and not force:
        raise DraftRefused(f"{registry} has another entry for '{source_id}'; --force replaces it")
    written = Written(facts_path)
    registry_text = registry.read_text(encoding="utf-8") if same else None
    if registry_text is None:
        header = "# Every source the facts quote; `file` is relative to this directory.\n"
        registry_text = header + yaml.safe_dump([*others, entry], allow_unicode=True, sort_keys=False, width=1000)
    outputs = ((source_path, draft.text), (registry, registry_text), (facts_path, facts_yaml(draft, source_id)))
    for path, text in outputs:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.read_text(encoding="utf-8") == text:
            written.unchanged.append(path)
            continue
        path.write_text(text, encoding="utf-8")
        written.changed.append(path)
    return written
