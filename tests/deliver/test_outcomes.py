"""Every failure kind maps to one action (DESIGN.md §5)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from digests.config import DeliveryConfig
from digests.deliver.outcomes import FailureKind, SendFailure, Status, backoff, decide

NOW = datetime(2026, 1, 1, tzinfo=UTC)


def _decide(failure: SendFailure, attempts: int = 1) -> object:
    return decide(failure, attempts=attempts, max_attempts=5, now=NOW, backoff_seconds=2)


def test_retry_after_waits_for_that_chat_and_costs_no_attempt() -> None:
    d = decide(SendFailure.retry_after(7), attempts=1, max_attempts=5, now=NOW)
    assert (d.status, d.counts_as_attempt) == (Status.PENDING, False)
    assert d.not_before == d.hold_chat_until == NOW + timedelta(seconds=7)


def test_blocked_and_kicked_deactivate_and_cancel() -> None:
    for kind in (FailureKind.BLOCKED, FailureKind.KICKED):
        d = decide(SendFailure(kind), attempts=1, max_attempts=5, now=NOW)
        assert d.status is Status.CANCELLED and d.deactivate_reason and d.cancel_chat_pending


def test_permanent_errors_fail_at_once() -> None:
    for kind in (FailureKind.BAD_REQUEST, FailureKind.CHAT_NOT_FOUND):
        d = decide(SendFailure(kind, "x"), attempts=1, max_attempts=5, now=NOW)
        assert d.status is Status.FAILED and d.not_before is None


def test_migration_moves_and_resends_now() -> None:
    d = decide(SendFailure.migrated(-100123), attempts=1, max_attempts=5, now=NOW)
    assert (d.status, d.move_to_chat_id, d.not_before) == (Status.PENDING, -100123, NOW)
    looping = decide(SendFailure.migrated(-100123), attempts=5, max_attempts=5, now=NOW)
    assert looping.status is Status.FAILED


def test_deleted_topic_resends_now_to_the_general_topic() -> None:
    gone = SendFailure(FailureKind.TOPIC_GONE)
    d = decide(gone, attempts=1, max_attempts=5, now=NOW)
    assert (d.status, d.clear_topic, d.not_before) == (Status.PENDING, True, NOW)
    assert d.deactivate_reason is None and not d.cancel_chat_pending
    assert decide(gone, attempts=5, max_attempts=5, now=NOW).status is Status.FAILED


def test_transient_backs_off_exponentially_and_gives_up() -> None:
    waits = [
        decide(SendFailure(FailureKind.TRANSIENT), attempts=n, max_attempts=5, now=NOW,
               backoff_seconds=2).not_before
        for n in range(1, 5)
    ]
    assert [w - NOW for w in waits if w] == [timedelta(seconds=s) for s in (2, 4, 8, 16)]
    last = decide(SendFailure(FailureKind.TRANSIENT), attempts=5, max_attempts=5, now=NOW)
    assert last.status is Status.FAILED
    assert backoff(40) == timedelta(seconds=600)  # capped


def test_by_default_a_digest_outlasts_hours_of_outage() -> None:
    """Telegram or the network down for an afternoon makes digests late, not lost."""
    settings = DeliveryConfig()
    retried_for = sum(
        (backoff(n, settings.backoff_seconds) for n in range(1, settings.max_attempts)),
        timedelta(),
    )
    assert retried_for >= timedelta(hours=4)
    still_trying = decide(SendFailure(FailureKind.TRANSIENT), attempts=settings.max_attempts - 1,
                          max_attempts=settings.max_attempts, now=NOW)
    assert still_trying.status is Status.PENDING
