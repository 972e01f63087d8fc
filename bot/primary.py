"""The primary process: of several processes running one bot, one polls Telegram and sends.

Telegram serves getUpdates to one caller per token: a second caller ends the first one's poll
with 409 Conflict, and while two alternate, both can receive an update before either confirms
it, so a command would be answered twice. Telegram's rate limits are per bot and per chat, too,
so senders in several processes would each need a share of the limit and could still send to
one chat at once. So one process is primary: it long-polls (in polling mode) and sends the
outbox, which one process does far faster than Telegram allows. The others compose scheduled
digests, poll feeds and, in webhook mode, answer the updates posted to them.

On PostgreSQL every ``newsdigest run`` process asks for a session-level advisory lock keyed by
the bot's id; the holder is primary, the others ask again every few seconds. PostgreSQL frees the
lock with the session, so when the primary stops, crashes or loses its connection, another
process takes over. SQLite means one machine and one process: the lease is always granted.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine
from sqlalchemy.pool import NullPool

from digests.deliver.outbox import QUEUED_CHANNEL
from digests.store.db import is_sqlite, normalise_url

log = logging.getLogger(__name__)

# The advisory lock's two keys: a namespace ("ndPL"), then the bot's id, so that two bots
# sharing one database each get their own primary.
_NAMESPACE = 0x6E64_504C
_INT4 = 2**31


class PrimaryLease:
    """Whether this process is the bot's primary (see the module's docstring)."""

    def __init__(
        self, database_url: str, bot_id: int, *, on_queued: Callable[[], None] | None = None
    ) -> None:
        """``on_queued`` runs, while this process is primary, when any process queues a digest
        (on PostgreSQL; a process on SQLite is the only one and wakes its sender itself)."""
        url = normalise_url(database_url)
        self._on_queued = on_queued
        self._key = bot_id % _INT4
        # A connection of its own, outside the pool: it lives as long as the lease does.
        self._engine: AsyncEngine | None = (
            None if is_sqlite(url) else create_async_engine(url, poolclass=NullPool)
        )
        self._connection: AsyncConnection | None = None
        self.held = False

    async def acquire(self) -> bool:
        """Take the lease if no other process holds it; True when this process holds it."""
        if self.held:
            return True
        if self._engine is None:
            self.held = True
            return True
        try:
            if self._connection is None:
                self._connection = await self._engine.connect()
            granted = await self._connection.scalar(
                text("SELECT pg_try_advisory_lock(:namespace, :key)"),
                {"namespace": _NAMESPACE, "key": self._key},
            )
            await self._connection.commit()  # the lock is the session's; no transaction stays open
        except (SQLAlchemyError, OSError) as exc:
            log.warning("cannot ask the database for the primary lease: %s", exc)
            await self._drop_connection()
            return False
        self.held = bool(granted)
        if self.held and self._on_queued is not None:
            await self._listen_for_queued(self._connection)
        return self.held

    async def _listen_for_queued(self, connection: AsyncConnection) -> None:
        on_queued = self._on_queued
        assert on_queued is not None
        driver = (await connection.get_raw_connection()).driver_connection
        assert driver is not None  # an open asyncpg connection
        await driver.add_listener(  # asyncpg calls it for each notification on the channel
            QUEUED_CHANNEL, lambda *_notification: on_queued()
        )

    async def still_held(self) -> bool:
        """False once the lease's connection is gone (PostgreSQL has then freed the lock)."""
        if not self.held or self._connection is None:
            return self.held
        try:
            await self._connection.scalar(text("SELECT 1"))
            await self._connection.commit()
        except (SQLAlchemyError, OSError) as exc:
            log.warning("lost the database connection that held the primary lease: %s", exc)
            self.held = False
            await self._drop_connection()
        return self.held

    async def release(self) -> None:
        """Give the lease up (closing the session frees the lock) and close the connection."""
        self.held = False
        await self._drop_connection()
        if self._engine is not None:
            await self._engine.dispose()

    async def _drop_connection(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            try:
                await connection.close()
            except (SQLAlchemyError, OSError):
                await connection.invalidate()  # already broken: nothing to give back


async def follow_lease(
    lease: PrimaryLease,
    promote: Callable[[], Awaitable[None]],
    demote: Callable[[], Awaitable[None]],
    *,
    every: float,
) -> None:
    """Until cancelled: be primary while holding the lease, stand by while another holds it."""
    while True:
        await asyncio.sleep(every)
        if lease.held:
            if not await lease.still_held():
                await demote()
                log.warning("no longer the primary process (its database connection was lost); "
                            "another process, or this one, takes over when it can")
        elif await lease.acquire():
            await promote()
            log.info("took over as the primary process: the one before it has stopped")
