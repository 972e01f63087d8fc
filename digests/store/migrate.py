"""Bring a database's schema up to date (provisional: create_all until Alembic lands)."""

from __future__ import annotations

from digests.store.db import create_engine
from digests.store.models import Base


async def upgrade_database(url: str) -> None:
    engine = create_engine(url)
    try:
        async with engine.begin() as conn:
            await conn.run_sync(Base.metadata.create_all)
    finally:
        await engine.dispose()
