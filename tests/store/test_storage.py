"""Storage on both backends: migrations, round trips, constraints (SQLite file, PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from digests.store.db import normalise_url
from digests.store.migrate import current_revision, head_revision, upgrade_database
from digests.store.models import Article, Base, Chat, Digest, QuoteRow, Source, Story


def make_article(n: int, **kw: object) -> Article:
    values: dict[str, object] = {
        "url": f"https://example.org/{n}",
        "canonical_url": f"https://example.org/{n}",
        "title": f"Story {n}",
        "paragraphs": [f"Paragraph of story {n}."],
        "content_hash": f"hash-{n}",
        "key_points": [f"Point {n}"],
    }
    values.update(kw)
    return Article(**values)


async def test_migrations_reach_head_and_are_idempotent(database_url: str) -> None:
    assert await current_revision(database_url) == head_revision()
    await upgrade_database(database_url)  # a second run changes nothing and does not fail
    assert await current_revision(database_url) == head_revision()


async def test_migrations_match_models(engine: AsyncEngine) -> None:
    def diff(conn: object) -> list[object]:
        context = MigrationContext.configure(conn)  # type: ignore[arg-type]
        return list(compare_metadata(context, Base.metadata))

    async with engine.connect() as conn:
        changes = await conn.run_sync(diff)
    assert changes == [], "models changed without a migration: write one with alembic"


async def test_article_round_trip_keeps_lists_quotes_and_utc(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    published = datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    async with sessions() as session:
        source = Source(url="https://feeds.example.org/rss", name="Example")
        story = Story(title="Story 1")
        article = make_article(
            1,
            source=source,
            story=story,
            standfirst=["First bullet", "Second “quoted” bullet"],
            paragraphs=["Ünïcödé paragraph.", "Second."],
            published_at=published,
            signature=-(2**63),
        )
        article.quotes.append(QuoteRow(text="We share your pain", speaker="Vladimir Putin"))
        session.add(article)
        await session.commit()
        article_id = article.id

    async with sessions() as session:
        loaded = await session.get(Article, article_id)
        assert loaded is not None
        assert loaded.standfirst == ["First bullet", "Second “quoted” bullet"]
        assert loaded.paragraphs == ["Ünïcödé paragraph.", "Second."]
        assert loaded.published_at == published
        assert loaded.published_at.tzinfo is not None
        assert loaded.signature == -(2**63)
        quotes = (await session.scalars(select(QuoteRow))).all()
        assert [(q.text, q.speaker) for q in quotes] == [("We share your pain", "Vladimir Putin")]


async def test_content_hash_and_canonical_url_are_unique(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    async with sessions() as session:
        session.add(make_article(1))
        await session.commit()
    async with sessions() as session:
        session.add(make_article(2, content_hash="hash-1"))
        with pytest.raises(IntegrityError):
            await session.commit()
    async with sessions() as session:
        session.add(make_article(3, canonical_url="https://example.org/1"))
        with pytest.raises(IntegrityError):
            await session.commit()
    async with sessions() as session:  # the first article is still there, untouched
        assert len((await session.scalars(select(Article))).all()) == 1


async def test_one_digest_per_chat_and_slot(sessions: async_sessionmaker[AsyncSession]) -> None:
    slot = datetime(2026, 11, 27, 7, 0, tzinfo=UTC)
    async with sessions() as session:
        chat = Chat(telegram_id=-1001234567890, type="supergroup", send_times=["08:00"])
        session.add(chat)
        await session.flush()
        session.add(Digest(chat_id=chat.id, slot_at=slot, parts=["<b>hi</b>"]))
        await session.commit()
        chat_id = chat.id
    async with sessions() as session:
        session.add(Digest(chat_id=chat_id, slot_at=slot, parts=["again"]))
        with pytest.raises(IntegrityError):
            await session.commit()
    async with sessions() as session:  # manual digests have no slot and may repeat
        session.add(Digest(chat_id=chat_id, kind="manual", parts=["a"]))
        session.add(Digest(chat_id=chat_id, kind="manual", parts=["b"]))
        await session.commit()
        count = len((await session.scalars(select(Digest))).all())
        assert count == 3


async def test_deleting_an_article_deletes_its_quotes_and_foreign_keys_hold(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    async with sessions() as session:
        article = make_article(1)
        article.quotes.append(QuoteRow(text="Some words here", speaker=None))
        session.add(article)
        await session.commit()
        await session.delete(article)
        await session.commit()
        assert (await session.scalars(select(QuoteRow))).all() == []
    async with sessions() as session:
        session.add(QuoteRow(article_id=999_999, text="orphan", speaker=None))
        with pytest.raises(IntegrityError):
            await session.commit()


async def test_naive_datetimes_are_refused(sessions: async_sessionmaker[AsyncSession]) -> None:
    async with sessions() as session:
        session.add(make_article(1, published_at=datetime(2026, 1, 1) + timedelta(hours=1)))
        with pytest.raises(Exception, match="naive datetime"):
            await session.commit()


async def test_sqlite_runs_in_wal_mode(sqlite_url: str) -> None:
    from digests.store.db import create_engine

    engine = create_engine(sqlite_url)
    try:
        async with engine.connect() as conn:
            mode = (await conn.execute(text("PRAGMA journal_mode"))).scalar_one()
            fks = (await conn.execute(text("PRAGMA foreign_keys"))).scalar_one()
    finally:
        await engine.dispose()
    assert mode == "wal"
    assert fks == 1


def test_plain_urls_get_async_drivers() -> None:
    assert normalise_url("sqlite:///x.db") == "sqlite+aiosqlite:///x.db"
    assert normalise_url("postgresql://u:p@h/db") == "postgresql+asyncpg://u:p@h/db"
    assert normalise_url("postgres://u@h/db") == "postgresql+asyncpg://u@h/db"
