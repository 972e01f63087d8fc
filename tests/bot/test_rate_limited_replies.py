"""A command reply that meets flood control (429): wait briefly and send it once more, or drop
it; never answer a rate-limited chat with an apology."""

from __future__ import annotations

import logging

import pytest

from bot.standin import Fault
from tests.bot.harness import BotHarness

ANN = 101


def _logged(caplog: pytest.LogCaptureFixture, level: int) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno == level]


async def test_a_short_retry_after_is_waited_out_and_the_reply_sent_once(
    bot: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    bot.standin.inject(Fault.retry_after(1), method="sendMessage", chat_id=ANN, times=1)
    reply = await bot.say(ANN, "/help")
    assert "What I can do" in reply.text
    assert bot.standin.count_429 == 1
    assert [m.text[:12] for m in bot.standin.messages_to(ANN)] == [reply.text[:12]]
    assert _logged(caplog, logging.ERROR) == []


async def test_a_long_retry_after_drops_the_reply_without_an_apology(
    bot: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    bot.standin.inject(Fault.retry_after(120), method="sendMessage", chat_id=ANN, times=1)
    bot.standin.private_message(ANN, "/help")
    await bot.standin.wait_for(lambda s: s.count_429 == 1)
    after = await bot.say(ANN, "/start")  # updates are handled in turn: /help is done by now
    assert after.text.startswith("Hi")
    assert [m.text for m in bot.standin.messages_to(ANN)] == [after.text]
    assert _logged(caplog, logging.ERROR) == []
    assert any("retry" in m for m in _logged(caplog, logging.WARNING))


async def test_a_second_429_drops_the_reply_without_an_apology(
    bot: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    bot.standin.inject(Fault.retry_after(1), method="sendMessage", chat_id=ANN, times=2)
    bot.standin.private_message(ANN, "/help")
    await bot.standin.wait_for(lambda s: s.count_429 == 2)
    after = await bot.say(ANN, "/start")
    assert after.text.startswith("Hi")
    assert [m.text for m in bot.standin.messages_to(ANN)] == [after.text]
    assert _logged(caplog, logging.ERROR) == []
