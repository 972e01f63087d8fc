"""Telegram unreachable while the bot long-polls: PTB retries; the log says so in one line."""

from __future__ import annotations

import logging

import pytest

from bot.standin import Fault
from tests.bot.harness import BotHarness

ANN = 101


async def test_a_failed_poll_is_one_warning_line_and_polling_goes_on(
    bot: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    bot.standin.inject(Fault.disconnect(), method="getUpdates", times=2)
    await bot.standin.wait_for(
        lambda s: sum(c.status == 0 for c in s.calls_to("getUpdates")) >= 2, timeout=10
    )
    reply = await bot.say(ANN, "/help")
    assert "/digest" in reply.visible_text
    trouble = [r for r in caplog.records if r.levelno >= logging.WARNING]
    # An outage is expected and retried: ERROR tracebacks would page whoever watches the log.
    assert [r.levelname for r in trouble] == ["WARNING", "WARNING"]
    assert not any(r.exc_info for r in trouble)
    assert all("polling Telegram failed" in r.getMessage() for r in trouble)
