"""The bot token must never reach log output, at any level, from any library."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from urllib.parse import quote

import pytest

from bot.logging_setup import REDACTED, TokenRedactor, configure_logging
from bot.standin import Fault
from digests.config import Config, LoggingConfig, TelegramConfig, replace_section
from tests.bot.harness import TOKEN, started_bot

ANN = 101


def test_redactor_cleans_message_args_traceback_and_encoded_forms() -> None:
    redactor = TokenRedactor([TOKEN])
    try:
        raise RuntimeError(f"POST https://api.example/bot{TOKEN}/getMe failed")
    except RuntimeError:
        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "url %s and %s",
                                   (f"/bot{TOKEN}/x", quote(TOKEN, safe="")), None)
        import sys

        record.exc_info = sys.exc_info()
    redactor.filter(record)
    formatted = logging.Formatter().format(record)
    assert TOKEN not in formatted and quote(TOKEN, safe="") not in formatted
    assert formatted.count(REDACTED) == 3


@pytest.fixture
def all_log_output() -> Iterator[io.StringIO]:
    """Everything every logger emits, at DEBUG, through a plain handler on the root logger."""
    buffer = io.StringIO()
    handler = logging.StreamHandler(buffer)
    handler.setLevel(logging.DEBUG)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))
    root = logging.getLogger()
    names = ["", "httpx", "httpcore", "telegram", "telegram.ext", "tornado", "apscheduler"]
    saved = {name: logging.getLogger(name).level for name in names}
    root.addHandler(handler)
    for name in names:
        logging.getLogger(name).setLevel(logging.DEBUG)
    try:
        yield buffer
    finally:
        root.removeHandler(handler)
        for name, level in saved.items():
            logging.getLogger(name).setLevel(level)


async def test_token_never_logged_while_the_bot_works_and_fails(
    sqlite_url: str, all_log_output: io.StringIO, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    config = replace_section(Config(), telegram=TelegramConfig(token=TOKEN),
                             logging=LoggingConfig(level="DEBUG"))
    configure_logging(config)
    async with started_bot(sqlite_url) as bot:
        for text in ["/start", "/help", "/time 07:00", "/settings", "/nonsense"]:
            await bot.say(ANN, text)
        # A reply that fails makes a handler raise: the error handler logs a traceback.
        bot.standin.inject(Fault.server_error(status=502), method="sendMessage", times=1)
        bot.standin.private_message(ANN, "/help")
        sorry = (await bot.standin.wait_for_messages(ANN, 6))[-1]
        assert "something went wrong" in sorry.text
    output = all_log_output.getvalue()
    assert "getUpdates" in output and "handling update failed" in output
    assert REDACTED in output  # the token was there to redact
    for form in (TOKEN, quote(TOKEN, safe=""), quote(TOKEN)):
        assert form not in output
        assert form not in caplog.text
        for record in caplog.records:
            assert form not in record.getMessage()


def test_a_malformed_log_call_is_still_redacted_and_does_not_raise() -> None:
    redactor = TokenRedactor([TOKEN])
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "%d items at %s",
                               ("many", f"/bot{TOKEN}/getMe"), None)
    redactor.filter(record)
    assert TOKEN not in record.getMessage() and REDACTED in record.getMessage()
