"""What a conversation remembers for follow-ups: its last question, as understood, and the fact
that answered it. One per conversation key (a private chat, or one user in a group), forgotten
after a few minutes of silence, so that "那省里的呢?" an hour later is read on its own."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass

from bot.core.answer import is_small_talk
from bot.core.models import Match

FOLLOW_UP_SECONDS = 300.0
MAX_CONVERSATIONS = 10_000  # bounded memory: the least recently active are forgotten first


@dataclass(frozen=True, slots=True)
class Turn:
    question: str  # the whole question: a follow-up resolved ("省劳模推荐了多少名"), never "那省里的呢"
    fact_id: str | None  # the fact that answered it, if one did
    earlier_fact_id: str | None = None  # the one answered before it ("两个加起来一共多少?")
    about_fact_id: str | None = None  # what it was about: the answer, or the nearest fact a decline offered


def turn_of(match: Match, before: Turn | None = None) -> Turn:
    best = match.best if match.answered and not match.reverse and not match.derived else None
    earlier = before.fact_id if before is not None else None
    if best is None or earlier == best.id:
        earlier = before.earlier_fact_id if before is not None else None
    about = best or (match.nearest.fact if match.nearest else None)
    return Turn(match.asked_as or match.question, best.id if best else None, earlier, about.id if about else None)


class Conversations:
    def __init__(self, ttl: float = FOLLOW_UP_SECONDS, capacity: int = MAX_CONVERSATIONS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._ttl = ttl
        self._capacity = capacity
        self._clock = clock
        self._turns: OrderedDict[Hashable, tuple[float, Turn]] = OrderedDict()

    def last(self, key: Hashable) -> Turn | None:
        entry = self._turns.get(key)
        if entry is None:
            return None
        at, turn = entry
        if self._clock() - at >= self._ttl:
            del self._turns[key]
            return None
        return turn

    def remember(self, key: Hashable, match: Match) -> None:
        """Keep `match` as the key's last turn. Small talk and empty input keep the one before."""
        if not match.question.strip() or is_small_talk(match.question):
            return
        self._turns[key] = (self._clock(), turn_of(match, self.last(key)))
        self._turns.move_to_end(key)
        while len(self._turns) > self._capacity:
            self._turns.popitem(last=False)
