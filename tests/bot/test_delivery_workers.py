"""Two bot processes (own engines, own worker ids) on one database: every digest sent once."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from telegram import Bot

from bot.sender import OutboxSender, SenderSettings
from bot.services import BotServices
from bot.standin import BotApiStandin, Fault
from digests.config import Config, DeliveryConfig, replace_section
from digests.deliver.outbox import request_digest
from digests.store.db import create_engine, session_factory
from digests.store.models import Chat, Delivery, Digest
from tests.deliver.seeding import add_chat, add_story

TOKEN = "123456:TEST-workers"
CHATS = list(range(3000, 3060))


async def _queue_digests(
    session: AsyncSession, chat: Chat, config: Config, titles: list[str], now: datetime
) -> None:
    """One digest per title queued for ``chat``: each story arrives, then /digest is asked."""
    for title in titles:
        await add_story(session, title, at=now)
        await session.commit()
        assert await request_digest(session, chat, config, now=now)


async def test_two_senders_send_every_digest_exactly_once(database_url: str) -> None:
    config = replace_section(
        Config(), delivery=DeliveryConfig(messages_per_second=500.0, per_chat_seconds=0.0,
                                          claim_batch=5))
    engines = [create_engine(database_url) for _ in range(2)]
    now = datetime.now(UTC)
    async with BotApiStandin(token=TOKEN) as standin:
        services = [
            BotServices(config=config, sessions=session_factory(e), worker_id=f"proc-{n}")
            for n, e in enumerate(engines)
        ]
        async with services[0].sessions() as session:
            await add_story(session, "Two senders, one outbox", at=now)
            chats = [await add_chat(session, c, now=now) for c in CHATS]
            await session.commit()
            for chat in chats:
                assert await request_digest(session, chat, config, now=now)
        bots = [Bot(TOKEN, base_url=standin.base_url) for _ in services]
        senders = [
            OutboxSender(b, s, settings=SenderSettings(workers=3, idle_poll_seconds=0.05))
            for b, s in zip(bots, services, strict=True)
        ]
        try:
            for b in bots:
                await b.initialize()
            for sender in senders:
                sender.start()
            await standin.wait_for(lambda s: len(s.sent) >= len(CHATS), timeout=15)
        finally:
            for sender in senders:
                await sender.stop()
            for b in bots:
                await b.shutdown()
        per_chat = Counter(m.chat_id for m in standin.sent)
        assert set(per_chat) == set(CHATS) and set(per_chat.values()) == {1}
        async with services[0].sessions() as session:
            statuses = set(await session.scalars(select(Digest.status)))
            deliveries = await session.scalar(select(func.count()).select_from(Delivery))
            workers = set(await session.scalars(select(Digest.claimed_by)))
        assert statuses == {"sent"} and deliveries == len(CHATS)
        assert workers == {"proc-0", "proc-1"}  # both processes really took part
    for engine in engines:
        await engine.dispose()


async def test_stopping_gives_back_what_was_not_sent(sqlite_url: str) -> None:
    """A sender stopping with digests still waiting for their chat releases them at once."""
    config = replace_section(
        Config(), delivery=DeliveryConfig(messages_per_second=100.0, per_chat_seconds=30.0))
    engine = create_engine(sqlite_url)
    now = datetime.now(UTC)
    async with BotApiStandin(token=TOKEN) as standin:
        services = BotServices(config=config, sessions=session_factory(engine), worker_id="p")
        async with services.sessions() as session:
            chat = await add_chat(session, 4100, now=now)
            await _queue_digests(session, chat, config, ["Update 0", "Update 1", "Update 2"], now)
        bot = Bot(TOKEN, base_url=standin.base_url)
        await bot.initialize()
        sender = OutboxSender(bot, services, settings=SenderSettings(
            workers=2, idle_poll_seconds=0.05, send_timeout_seconds=0.2))
        sender.start()
        await standin.wait_for_messages(4100, 1)
        await sender.stop()  # the other two wait 30 s for the chat: they go back, unsent
        await bot.shutdown()
        async with services.sessions() as session:
            rows = (await session.execute(
                select(Digest.status, Digest.claimed_by).order_by(Digest.id))).all()
        assert [tuple(r) for r in rows] == [("sent", "p"), ("pending", None), ("pending", None)]
        assert len(standin.messages_to(4100)) == 1
    await engine.dispose()


async def test_a_chat_gets_its_digests_one_after_another(sqlite_url: str) -> None:
    """A digest claimed while the chat's previous one is still going out waits for it whole."""
    config = replace_section(
        Config(), delivery=DeliveryConfig(messages_per_second=100.0, per_chat_seconds=0.3))
    engine = create_engine(sqlite_url)
    now = datetime.now(UTC)

    def digest(chat_id: int, name: str, parts: int) -> Digest:
        return Digest(chat_id=chat_id, kind="manual", status="pending", not_before=now,
                      parts=[f"{name} part {p}" for p in range(parts)], created_at=now)

    async with BotApiStandin(token=TOKEN) as standin:
        services = BotServices(config=config, sessions=session_factory(engine), worker_id="p")
        async with services.sessions() as session:
            chat = await add_chat(session, 4200, now=now)
            session.add_all([digest(chat.id, "first", 1), digest(chat.id, "second", 3)])
            await session.commit()
        bot = Bot(TOKEN, base_url=standin.base_url)
        await bot.initialize()
        sender = OutboxSender(bot, services, settings=SenderSettings(
            workers=4, idle_poll_seconds=0.05))
        try:
            sender.start()
            # The second digest is under way when a third one for the chat is queued.
            await standin.wait_for_messages(4200, 2)
            async with services.sessions() as session:
                session.add(digest(chat.id, "third", 1))
                await session.commit()
            sender.wake()
            await standin.wait_for_messages(4200, 5, timeout=10)
        finally:
            await sender.stop()
            await bot.shutdown()
        assert [m.text for m in standin.messages_to(4200)] == [
            "first part 0", "second part 0", "second part 1", "second part 2", "third part 0",
        ]
    await engine.dispose()


