"""Bring a database's schema up to date with the Alembic migrations shipped in the package."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.engine import Connection

from digests.store.db import create_engine, missing_sqlite_file

MIGRATIONS = Path(__file__).with_name("migrations")
# Any constant will do: it only has to be the same in every process that migrates.
_PG_MIGRATION_LOCK = 0x6E657773


def alembic_config() -> AlembicConfig:
    cfg = AlembicConfig(str(MIGRATIONS / "alembic.ini"))
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def _upgrade(connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        # Several bot processes may start at once: only one migrates, the others wait for it.
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK})
    cfg = alembic_config()
    cfg.attributes["connection"] = connection
    command.upgrade(cfg, "head")


def _current(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


async def upgrade_database(url: str) -> None:
    """Apply every migration the database has not had yet (a no-op when it is current)."""
    engine = create_engine(url)
    try:
        async with engine.begin() as conn:
            await conn.run_sync(_upgrade)
    finally:
        await engine.dispose()


async def current_revision(url: str) -> str | None:
    if missing_sqlite_file(url):
        return None  # no file, no schema; and reading must not create the file
    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            return await conn.run_sync(_current)
    finally:
        await engine.dispose()
