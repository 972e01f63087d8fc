"""What went wrong sending a digest, and what the outbox does about it: the one place for both.

The Telegram side (``bot/sender.py``) turns its library's exceptions into a :class:`SendFailure`;
everything after that is decided here, without knowing anything about Telegram's client library.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta

# Transient failures back off exponentially from this many seconds, up to the cap.
DEFAULT_BACKOFF_SECONDS = 2.0
MAX_BACKOFF_SECONDS = 600.0


class FailureKind(enum.Enum):
    RETRY_AFTER = "retry_after"  # flood control: wait, then send again (not the chat's fault)
    BLOCKED = "blocked"  # a user blocked the bot or deleted their account
    KICKED = "kicked"  # the bot was removed from a group or channel
    CHAT_NOT_FOUND = "chat_not_found"  # the chat is gone (or never let the bot in)
    MIGRATED = "migrated"  # a group became a supergroup with a new id
    TOPIC_GONE = "topic_gone"  # the forum topic the chat's digests go to was deleted
    BAD_REQUEST = "bad_request"  # Telegram refused this message; sending it again cannot help
    TRANSIENT = "transient"  # 5xx, timeouts, network errors: worth another try later


@dataclass(frozen=True)
class SendFailure:
    kind: FailureKind
    detail: str = ""
    retry_after_seconds: float = 0.0
    new_chat_id: int | None = None

    @classmethod
    def retry_after(cls, seconds: float, detail: str = "") -> SendFailure:
        return cls(FailureKind.RETRY_AFTER, detail or f"flood control: retry after {seconds}s",
                   retry_after_seconds=max(0.0, seconds))

    @classmethod
    def migrated(cls, new_chat_id: int, detail: str = "") -> SendFailure:
        return cls(FailureKind.MIGRATED, detail or f"group migrated to {new_chat_id}",
                   new_chat_id=new_chat_id)

    def describe(self) -> str:
        return f"{self.kind.value}: {self.detail}" if self.detail else self.kind.value


class Status(enum.StrEnum):
    """Digest.status values."""

    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class Decision:
    """What the outbox does with a digest (and its chat) after a failed send."""

    status: Status
    not_before: datetime | None = None  # when a retry may start (status PENDING)
    counts_as_attempt: bool = True
    deactivate_reason: str | None = None  # set: the chat stops getting digests
    move_to_chat_id: int | None = None  # set: the chat now lives under this Telegram id
    hold_chat_until: datetime | None = None  # set: no digest to this chat before then
    cancel_chat_pending: bool = False  # set: the chat's other queued digests are cancelled too
    clear_topic: bool = False  # set: the chat's digests go to its general topic from now on


def backoff(attempts: int, base_seconds: float = DEFAULT_BACKOFF_SECONDS) -> timedelta:
    """Delay before retry number ``attempts`` (1 = the first retry): base, 2×base, 4×base…"""
    exponent = max(0, attempts - 1)
    return timedelta(seconds=min(MAX_BACKOFF_SECONDS, base_seconds * (2.0 ** min(exponent, 30))))


def decide(
    failure: SendFailure,
    *,
    attempts: int,
    max_attempts: int,
    now: datetime,
    backoff_seconds: float = DEFAULT_BACKOFF_SECONDS,
) -> Decision:
    """The action for ``failure``; ``attempts`` counts this failed try."""
    kind = failure.kind
    if kind is FailureKind.RETRY_AFTER:
        until = now + timedelta(seconds=failure.retry_after_seconds)
        # Telegram asked us to slow down: that is not the digest's fault, so it costs no attempt.
        return Decision(Status.PENDING, not_before=until, counts_as_attempt=False,
                        hold_chat_until=until)
    if kind is FailureKind.BLOCKED:
        return Decision(Status.CANCELLED, deactivate_reason="blocked the bot",
                        cancel_chat_pending=True)
    if kind is FailureKind.KICKED:
        return Decision(Status.CANCELLED, deactivate_reason="removed the bot",
                        cancel_chat_pending=True)
    if kind is FailureKind.CHAT_NOT_FOUND:
        # Every later send would fail the same way; the chat comes back if the bot is re-added.
        return Decision(Status.FAILED, deactivate_reason="chat not found",
                        cancel_chat_pending=True)
    if kind is FailureKind.MIGRATED and failure.new_chat_id is not None:
        # Counted as an attempt so that ids migrating back and forth cannot loop forever.
        if attempts >= max_attempts:
            return Decision(Status.FAILED)
        return Decision(Status.PENDING, not_before=now, move_to_chat_id=failure.new_chat_id)
    if kind is FailureKind.TOPIC_GONE:
        # Left as it is, every digest to the chat would fail the same way, unseen; the group
        # itself is still there. Counted as an attempt so that this cannot loop forever.
        if attempts >= max_attempts:
            return Decision(Status.FAILED)
        return Decision(Status.PENDING, not_before=now, clear_topic=True)
    if kind is FailureKind.BAD_REQUEST or kind is FailureKind.MIGRATED:
        return Decision(Status.FAILED)
    if attempts >= max_attempts:
        return Decision(Status.FAILED)
    return Decision(Status.PENDING, not_before=now + backoff(attempts, backoff_seconds))


__all__ = [
    "Decision", "FailureKind", "SendFailure", "Status", "backoff", "decide",
]
