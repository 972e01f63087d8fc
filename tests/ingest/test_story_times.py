"""Story grouping follows when articles were published, not only when they were fetched."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from digests.article import CleanArticle
from digests.config import Config
from digests.ingest.pipeline import IngestResult, ingest_article
from tests.ingest.samples import RATES_OTHER_OUTLET, RATES_WIRE

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


async def _ingest(
    sessions: async_sessionmaker[AsyncSession], config: Config, clean: CleanArticle, url: str,
    published_at: datetime | None,
) -> IngestResult:
    async with sessions() as session:
        return await ingest_article(session, clean, source=None, url=url,
                                    published_at=published_at, config=config, now=NOW)


async def test_a_backfilled_feed_does_not_join_reports_published_weeks_apart(
    sessions: async_sessionmaker[AsyncSession], config: Config
) -> None:
    # A new source's feed brings its archive in one poll: last month's rate decision and
    # this month's read alike, but they are two decisions.
    earlier = await _ingest(sessions, config, RATES_WIRE, "https://wire.example/october",
                            NOW - timedelta(days=30))
    latest = await _ingest(sessions, config, RATES_OTHER_OUTLET, "https://daily.example/nov",
                           NOW - timedelta(hours=2))
    assert earlier.article and latest.article
    assert latest.article.story_id != earlier.article.story_id


async def test_reports_published_hours_apart_still_join(
    sessions: async_sessionmaker[AsyncSession], config: Config
) -> None:
    wire = await _ingest(sessions, config, RATES_WIRE, "https://wire.example/rates",
                         NOW - timedelta(hours=20))
    other = await _ingest(sessions, config, RATES_OTHER_OUTLET, "https://daily.example/bank",
                          None)
    assert wire.article and other.article
    assert other.article.story_id == wire.article.story_id
