"""Taking the write lock before the reads a write depends on (SQLite and PostgreSQL alike)."""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from digests.store.models import Chat


async def lock_for_write(session: AsyncSession, chat_id: int | None = None) -> None:
    """Start a write transaction now, before the reads it depends on.

    On SQLite a transaction that reads first and writes later fails with "database is locked"
    when another connection wrote in between; writing first takes the lock up front. With a chat
    id this also row-locks the chat on PostgreSQL, so /digest and the schedule tick cannot compose
    from the same cursor at once.
    """
    if chat_id is None and session.get_bind().dialect.name != "sqlite":
        return  # PostgreSQL locks rows as it goes; only SQLite needs the early write
    target = Chat.id == chat_id if chat_id is not None else Chat.id.is_(None)
    await session.execute(
        update(Chat).where(target).values(id=Chat.id).execution_options(synchronize_session=False)
    )
