"""poll_due_sources against real feeds and pages on a loopback server, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import dataclasses
import html
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from digests.config import Config
from digests.ingest.poll import PAGES_AT_ONCE_PER_HOST, backoff, poll_due_sources
from digests.ingest.poll_report import PollReport
from digests.store.db import create_engine, session_factory
from digests.store.models import Article, PendingPage, Source, Story
from tests.fakes.webserver import Route, WebServer
from tests.ingest.samples import (
    COMET,
    RAIL_STRIKE,
    RATES_OTHER_OUTLET,
    RATES_WIRE,
    article_page,
    rss,
)

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
RSS_TYPE = "application/rss+xml"


async def _add_source(
    sessions: async_sessionmaker[AsyncSession], url: str, name: str, *, kind: str = "feed"
) -> int:
    async with sessions() as session:
        source = Source(url=url, name=name, kind=kind)
        session.add(source)
        await session.commit()
        return source.id


async def _source(sessions: async_sessionmaker[AsyncSession], source_id: int) -> Source:
    async with sessions() as session:
        source = await session.get(Source, source_id)
        assert source is not None
        return source


async def _articles(sessions: async_sessionmaker[AsyncSession]) -> list[Article]:
    async with sessions() as session:
        return list((await session.scalars(select(Article).order_by(Article.id))).all())


async def _pending(sessions: async_sessionmaker[AsyncSession]) -> list[PendingPage]:
    async with sessions() as session:
        return list((await session.scalars(select(PendingPage).order_by(PendingPage.id))).all())


async def _poll(
    sessions: async_sessionmaker[AsyncSession], config: Config, now: datetime = NOW
) -> PollReport:
    return await poll_due_sources(sessions, config, now=now)


def _wire_feed(web: WebServer, etag: str = '"v1"') -> str:
    web.route("/wire/rates", Route(body=article_page(RATES_WIRE)))
    web.route("/wire/rail", Route(body=article_page(RAIL_STRIKE)))
    feed = rss("Wire", [("w1", web.url("/wire/rates?utm_source=rss"), RATES_WIRE.title),
                        ("w2", web.url("/wire/rail"), RAIL_STRIKE.title)])
    return web.route("/wire/rss", Route(body=feed, content_type=RSS_TYPE, etag=etag))


async def test_first_poll_stores_pages_and_validators(
    web: WebServer, sessions: async_sessionmaker[AsyncSession], config: Config
) -> None:
    source_id = await _add_source(sessions, _wire_feed(web), "Wire")
    report = await _poll(sessions, config)
    (outcome,) = report.outcomes
    assert outcome.ok and outcome.stored == 2 and outcome.error is None
    articles = await _articles(sessions)
    assert {a.title for a in articles} == {RATES_WIRE.title, RAIL_STRIKE.title}
    rates = next(a for a in articles if a.title == RATES_WIRE.title)
    assert rates.canonical_url == web.url("/wire/rates")
    assert rates.source_id == source_id and rates.source_name == "Wire"
    assert rates.published_at == datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
    assert any("Maria Lind" in p for p in rates.paragraphs)
    source = await _source(sessions, source_id)
    assert source.etag == '"v1"' and source.error_count == 0
    assert source.last_polled_at == NOW
    assert source.next_poll_at == NOW + timedelta(minutes=config.feeds.poll_minutes)


async def test_not_due_sources_wait_and_304_fetches_nothing_more(
    web: WebServer, sessions: async_sessionmaker[AsyncSession], config: Config
) -> None:
    await _add_source(sessions, _wire_feed(web), "Wire")
    await _poll(sessions, config)
    assert (await _poll(sessions, config, NOW + timedelta(minutes=1))).outcomes == []
    later = await _poll(sessions, config, NOW + timedelta(minutes=20))
    (outcome,) = later.outcomes
    assert outcome.ok and outcome.not_modified and outcome.stored == 0
    assert web.hits("/wire/rss")[-1].headers["if-none-match"] == '"v1"'
    assert len(web.hits("/wire/rates?utm_source=rss")) == 1
    assert len(await _articles(sessions)) == 2


async def test_known_links_are_not_fetched_again(
    web: WebServer, sessions: async_sessionmaker[AsyncSession], config: Config
) -> None:
    await _add_source(sessions, _wire_feed(web, etag='"v1"'), "Wire")
    await _poll(sessions, config)
    _wire_feed(web, etag='"v2"')  # the feed changed, the items did not
    (outcome,) = (await _poll(sessions, config, NOW + timedelta(hours=1))).outcomes
    assert outcome.skipped == 2 and outcome.stored == 0
    assert len(web.hits("/wire/rail")) == 1


async def test_links_that_redirect_or_name_another_canonical_are_not_fetched_again(
    web: WebServer, sessions: async_sessionmaker[AsyncSession], config: Config
) -> None:
    """A feed's link that redirects (feedproxy, http -> https) or whose page names another
    canonical address is stored under that other address; the link itself must still be
    known next time the feed changes, or every poll fetches and cleans every page again."""
    web.route("/wire/rates", Route(body=article_page(RATES_WIRE)))
    web.redirect("/r/1", web.url("/wire/rates"), status=301)
    web.route("/wire/rail", Route(body=article_page(RAIL_STRIKE, canonical="/news/rail")))

    def feed(etag: str) -> str:
        items = [("w1", web.url("/r/1"), RATES_WIRE.title),
                 ("w2", web.url("/wire/rail"), RAIL_STRIKE.title)]
        return web.route("/wire/rss", Route(body=rss("Wire", items), content_type=RSS_TYPE,
                                            etag=etag))

    await _add_source(sessions, feed('"v1"'), "Wire")
    (first,) = (await _poll(sessions, config)).outcomes
    assert first.stored == 2
    feed('"v2"')  # the feed changed, its items did not
    (second,) = (await _poll(sessions, config, NOW + timedelta(hours=1))).outcomes
    assert second.skipped == 2 and second.stored == 0 and second.duplicates == 0
    assert len(web.hits("/r/1")) == 1 and len(web.hits("/wire/rail")) == 1
    assert {a.canonical_url for a in await _articles(sessions)} == {
        web.url("/wire/rates"), web.url("/news/rail")}


async def test_item_republished_under_new_guid_and_link_is_stored_once(
    web: WebServer, sessions: async_sessionmaker[AsyncSession], config: Config
) -> None:
    await _add_source(sessions, _wire_feed(web), "Wire")
    await _poll(sessions, config)
    web.route("/wire/2026/rates-copy", Route(body=article_page(RATES_WIRE)))
    feed = rss("Wire", [("w1-again", web.url("/wire/2026/rates-copy"), RATES_WIRE.title)])
    web.route("/wire/rss", Route(body=feed, content_type=RSS_TYPE, etag='"v3"'))
    (outcome,) = (await _poll(sessions, config, NOW + timedelta(hours=1))).outcomes
    assert outcome.duplicates == 1 and outcome.stored == 0
    assert len(await _articles(sessions)) == 2


async def test_same_story_on_two_sites_becomes_one_story(
    web: WebServer, sessions: async_sessionmaker[AsyncSession], config: Config
) -> None:
    await _add_source(sessions, _wire_feed(web), "Wire")
    web.route("/daily/bank", Route(body=article_page(RATES_OTHER_OUTLET, site="Daily")))
    web.route("/daily/comet", Route(body=article_page(COMET, site="Daily")))
    daily = rss("Daily", [("d1", web.url("/daily/bank"), RATES_OTHER_OUTLET.title),
                          ("d2", web.url("/daily/comet"), COMET.title)])
    await _add_source(sessions, web.route("/daily/rss", Route(body=daily, content_type=RSS_TYPE)),
                      "Daily")
    report = await _poll(sessions, config)
    assert report.stored == 4 and report.failed_sources == 0
    async with sessions() as session:
        stories = (await session.scalars(select(Story).order_by(Story.id))).all()
        assert sorted(s.article_count for s in stories) == [1, 1, 2]
        (pair,) = [s for s in stories if s.article_count == 2]
        assert pair.source_count == 2
        names = set((await session.scalars(
            select(Article.source_name).where(Article.story_id == pair.id))).all())
        assert names == {"Wire", "Daily"}


async def test_failing_feed_backs_off_and_others_carry_on(
    web: WebServer, sessions: async_sessionmaker[AsyncSession], config: Config
) -> None:
    good = await _add_source(sessions, _wire_feed(web), "Wire")
    bad = await _add_source(sessions, web.route("/broken", Route(status=500)), "Broken")
    report = await _poll(sessions, config)
    assert report.failed_sources == 1 and not report.all_failed
    assert (await _source(sessions, good)).error_count == 0
    source = await _source(sessions, bad)
    assert source.error_count == 1
    assert source.last_error == f"{web.url('/broken')}: HTTP 500 Internal Server Error"
    assert source.next_poll_at == NOW + timedelta(minutes=30)
    # Each further failure doubles the wait, up to the configured cap (120 minutes here).
    for expected in (60, 120, 120):
        when = source.next_poll_at
        assert when is not None
        await _poll(sessions, config, when)
        source = await _source(sessions, bad)
        assert source.next_poll_at == when + timedelta(minutes=expected)
    assert source.error_count == 4
    # Success resets the count and the error.
    web.route("/broken", Route(body=rss("Fixed", []), content_type=RSS_TYPE))
    await _poll(sessions, config, when + timedelta(days=1))
    fixed = await _source(sessions, bad)
    assert (fixed.error_count, fixed.last_error) == (0, None)


async def test_feed_that_asks_us_to_wait_is_not_polled_sooner(
    web: WebServer, sessions: async_sessionmaker[AsyncSession], config: Config
) -> None:
    busy = web.route("/busy", Route(status=429, headers={"Retry-After": "7200"}))
    brief = web.route("/brief", Route(status=503, headers={"Retry-After": "60"}))
    busy_id = await _add_source(sessions, busy, "Busy")
    brief_id = await _add_source(sessions, brief, "Brief")
    report = await _poll(sessions, config)
    assert report.failed_sources == 2
    source = await _source(sessions, busy_id)
    assert source.error_count == 1 and source.last_error == f"{busy}: HTTP 429 Too Many Requests"
    assert source.next_poll_at == NOW + timedelta(hours=2)  # longer than the 30-minute backoff
    # A shorter wait than our own backoff does not make us come back sooner.
    assert (await _source(sessions, brief_id)).next_poll_at == NOW + timedelta(minutes=30)


async def test_feeds_on_one_site_share_its_page_limit(
    web: WebServer, sessions: async_sessionmaker[AsyncSession], config: Config
) -> None:
    """A site that hosts many feeds (world, business, sport...) must not see each feed's
    pages fetched side by side: the limit on pages at once is the site's, not the feed's."""
    for feed in range(3):
        items = []
        for n in range(PAGES_AT_ONCE_PER_HOST):
            page = article_page(dataclasses.replace(COMET, title=f"Comet {feed}-{n}"))
            items.append((f"{feed}-{n}", web.route(f"/f{feed}/{n}", Route(body=page, delay=0.3)),
                          f"Comet {feed}-{n}"))
        url = web.route(f"/f{feed}/rss", Route(body=rss("Site", items), content_type=RSS_TYPE))
        await _add_source(sessions, url, f"Site feed {feed}")
    report = await _poll(sessions, config)
    assert report.stored == 3 * PAGES_AT_ONCE_PER_HOST
    assert web.max_in_flight <= PAGES_AT_ONCE_PER_HOST


async def test_feed_moved_permanently_is_polled_at_its_new_address(
    web: WebServer, sessions: async_sessionmaker[AsyncSession], config: Config
) -> None:
    new_url = _wire_feed(web)
    old_url = web.redirect("/old/rss", new_url, status=301)
    moved_id = await _add_source(sessions, old_url, "Wire")
    web.route("/tmp/rss", Route(body=rss("Blog", []), content_type=RSS_TYPE))
    temporary_id = await _add_source(sessions, web.redirect("/blog/rss", "/tmp/rss"), "Blog")
    await _poll(sessions, config)
    assert (await _source(sessions, moved_id)).url == new_url
    assert (await _source(sessions, temporary_id)).url == web.url("/blog/rss")  # a 302 stays
    (outcome, _) = (await _poll(sessions, config, NOW + timedelta(hours=1))).outcomes
    assert outcome.ok and outcome.not_modified
    assert len(web.hits("/old/rss")) == 1


async def test_feed_moved_to_an_address_another_source_has_keeps_its_own(
    web: WebServer, sessions: async_sessionmaker[AsyncSession], config: Config
) -> None:
    new_url = _wire_feed(web)
    await _add_source(sessions, new_url, "Wire")
    old_id = await _add_source(sessions, web.redirect("/old/rss", new_url, status=308), "Old")
    report = await _poll(sessions, config)
    assert report.failed_sources == 0
    assert (await _source(sessions, old_id)).url == web.url("/old/rss")


async def test_every_source_failing_is_reported(
    web: WebServer, sessions: async_sessionmaker[AsyncSession], config: Config
) -> None:
    await _add_source(sessions, web.route("/html", Route(body=b"<html><p>hi</p></html>")), "Pg")
    await _add_source(sessions, web.url("/missing"), "Missing")
    report = await _poll(sessions, config)
    assert report.all_failed
    errors = sorted(o.error or "" for o in report.outcomes)
    assert "not a feed" in errors[0] and "HTTP 404" in errors[1]


async def test_page_failure_falls_back_to_feed_text(
    web: WebServer, sessions: async_sessionmaker[AsyncSession], config: Config
) -> None:
    text = " ".join(COMET.paragraphs)
    summary = f"<p>{html.escape(COMET.paragraphs[0])}</p><p>{html.escape(COMET.paragraphs[1])}</p>"
    feed = rss("Sky", [("s1", web.url("/gone"), COMET.title)], description=summary)
    await _add_source(sessions, web.route("/sky/rss", Route(body=feed, content_type=RSS_TYPE)),
                      "Sky")
    (outcome,) = (await _poll(sessions, config)).outcomes
    assert outcome.stored == 1 and "HTTP 404" in outcome.entry_errors[0]
    assert outcome.deferred == 0 and await _pending(sessions) == []  # a 404 will not pass
    (article,) = await _articles(sessions)
    assert article.title == COMET.title
    assert "naked eye" in " ".join(article.paragraphs) and "naked eye" in text


async def test_page_failure_falls_back_to_a_one_paragraph_summary(
    web: WebServer, sessions: async_sessionmaker[AsyncSession], config: Config
) -> None:
    # Most feeds give one paragraph or bare text; the entry was dropped without a word.
    items = [(COMET, f"<p>{html.escape(COMET.paragraphs[0])}</p>"),  # one paragraph
             (RAIL_STRIKE, html.escape(RAIL_STRIKE.paragraphs[0]))]  # bare text
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Sky</title>'
        + "".join(f"<item><title>{a.title}</title><link>{web.url(f'/gone/{n}')}</link>"
                  f"<description>{html.escape(text)}</description></item>"
                  for n, (a, text) in enumerate(items))
        + "</channel></rss>"
    ).encode()
    await _add_source(sessions, web.route("/sky/rss", Route(body=feed, content_type=RSS_TYPE)),
                      "Sky")
    (outcome,) = (await _poll(sessions, config)).outcomes
    assert outcome.stored == 2, outcome.entry_errors
    titles = {a.title: a.paragraphs for a in await _articles(sessions)}
    assert titles[COMET.title] == [COMET.paragraphs[0]]
    assert titles[RAIL_STRIKE.title] == [RAIL_STRIKE.paragraphs[0]]


async def test_entry_without_text_anywhere_says_why_it_failed(
    web: WebServer, sessions: async_sessionmaker[AsyncSession], config: Config
) -> None:
    feed = rss("Sky", [("s1", web.url("/gone"), COMET.title)], description="Read more")
    await _add_source(sessions, web.route("/sky/rss", Route(body=feed, content_type=RSS_TYPE)),
                      "Sky")
    (outcome,) = (await _poll(sessions, config)).outcomes
    assert outcome.failed == 1 and outcome.stored == 0
    assert any(e.startswith(web.url("/gone")) and "no article text found" in e
               for e in outcome.entry_errors), outcome.entry_errors


async def test_xml_bomb_feed_is_refused_and_recorded(
    web: WebServer, sessions: async_sessionmaker[AsyncSession], config: Config
) -> None:
    bomb = (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><rss><channel><title>&b;</title>'
            b"</channel></rss>")
    source_id = await _add_source(
        sessions, web.route("/bomb", Route(body=bomb, content_type=RSS_TYPE)), "Bomb")
    await _poll(sessions, config)
    assert "XML entities" in ((await _source(sessions, source_id)).last_error or "")


def test_backoff_is_capped(config: Config) -> None:
    assert backoff(config, 1) == timedelta(minutes=30)
    assert backoff(config, 50) == timedelta(minutes=config.feeds.max_backoff_minutes)



async def test_page_source_is_ingested_and_revalidated(
    web: WebServer, sessions: async_sessionmaker[AsyncSession], config: Config
) -> None:
    url = web.route("/live", Route(body=article_page(COMET), last_modified="Tue, 24 Nov 2026"))
    await _add_source(sessions, url, "Sky page", kind="page")
    (first,) = (await _poll(sessions, config)).outcomes
    assert first.ok and first.stored == 1
    (second,) = (await _poll(sessions, config, NOW + timedelta(hours=1))).outcomes
    assert second.not_modified
    assert web.hits("/live")[-1].headers["if-modified-since"] == "Tue, 24 Nov 2026"


async def test_two_processes_polling_at_once_fetch_each_feed_once(
    web: WebServer, database_url: str, config: Config
) -> None:
    """Each poller has its own engine (its own connections), as two bot processes would."""
    first, second = create_engine(database_url), create_engine(database_url)
    try:
        sessions_a, sessions_b = session_factory(first), session_factory(second)
        await _add_source(sessions_a, _wire_feed(web), "Wire")
        reports = await asyncio.gather(_poll(sessions_a, config), _poll(sessions_b, config))
        assert sorted(len(r.outcomes) for r in reports) == [0, 1]
        assert len(web.hits("/wire/rss")) == 1
        assert len(await _articles(sessions_a)) == 2
    finally:
        await first.dispose()
        await second.dispose()


async def test_page_whose_lang_attribute_is_template_junk_is_stored(
    web: WebServer, sessions: async_sessionmaker[AsyncSession], config: Config
) -> None:
    # The language column holds 16 characters: PostgreSQL refused the whole article.
    body = article_page(COMET).replace(b'lang="en"', b'lang="<?php echo $language_code; ?>"')
    await _add_source(sessions, web.route("/raw", Route(body=body)), "Sky page", kind="page")
    (outcome,) = (await _poll(sessions, config)).outcomes
    assert outcome.stored == 1, outcome.entry_errors
    (article,) = await _articles(sessions)
    assert article.language == "en"


async def test_entry_html_title_is_stored_as_text(
    web: WebServer, sessions: async_sessionmaker[AsyncSession], config: Config
) -> None:
    summary = "".join(f"<p>{html.escape(p)}</p>" for p in COMET.paragraphs)
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>Sky</title><entry><id>s1</id><link href=\"{web.url('/gone')}\"/>"
        "<title type=\"html\">Q&amp;amp;A: a &lt;em&gt;brighter&lt;/em&gt;\n comet</title>"
        f"<summary type=\"html\">{html.escape(summary)}</summary></entry></feed>"
    ).encode()
    url = web.route("/sky/atom", Route(body=feed, content_type="application/atom+xml"))
    await _add_source(sessions, url, "Sky")
    (outcome,) = (await _poll(sessions, config)).outcomes
    assert outcome.stored == 1, outcome.entry_errors
    (article,) = await _articles(sessions)
    assert article.title == "Q&A: a brighter comet"


# Pages that fail for a reason that passes (429, 5xx, timeouts) wait and are fetched again.

SUMMARY = f"<p>{html.escape(RATES_WIRE.paragraphs[0])}</p>"  # what most feeds give: one line


def _summary_feed(web: WebServer, page: Route, *, etag: str | None = None) -> str:
    """A feed of one entry whose page is ``page``, and whose own text is one paragraph."""
    web.route("/news/rates", page)
    feed = rss("Wire", [("w1", web.url("/news/rates"), RATES_WIRE.title)], description=SUMMARY)
    return web.route("/wire/rss", Route(body=feed, content_type=RSS_TYPE, etag=etag))


async def test_page_answering_503_is_fetched_again_and_stored_in_full(
    web: WebServer, sessions: async_sessionmaker[AsyncSession], config: Config
) -> None:
    await _add_source(sessions, _summary_feed(web, Route(status=503)), "Wire")
    (first,) = (await _poll(sessions, config)).outcomes
    assert first.ok and (first.stored, first.deferred) == (0, 1), first.entry_errors
    assert "HTTP 503" in first.entry_errors[0] and "will try again" in first.entry_errors[0]
    assert await _articles(sessions) == []  # not stored thin
    (waiting,) = await _pending(sessions)
    assert (waiting.attempts, waiting.title, waiting.feed_html) == (1, RATES_WIRE.title, SUMMARY)
    assert waiting.next_try_at == NOW + timedelta(minutes=config.feeds.poll_minutes)

    web.route("/news/rates", Route(body=article_page(RATES_WIRE)))  # the site is back
    (second,) = (await _poll(sessions, config, NOW + timedelta(minutes=15))).outcomes
    assert (second.retried, second.stored, second.deferred) == (1, 1, 0), second.entry_errors
    assert second.skipped == 1  # the feed still lists it: stored by the retry just before
    (article,) = await _articles(sessions)
    assert article.paragraphs == RATES_WIRE.paragraphs and len(article.paragraphs) > 1
    assert article.published_at == datetime(2026, 11, 25, 8, 0, tzinfo=UTC)  # the feed's date
    assert await _pending(sessions) == []

    (third,) = (await _poll(sessions, config, NOW + timedelta(hours=1))).outcomes
    assert (third.stored, third.retried, third.skipped) == (0, 0, 1)
    assert len(web.hits("/news/rates")) == 2 and len(await _articles(sessions)) == 1


async def test_page_whose_server_asks_us_to_wait_is_not_fetched_sooner(
    web: WebServer, sessions: async_sessionmaker[AsyncSession], config: Config
) -> None:
    busy = Route(status=429, headers={"Retry-After": "3600"})
    await _add_source(sessions, _summary_feed(web, busy), "Wire")
    (first,) = (await _poll(sessions, config)).outcomes
    assert first.deferred == 1
    (waiting,) = await _pending(sessions)
    assert waiting.next_try_at == NOW + timedelta(hours=1)  # not our 15 minutes

    web.route("/news/rates", Route(body=article_page(RATES_WIRE)))
    for minutes in (20, 40):  # the feed is polled, the page is left alone
        (outcome,) = (await _poll(sessions, config, NOW + timedelta(minutes=minutes))).outcomes
        assert (outcome.retried, outcome.skipped, outcome.stored) == (0, 1, 0)
    assert len(web.hits("/news/rates")) == 1
    (later,) = (await _poll(sessions, config, NOW + timedelta(minutes=60))).outcomes
    assert (later.retried, later.stored) == (1, 1)
    (article,) = await _articles(sessions)
    assert article.paragraphs == RATES_WIRE.paragraphs


@pytest.mark.parametrize(
    ("attempts", "hours"),
    [(3, 6),  # the attempts run out
     (8, 1)],  # the hours run out: a fourth try would come 105 minutes after the first
)
async def test_page_that_keeps_failing_is_stored_from_the_feed_text_in_the_end(
    web: WebServer, sessions: async_sessionmaker[AsyncSession], config: Config,
    attempts: int, hours: int,
) -> None:
    config = dataclasses.replace(config, feeds=dataclasses.replace(
        config.feeds, page_attempts=attempts, page_retry_hours=hours))
    await _add_source(sessions, _summary_feed(web, Route(status=500)), "Wire")
    # Tries at 0, 15 and 45 minutes: the wait doubles from the poll interval.
    for minutes in (0, 15, 30):
        (outcome,) = (await _poll(sessions, config, NOW + timedelta(minutes=minutes))).outcomes
        assert outcome.stored == 0 and await _articles(sessions) == []
    assert len(web.hits("/news/rates")) == 2
    (last,) = (await _poll(sessions, config, NOW + timedelta(minutes=45))).outcomes
    assert (last.retried, last.stored, last.deferred) == (1, 1, 0), last.entry_errors
    assert any("HTTP 500" in e and "feed's text after 3 tries" in e for e in last.entry_errors)
    (article,) = await _articles(sessions)
    assert article.paragraphs == [RATES_WIRE.paragraphs[0]]  # thin, but not lost
    assert await _pending(sessions) == [] and len(web.hits("/news/rates")) == 3


async def test_pages_of_a_feed_that_is_not_modified_are_still_fetched_again(
    web: WebServer, sessions: async_sessionmaker[AsyncSession], config: Config
) -> None:
    await _add_source(sessions, _summary_feed(web, Route(status=502), etag='"v1"'), "Wire")
    await _poll(sessions, config)
    web.route("/news/rates", Route(body=article_page(RATES_WIRE)))
    (outcome,) = (await _poll(sessions, config, NOW + timedelta(minutes=15))).outcomes
    assert outcome.not_modified and (outcome.retried, outcome.stored) == (1, 1)
    (article,) = await _articles(sessions)
    assert article.paragraphs == RATES_WIRE.paragraphs


async def test_page_two_feeds_list_is_kept_once_and_stored_once(
    web: WebServer, sessions: async_sessionmaker[AsyncSession], config: Config
) -> None:
    _summary_feed(web, Route(status=503))
    link = web.url("/news/rates?utm_source=rss")  # the same page, spelled another way
    feed = rss("World", [("x1", link, RATES_WIRE.title)], description=SUMMARY)
    await _add_source(sessions, web.url("/wire/rss"), "Wire")
    await _add_source(sessions, web.route("/world/rss", Route(body=feed, content_type=RSS_TYPE)),
                      "World")
    report = await _poll(sessions, config)
    assert report.stored == 0 and len(await _pending(sessions)) == 1
    fetched = len(web.hits("/news/rates"))  # 1, or 2 when both feeds got there at once
    for minutes in (5, 10):  # polled again (as `poll --all` does) before the page is due
        report = await _poll_all(sessions, config, NOW + timedelta(minutes=minutes))
        assert report.deferred == 0 and sum(o.skipped for o in report.outcomes) == 2
    assert len(await _pending(sessions)) == 1 and len(web.hits("/news/rates")) == fetched
    web.route("/news/rates", Route(body=article_page(RATES_WIRE)))
    report = await _poll_all(sessions, config, NOW + timedelta(minutes=15))
    assert (report.retried, report.stored) == (1, 1)
    assert len(await _articles(sessions)) == 1 and await _pending(sessions) == []


async def _poll_all(
    sessions: async_sessionmaker[AsyncSession], config: Config, now: datetime
) -> PollReport:
    return await poll_due_sources(sessions, config, now=now, ignore_schedule=True)


def test_next_try_doubles_honours_retry_after_and_stops_in_time(config: Config) -> None:
    from digests.fetch.http import FetchError
    from digests.ingest.pending import next_try

    config = dataclasses.replace(config, feeds=dataclasses.replace(
        config.feeds, poll_minutes=15, page_attempts=5, page_retry_hours=6))
    plain, busy = FetchError("x: HTTP 503"), FetchError("x: HTTP 429",
                                                        retry_after=timedelta(hours=2))

    def when(attempts: int, error: FetchError, first: datetime = NOW) -> datetime | None:
        return next_try(config, attempts=attempts, first_tried_at=first, error=error, now=NOW)

    assert when(1, plain) == NOW + timedelta(minutes=15)
    assert when(3, plain) == NOW + timedelta(minutes=60)
    assert when(1, busy) == NOW + timedelta(hours=2)  # longer than ours: the server's wait
    assert when(5, plain) is None  # the attempts are used up
    assert when(2, plain, NOW - timedelta(hours=5, minutes=45)) is None  # too late by then
    assert when(2, busy, NOW - timedelta(hours=4, minutes=30)) is None


async def test_site_that_asks_us_to_wait_is_not_asked_for_its_other_pages_in_that_poll(
    web: WebServer, sessions: async_sessionmaker[AsyncSession], config: Config
) -> None:
    pages = PAGES_AT_ONCE_PER_HOST + 3
    items = []
    for n in range(pages):
        link = web.route(f"/busy/{n}", Route(status=429, headers={"Retry-After": "3600"}))
        items.append((f"b{n}", link, f"Comet {n}"))
    feed = rss("Busy", items, description=SUMMARY)
    await _add_source(sessions, web.route("/busy/rss", Route(body=feed, content_type=RSS_TYPE)),
                      "Busy")
    (outcome,) = (await _poll(sessions, config)).outcomes
    assert outcome.deferred == pages and outcome.stored == 0
    asked = sum(len(web.hits(f"/busy/{n}")) for n in range(pages))
    assert asked <= PAGES_AT_ONCE_PER_HOST  # those already on their way, no more
    waiting = await _pending(sessions)
    assert len(waiting) == pages
    assert {w.next_try_at for w in waiting} == {NOW + timedelta(hours=1)}
