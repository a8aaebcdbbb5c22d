"""An operator's fix for a miss: add a phrase as an alias of a fact, in the fact's YAML file.

The file is edited in place with a round-trip YAML library, so its comments, key order and
flow-style lists stay as they were; the new file is written beside the old one and renamed over
it (never half written). Before that, the whole knowledge directory is loaded with the change in
a scratch copy: an alias that breaks validation, or that changes the answer to another fact's
own question, is refused with the reason, and nothing is written.
"""

from __future__ import annotations

import io
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from bot.core.engine import Engine
from bot.core.errors import KnowledgeError

MAX_ALIAS_CHARS = 40
# A phrase the sentences of this many other facts say (职工) is no name of one fact.
COMMON_FACTS, COMMON_SHARE = 3, 0.05


class AliasRefused(Exception):
    """Why an alias was not added; the message is for the operator (Simplified Chinese)."""


@dataclass(frozen=True, slots=True)
class AliasAdded:
    fact_id: str
    phrase: str
    path: Path
    answered: bool  # the running engine, reloaded, answers the phrase with this fact


def add_alias(engine: Engine, fact_id: str, phrase: str) -> AliasAdded:
    """Add `phrase` to the aliases of `fact_id` in the knowledge directory `engine` was loaded
    from; raises AliasRefused. The caller reloads the engine."""
    phrase = " ".join(phrase.split())
    fact = engine.fact(fact_id)
    if fact is None:
        raise AliasRefused(f"没有编号为 {fact_id} 的数据。可以用 /misses 或 /why 查看数据编号。")
    if not phrase:
        raise AliasRefused("请写上要加的说法，比如：/alias 数据编号 歇脚点")
    if len(phrase) > MAX_ALIAS_CHARS:
        raise AliasRefused(f"说法太长了（最多 {MAX_ALIAS_CHARS} 字）。")
    if phrase in fact.aliases or phrase in fact.keywords:
        raise AliasRefused(f"“{phrase}”已经是这条数据的说法了。")
    normalize = engine.matcher.normalizer.normalize
    common = [f for f in engine.kb.facts if f.id != fact_id and normalize(phrase) in normalize(f.sentence)]
    if len(common) > max(COMMON_FACTS, len(engine.kb.facts) * COMMON_SHARE):
        raise AliasRefused(f"“{phrase}”太常见了，资料里有 {len(common)} 条别的数据也这么说，"
                           "加上会让不相干的问题也答成这条。请写更具体的说法。")
    path = Path(fact.path)
    text = _edited(path, fact_id, phrase)
    trial = _trial_engine(engine, path, text)
    changed = [f for f in engine.kb.facts if f.id != fact_id and _gives(engine, f.question) == f.id
               and _gives(trial, f.question) != f.id]
    if changed:
        names = "、".join(f"{f.id}（{f.question}）" for f in changed[:3])
        raise AliasRefused(f"加上“{phrase}”会改变这些数据自己的问题的答案：{names}。请换一个更具体的说法。")
    _replace(path, text)
    return AliasAdded(fact_id, phrase, path, _gives(trial, phrase) == fact_id)


def _gives(engine: Engine, question: str) -> str | None:
    match = engine.ask(question)
    return match.best.id if match.answered and match.best and not match.derived else None


def _yaml() -> YAML:
    yaml = YAML()  # round trip: comments, order and styles survive
    yaml.preserve_quotes = True
    yaml.width = 4096  # never fold a long sentence onto two lines
    yaml.indent(mapping=2, sequence=2, offset=0)
    return yaml


def _edited(path: Path, fact_id: str, phrase: str) -> str:
    yaml = _yaml()
    data: Any = yaml.load(path.read_text(encoding="utf-8"))
    entries = data if isinstance(data, list) else []
    entry = next((e for e in entries if isinstance(e, CommentedMap) and e.get("id") == fact_id), None)
    if entry is None:
        raise AliasRefused(f"在 {path.name} 里找不到 {fact_id}。")
    aliases = entry.get("aliases")
    if aliases is None:
        aliases = CommentedSeq()
        aliases.fa.set_flow_style()
        keys = list(entry.keys())
        entry.insert(keys.index("keywords") + 1 if "keywords" in keys else len(keys), "aliases", aliases)
    aliases.append(phrase)
    out = io.StringIO()
    yaml.dump(data, out)
    return out.getvalue()


def _trial_engine(engine: Engine, path: Path, text: str) -> Engine:
    """The knowledge directory with the edited file, loaded from a scratch copy."""
    root = Path(engine.kb.directory)
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "knowledge"
        shutil.copytree(root, copy)
        (copy / path.relative_to(root)).write_text(text, encoding="utf-8")
        try:
            return Engine.load(copy, use_cache=False)
        except KnowledgeError as exc:
            first = str(exc.problems[0]).replace(str(copy), str(root)) if exc.problems else ""
            raise AliasRefused(f"加上以后知识库校验不通过：{first}") from exc


def _replace(path: Path, text: str) -> None:
    """Write beside the file, then rename over it: readers see the old file or the new one."""
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
