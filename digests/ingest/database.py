"""The database as ingest commands use it: migrated, opened, and closed again."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from digests.store.db import create_engine, session_factory
from digests.store.migrate import upgrade_database


@asynccontextmanager
async def open_database(url: str) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    """Bring the schema up to date, then yield a session factory; dispose of it after."""
    await upgrade_database(url)
    engine = create_engine(url)
    try:
        yield session_factory(engine)
    finally:
        await engine.dispose()


def database_error(url: str, exc: BaseException) -> str:
    """One line naming the database (without its password) and what went wrong."""
    safe = make_url(url).render_as_string(hide_password=True)
    return f"database {safe}: {type(exc).__name__}: {exc}".splitlines()[0]
