"""Several processes, one bot: only the primary one polls and sends; another takes over after it.

The lease is a PostgreSQL advisory lock, so these run on a real server (and on SQLite, where one
process always holds it). Two "processes" here are two real Applications in one event loop,
each with its own engine and its own lease connection, talking to one Bot API stand-in.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from datetime import UTC, datetime, timedelta

import asyncpg
import pytest
from sqlalchemy.engine import make_url
from telegram.ext import Application

from bot.app import running_bot
from bot.background import restart, sender_of
from bot.primary import _NAMESPACE, PrimaryLease
from bot.sender import SenderSettings
from bot.services import BotServices
from bot.standin import BotApiStandin
from digests.chats import get_or_create_chat
from digests.deliver.outbox import request_digest
from digests.store.db import create_engine, session_factory
from tests.bot.harness import TOKEN, bot_config
from tests.compose.store_helpers import add_article, add_source, add_story

BOT_ID = int(TOKEN.split(":")[0])
on_postgres = pytest.mark.parametrize(
    "database_url", [pytest.param("postgres", marks=pytest.mark.postgres)], indirect=True
)


async def test_on_sqlite_the_lease_is_always_granted(sqlite_url: str) -> None:
    first, second = PrimaryLease(sqlite_url, BOT_ID), PrimaryLease(sqlite_url, BOT_ID)
    try:
        assert await first.acquire() and await second.acquire()
        assert await first.still_held()
    finally:
        await first.release()
        await second.release()


@on_postgres
async def test_one_process_holds_a_bots_lease_until_it_lets_go(database_url: str) -> None:
    first, second = PrimaryLease(database_url, BOT_ID), PrimaryLease(database_url, BOT_ID)
    other_bot = PrimaryLease(database_url, BOT_ID + 1)
    try:
        assert await first.acquire()
        assert not await second.acquire()
        assert await other_bot.acquire()  # another bot on the same database polls as well
        assert await first.still_held()
        await first.release()
        assert await second.acquire()
    finally:
        for lease in (first, second, other_bot):
            await lease.release()


@on_postgres
async def test_a_lease_whose_connection_dies_passes_to_another_process(
    database_url: str,
) -> None:
    first, second = PrimaryLease(database_url, BOT_ID), PrimaryLease(database_url, BOT_ID)
    try:
        assert await first.acquire()
        await _kill_lease_holder(database_url)
        assert not await first.still_held()
        assert await second.acquire()
        assert not await first.acquire()  # a new connection, but the lock is taken now
    finally:
        await first.release()
        await second.release()


@on_postgres
async def test_of_two_processes_only_one_polls_and_sends_and_a_command_is_answered_once(
    database_url: str,
) -> None:
    async with BotApiStandin(token=TOKEN) as standin, AsyncExitStack() as stack:
        apps = [await stack.enter_async_context(_process(standin, database_url))
                for _ in range(2)]
        await asyncio.sleep(0.5)  # several lease checks: none may start a second poll
        assert [app.updater is not None and app.updater.running for app in apps] == [True, False]
        assert [sender_of(app) is not None for app in apps] == [True, False]

        standin.private_message(501, "/start")
        await standin.wait_for_messages(501, 1)
        await asyncio.sleep(0.5)
        assert len(standin.messages_to(501)) == 1  # answered once, not once per process
        assert all(call.status != 409 for call in standin.calls_to("getUpdates"))


@on_postgres
async def test_when_the_primary_process_stops_a_standby_takes_over(database_url: str) -> None:
    async with BotApiStandin(token=TOKEN) as standin:
        holder_exit = AsyncExitStack()
        holder = await holder_exit.enter_async_context(_process(standin, database_url))
        assert holder.updater is not None and holder.updater.running
        try:
            async with _process(standin, database_url) as standby:
                assert standby.updater is not None and not standby.updater.running
                await holder_exit.aclose()  # the primary process shuts down

                await standin.wait_for(lambda _: standby.updater is not None
                                       and standby.updater.running
                                       and sender_of(standby) is not None, timeout=5)
                standin.private_message(502, "/help")
                reply = (await standin.wait_for_messages(502, 1))[0]
                assert "/digest" in reply.text
        finally:
            await holder_exit.aclose()


@on_postgres
async def test_a_digest_queued_by_another_process_is_sent_at_once(database_url: str) -> None:
    async with BotApiStandin(token=TOKEN) as standin, _process(standin, database_url) as primary:
        # The primary's sender would only look again in a minute unless it is told.
        await restart(primary, SenderSettings(idle_poll_seconds=60))
        engine = create_engine(database_url)  # another process, e.g. one serving a webhook
        try:
            sessions = session_factory(engine)
            now = datetime.now(UTC)
            async with sessions() as session, session.begin():
                source = await add_source(session, "Daily Planet")
                story = await add_story(session, at=now - timedelta(minutes=5))
                await add_article(session, story, source, title="Bridge reopens",
                                  fetched_at=now, published_at=now, lead=True)
            config = bot_config(standin, database_url)
            async with sessions() as session:
                chat = await get_or_create_chat(session, 503, config, chat_type="private")
                assert await request_digest(session, chat, config, now=now) is not None
        finally:
            await engine.dispose()
        sent = await standin.wait_for_messages(503, 1, timeout=5)
        assert "Bridge reopens" in sent[0].entities_text


@asynccontextmanager
async def _process(  # type: ignore[type-arg]
    standin: BotApiStandin, database_url: str
) -> AsyncIterator[Application]:
    """One `newsdigest run` process: its own engine, its own lease, the same bot and database."""
    engine = create_engine(database_url)
    services = BotServices(config=bot_config(standin, database_url),
                           sessions=session_factory(engine))
    try:
        async with running_bot(services, poll_timeout=1, lease_check_seconds=0.1) as app:
            yield app
    finally:
        await engine.dispose()


async def _kill_lease_holder(database_url: str) -> None:
    """End the PostgreSQL session holding the bot's polling lock, as a dropped connection would."""
    url = make_url(database_url).set(drivername="postgresql")
    connection = await asyncpg.connect(url.render_as_string(hide_password=False))
    try:
        killed = await connection.fetchval(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_locks "
            "WHERE locktype = 'advisory' AND classid::bigint = $1 AND objid::bigint = $2 "
            "AND granted",
            _NAMESPACE, BOT_ID,
        )
    finally:
        await connection.close()
    assert killed == 1