async def test_a_digest_waiting_past_its_claim_timeout_is_sent_once(sqlite_url: str) -> None:
    """A digest held back by its chat's retry_after longer than the claim timeout is not
    claimed a second time by the sender already holding it."""
    config = replace_section(Config(), delivery=DeliveryConfig(
        messages_per_second=100.0, per_chat_seconds=0.0, claim_timeout_seconds=1))
    engine = create_engine(sqlite_url)
    now = datetime.now(UTC)
    async with BotApiStandin(token=TOKEN) as standin:
        services = BotServices(config=config, sessions=session_factory(engine), worker_id="p")
        async with services.sessions() as session:
            chat = await add_chat(session, 4300, now=now)
            await _queue_digests(session, chat, config, ["Held back 0", "Held back 1"], now)
        standin.inject(Fault.retry_after(2), chat_id=4300)
        bot = Bot(TOKEN, base_url=standin.base_url)
        await bot.initialize()
        sender = OutboxSender(bot, services, settings=SenderSettings(
            workers=4, idle_poll_seconds=0.05))
        try:
            sender.start()
            await standin.wait_for_messages(4300, 2, timeout=10)
            await asyncio.sleep(1.0)  # time for a second copy to go out, if one would
        finally:
            await sender.stop()
            await bot.shutdown()
        texts = [m.text for m in standin.messages_to(4300)]
        assert len(texts) == 2 and len(set(texts)) == 2
        async with services.sessions() as session:
            deliveries = await session.scalar(select(func.count()).select_from(Delivery))
            statuses = list(await session.scalars(select(Digest.status)))
        assert deliveries == 2 and statuses == ["sent", "sent"]
    await engine.dispose()
