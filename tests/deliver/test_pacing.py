"""Pacing: overall rate, per-chat interval, group minute window, retry_after per chat.

The stand-in's own rate limiter (the one that answers 429) checks the pacer's sends, with the
network's delay between a send leaving and reaching Telegram chosen adversarially.
"""

from __future__ import annotations

import asyncio
import random
import time

import pytest

from bot.standin.rate_limits import RateLimiter, RateLimits
from digests.deliver.pacing import Pacer, PacingLimits


class ManualClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def simulate(
    pacer: Pacer, clock: ManualClock, chats: list[int], *, latency: tuple[float, float],
    group: bool = False, seed: int = 1,
) -> list[float]:
    """Send one message per entry of ``chats`` in order; returns Telegram's arrival times.

    Each message arrives somewhere between leaving and its answer (latency apart), as a
    jittery network would have it; the stand-in's limiter must admit every one.
    """
    rng = random.Random(seed)
    limiter = RateLimiter(RateLimits(pacer.limits.messages_per_second,
                                     pacer.limits.per_chat_seconds,
                                     pacer.limits.group_messages_per_minute))
    in_flight: list[tuple[float, float, int]] = []  # (answer at, arrival at, chat)
    arrivals: list[float] = []
    pending = list(chats)
    while pending or in_flight:
        in_flight.sort()
        ready = pacer.ready_at(pending[0], group=group) if pending else None
        if pending and ready is not None and (not in_flight or ready <= in_flight[0][0]):
            clock.now = max(clock.now, ready)
            pacer.start_send(pending[0])
            took = rng.uniform(*latency)
            arrive = clock.now + rng.choice([0.0, took, rng.uniform(0, took)])
            in_flight.append((clock.now + took, arrive, pending.pop(0)))
            continue
        answer_at, arrive, chat = in_flight.pop(0)
        clock.now = max(clock.now, answer_at)
        pacer.finish_send(chat, group=group)
        arrivals.append(arrive)
    for arrive, chat in sorted(zip(arrivals, chats, strict=False)):
        assert limiter.check(chat, group, arrive) is None, f"429 at {arrive}"
    return arrivals


def test_overall_limit_holds_whatever_the_jitter_and_uses_the_rate() -> None:
    clock = ManualClock()
    pacer = Pacer(PacingLimits(messages_per_second=100, per_chat_seconds=0.3), clock)
    arrivals = simulate(pacer, clock, list(range(3000)), latency=(0.001, 0.08))
    rate = (len(arrivals) - 1) / (max(arrivals) - min(arrivals))
    assert rate >= 0.9 * 100


def test_per_chat_interval_and_group_window_hold() -> None:
    clock = ManualClock()
    pacer = Pacer(PacingLimits(messages_per_second=30, per_chat_seconds=1.0,
                               group_messages_per_minute=20), clock)
    arrivals = simulate(pacer, clock, [-7] * 45, latency=(0.001, 0.3), group=True)
    assert max(arrivals) - min(arrivals) >= 60  # 45 messages to one group take two minutes


def test_retry_after_holds_only_that_chat() -> None:
    clock = ManualClock()
    pacer = Pacer(PacingLimits(messages_per_second=30, per_chat_seconds=1.0), clock)
    pacer.hold(7, 12)
    assert pacer.ready_at(7, group=False) == pytest.approx(1012.0)
    assert pacer.ready_at(8, group=False) == pytest.approx(1000.0)


def test_a_full_window_waits_for_answers() -> None:
    clock = ManualClock()
    pacer = Pacer(PacingLimits(messages_per_second=3, per_chat_seconds=0), clock)
    for chat in (1, 2, 3):
        clock.now = pacer.ready_at(chat, group=False) or clock.now
        pacer.start_send(chat)
    # Three in flight fill the window: nothing more until an answer is back.
    assert pacer.ready_at(4, group=False) is None
    pacer.finish_send(1, group=False)
    assert pacer.ready_at(4, group=False) == pytest.approx(clock.now + 1.0)


def test_forget_idle_drops_only_finished_chats() -> None:
    clock = ManualClock()
    pacer = Pacer(PacingLimits(messages_per_second=30, per_chat_seconds=1.0), clock)
    pacer.start_send(1)
    pacer.finish_send(1, group=False)
    pacer.hold(2, 100)
    clock.now += 5
    pacer.forget_idle()
    assert pacer.chat_ready_at(1, group=False) == 0.0
    assert pacer.chat_ready_at(2, group=False) == pytest.approx(1100.0)


async def test_sending_keeps_the_rate_in_real_time() -> None:
    pacer = Pacer(PacingLimits(messages_per_second=100, per_chat_seconds=0.05))

    async def send(chat: int) -> None:
        async with pacer.sending(chat, group=False):
            await asyncio.sleep(0.002)

    start = time.monotonic()
    await asyncio.gather(*(send(n % 10) for n in range(20)))
    elapsed = time.monotonic() - start
    assert 0.18 <= elapsed < 1.5


def test_rate_must_be_positive() -> None:
    with pytest.raises(ValueError, match="messages_per_second"):
        Pacer(PacingLimits(messages_per_second=0))
