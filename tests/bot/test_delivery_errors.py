"""bot/sender.py maps every PTB error to the outbox's failure kinds."""

from __future__ import annotations

from datetime import timedelta

import pytest
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)

from bot.sender import failure_from_error
from digests.deliver.outcomes import FailureKind


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (Forbidden("Forbidden: bot was blocked by the user"), FailureKind.BLOCKED),
        (Forbidden("Forbidden: user is deactivated"), FailureKind.BLOCKED),
        (Forbidden("Forbidden: bot was kicked from the group chat"), FailureKind.KICKED),
        (BadRequest("Bad Request: chat not found"), FailureKind.CHAT_NOT_FOUND),
        (BadRequest("Bad Request: message thread not found"), FailureKind.TOPIC_GONE),
        (BadRequest("Bad Request: can't parse entities: x"), FailureKind.BAD_REQUEST),
        (TimedOut(), FailureKind.TRANSIENT),
        (NetworkError("Bad Gateway"), FailureKind.TRANSIENT),
        (TelegramError("Conflict"), FailureKind.TRANSIENT),
    ],
)
def test_error_kinds(error: TelegramError, kind: FailureKind) -> None:
    assert failure_from_error(error).kind is kind


def test_retry_after_seconds_and_migration_target() -> None:
    failure = failure_from_error(RetryAfter(timedelta(seconds=3)))
    assert (failure.kind, failure.retry_after_seconds) == (FailureKind.RETRY_AFTER, 3.0)
    moved = failure_from_error(ChatMigrated(-100777))
    assert (moved.kind, moved.new_chat_id) == (FailureKind.MIGRATED, -100777)
