"""Engines on small articles written for the tests, drafted by `bot draft` (no hand-written
keywords): what the matcher does with knowledge nobody curated."""

from __future__ import annotations

from pathlib import Path

from bot.core.draft import draft
from bot.core.draft_files import write
from bot.core.engine import Engine


def drafted_engine(directory: Path, article: str, source_id: str) -> Engine:
    """An engine on `article` (title and date on its first two lines) drafted into `directory`."""
    title, date = article.split("\n")[:2]
    write(draft(article, title, date), directory, source_id, title, date)
    return Engine.load(directory, use_cache=False)


def figure(engine: Engine, question: str) -> str | None:
    """The figure answered, or None for a decline."""
    match = engine.ask(question)
    return match.best.figure if match.answered and match.best else None


def ruled_out(engine: Engine, question: str, figure_: str) -> str:
    """Why the fact with `figure_` was ruled out for `question` ('' if it was not)."""
    return next((why for fact, _, why in engine.explain(question).vetoed if fact.figure == figure_), "")
