"""ingest_article on SQLite and PostgreSQL: stored once, analysed once, grouped into stories."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from digests.article import CleanArticle
from digests.config import Config
from digests.ingest.pipeline import IngestResult, ingest_article
from digests.store.models import Article, Base, QuoteRow, Source, Story
from tests.ingest.samples import (
    COMET,
    RAIL_STRIKE,
    RATES_OTHER_OUTLET,
    RATES_WIRE,
    recased,
    republished,
)

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


async def _ingest(
    sessions: async_sessionmaker[AsyncSession],
    config: Config,
    clean: CleanArticle,
    url: str,
    *,
    source_name: str | None = None,
    now: datetime = NOW,
) -> IngestResult:
    async with sessions() as session:
        source = None
        if source_name:
            source = await session.scalar(select(Source).where(Source.name == source_name))
            if source is None:
                source = Source(url=f"https://{source_name.lower()}.example/rss", name=source_name)
                session.add(source)
                await session.commit()
        return await ingest_article(
            session, clean, source=source, url=url, published_at=None, config=config, now=now
        )


async def _count(sessions: async_sessionmaker[AsyncSession], model: type[Base]) -> int:
    async with sessions() as session:
        return int(await session.scalar(select(func.count()).select_from(model)) or 0)


async def test_article_is_stored_with_analysis(
    sessions: async_sessionmaker[AsyncSession], config: Config
) -> None:
    result = await _ingest(sessions, config, RATES_WIRE, "https://wire.example/rates?utm_source=x",
                           source_name="Wire")
    assert result.created and result.reason == "stored"
    async with sessions() as session:
        article = await session.scalar(select(Article))
        assert article is not None
        assert article.canonical_url == "https://wire.example/rates"
        assert article.url == "https://wire.example/rates?utm_source=x"
        assert article.source_name == "Wire"
        assert article.paragraphs == RATES_WIRE.paragraphs
        assert 1 <= len(article.key_points) <= config.digest.key_points
        assert article.analysed_at is not None and article.signature != 0
        quotes = (await session.scalars(select(QuoteRow).order_by(QuoteRow.rank))).all()
        assert any("Inflation is cooling" in q.text for q in quotes)
        assert [q.rank for q in quotes] == list(range(len(quotes)))
        story = await session.get(Story, article.story_id)
        assert story is not None and story.lead_article_id == article.id
        assert (story.article_count, story.source_count) == (1, 1)


async def test_same_url_with_tracking_params_is_a_duplicate(
    sessions: async_sessionmaker[AsyncSession], config: Config
) -> None:
    first = await _ingest(sessions, config, RATES_WIRE, "https://wire.example/rates")
    again = await _ingest(sessions, config, COMET,
                          "https://WIRE.example/rates/?utm_medium=email#top")
    assert again.duplicate and not again.created
    assert again.article is not None and first.article is not None
    assert again.article.id == first.article.id
    assert "same URL" in again.reason
    assert await _count(sessions, Article) == 1


async def test_new_guid_same_text_is_stored_once(
    sessions: async_sessionmaker[AsyncSession], config: Config
) -> None:
    await _ingest(sessions, config, RATES_WIRE, "https://wire.example/rates")
    exact = await _ingest(sessions, config, recased(RATES_WIRE), "https://wire.example/item?id=99")
    near = await _ingest(sessions, config, republished(RATES_WIRE), "https://mirror.example/r")
    assert "same text" in exact.reason
    assert "nearly the same text" in near.reason
    assert await _count(sessions, Article) == 1


async def test_empty_article_is_refused(
    sessions: async_sessionmaker[AsyncSession], config: Config
) -> None:
    result = await _ingest(sessions, config, CleanArticle(title="Only a title"), "https://e.x/a")
    assert result.article is None and not result.created
    assert "no paragraphs" in result.reason
    assert await _count(sessions, Article) == 0


async def test_file_articles_without_url_are_stored(
    sessions: async_sessionmaker[AsyncSession], config: Config
) -> None:
    assert (await _ingest(sessions, config, RAIL_STRIKE, "")).created
    assert (await _ingest(sessions, config, COMET, "")).created
    assert await _count(sessions, Article) == 2


async def test_same_event_from_two_outlets_is_one_story(
    sessions: async_sessionmaker[AsyncSession], config: Config
) -> None:
    wire = await _ingest(sessions, config, RATES_WIRE, "https://wire.example/rates",
                         source_name="Wire")
    other = await _ingest(sessions, config, RATES_OTHER_OUTLET, "https://daily.example/bank",
                          source_name="Daily", now=NOW + timedelta(hours=2))
    rail = await _ingest(sessions, config, RAIL_STRIKE, "https://daily.example/rail",
                         source_name="Daily", now=NOW + timedelta(hours=3))
    assert wire.created and other.created and rail.created
    assert wire.article and other.article and rail.article
    assert other.article.story_id == wire.article.story_id
    assert rail.article.story_id != wire.article.story_id
    async with sessions() as session:
        story = await session.get(Story, wire.article.story_id)
        assert story is not None
        assert (story.article_count, story.source_count) == (2, 2)
        assert story.lead_article_id == wire.article.id
        assert story.updated_at == NOW + timedelta(hours=2)
    assert await _count(sessions, Story) == 2


async def test_old_stories_are_not_joined(
    sessions: async_sessionmaker[AsyncSession], config: Config
) -> None:
    old = await _ingest(sessions, config, RATES_WIRE, "https://wire.example/rates")
    later = await _ingest(sessions, config, RATES_OTHER_OUTLET, "https://daily.example/bank",
                          now=NOW + timedelta(days=5))
    assert old.article and later.article
    assert later.article.story_id != old.article.story_id


async def test_concurrent_ingests_see_each_other(
    sessions: async_sessionmaker[AsyncSession], config: Config
) -> None:
    # Started together, in separate transactions: a near copy and another outlet's report.
    results = await asyncio.gather(
        _ingest(sessions, config, RATES_WIRE, "https://wire.example/rates", source_name="Wire"),
        _ingest(sessions, config, republished(RATES_WIRE), "https://mirror.example/r",
                source_name="Mirror"),
        _ingest(sessions, config, RATES_OTHER_OUTLET, "https://daily.example/bank",
                source_name="Daily"),
    )
    assert sorted(r.created for r in results) == [False, True, True]
    assert await _count(sessions, Article) == 2
    assert await _count(sessions, Story) == 1


async def test_the_stored_best_quote_is_ranked_against_the_title(
    sessions: async_sessionmaker[AsyncSession], config: Config
) -> None:
    clean = CleanArticle(
        title="Mayor Okafor vows to reopen the flooded bridge within a month",
        paragraphs=[
            "Floods closed the river bridge in Lanford on Monday, cutting the town in two.",
            "“I have never seen the river this high in all my years living here,” said Jo Baines, "
            "who runs a bakery by the bridge.",
            "“We will reopen the bridge within a month, whatever it costs the council,” Mayor "
            "Dele Okafor said on Tuesday.",
        ],
    )
    await _ingest(sessions, config, clean, "https://wire.example/bridge")
    async with sessions() as session:
        best = await session.scalar(select(QuoteRow).where(QuoteRow.rank == 0))
        assert best is not None and best.speaker == "Dele Okafor"


async def test_two_feeds_of_one_newsroom_count_as_one_source(
    sessions: async_sessionmaker[AsyncSession], config: Config
) -> None:
    # A newsroom's front page and its business feed are two sources by name, but a story they
    # both carry is no more widely reported for that: ranking counts outlets, by their site.
    front = await _ingest(sessions, config, RATES_WIRE, "https://www.wire.example/rates",
                          source_name="Front")
    markets = await _ingest(sessions, config, RATES_OTHER_OUTLET,
                            "https://markets.wire.example/bank", source_name="Markets",
                            now=NOW + timedelta(hours=1))
    assert front.article and markets.article
    assert markets.article.story_id == front.article.story_id
    async with sessions() as session:
        story = await session.get(Story, front.article.story_id)
        assert story is not None
        assert (story.article_count, story.source_count) == (2, 1)
