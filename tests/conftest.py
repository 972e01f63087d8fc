"""Shared fixtures: a fresh database per test on SQLite and, where a server exists, PostgreSQL.

PostgreSQL tests use ``NEWSDIGEST_TEST_PG_URL`` (an admin URL such as
``postgresql://postgres@127.0.0.1:5433/postgres``); each test gets its own new database. Without
that variable they are skipped, saying so; ``.ci/run`` starts a server and sets it.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator

import pytest
from hypothesis import settings
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from digests.compiled import run_from_source
from digests.store.db import create_engine, session_factory
from digests.store.migrate import upgrade_database

os.environ.setdefault("PTB_TIMEDELTA", "1")

# CI (HYPOTHESIS_PROFILE=ci, set by .ci/run) replays a fixed set of examples, so a run passes or
# fails on the code alone; locally each run explores new ones.
settings.register_profile("ci", derandomize=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

PG_ENV = "NEWSDIGEST_TEST_PG_URL"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--pure-python", action="store_true",
        help="run the analysis modules from their sources where a compiled build exists "
        "(setup.py): `make test` runs the analysis tests both ways",
    )


def pytest_configure(config: pytest.Config) -> None:
    if config.getoption("--pure-python"):
        run_from_source()


def pg_admin_url() -> str | None:
    return os.environ.get(PG_ENV) or None


async def _create_pg_database(admin_url: str) -> tuple[str, str]:
    import asyncpg

    name = f"nd_test_{uuid.uuid4().hex[:12]}"
    url = make_url(admin_url).set(drivername="postgresql")
    conn = await asyncpg.connect(url.render_as_string(hide_password=False))
    try:
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
    test_url = make_url(admin_url).set(drivername="postgresql+asyncpg", database=name)
    return test_url.render_as_string(hide_password=False), name


async def _drop_pg_database(admin_url: str, name: str) -> None:
    import asyncpg

    url = make_url(admin_url).set(drivername="postgresql")
    conn = await asyncpg.connect(url.render_as_string(hide_password=False))
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await conn.close()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
async def database_url(request: pytest.FixtureRequest, tmp_path: object) -> AsyncIterator[str]:
    """A URL of a new, migrated, empty database: a SQLite file, then PostgreSQL."""
    if request.param == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path}/test.sqlite3"
        await upgrade_database(url)
        yield url
        return
    admin = pg_admin_url()
    if admin is None:
        if os.environ.get("NEWSDIGEST_REQUIRE_PG"):
            pytest.fail(f"NEWSDIGEST_REQUIRE_PG is set but {PG_ENV} is not")
        pytest.skip(f"no PostgreSQL server: set {PG_ENV} (bash .ci/run starts one)")
    url, name = await _create_pg_database(admin)
    try:
        await upgrade_database(url)
        yield url
    finally:
        await _drop_pg_database(admin, name)


@pytest.fixture
async def sqlite_url(tmp_path: object) -> str:
    """A migrated SQLite file only, for tests that are about something other than storage."""
    url = f"sqlite+aiosqlite:///{tmp_path}/test.sqlite3"
    await upgrade_database(url)
    return url


@pytest.fixture
async def engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    eng = create_engine(database_url)
    yield eng
    await eng.dispose()


@pytest.fixture
def sessions(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return session_factory(engine)
