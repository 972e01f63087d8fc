"""Pacing: overall rate, per-chat interval, group minute window, retry_after per chat."""

from __future__ import annotations

import asyncio
import time

import pytest

from digests.deliver.pacing import Pacer, PacingLimits


class ManualClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_overall_rate_spaces_sends_across_chats() -> None:
    clock = ManualClock()
    pacer = Pacer(PacingLimits(messages_per_second=10, per_chat_seconds=0), clock)
    times = [pacer.reserve(chat, group=False) for chat in range(5)]
    assert times == pytest.approx([1000.0, 1000.1, 1000.2, 1000.3, 1000.4])


def test_one_chat_waits_its_interval_while_others_go() -> None:
    clock = ManualClock()
    pacer = Pacer(PacingLimits(messages_per_second=100, per_chat_seconds=1.0), clock)
    pacer.reserve(1, group=False)
    assert pacer.chat_ready_at(1, group=False) == pytest.approx(1001.0)
    assert pacer.chat_ready_at(2, group=False) == 0.0


def test_group_gets_at_most_its_per_minute_limit() -> None:
    clock = ManualClock()
    pacer = Pacer(PacingLimits(messages_per_second=100, per_chat_seconds=0,
                               group_messages_per_minute=3), clock)
    first = [pacer.reserve(-5, group=True) for _ in range(3)]
    # The fourth may only go a minute after the first.
    assert pacer.chat_ready_at(-5, group=True) == pytest.approx(first[0] + 60)
    assert pacer.chat_ready_at(5, group=False) == 0.0  # private chats have no minute window
    clock.now = first[0] + 60.5
    assert pacer.chat_ready_at(-5, group=True) <= clock.now


def test_retry_after_holds_only_that_chat() -> None:
    clock = ManualClock()
    pacer = Pacer(PacingLimits(messages_per_second=30, per_chat_seconds=1.0), clock)
    pacer.hold(7, 12)
    assert pacer.chat_ready_at(7, group=False) == pytest.approx(1012.0)
    assert pacer.reserve(8, group=False) == pytest.approx(1000.0)


def test_forget_idle_drops_only_finished_chats() -> None:
    clock = ManualClock()
    pacer = Pacer(PacingLimits(messages_per_second=30, per_chat_seconds=1.0), clock)
    pacer.reserve(1, group=False)
    pacer.hold(2, 100)
    clock.now += 5
    pacer.forget_idle()
    assert pacer.chat_ready_at(1, group=False) == 0.0
    assert pacer.chat_ready_at(2, group=False) == pytest.approx(1100.0)


async def test_acquire_keeps_the_rate_in_real_time() -> None:
    pacer = Pacer(PacingLimits(messages_per_second=100, per_chat_seconds=0.05))
    start = time.monotonic()
    # 20 sends to 10 chats from concurrent tasks: 20 sends at 100/s need about 0.19 s.
    await asyncio.gather(*(pacer.acquire(n % 10, group=False) for n in range(20)))
    elapsed = time.monotonic() - start
    assert 0.18 <= elapsed < 1.0


def test_rate_must_be_positive() -> None:
    with pytest.raises(ValueError, match="messages_per_second"):
        Pacer(PacingLimits(messages_per_second=0))
