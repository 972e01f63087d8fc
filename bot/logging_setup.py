"""Logging that never shows the bot token.

The token is part of every Bot API URL (``.../bot<token>/sendMessage``): httpx logs those URLs
at INFO, python-telegram-bot logs its base URL at DEBUG, and tracebacks of failed requests can
carry them too. Redaction therefore happens on the record itself (message, arguments, traceback
text), before any handler formats it, so no handler or level can let it through.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import quote

from digests.config import Config

REDACTED = "[REDACTED]"
_NOISY_LOGGERS = ("httpx", "httpcore", "apscheduler", "telegram.ext.ExtBot")


class TokenRedactor(logging.Filter):
    """Replaces every secret it knows (and its URL-encoded form) in each record it sees."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._needles: tuple[str, ...] = ()
        self.add_secrets(secrets)

    def add_secrets(self, secrets: Iterable[str]) -> None:
        forms = {form for s in secrets if s for form in (s, quote(s, safe=""), quote(s))}
        with self._lock:
            # Longest first, so an encoded form is not left half-replaced by a shorter one.
            self._needles = tuple(sorted(set(self._needles) | forms, key=len, reverse=True))

    def redact(self, text: str) -> str:
        for needle in self._needles:
            if needle in text:
                text = text.replace(needle, REDACTED)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        if not self._needles:
            return True
        try:
            message = record.getMessage()
        except Exception:  # a logging call with mismatched arguments must not raise here
            message = f"{record.msg} {record.args!r}"
        record.msg = self.redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


_redactor = TokenRedactor()
_factory_installed = False


def redactor() -> TokenRedactor:
    """The process-wide redactor (one, so every handler shares the same list of secrets)."""
    return _redactor


def install_redaction(secrets: Iterable[str]) -> TokenRedactor:
    """Redact ``secrets`` from every record: at creation, and again on each root handler.

    The record factory covers handlers added later (pytest's caplog, a library's own); the
    handler filters cover records that were built by a factory someone else installed.
    """
    global _factory_installed
    _redactor.add_secrets(secrets)
    if not _factory_installed:
        previous: Callable[..., logging.LogRecord] = logging.getLogRecordFactory()

        def redacting_factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
            record = previous(*args, **kwargs)
            _redactor.filter(record)
            return record

        logging.setLogRecordFactory(redacting_factory)
        _factory_installed = True
    for handler in logging.getLogger().handlers:
        if _redactor not in handler.filters:
            handler.addFilter(_redactor)
    return _redactor


def configure_logging(config: Config, *, stream: Any = None) -> TokenRedactor:
    """Root logging at the configured level, with the bot token (and webhook secret) redacted."""
    level = getattr(logging, config.logging.level.upper(), logging.INFO)
    root = logging.getLogger()
    if not root.handlers:
        handler = logging.StreamHandler(stream or sys.stderr)
        handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
        )
        root.addHandler(handler)
    root.setLevel(level)
    if level > logging.DEBUG:
        # One line per Bot API request at INFO would drown what matters.
        for name in _NOISY_LOGGERS:
            logging.getLogger(name).setLevel(max(level, logging.WARNING))
    return install_redaction([config.telegram.token, config.telegram.webhook_secret])


__all__ = ["REDACTED", "TokenRedactor", "configure_logging", "install_redaction", "redactor"]
