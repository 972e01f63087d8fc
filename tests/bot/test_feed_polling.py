"""A running bot polls its feeds by itself: a feed on a local web server becomes a digest."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from email.utils import format_datetime

from sqlalchemy import func, select

from digests.config import FeedsConfig, FetchConfig
from digests.ingest.sources import add_source
from digests.store.models import Article, Source
from tests.bot.harness import started_bot
from tests.fakes.webserver import Route, running
from tests.ingest.samples import RAIL_STRIKE, article_page

ANN = 101


def feed(link: str) -> bytes:
    published = format_datetime(datetime.now(UTC), usegmt=True)
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        "<title>Loopback Wire</title><link>http://example.test/</link>"
        f"<item><title>{RAIL_STRIKE.title}</title><link>{link}</link>"
        f"<guid>rail-1</guid><pubDate>{published}</pubDate></item>"
        "</channel></rss>"
    ).encode()


async def test_bot_polls_a_feed_and_the_story_reaches_a_subscriber(sqlite_url: str) -> None:
    with running() as web:
        page = web.route("/rail", Route(body=article_page(RAIL_STRIKE, site="Loopback Wire")))
        feed_url = web.route("/feed.xml", Route(body=feed(page),
                                                 content_type="application/rss+xml"))
        fetch = FetchConfig(allow_private_addresses=True)
        async with started_bot(
            sqlite_url, fetch=fetch, feeds=FeedsConfig(check_seconds=1)
        ) as bot:
            async with bot.sessions() as session:
                await add_source(session, feed_url, fetch)
            await bot.say(ANN, "/subscribe")
            for _ in range(200):
                async with bot.sessions() as session:
                    stored = await session.scalar(select(func.count()).select_from(Article))
                    source = await session.scalar(select(Source))
                if stored:
                    break
                await asyncio.sleep(0.05)
            assert stored == 1
            assert source is not None and source.error_count == 0
            assert source.next_poll_at is not None
            bot.standin.private_message(ANN, "/digest")
            await bot.standin.wait_for(
                lambda s: any(RAIL_STRIKE.title in m.entities_text for m in s.messages_to(ANN))
            )
        assert [hit.path for hit in web.hits("/feed.xml")]
        assert [hit.path for hit in web.hits("/rail")]
