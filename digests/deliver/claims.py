"""Senders' side of the outbox: claim due digests, record what was sent, apply failures.

Claims use ``FOR UPDATE SKIP LOCKED`` on PostgreSQL, so several bot processes can share one
database without sending a digest twice; on SQLite every claim is a write transaction, which
SQLite runs one at a time. No Telegram types here: failures arrive as ``SendFailure`` values.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, case, insert, or_, select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.elements import ColumnElement

from digests.chats import deactivate, migrate_chat
from digests.deliver.locking import lock_for_write
from digests.deliver.outcomes import (
    DEFAULT_BACKOFF_SECONDS,
    Decision,
    SendFailure,
    Status,
    decide,
)
from digests.store.models import Chat, Delivery, Digest

log = logging.getLogger(__name__)

MANUAL = "manual"
SCHEDULED = "scheduled"
GROUP_TYPES = frozenset({"group", "supergroup", "channel"})
_MAX_ERROR_CHARS = 1000


@dataclass(frozen=True)
class ClaimedDigest:
    """A digest a sender holds: everything needed to send it without another query."""

    id: int
    chat_row_id: int
    telegram_chat_id: int
    chat_type: str
    chat_active: bool
    thread_id: int | None
    parts: tuple[str, ...]
    parts_sent: int
    attempts: int
    reply_to_message_id: int | None
    preview_url: str | None
    kind: str

    @property
    def is_group(self) -> bool:
        return self.chat_type in GROUP_TYPES


def _claimable(now: datetime, claim_timeout_seconds: float) -> ColumnElement[bool]:
    stale = now - timedelta(seconds=claim_timeout_seconds)
    return or_(
        and_(Digest.status == Status.PENDING.value, Digest.not_before <= now),
        # A sender that died mid-digest leaves its claim; after the timeout another takes over
        # and resumes at parts_sent.
        and_(Digest.status == Status.SENDING.value, Digest.claimed_at < stale),
    )


async def claim(
    session: AsyncSession,
    *,
    worker_id: str,
    now: datetime,
    limit: int,
    claim_timeout_seconds: float,
) -> list[ClaimedDigest]:
    """Take up to ``limit`` due digests for ``worker_id`` (manual requests first) and commit."""
    if limit <= 0:
        return []
    await lock_for_write(session)
    manual_first = case((Digest.kind == MANUAL, 0), else_=1)
    ids = list(
        await session.scalars(
            select(Digest.id)
            .where(_claimable(now, claim_timeout_seconds))
            .order_by(manual_first, Digest.not_before, Digest.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
    )
    if not ids:
        await session.commit()
        return []
    await session.execute(
        update(Digest)
        .where(Digest.id.in_(ids))
        .values(status=Status.SENDING.value, claimed_by=worker_id, claimed_at=now)
        .execution_options(synchronize_session=False)
    )
    claimed = await _load_claimed(session, ids)
    await session.commit()
    return claimed


async def _load_claimed(session: AsyncSession, ids: list[int]) -> list[ClaimedDigest]:
    rows = (
        await session.execute(
            select(
                Digest.id,
                Digest.chat_id,
                Digest.parts,
                Digest.preview_url,
                Digest.parts_sent,
                Digest.attempts,
                Digest.reply_to_message_id,
                Digest.kind,
                Chat.telegram_id,
                Chat.type,
                Chat.active,
                Chat.thread_id,
            )
            .join(Chat, Chat.id == Digest.chat_id)
            .where(Digest.id.in_(ids))
        )
    ).all()
    by_id = {
        row.id: ClaimedDigest(
            id=row.id,
            chat_row_id=row.chat_id,
            telegram_chat_id=row.telegram_id,
            chat_type=row.type,
            chat_active=row.active,
            thread_id=row.thread_id,
            parts=tuple(p for p in (row.parts or []) if isinstance(p, str)),
            parts_sent=row.parts_sent,
            attempts=row.attempts,
            reply_to_message_id=row.reply_to_message_id,
            preview_url=row.preview_url,
            kind=row.kind,
        )
        for row in rows
    }
    return [by_id[i] for i in ids if i in by_id]


async def record_sent(
    session: AsyncSession,
    digest: ClaimedDigest,
    *,
    part: int,
    message_id: int,
    telegram_chat_id: int,
    worker_id: str,
    now: datetime,
) -> bool:
    """Record that ``part`` went out as ``message_id``; False when the claim was lost.

    Each part is committed on its own, so a sender that stops mid-digest resumes at the next part
    and no part is sent twice by a well-behaved sender.
    """
    last = part + 1 >= len(digest.parts)
    result = await session.execute(
        update(Digest)
        .where(
            Digest.id == digest.id,
            Digest.claimed_by == worker_id,
            Digest.status == Status.SENDING.value,
            Digest.parts_sent == part,
        )
        .values(
            parts_sent=part + 1,
            status=Status.SENT.value if last else Status.SENDING.value,
            sent_at=now if last else None,
            claimed_at=now,  # a heartbeat: a long digest keeps its claim
            last_error=None,
        )
        .execution_options(synchronize_session=False)
    )
    if _rowcount(result) != 1:
        await session.rollback()
        log.warning("digest %s: claim lost before part %s was recorded", digest.id, part)
        return False
    session.add(
        Delivery(
            digest_id=digest.id,
            part=part,
            telegram_chat_id=telegram_chat_id,
            message_id=message_id,
            sent_at=now,
        )
    )
    await session.commit()
    return True


@dataclass(frozen=True)
class SentPart:
    """One part Telegram accepted, waiting to be recorded."""

    digest: ClaimedDigest
    part: int
    message_id: int
    telegram_chat_id: int


async def record_sent_many(
    session: AsyncSession, sent: list[SentPart], *, worker_id: str, now: datetime
) -> list[bool]:
    """:func:`record_sent` for many parts in one transaction (a group commit); one flag each.

    A busy sender records what its workers sent in the last few milliseconds together, which
    costs one round of statements instead of one per message.
    """
    if not sent:
        return []
    await lock_for_write(session)
    ids = sorted({s.digest.id for s in sent})
    rows = await session.execute(
        select(Digest.id, Digest.parts_sent, Digest.claimed_by, Digest.status)
        .where(Digest.id.in_(ids))
        .with_for_update()
    )
    current = {row.id: row for row in rows}
    expected = {i: current[i].parts_sent for i in ids if i in current}
    flags: list[bool] = []
    updates: list[dict[str, object]] = []
    deliveries: list[dict[str, object]] = []
    for item in sorted(sent, key=lambda s: (s.digest.id, s.part)):
        row = current.get(item.digest.id)
        ok = (row is not None and row.claimed_by == worker_id
              and row.status == Status.SENDING.value and expected[item.digest.id] == item.part)
        flags.append(ok)
        if not ok:
            continue
        expected[item.digest.id] = item.part + 1
        deliveries.append({"digest_id": item.digest.id, "part": item.part,
                           "telegram_chat_id": item.telegram_chat_id,
                           "message_id": item.message_id, "sent_at": now})
    for digest_id, parts_sent in expected.items():
        if current[digest_id].parts_sent == parts_sent:
            continue
        claimed = next(s.digest for s in sent if s.digest.id == digest_id)
        last = parts_sent >= len(claimed.parts)
        updates.append({
            "id": digest_id, "parts_sent": parts_sent,
            "status": Status.SENT.value if last else Status.SENDING.value,
            "sent_at": now if last else None, "claimed_at": now, "last_error": None,
        })
    # The rows are locked and checked above, so updating by primary key is enough here.
    if updates:
        await session.execute(update(Digest), updates)
    if deliveries:
        await session.execute(insert(Delivery), deliveries)
    await session.commit()
    # Flags in the caller's order.
    order = sorted(range(len(sent)), key=lambda n: (sent[n].digest.id, sent[n].part))
    result = [False] * len(sent)
    for flag, index in zip(flags, order, strict=True):
        result[index] = flag
    return result


async def record_failure(
    session: AsyncSession,
    digest: ClaimedDigest,
    failure: SendFailure,
    *,
    worker_id: str,
    now: datetime,
    max_attempts: int,
    backoff_seconds: float = DEFAULT_BACKOFF_SECONDS,
) -> Decision:
    """Apply what ``failure`` means (see ``outcomes.decide``) to the digest and its chat."""
    decision = decide(
        failure,
        attempts=digest.attempts + 1,
        max_attempts=max_attempts,
        now=now,
        backoff_seconds=backoff_seconds,
    )
    values: dict[str, object] = {
        "status": decision.status.value,
        "last_error": failure.describe()[:_MAX_ERROR_CHARS],
        "claimed_by": None,
        "claimed_at": None,
    }
    if decision.counts_as_attempt:
        values["attempts"] = Digest.attempts + 1
    if decision.not_before is not None:
        values["not_before"] = decision.not_before
    result = await session.execute(
        update(Digest)
        .where(Digest.id == digest.id, Digest.claimed_by == worker_id)
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    if _rowcount(result) != 1:
        await session.rollback()
        log.warning("digest %s: claim lost before its failure was recorded", digest.id)
        return decision
    await _apply_to_chat(session, digest, decision, now)
    await session.commit()
    level = logging.INFO if decision.status is Status.PENDING else logging.WARNING
    log.log(level, "digest %s to chat %s: %s -> %s", digest.id, digest.telegram_chat_id,
            failure.describe(), decision.status.value)
    return decision


async def _apply_to_chat(
    session: AsyncSession, digest: ClaimedDigest, decision: Decision, now: datetime
) -> None:
    chat_pending = and_(
        Digest.chat_id == digest.chat_row_id,
        Digest.status == Status.PENDING.value,
        Digest.id != digest.id,
    )
    if decision.hold_chat_until is not None:
        # retry_after concerns the chat: its other queued digests wait too, nobody else does.
        await session.execute(
            update(Digest)
            .where(chat_pending, Digest.not_before < decision.hold_chat_until)
            .values(not_before=decision.hold_chat_until)
            .execution_options(synchronize_session=False)
        )
    if decision.cancel_chat_pending:
        await session.execute(
            update(Digest)
            .where(chat_pending)
            .values(status=Status.CANCELLED.value, last_error="chat no longer reachable")
            .execution_options(synchronize_session=False)
        )
    if decision.deactivate_reason is not None:
        chat = await session.get(Chat, digest.chat_row_id)
        if chat is not None:
            deactivate(chat, decision.deactivate_reason, now)
    if decision.move_to_chat_id is not None:
        await migrate_chat(session, digest.telegram_chat_id, decision.move_to_chat_id)
    if decision.clear_topic:
        # Only the topic that failed: one someone chose meanwhile (/topic) is kept.
        await session.execute(
            update(Chat)
            .where(Chat.id == digest.chat_row_id, Chat.thread_id == digest.thread_id)
            .values(thread_id=None)
            .execution_options(synchronize_session=False)
        )


async def cancel(
    session: AsyncSession, digest: ClaimedDigest, reason: str, *, worker_id: str
) -> None:
    """Drop a claimed digest that must not go out (its chat was deactivated meanwhile)."""
    await session.execute(
        update(Digest)
        .where(Digest.id == digest.id, Digest.claimed_by == worker_id)
        .values(status=Status.CANCELLED.value, last_error=reason[:_MAX_ERROR_CHARS],
                claimed_by=None, claimed_at=None)
        .execution_options(synchronize_session=False)
    )
    await session.commit()


async def release(
    session: AsyncSession, digests: list[ClaimedDigest], *, worker_id: str
) -> None:
    """Give back claimed digests unsent (a sender shutting down), to be claimed again at once."""
    await session.execute(
        update(Digest)
        .where(
            Digest.id.in_([d.id for d in digests]),
            Digest.claimed_by == worker_id,
            Digest.status == Status.SENDING.value,
        )
        .values(status=Status.PENDING.value, claimed_by=None, claimed_at=None)
        .execution_options(synchronize_session=False)
    )
    await session.commit()


def _rowcount(result: object) -> int:
    return result.rowcount if isinstance(result, CursorResult) else -1


__all__ = [
    "MANUAL", "SCHEDULED", "ClaimedDigest", "SentPart", "cancel", "claim", "record_failure",
    "record_sent", "record_sent_many", "release",
]
