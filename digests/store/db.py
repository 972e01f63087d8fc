"""Engine and session factory for SQLite (default) and PostgreSQL, chosen by the URL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)


def normalise_url(url: str) -> str:
    """Accept plain ``sqlite:///`` and ``postgresql://`` URLs and pick the async drivers."""
    parsed = make_url(url)
    driver = parsed.drivername
    if driver in {"sqlite", "sqlite+pysqlite"}:
        parsed = parsed.set(drivername="sqlite+aiosqlite")
    elif driver in {"postgresql", "postgres", "postgresql+psycopg2"}:
        parsed = parsed.set(drivername="postgresql+asyncpg")
    return parsed.render_as_string(hide_password=False)


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


class DatabaseUrlError(ValueError):
    """A database URL that cannot work, said in a way the operator can act on."""


def _sqlite_file(url: str) -> Path | None:
    """The file an SQLite URL names; None for other databases, memory and ``file:`` URIs."""
    if not is_sqlite(url):
        return None
    database = make_url(url).database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database).expanduser()


def missing_sqlite_file(url: str) -> bool:
    """Does ``url`` name an SQLite file that does not exist yet? Connecting would create it: a
    command that only reads (``db current``, ``health``) should not leave an empty file behind."""
    path = _sqlite_file(url)
    return path is not None and not path.exists()


def _check_sqlite_folder(url: str) -> None:
    # aiosqlite fails late and noisily (from its worker thread) when the folder is missing.
    path = _sqlite_file(url)
    if path is not None and not path.resolve().parent.is_dir():
        raise DatabaseUrlError(
            f"the folder for the SQLite file does not exist: {path.resolve().parent}"
        )


def create_engine(url: str, *, echo: bool = False) -> AsyncEngine:
    url = normalise_url(url)
    _check_sqlite_folder(url)
    kwargs: dict[str, Any] = {"echo": echo}
    if is_sqlite(url):
        kwargs["connect_args"] = {"timeout": 30}
    else:
        kwargs["pool_pre_ping"] = True
    engine = create_async_engine(url, **kwargs)
    if is_sqlite(url):
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False)
