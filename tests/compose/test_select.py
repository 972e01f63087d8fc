"""Choosing a chat's stories, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from digests.compose import ComposedDigest, compose_digest
from digests.config import Config, DigestConfig
from digests.store.db import create_engine, session_factory
from digests.store.models import Chat, Subscription
from tests.compose.store_helpers import (
    add_article,
    add_chat,
    add_source,
    add_story,
    mark_delivered,
)

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
CONFIG = Config(digest=DigestConfig(size=5, max_size=10, key_points=3, max_age_hours=48))


@pytest.fixture
async def engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    eng = create_engine(database_url)
    yield eng
    await eng.dispose()


@pytest.fixture
async def session(engine: AsyncEngine) -> AsyncIterator[AsyncSession]:
    async with session_factory(engine)() as s:
        yield s


def hours_ago(hours: float) -> datetime:
    return NOW - timedelta(hours=hours)


async def single(session: AsyncSession, title: str, *, hours: float = 1.0,
                 source_name: str = "Wire", **kwargs: Any) -> Any:
    source = await add_source(session, source_name + title)  # one source per call: unique url
    source.name = source_name
    story = await add_story(session, at=hours_ago(hours))
    return await add_article(session, story, source, title=title, fetched_at=hours_ago(hours),
                             **kwargs)


async def compose(session: AsyncSession, chat: Chat, **kwargs: Any) -> ComposedDigest:
    await session.commit()
    return await compose_digest(session, chat, CONFIG, now=NOW, **kwargs)


def titles(digest: ComposedDigest) -> list[str]:
    return [item.title for item in digest.items]


async def test_only_articles_after_the_cursor(session: AsyncSession) -> None:
    await single(session, "Old one", hours=3)
    second = await single(session, "Old two", hours=2)
    third = await single(session, "New three", hours=1)
    chat = await add_chat(session, cursor_article_id=second.id, cursor_at=hours_ago(2))
    digest = await compose(session, chat)
    assert titles(digest) == ["New three"]
    assert digest.cursor_to == third.id
    assert digest.since == hours_ago(2)


async def test_too_old_articles_are_left_out(session: AsyncSession) -> None:
    await single(session, "Fetched long ago", hours=60)
    await single(session, "Backfilled old news", hours=1, published_at=hours_ago(100))
    await single(session, "Fresh", hours=1, published_at=hours_ago(2))
    chat = await add_chat(session)
    digest = await compose(session, chat)
    assert titles(digest) == ["Fresh"]
    assert digest.items[0].published_at == hours_ago(2)


async def test_nothing_new_is_empty_and_keeps_the_cursor(session: AsyncSession) -> None:
    last = await single(session, "Seen already", hours=1)
    chat = await add_chat(session, cursor_article_id=last.id, cursor_at=hours_ago(1))
    digest = await compose(session, chat)
    assert digest.empty
    assert digest.cursor_to == last.id
    assert digest.since == hours_ago(1)


async def test_stories_the_chat_got_are_not_repeated(session: AsyncSession) -> None:
    got = await single(session, "Delivered story", hours=2)
    await single(session, "Another story", hours=1)
    chat = await add_chat(session)
    await mark_delivered(session, chat, got)
    assert titles(await compose(session, chat)) == ["Another story"]
    again = await compose(session, chat, include_seen=True)
    assert set(titles(again)) == {"Delivered story", "Another story"}


async def test_story_with_new_article_from_a_delivered_story_stays_out(
    session: AsyncSession,
) -> None:
    a = await add_source(session, "A")
    b = await add_source(session, "B")
    story = await add_story(session, at=hours_ago(3), article_count=2, source_count=2)
    first = await add_article(session, story, a, title="Quake hits", fetched_at=hours_ago(3))
    chat = await add_chat(session)
    await mark_delivered(session, chat, first)
    await add_article(session, story, b, title="Quake: more", fetched_at=hours_ago(1))
    chat.cursor_article_id = first.id
    assert (await compose(session, chat)).empty


async def test_include_terms_match_whole_words_and_phrases(session: AsyncSession) -> None:
    await single(session, "Modern art fair opens")
    await single(session, "A long article about nothing")
    await single(session, "Rates", key_points=["The Central\n Bank held rates."])
    await single(session, "Fusion record", source_name="Science Daily")
    await single(session, "Unrelated")
    chat = await add_chat(session, include_terms=["ART", "central bank", "science daily"])
    assert set(titles(await compose(session, chat))) == {
        "Modern art fair opens", "Rates", "Fusion record"}


async def test_include_terms_beyond_ascii_and_with_punctuation(session: AsyncSession) -> None:
    await single(session, "ÄRZTE streiken in Berlin")
    await single(session, "C++ turns 45")
    await single(session, "Cats and dogs")
    chat = await add_chat(session, include_terms=["ärzte", "c++"])
    assert set(titles(await compose(session, chat))) == {"ÄRZTE streiken in Berlin",
                                                         "C++ turns 45"}


async def test_exclude_terms_remove_stories(session: AsyncSession) -> None:
    await single(session, "Football final tonight")
    await single(session, "Budget passes", key_points=["Football clubs lose tax breaks."])
    await single(session, "Footballer-free news")
    await single(session, "Weather")
    chat = await add_chat(session, exclude_terms=["football"])
    assert set(titles(await compose(session, chat))) == {"Footballer-free news", "Weather"}


async def test_exclude_wins_over_include(session: AsyncSession) -> None:
    await single(session, "Election and football")
    await single(session, "Election results")
    chat = await add_chat(session, include_terms=["election"], exclude_terms=["football"])
    assert titles(await compose(session, chat)) == ["Election results"]


async def test_user_terms_are_not_regular_expressions(session: AsyncSession) -> None:
    await single(session, "Anything at all")
    await single(session, "Price is 3.5 percent")
    chat = await add_chat(session, include_terms=[".*", "3.5"])
    assert titles(await compose(session, chat)) == ["Price is 3.5 percent"]


async def test_subscriptions_limit_sources(session: AsyncSession) -> None:
    mine = await add_source(session, "Mine")
    other = await add_source(session, "Other")
    s1 = await add_story(session, at=hours_ago(1))
    await add_article(session, s1, mine, title="From mine", fetched_at=hours_ago(1))
    s2 = await add_story(session, at=hours_ago(1))
    await add_article(session, s2, other, title="From other", fetched_at=hours_ago(1))
    chat = await add_chat(session)
    session.add(Subscription(chat_id=chat.id, source_id=mine.id))
    assert titles(await compose(session, chat)) == ["From mine"]


async def test_subscribed_source_shown_even_when_lead_is_elsewhere(session: AsyncSession) -> None:
    mine = await add_source(session, "Mine")
    other = await add_source(session, "Other")
    story = await add_story(session, at=hours_ago(2), article_count=2, source_count=2)
    await add_article(session, story, other, title="Lead elsewhere", fetched_at=hours_ago(2),
                      lead=True)
    await add_article(session, story, mine, title="My version", fetched_at=hours_ago(1))
    chat = await add_chat(session)
    session.add(Subscription(chat_id=chat.id, source_id=mine.id))
    digest = await compose(session, chat)
    assert [(i.title, i.also_sources) for i in digest.items] == [("My version", ("Other",))]


async def test_cluster_is_one_entry_through_its_lead_with_also_sources(
    session: AsyncSession,
) -> None:
    names = ["Alpha", "Beta", "Gamma"]
    sources = [await add_source(session, n) for n in names]
    story = await add_story(session, at=hours_ago(3), article_count=4, source_count=3)
    await add_article(session, story, sources[0], title="Alpha take", fetched_at=hours_ago(3))
    lead = await add_article(session, story, sources[1], title="Beta take",
                             fetched_at=hours_ago(2), lead=True,
                             key_points=["p1", "p2", "p3", "p4"],
                             quotes=[("Best words.", "Ann Lee"), ("Second.", None)])
    await add_article(session, story, sources[2], title="Gamma take", fetched_at=hours_ago(1))
    await add_article(session, story, sources[0], title="Alpha again", fetched_at=hours_ago(1))
    chat = await add_chat(session)
    digest = await compose(session, chat)
    assert len(digest.items) == 1
    item = digest.items[0]
    assert (item.article_id, item.title, item.source_name) == (lead.id, "Beta take", "Beta")
    assert item.also_sources == ("Alpha", "Gamma")
    assert item.key_points == ("p1", "p2", "p3")  # config.digest.key_points
    assert item.quote is not None and (item.quote.text, item.quote.speaker) == (
        "Best words.", "Ann Lee")
    assert item.url == lead.canonical_url


async def test_ranking_weighs_recency_cluster_size_and_diversity(session: AsyncSession) -> None:
    wide = await add_story(session, at=hours_ago(4), article_count=6, source_count=5)
    for i in range(6):
        src = await add_source(session, f"Outlet {i}")
        await add_article(session, wide, src, title=f"Wide {i}", fetched_at=hours_ago(4),
                          lead=i == 0)
    await single(session, "Fresh single", hours=0.5)
    await single(session, "Stale single", hours=40)
    await single(session, "Older single", hours=6)
    chat = await add_chat(session)
    assert titles(await compose(session, chat)) == [
        "Wide 0", "Fresh single", "Older single", "Stale single"]


async def test_digest_size_from_chat_then_config_capped(session: AsyncSession) -> None:
    for n in range(12):
        await single(session, f"Story {n}", hours=1 + n / 10)
    chat = await add_chat(session, digest_size=2)
    assert titles(await compose(session, chat)) == ["Story 0", "Story 1"]
    chat.digest_size = 0
    assert len((await compose(session, chat)).items) == CONFIG.digest.size
    chat.digest_size = 50
    assert len((await compose(session, chat)).items) == CONFIG.digest.max_size


async def test_a_fixed_number_of_queries_per_chat(
    session: AsyncSession, engine: AsyncEngine
) -> None:
    source = await add_source(session, "Bulk")
    for n in range(150):  # more than one page of candidates for a digest of 10
        story = await add_story(session, at=hours_ago(1 + n / 100))
        await add_article(session, story, source, title=f"Bulk {n}",
                          fetched_at=hours_ago(1 + n / 100), quotes=[("Q.", "S")])
    chat = await add_chat(session, digest_size=10, exclude_terms=["nothing"])
    await session.commit()
    statements: list[str] = []

    def count(*args: Any) -> None:
        statements.append(args[2])

    event.listen(engine.sync_engine, "before_cursor_execute", count)
    try:
        digest = await compose_digest(session, chat, CONFIG, now=NOW)
    finally:
        event.remove(engine.sync_engine, "before_cursor_execute", count)
    assert len(digest.items) == 10
    assert len(statements) <= 4, statements


async def test_long_running_story_still_shows_its_old_lead(session: AsyncSession) -> None:
    sources = [await add_source(session, f"Outlet {i}") for i in range(3)]
    story = await add_story(session, at=hours_ago(20), article_count=70, source_count=3)
    lead = await add_article(session, story, sources[0], title="The original report",
                             fetched_at=hours_ago(20), lead=True, quotes=[("First.", "A B")])
    for n in range(69):
        await add_article(session, story, sources[1 + n % 2], title=f"Update {n}",
                          fetched_at=hours_ago(19 - n / 10))
    chat = await add_chat(session)
    digest = await compose(session, chat)
    assert [(i.article_id, set(i.also_sources)) for i in digest.items] == [
        (lead.id, {"Outlet 1", "Outlet 2"})]
    assert digest.items[0].quote is not None and digest.items[0].quote.text == "First."


async def test_include_seen_ignores_the_cursor_but_not_the_age_limit(
    session: AsyncSession,
) -> None:
    await single(session, "Too old", hours=50)
    before = await single(session, "Before the cursor", hours=3)
    chat = await add_chat(session, cursor_article_id=before.id + 5)
    digest = await compose(session, chat, include_seen=True)
    assert titles(digest) == ["Before the cursor"]
    assert digest.cursor_to == before.id + 5  # never moves a cursor backwards
    assert (await compose(session, chat)).empty


async def test_scan_walks_pages_and_windows_then_stops_at_its_span(
    session: AsyncSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    from digests.compose import select as selection

    # Tiny pages and windows, so a dozen articles exercise every branch of the scan.
    monkeypatch.setattr(selection, "MIN_PAGE_SIZE", 2)
    monkeypatch.setattr(selection, "MAX_PAGE_SIZE", 2)
    monkeypatch.setattr(selection, "ID_WINDOW", 3)
    monkeypatch.setattr(selection, "MIN_POOL_STORIES", 100)
    oldest = await single(session, "Oldest match", hours=20)
    for n in range(10):
        await single(session, f"Story {n}", hours=10 - n / 2)
    chat = await add_chat(session, digest_size=10)
    digest = await compose(session, chat)
    # All eleven stories were scanned across pages and windows; the oldest ranked out.
    assert set(titles(digest)) == {f"Story {n}" for n in range(10)}

    monkeypatch.setattr(selection, "MAX_ID_SPAN", 6)
    chat.include_terms = ["oldest"]
    assert (await compose(session, chat)).empty  # beyond the newest 6 ids: not scanned
    monkeypatch.setattr(selection, "MAX_ID_SPAN", 100)
    assert [i.article_id for i in (await compose(session, chat)).items] == [oldest.id]


async def test_a_chat_language_keeps_that_language_and_unknown_ones(session: AsyncSession) -> None:
    english = await single(session, "Harbour reopens", hours=3)
    german = await single(session, "Hafen wieder offen", hours=2)
    unknown = await single(session, "Untold language", hours=1)
    english.language, german.language, unknown.language = "en", "de", ""
    chat = await add_chat(session, language="de")
    assert sorted(titles(await compose(session, chat))) == ["Hafen wieder offen", "Untold language"]
    chat.language = "any"
    assert len(titles(await compose(session, chat))) == 3


async def test_a_key_point_that_only_repeats_the_quote_is_left_out(session: AsyncSession) -> None:
    await single(
        session, "River clean-up", key_points=[
            "Volunteers pulled two tonnes of rubbish from the river.",
            '"Every year the river surprises us," said Oskar Lind.',
        ],
        quotes=[("Every year the river surprises us", "Oskar Lind")],
    )
    digest = await compose(session, await add_chat(session))
    (item,) = digest.items
    assert item.key_points == ("Volunteers pulled two tonnes of rubbish from the river.",)
    assert item.quote is not None and item.quote.speaker == "Oskar Lind"


async def test_key_points_that_repeat_part_of_the_quote_are_left_out(
    session: AsyncSession,
) -> None:
    # The quote shown is longer than what the points repeat of it: a point that quotes its
    # opening words, one that is a later sentence of it, and one that shares a long run of it.
    await single(
        session, "Harbour plan", key_points=[
            "The council approved the harbour plan on Tuesday.",
            'Mayor Ann Lee said, "In many ways the harbour is our front door."',
            "Every ship that comes in tells the world who we are.",
            "She added that the harbour is our front door to the world and must stay open.",
            "Critics said the harbour plan costs too much.",
        ],
        quotes=[("In many ways the harbour is our front door to the world. Every ship that "
                 "comes in tells the world who we are.", "Ann Lee")],
    )
    digest = await compose(session, await add_chat(session))
    (item,) = digest.items
    assert item.key_points == (
        "The council approved the harbour plan on Tuesday.",
        "Critics said the harbour plan costs too much.",
    )


async def test_a_key_point_sharing_a_few_words_with_the_quote_is_kept(
    session: AsyncSession,
) -> None:
    points = ["The harbour will stay open all winter.",
              'On Monday the mayor called the reopening "a good day for the harbour" in a speech.']
    await single(session, "Harbour open", key_points=points,
                 quotes=[("It is a good day for the harbour and for the town.", "Ann Lee")])
    digest = await compose(session, await add_chat(session))
    assert digest.items[0].key_points == tuple(points)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Nobody said it, for all the reader can tell: a slogan, a heading, a line of a tweet.
        ("Make America Great Again.", None),
        ("I'm on television and you're in a trailer, honey", "  "),
    ],
)
async def test_a_quote_without_a_speaker_is_not_shown(
    session: AsyncSession, text: str, speaker: str | None
) -> None:
    points = ["The rally drew 3,000 people to the fairground.",
              f'The crowd chanted "{text}" for minutes on end at the fairground.']
    await single(session, "Rally", key_points=points, quotes=[(text, speaker)])
    (item,) = (await compose(session, await add_chat(session))).items
    assert item.quote is None
    assert item.key_points == tuple(points)  # nothing shown for a point to repeat


@pytest.mark.parametrize("text", ["I will not resign.", "We will rebuild"])
async def test_a_short_quote_with_its_speaker_is_shown(session: AsyncSession, text: str) -> None:
    # A quote set off by a comma ('"We will rebuild," she said') is stored without a full stop.
    await single(session, "Resign", quotes=[(text, "Ann Lee")])
    (item,) = (await compose(session, await add_chat(session))).items
    assert item.quote is not None and item.quote.text == text


async def test_also_names_other_outlets_not_another_feed_of_the_shown_one(
    session: AsyncSession,
) -> None:
    # One newsroom often has several feeds (its world and its politics pages), each a source
    # of its own name; a reader of "also:" wants the other newsrooms that carry the story.
    world, politics, wire = [
        await add_source(session, n) for n in ("Morning Post - World", "Morning Post: Politics",
                                               "Harbour Wire")
    ]
    story = await add_story(session, at=hours_ago(3), article_count=3, source_count=3)
    lead = await add_article(session, story, world, title="Dam opens", fetched_at=hours_ago(3),
                             lead=True)
    same_paper = await add_article(session, story, politics, title="Dam opens, minister says",
                                   fetched_at=hours_ago(2))
    other = await add_article(session, story, wire, title="New dam opens",
                              fetched_at=hours_ago(1))
    for article, url in ((lead, "https://www.morningpost.co.uk/world/dam"),
                         (same_paper, "https://morningpost.co.uk/politics/dam-minister"),
                         (other, "https://harbourwire.example/dam")):
        article.url = article.canonical_url = url
    chat = await add_chat(session)
    digest = await compose(session, chat)
    assert [(i.source_name, i.also_sources) for i in digest.items] == [
        ("Morning Post - World", ("Harbour Wire",))
    ]
