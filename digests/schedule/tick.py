"""The schedule tick (DESIGN.md §4): enqueue the digests of every chat whose slot has come.

Due chats are found by the indexed ``next_slot_at`` and handled in batches, one transaction per
batch, so ten thousand chats due in one minute neither hold one huge transaction nor cost a query
per chat to find. On PostgreSQL the batch is row-locked with ``SKIP LOCKED``: two bot processes
ticking at once take different chats; the unique (chat, slot) key on digests is the backstop
that makes a second digest for one slot impossible.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from digests.compose import compose_digest
from digests.config import Config
from digests.deliver.outbox import SCHEDULED, lock_for_write, store_composed
from digests.schedule.slots import ScheduleError, latest_slot_at_or_before, reschedule
from digests.store.models import Chat

log = logging.getLogger(__name__)

DEFAULT_BATCH = 200
# SQLite has one writer, and a batch holds it while composing: small batches let /digest and the
# sender in between.
SQLITE_BATCH = 25


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
) -> TickReport:
    """Enqueue a digest for every chat due at ``now``; returns what happened."""
    if batch_size is None:
        bind = sessions.kw.get("bind")
        sqlite = getattr(getattr(bind, "dialect", None), "name", "") == "sqlite"
        batch_size = SQLITE_BATCH if sqlite else DEFAULT_BATCH
    report = TickReport()
    after_id = 0
    while True:
        async with sessions() as session:
            await lock_for_write(session)
            chats = await _due_batch(session, now, after_id, batch_size)
            for chat in chats:
                await _handle_chat(session, chat, config, now, report)
            await session.commit()
        report.due += len(chats)
        if len(chats) < batch_size:
            return report
        after_id = chats[-1].id


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


async def _handle_chat(
    session: AsyncSession, chat: Chat, config: Config, now: datetime, report: TickReport
) -> None:
    try:
        slot = latest_slot_at_or_before(list(chat.send_times), chat.timezone, now)
    except ScheduleError as exc:
        log.error("chat %s: cannot schedule (%s); its schedule is paused", chat.telegram_id, exc)
        chat.next_slot_at = None
        report.errors += 1
        return
    grace = timedelta(minutes=config.schedule.grace_minutes)
    if slot is not None and (chat.last_slot_at is None or slot > chat.last_slot_at):
        if now - slot <= grace:
            await _enqueue_slot(session, chat, config, slot, now, report)
        else:
            report.missed += 1
            log.info("chat %s: slot %s missed by more than %s; skipped",
                     chat.telegram_id, slot.isoformat(), grace)
        chat.last_slot_at = slot
    reschedule(chat, now)


async def _enqueue_slot(
    session: AsyncSession,
    chat: Chat,
    config: Config,
    slot: datetime,
    now: datetime,
    report: TickReport,
) -> None:
    try:
        async with session.begin_nested():
            composed = await compose_digest(session, chat, config, now=now)
            if composed.empty:
                report.nothing_new += 1
                return
            digest = await store_composed(
                session, chat, composed, kind=SCHEDULED, now=now, slot_at=slot
            )
            report.digest_ids.append(digest.id)
    except IntegrityError:
        report.already_enqueued += 1
        await session.refresh(chat)
    except Exception:
        # One chat's bad data must not stop everyone else's digest; this slot is skipped.
        log.exception("chat %s: could not compose the %s digest", chat.telegram_id, slot)
        report.errors += 1
        await session.refresh(chat)
