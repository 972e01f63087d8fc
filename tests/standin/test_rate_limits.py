"""Rate-limit mode: 429 with retry_after past Telegram's limits, and never below them."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator

import pytest
from telegram import Bot
from telegram.error import RetryAfter

from bot.standin import BotApiStandin
from bot.standin.rate_limits import RateLimiter, RateLimits


class ManualClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
async def limited(clock: ManualClock) -> AsyncIterator[tuple[BotApiStandin, Bot]]:
    standin = BotApiStandin(clock=clock)
    await standin.start()
    try:
        async with Bot(standin.token, base_url=standin.base_url) as bot:
            yield standin, bot
    finally:
        await standin.stop()


def seconds(value: int | dt.timedelta) -> float:
    return value.total_seconds() if isinstance(value, dt.timedelta) else float(value)


async def test_overall_limit(limited: tuple[BotApiStandin, Bot]) -> None:
    standin, bot = limited
    standin.set_rate_limits(per_second=5, per_chat_seconds=1.0)
    for chat_id in range(1, 6):
        await bot.send_message(chat_id, "ok")
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(6, "one too many")
    assert seconds(caught.value.retry_after) == 1
    assert standin.count_429 == 1
    assert len(standin.sent) == 5


async def test_per_chat_limit_and_recovery(
    limited: tuple[BotApiStandin, Bot], clock: ManualClock
) -> None:
    standin, bot = limited
    standin.set_rate_limits(per_second=30, per_chat_seconds=3.0)
    await bot.send_message(1, "first")
    await bot.send_message(2, "another chat is not held back")
    clock.now += 1.5
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(1, "too soon")
    assert seconds(caught.value.retry_after) == 2  # 1.5 s left, rounded up like Telegram
    clock.now += 1.5
    await bot.send_message(1, "after the wait")
    assert [m.entities_text for m in standin.messages_to(1)] == ["first", "after the wait"]


async def test_group_per_minute(limited: tuple[BotApiStandin, Bot], clock: ManualClock) -> None:
    standin, bot = limited
    standin.set_rate_limits(per_second=30, per_chat_seconds=1.0, group_per_minute=3)
    for _ in range(3):
        await bot.send_message(-5, "ok")
        clock.now += 1.0
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(-5, "fourth within the minute")
    assert seconds(caught.value.retry_after) == 57
    await bot.send_message(5, "a private chat is not a group")
    clock.now += 57
    await bot.send_message(-5, "the window moved on")


async def test_fixed_retry_after(limited: tuple[BotApiStandin, Bot]) -> None:
    standin, bot = limited
    standin.set_rate_limits(per_second=1, retry_after=9)
    await bot.send_message(1, "ok")
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(2, "x")
    assert seconds(caught.value.retry_after) == 9


async def test_paced_sends_below_the_limits_never_get_429(
    limited: tuple[BotApiStandin, Bot], clock: ManualClock
) -> None:
    standin, bot = limited
    standin.set_rate_limits(per_second=20, per_chat_seconds=1.0, group_per_minute=20)
    chats = [*range(1, 56), *range(-5, 0)]
    # 19 messages a second, round robin: each chat's next message comes 3 s later.
    for i in range(100):
        await bot.send_message(chats[i % len(chats)], f"m{i}")
        clock.now += 1 / 19
    assert standin.count_429 == 0
    assert len(standin.sent) == 100


async def test_disabling_lifts_the_limits(limited: tuple[BotApiStandin, Bot]) -> None:
    standin, bot = limited
    standin.set_rate_limits(per_second=1)
    standin.set_rate_limits(enabled=False)
    await asyncio.gather(*(bot.send_message(1, f"m{i}") for i in range(10)))
    assert standin.count_429 == 0


def test_limiter_scales_for_benchmarks() -> None:
    limiter = RateLimiter(RateLimits(per_second=300, per_chat_seconds=1.0))
    admitted = sum(limiter.check(chat, False, 0.5) is None for chat in range(400))
    assert admitted == 300
    assert limiter.check(1000, False, 1.49) == 1
    assert limiter.check(1000, False, 1.51) is None  # the first sends left the window


def test_limiter_refusal_records_nothing() -> None:
    limiter = RateLimiter(RateLimits(per_second=1, per_chat_seconds=10))
    assert limiter.check(1, False, 0.0) is None
    assert limiter.check(2, False, 0.5) == 1
    # chat 2 was refused, so it is not held back by a send that never happened
    assert limiter.check(2, False, 1.0) is None


def test_settings_are_checked(standin: BotApiStandin) -> None:
    with pytest.raises(ValueError, match="positive"):
        standin.set_rate_limits(per_second=0)


def test_limiter_below_one_per_second() -> None:
    limiter = RateLimiter(RateLimits(per_second=0.5, per_chat_seconds=0))
    assert limiter.check(1, False, 0.0) is None
    assert limiter.check(2, False, 1.5) == 1
    assert limiter.check(2, False, 2.0) is None
