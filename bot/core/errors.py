"""Typed errors of the core. Front ends decide how each one is told to the user."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong in a knowledge file, located as precisely as the file allows."""

    path: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.reason}"


class KnowledgeError(Exception):
    """The knowledge directory cannot be loaded; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class StoreError(Exception):
    """The quiz database cannot be opened or written (damaged, read-only, disk full, not a directory).

    The message names the file; the bot keeps answering questions without quizzes, or tells the
    chat that a change (a point, a round) could not be saved.
    """


class QuizError(Exception):
    """Base of the quiz rules' errors; each maps to one reply in the front ends."""


class RoundRunning(QuizError):
    """A chat asked for a round while one is still running there."""


class NoRound(QuizError):
    """A command needs a running round and the chat has none."""


class NotAllowed(QuizError):
    """The user may not do this to the round (only its starter or a chat admin may stop it)."""


class NoQuestions(QuizError):
    """No fact can make a question for the requested topic."""
