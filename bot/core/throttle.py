"""Keep one sender from taking the bot from everyone else: a token bucket per user.

Matching a long message costs tens of milliseconds of one event loop that all chats share, so a
user who pastes hundreds of messages would make every other user wait. Each user may send a burst
of `burst` questions, then one question per `refill_seconds`; the first question over the limit
gets one friendly reply (Admission.WARN), the rest are dropped (Admission.DROP) until the bucket
has refilled, so the flood is not answered with a flood.
"""

from __future__ import annotations

import enum
import time
from collections.abc import Callable
from dataclasses import dataclass


class Admission(enum.Enum):
    ALLOW = "allow"
    WARN = "warn"  # over the limit for the first time: tell the user once
    DROP = "drop"  # still over the limit: already told


@dataclass
class _Bucket:
    tokens: float
    stamp: float
    warned: bool = False


class UserThrottle:
    MAX_TRACKED = 10_000  # buckets kept; full ones are forgotten first, so memory stays bounded

    def __init__(self, burst: int = 8, refill_seconds: float = 3.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        if burst < 1 or refill_seconds <= 0:
            raise ValueError("burst must be >= 1 and refill_seconds > 0")
        self.burst = burst
        self.refill_seconds = refill_seconds
        self._clock = clock
        self._buckets: dict[int, _Bucket] = {}

    def admit(self, user_id: int) -> Admission:
        now = self._clock()
        bucket = self._buckets.get(user_id)
        if bucket is None:
            self._forget_idle(now)
            bucket = self._buckets[user_id] = _Bucket(float(self.burst), now)
        bucket.tokens = min(float(self.burst), bucket.tokens + (now - bucket.stamp) / self.refill_seconds)
        bucket.stamp = now
        if bucket.tokens >= 1.0:
            bucket.tokens -= 1.0
            bucket.warned = False
            return Admission.ALLOW
        if bucket.warned:
            return Admission.DROP
        bucket.warned = True
        return Admission.WARN

    def wait_seconds(self, user_id: int) -> float:
        """How long until `user_id` may ask again (0 when they may now)."""
        bucket = self._buckets.get(user_id)
        if bucket is None:
            return 0.0
        tokens = bucket.tokens + (self._clock() - bucket.stamp) / self.refill_seconds
        return max(0.0, (1.0 - tokens) * self.refill_seconds)

    def _forget_idle(self, now: float) -> None:
        if len(self._buckets) < self.MAX_TRACKED:
            return
        full_after = self.burst * self.refill_seconds
        idle = [uid for uid, b in self._buckets.items() if now - b.stamp >= full_after]
        for uid in idle or list(self._buckets)[: len(self._buckets) // 2]:
            del self._buckets[uid]
