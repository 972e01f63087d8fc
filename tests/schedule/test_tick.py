"""The schedule tick: slots in local time across DST, the grace window, and never twice a slot."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from digests.config import Config, ScheduleConfig, replace_section
from digests.deliver.outbox import request_digest
from digests.schedule.tick import enqueue_due
from digests.store.db import create_engine, session_factory
from digests.store.models import Chat, Digest
from tests.deliver.seeding import add_chat, add_story

CONFIG = replace_section(Config(), schedule=ScheduleConfig(grace_minutes=60))


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


async def _slots(sessions: async_sessionmaker[AsyncSession]) -> list[datetime]:
    async with sessions() as session:
        rows = await session.scalars(select(Digest.slot_at).order_by(Digest.slot_at))
        return [r for r in rows if r is not None]


async def _tick_every(
    sessions: async_sessionmaker[AsyncSession],
    start: datetime,
    end: datetime,
    step: timedelta,
) -> None:
    """Tick like the bot would, with a fresh story before each tick so every slot has news."""
    now = start
    n = 0
    while now <= end:
        async with sessions() as session:
            await add_story(session, f"Story {n}", at=now - timedelta(seconds=1))
            await session.commit()
        await enqueue_due(sessions, CONFIG, now=now)
        now += step
        n += 1


async def test_spring_forward_gap_sends_once_an_hour_later(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    # Berlin, 29 March 2026: 02:00 jumps to 03:00, so 02:30 does not exist that night.
    start = utc(2026, 3, 28, 12, 0)
    async with sessions() as session:
        await add_chat(session, 1, now=start, times=["02:30"], timezone="Europe/Berlin")
        await session.commit()
    await _tick_every(sessions, start, utc(2026, 3, 30, 12, 0), timedelta(minutes=15))
    assert await _slots(sessions) == [
        utc(2026, 3, 29, 1, 30),  # 02:30 CET -> shifted to 03:30 CEST = 01:30 UTC
        utc(2026, 3, 30, 0, 30),  # 02:30 CEST
    ]


async def test_fall_back_repeat_sends_once(sessions: async_sessionmaker[AsyncSession]) -> None:
    # New York, 1 November 2026: 02:00 EDT falls back to 01:00 EST, so 01:30 happens twice.
    start = utc(2026, 10, 31, 12, 0)
    async with sessions() as session:
        await add_chat(session, 2, now=start, times=["01:30"], timezone="America/New_York")
        await session.commit()
    await _tick_every(sessions, start, utc(2026, 11, 2, 12, 0), timedelta(minutes=10))
    assert await _slots(sessions) == [
        utc(2026, 11, 1, 5, 30),  # the first 01:30 (EDT); the EST repeat at 06:30 is not sent
        utc(2026, 11, 2, 6, 30),  # 01:30 EST
    ]


async def _downtime_case(
    sessions: async_sessionmaker[AsyncSession], back_at: datetime
) -> tuple[list[datetime], Chat]:
    before = utc(2026, 6, 1, 7, 59)
    async with sessions() as session:
        await add_chat(session, 3, now=before, times=["08:00"])
        await add_story(session, "Overnight news", at=before)
        await session.commit()
    # The bot is down from 07:59 until back_at: no tick in between.
    await enqueue_due(sessions, CONFIG, now=back_at)
    await enqueue_due(sessions, CONFIG, now=back_at + timedelta(minutes=1))
    async with sessions() as session:
        chat = (await session.scalars(select(Chat))).one()
    return await _slots(sessions), chat


async def test_back_within_grace_sends_the_missed_slot_once(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    slots, chat = await _downtime_case(sessions, utc(2026, 6, 1, 8, 20))
    assert slots == [utc(2026, 6, 1, 8, 0)]
    assert chat.next_slot_at == utc(2026, 6, 2, 8, 0)


async def test_back_after_grace_skips_the_slot(sessions: async_sessionmaker[AsyncSession]) -> None:
    slots, chat = await _downtime_case(sessions, utc(2026, 6, 1, 10, 0))
    assert slots == []
    assert chat.last_slot_at == utc(2026, 6, 1, 8, 0)
    assert chat.next_slot_at == utc(2026, 6, 2, 8, 0)
    assert chat.cursor_article_id == 0  # the skipped news is still offered next time


async def test_nothing_new_sends_nothing_but_records_the_slot(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    now = utc(2026, 6, 1, 8, 0)
    async with sessions() as session:
        await add_chat(session, 4, now=now - timedelta(hours=1), times=["08:00"])
        await session.commit()
    report = await enqueue_due(sessions, CONFIG, now=now)
    assert (report.due, report.enqueued, report.nothing_new) == (1, 0, 1)
    async with sessions() as session:
        chat = (await session.scalars(select(Chat))).one()
    assert chat.last_slot_at == now
    assert chat.next_slot_at == now + timedelta(days=1)


async def test_manual_digest_moves_the_cursor_the_schedule_uses(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    now = utc(2026, 6, 1, 7, 30)
    async with sessions() as session:
        chat = await add_chat(session, 5, now=now, times=["08:00"])
        await add_story(session, "Seen by /digest", at=now)
        await session.commit()
        digest = await request_digest(session, chat, CONFIG, now=now, reply_to_message_id=9)
        assert digest is not None and digest.kind == "manual"
        assert digest.reply_to_message_id == 9
        assert await request_digest(session, chat, CONFIG, now=now) is None
    report = await enqueue_due(sessions, CONFIG, now=utc(2026, 6, 1, 8, 0))
    assert (report.enqueued, report.nothing_new) == (0, 1)
    async with sessions() as session:
        await add_story(session, "Fresh after /digest", at=utc(2026, 6, 1, 8, 30))
        await session.commit()
    report = await enqueue_due(sessions, CONFIG, now=utc(2026, 6, 2, 8, 0))
    assert report.enqueued == 1


async def test_many_due_chats_in_batches(sessions: async_sessionmaker[AsyncSession]) -> None:
    now = utc(2026, 6, 1, 8, 0)
    async with sessions() as session:
        for n in range(25):
            await add_chat(session, 100 + n, now=now - timedelta(minutes=5))
        await add_story(session, "For everyone", at=now - timedelta(minutes=1))
        await session.commit()
    report = await enqueue_due(sessions, CONFIG, now=now, batch_size=7)
    assert (report.due, report.enqueued) == (25, 25)


async def test_racing_ticks_never_enqueue_a_slot_twice(database_url: str) -> None:
    """Two 'processes' (separate engines), each ticking twice at once, on one database."""
    now = utc(2026, 6, 1, 8, 0)
    engines = [create_engine(database_url), create_engine(database_url)]
    try:
        factories = [session_factory(e) for e in engines]
        async with factories[0]() as session:
            for n in range(60):
                await add_chat(session, 1000 + n, now=now - timedelta(minutes=5))
            await add_story(session, "Race", at=now - timedelta(minutes=1))
            await session.commit()
        reports = await asyncio.gather(
            *(enqueue_due(f, CONFIG, now=now, batch_size=10) for f in factories * 2)
        )
        assert sum(r.enqueued for r in reports) == 60
        async with factories[0]() as session:
            per_chat = await session.execute(
                select(Digest.chat_id, func.count()).group_by(Digest.chat_id)
            )
            counts = [count for _, count in per_chat]
        assert len(counts) == 60 and set(counts) == {1}
    finally:
        for engine in engines:
            await engine.dispose()


async def test_unreadable_time_zone_pauses_the_chat_and_keeps_its_settings(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    now = utc(2026, 6, 1, 8, 0)
    async with sessions() as session:
        chat = await add_chat(session, 6, now=now - timedelta(minutes=5))
        chat.timezone = "Mars/Olympus_Mons"
        await add_chat(session, 7, now=now - timedelta(minutes=5))
        await add_story(session, "Still delivered elsewhere", at=now)
        await session.commit()
    report = await enqueue_due(sessions, CONFIG, now=now)
    assert (report.errors, report.enqueued) == (1, 1)
    async with sessions() as session:
        broken = (await session.scalars(select(Chat).where(Chat.telegram_id == 6))).one()
    assert broken.next_slot_at is None and broken.send_times == ["08:00"]
