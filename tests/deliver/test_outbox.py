"""The outbox on SQLite and PostgreSQL: claiming, resuming, and what each failure does."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from digests.config import Config
from digests.deliver import outbox
from digests.deliver.outcomes import FailureKind, SendFailure
from digests.store.db import create_engine, session_factory
from digests.store.models import Chat, Delivery, Digest
from tests.deliver.seeding import add_chat, add_story

CONFIG = Config()
NOW = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


async def _queue(
    sessions: async_sessionmaker[AsyncSession], chat_ids: list[int], *, chat_type: str = "private"
) -> list[int]:
    """One manual digest per chat, through the real compose and render."""
    ids = []
    async with sessions() as session:
        await add_story(session, "Council votes on harbour plan", at=NOW,
                        quote=("We will build it.", "Mayor Ines Ortega"))
        chats = [await add_chat(session, c, now=NOW, chat_type=chat_type) for c in chat_ids]
        await session.commit()
        for chat in chats:
            digest = await outbox.request_digest(session, chat, CONFIG, now=NOW)
            assert digest is not None
            ids.append(digest.id)
    return ids


async def _claim(
    sessions: async_sessionmaker[AsyncSession], worker: str = "w1", *, now: datetime = NOW,
    limit: int = 50,
) -> list[outbox.ClaimedDigest]:
    async with sessions() as session:
        return await outbox.claim(
            session, worker_id=worker, now=now, limit=limit, claim_timeout_seconds=300
        )


async def _digest(sessions: async_sessionmaker[AsyncSession], digest_id: int) -> Digest:
    async with sessions() as session:
        digest = await session.get(Digest, digest_id)
        assert digest is not None
        return digest


async def _chat(sessions: async_sessionmaker[AsyncSession], row_id: int) -> Chat:
    async with sessions() as session:
        chat = await session.get(Chat, row_id)
        assert chat is not None
        return chat


async def _fail(
    sessions: async_sessionmaker[AsyncSession], claimed: outbox.ClaimedDigest,
    failure: SendFailure, *, now: datetime = NOW, worker: str = "w1",
) -> None:
    async with sessions() as session:
        await outbox.record_failure(session, claimed, failure, worker_id=worker, now=now,
                                    max_attempts=3, backoff_seconds=10)


async def test_claim_carries_what_the_sender_needs(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    (digest_id,) = await _queue(sessions, [11])
    (claimed,) = await _claim(sessions)
    assert claimed.id == digest_id and claimed.telegram_chat_id == 11
    assert claimed.parts and "Council votes on harbour plan" in claimed.parts[0]
    assert claimed.preview_url is not None and claimed.preview_url.startswith("https://")
    assert await _claim(sessions, "w2") == []  # held by w1
    row = await _digest(sessions, digest_id)
    assert (row.status, row.claimed_by) == ("sending", "w1")


async def test_record_sent_stores_message_ids_and_resumes_after_a_crash(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    (digest_id,) = await _queue(sessions, [12])
    async with sessions() as session:
        digest = await session.get(Digest, digest_id)
        assert digest is not None
        digest.parts = ["<b>one</b>", "two", "three"]
        await session.commit()
    (claimed,) = await _claim(sessions)
    async with sessions() as session:
        assert await outbox.record_sent(session, claimed, part=0, message_id=501,
                                        telegram_chat_id=12, worker_id="w1", now=NOW)
    # w1 dies here; after the claim timeout w2 takes over at part 1, not part 0.
    later = NOW + timedelta(seconds=301)
    (taken,) = await _claim(sessions, "w2", now=later)
    assert taken.parts_sent == 1
    async with sessions() as session:
        # The old holder can no longer record anything.
        assert not await outbox.record_sent(session, claimed, part=1, message_id=999,
                                            telegram_chat_id=12, worker_id="w1", now=later)
        for part, mid in ((1, 502), (2, 503)):
            assert await outbox.record_sent(session, taken, part=part, message_id=mid,
                                            telegram_chat_id=12, worker_id="w2", now=later)
        ids = list(await session.scalars(
            select(Delivery.message_id).where(Delivery.digest_id == digest_id)
            .order_by(Delivery.part)))
    assert ids == [501, 502, 503]
    row = await _digest(sessions, digest_id)
    assert (row.status, row.parts_sent, row.sent_at) == ("sent", 3, later)


async def test_retry_after_holds_that_chat_only(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    first, other = await _queue(sessions, [21, 22])
    async with sessions() as session:  # a second digest queued for chat 21
        chat = (await session.scalars(select(Chat).where(Chat.telegram_id == 21))).one()
        await add_story(session, "Later news", at=NOW)
        await session.commit()
        second = await outbox.request_digest(session, chat, CONFIG, now=NOW)
        assert second is not None
    claimed = {c.id: c for c in await _claim(sessions, limit=1)}
    await _fail(sessions, claimed[first], SendFailure.retry_after(30))
    row = await _digest(sessions, first)
    assert (row.status, row.attempts, row.not_before) == ("pending", 0, NOW + timedelta(seconds=30))
    assert (await _digest(sessions, second.id)).not_before == NOW + timedelta(seconds=30)
    assert [c.id for c in await _claim(sessions, now=NOW + timedelta(seconds=1))] == [other]
    assert {c.id for c in await _claim(sessions, now=NOW + timedelta(seconds=30))} == {
        first, second.id}


async def test_blocked_deactivates_the_chat_and_cancels(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    (digest_id,) = await _queue(sessions, [31])
    (claimed,) = await _claim(sessions)
    await _fail(sessions, claimed, SendFailure(FailureKind.BLOCKED, "bot was blocked by the user"))
    row = await _digest(sessions, digest_id)
    assert row.status == "cancelled" and "blocked" in (row.last_error or "")
    chat = await _chat(sessions, claimed.chat_row_id)
    assert (chat.active, chat.inactive_reason, chat.next_slot_at) == (
        False, "blocked the bot", None)
    assert await _claim(sessions, now=NOW + timedelta(days=1)) == []


async def test_bad_request_fails_without_retry(sessions: async_sessionmaker[AsyncSession]) -> None:
    (digest_id,) = await _queue(sessions, [41])
    (claimed,) = await _claim(sessions)
    await _fail(sessions, claimed, SendFailure(FailureKind.BAD_REQUEST, "can't parse entities"))
    row = await _digest(sessions, digest_id)
    assert (row.status, row.attempts) == ("failed", 1)
    assert "can't parse entities" in (row.last_error or "")
    assert await _claim(sessions, now=NOW + timedelta(days=1)) == []
    assert (await _chat(sessions, claimed.chat_row_id)).active  # the chat itself is fine


async def test_transient_backs_off_then_gives_up(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    (digest_id,) = await _queue(sessions, [51])
    now = NOW
    waits = []
    for _ in range(3):
        (claimed,) = await _claim(sessions, now=now)
        await _fail(sessions, claimed, SendFailure(FailureKind.TRANSIENT, "502 Bad Gateway"),
                    now=now)
        row = await _digest(sessions, digest_id)
        waits.append(row.not_before - now)
        now = row.not_before
    assert waits[:2] == [timedelta(seconds=10), timedelta(seconds=20)]
    assert (row.status, row.attempts) == ("failed", 3)  # kept, for the record


async def test_migration_moves_the_chat_and_requeues(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    (digest_id,) = await _queue(sessions, [-61], chat_type="group")
    (claimed,) = await _claim(sessions)
    await _fail(sessions, claimed, SendFailure.migrated(-100061))
    chat = await _chat(sessions, claimed.chat_row_id)
    assert (chat.telegram_id, chat.type) == (-100061, "supergroup")
    (again,) = await _claim(sessions)
    assert (again.id, again.telegram_chat_id) == (digest_id, -100061)


async def test_two_workers_claim_each_digest_once(database_url: str) -> None:
    """Two sender processes (own engines) draining one outbox concurrently."""
    engines = [create_engine(database_url), create_engine(database_url)]
    try:
        factories = [session_factory(e) for e in engines]
        ids = await _queue(factories[0], list(range(1000, 1080)))

        async def drain(worker: str, sessions: async_sessionmaker[AsyncSession]) -> list[int]:
            got: list[int] = []
            while batch := await _claim(sessions, worker, limit=7):
                for claimed in batch:
                    async with sessions() as session:
                        assert await outbox.record_sent(
                            session, claimed, part=0, message_id=claimed.id,
                            telegram_chat_id=claimed.telegram_chat_id, worker_id=worker,
                            now=NOW)
                    got.append(claimed.id)
                await asyncio.sleep(0)
            return got

        a, b = await asyncio.gather(drain("a", factories[0]), drain("b", factories[1]))
        assert sorted(a + b) == sorted(ids)
        assert a and b  # both took part
        async with factories[0]() as session:
            statuses = set(await session.scalars(select(Digest.status)))
        assert statuses == {"sent"}
    finally:
        for engine in engines:
            await engine.dispose()


async def test_group_commit_records_parts_in_order_and_refuses_lost_claims(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    mine, lost = await _queue(sessions, [71, 72])
    async with sessions() as session:
        digest = await session.get(Digest, mine)
        assert digest is not None
        digest.parts = ["one", "two"]
        await session.commit()
    claimed = {c.id: c for c in await _claim(sessions)}
    async with sessions() as session:  # another worker took `lost` over meanwhile
        row = await session.get(Digest, lost)
        assert row is not None
        row.claimed_by = "w2"
        await session.commit()
    batch = [
        outbox.SentPart(claimed[mine], 1, 602, 71),  # handed over out of order
        outbox.SentPart(claimed[lost], 0, 700, 72),
        outbox.SentPart(claimed[mine], 0, 601, 71),
    ]
    async with sessions() as session:
        flags = await outbox.record_sent_many(session, batch, worker_id="w1", now=NOW)
    assert flags == [True, False, True]
    row = await _digest(sessions, mine)
    assert (row.status, row.parts_sent) == ("sent", 2)
    assert (await _digest(sessions, lost)).parts_sent == 0
    async with sessions() as session:
        ids = list(await session.scalars(select(Delivery.message_id).order_by(Delivery.id)))
    assert sorted(ids) == [601, 602]
