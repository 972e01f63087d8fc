"""The schedule tick (DESIGN.md §4): enqueue the digests of every chat whose slot has come.

Due chats are found by the indexed ``next_slot_at`` and handled in batches, one transaction per
batch, so ten thousand chats due in one minute neither hold one huge transaction nor cost a query
per chat to find. On PostgreSQL the batch is row-locked with ``SKIP LOCKED``: two bot processes
ticking at once take different chats; the unique (chat, slot) key on digests is the backstop
that makes a second digest for one slot impossible.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from digests.compose import ComposedDigest, compose_digest
from digests.config import Config
from digests.deliver.outbox import SCHEDULED, lock_for_write, store_composed
from digests.schedule.slots import ScheduleError, latest_slot_at_or_before, reschedule
from digests.store.models import Chat

log = logging.getLogger(__name__)

DEFAULT_BATCH = 200
# SQLite has one writer, and a batch holds it while composing: small batches let /digest and the
# sender in between.
SQLITE_BATCH = 25
# Digests composed at once per batch (each in its own read session and connection).
COMPOSERS = 8
SQLITE_COMPOSERS = 4


@dataclass
class TickReport:
    due: int = 0
    digest_ids: list[int] = field(default_factory=list)
    nothing_new: int = 0
    missed: int = 0  # slots found past the grace window (the bot was down too long)
    already_enqueued: int = 0  # another process enqueued the same slot first
    errors: int = 0

    @property
    def enqueued(self) -> int:
        return len(self.digest_ids)


async def enqueue_due(
    sessions: async_sessionmaker[AsyncSession],
    config: Config,
    *,
    now: datetime,
    batch_size: int | None = None,
    concurrency: int | None = None,
) -> TickReport:
    """Enqueue a digest for every chat due at ``now``; returns what happened.

    Each batch's digests are composed concurrently in read sessions (composing only reads),
    while the batch's own session holds the chats (row locks on PostgreSQL, the write lock on
    SQLite), so nothing can move their cursors in between.
    """
    sqlite = _is_sqlite(sessions)
    batch_size = batch_size or (SQLITE_BATCH if sqlite else DEFAULT_BATCH)
    concurrency = concurrency or (SQLITE_COMPOSERS if sqlite else COMPOSERS)
    report = TickReport()
    after_id = 0
    while True:
        async with sessions() as session:
            await lock_for_write(session)
            chats = await _due_batch(session, now, after_id, batch_size)
            plans = [_plan(chat, config, now, report) for chat in chats]
            wanted = [(chat, slot) for chat, slot in zip(chats, plans, strict=True) if slot]
            composed = await _compose_all(sessions, [c for c, _ in wanted], config, now,
                                          concurrency, report)
            for chat, slot in wanted:
                if chat.id in composed:
                    await _enqueue(session, chat, composed[chat.id], slot, now, report)
            for chat in chats:
                _reschedule(chat, now)
            await session.commit()
        report.due += len(chats)
        if len(chats) < batch_size:
            return report
        after_id = chats[-1].id


def _is_sqlite(sessions: async_sessionmaker[AsyncSession]) -> bool:
    bind = sessions.kw.get("bind")
    return getattr(getattr(bind, "dialect", None), "name", "") == "sqlite"


async def _due_batch(
    session: AsyncSession, now: datetime, after_id: int, batch_size: int
) -> list[Chat]:
    # Walking by id (not by "still due") guarantees the loop ends even if a chat stays due.
    query = (
        select(Chat)
        .where(
            Chat.active.is_(True),
            Chat.subscribed.is_(True),
            Chat.next_slot_at <= now,
            Chat.id > after_id,
        )
        .order_by(Chat.id)
        .limit(batch_size)
        .with_for_update(skip_locked=True)
    )
    return list(await session.scalars(query))


def _reschedule(chat: Chat, now: datetime) -> None:
    try:
        reschedule(chat, now)
    except ScheduleError:
        # Stored settings we cannot read (a time zone removed from tzdata): pause, keep them.
        chat.next_slot_at = None


def _plan(chat: Chat, config: Config, now: datetime, report: TickReport) -> datetime | None:
    """The slot to send now, if any; records a slot missed by more than the grace window."""
    try:
        slot = latest_slot_at_or_before(list(chat.send_times), chat.timezone, now)
    except ScheduleError as exc:
        log.error("chat %s: cannot schedule (%s); its schedule is paused", chat.telegram_id, exc)
        report.errors += 1
        return None
    if slot is None or (chat.last_slot_at is not None and slot <= chat.last_slot_at):
        return None
    chat.last_slot_at = slot
    grace = timedelta(minutes=config.schedule.grace_minutes)
    if now - slot > grace:
        report.missed += 1
        log.info("chat %s: slot %s missed by more than %s; skipped",
                 chat.telegram_id, slot.isoformat(), grace)
        return None
    return slot


async def _compose_all(
    sessions: async_sessionmaker[AsyncSession],
    chats: list[Chat],
    config: Config,
    now: datetime,
    concurrency: int,
    report: TickReport,
) -> dict[int, ComposedDigest]:
    """Compose each chat's digest (only those with news), ``concurrency`` at a time."""
    turn = asyncio.Semaphore(max(1, concurrency))
    found: dict[int, ComposedDigest] = {}

    async def compose(chat: Chat) -> None:
        async with turn, sessions() as reader:
            try:
                composed = await compose_digest(reader, chat, config, now=now)
            except Exception:
                # One chat's bad data must not stop everyone else's digest; its slot is skipped.
                log.exception("chat %s: could not compose its digest", chat.telegram_id)
                report.errors += 1
                return
        if composed.empty:
            report.nothing_new += 1
        else:
            found[chat.id] = composed

    await asyncio.gather(*(compose(chat) for chat in chats))
    return found


async def _enqueue(
    session: AsyncSession,
    chat: Chat,
    composed: ComposedDigest,
    slot: datetime,
    now: datetime,
    report: TickReport,
) -> None:
    try:
        async with session.begin_nested():
            digest = await store_composed(
                session, chat, composed, kind=SCHEDULED, now=now, slot_at=slot
            )
        report.digest_ids.append(digest.id)
    except IntegrityError:
        # The unique (chat, slot) key: another process enqueued this slot first.
        report.already_enqueued += 1
        await session.refresh(chat)
        chat.last_slot_at = max(chat.last_slot_at or slot, slot)
