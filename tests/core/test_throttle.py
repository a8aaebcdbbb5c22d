"""The per-user token bucket, on a clock the test moves."""

from __future__ import annotations

import pytest

from bot.core.throttle import Admission, UserThrottle


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_burst_then_one_warning_then_silence() -> None:
    clock = Clock()
    throttle = UserThrottle(burst=3, refill_seconds=2.0, clock=clock)
    assert [throttle.admit(1) for _ in range(6)] == [Admission.ALLOW] * 3 + [Admission.WARN] + [Admission.DROP] * 2
    assert throttle.wait_seconds(1) == pytest.approx(2.0)
    assert throttle.admit(2) is Admission.ALLOW  # another user is not affected


def test_the_bucket_refills_and_a_new_warning_comes_after_a_pause() -> None:
    clock = Clock()
    throttle = UserThrottle(burst=2, refill_seconds=5.0, clock=clock)
    for _ in range(3):
        throttle.admit(7)
    clock.now += 4.9
    assert throttle.admit(7) is Admission.DROP
    clock.now += 0.2
    assert throttle.admit(7) is Admission.ALLOW
    assert throttle.admit(7) is Admission.WARN  # told again: the earlier warning was answered by a pause
    clock.now += 100
    assert [throttle.admit(7) for _ in range(3)] == [Admission.ALLOW, Admission.ALLOW, Admission.WARN]


def test_memory_stays_bounded_with_many_users() -> None:
    clock = Clock()
    throttle = UserThrottle(burst=1, refill_seconds=1.0, clock=clock)
    throttle.MAX_TRACKED = 100
    for uid in range(1000):
        throttle.admit(uid)
    assert len(throttle._buckets) <= 100
    assert throttle.admit(999) is Admission.WARN  # the most recent users are still remembered


def test_nonsense_limits_are_refused() -> None:
    with pytest.raises(ValueError, match="burst"):
        UserThrottle(burst=0)
    with pytest.raises(ValueError, match="burst"):
        UserThrottle(refill_seconds=0)
