"""/sources: everyone can list; only the bot's administrators add (fetched for real from a
loopback server) and remove."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from sqlalchemy import select

from digests.config import FetchConfig
from digests.store.models import Source
from tests.bot.harness import BOT_ADMIN, BotHarness, started_bot
from tests.fakes.webserver import Route, WebServer

ANN = 101
RSS = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire &amp; Co</title>'
       b"<link>http://127.0.0.1/</link><description>d</description>"
       b"<item><title>One</title><link>http://127.0.0.1/1</link><guid>1</guid></item>"
       b"</channel></rss>")


@pytest.fixture
def web() -> Iterator[WebServer]:
    with WebServer() as server:
        yield server


@pytest.fixture
async def loopback_bot(sqlite_url: str) -> AsyncIterator[BotHarness]:
    # The feed server is on loopback; a real deployment refuses private addresses.
    async with started_bot(sqlite_url, fetch=FetchConfig(allow_private_addresses=True)) as bot:
        yield bot


async def test_list_add_remove_by_a_bot_admin(loopback_bot: BotHarness, web: WebServer) -> None:
    bot = loopback_bot
    feed = web.route("/rss", Route(body=RSS, content_type="application/rss+xml"))
    empty = await bot.say(BOT_ADMIN, "/sources")
    assert "No sources yet" in empty.text
    added = await bot.say(BOT_ADMIN, f"/sources add {feed}")
    assert added.text.startswith("Added source 1 (feed)") and feed in added.text
    assert ("sendChatAction" in {c.method for c in bot.standin.calls})
    again = await bot.say(BOT_ADMIN, f"/sources add {feed}")
    assert again.text.startswith("Sorry, I could not add that source") and "already" in again.text
    listing = await bot.say(ANN, "/sources")
    assert "1. Wire & Co" in listing.entities_text and feed in listing.text
    removed = await bot.say(BOT_ADMIN, "/sources remove 1")
    assert removed.text.startswith("Removed source 1")
    assert "No sources yet" in (await bot.say(ANN, "/sources")).text
    async with bot.sessions() as session:
        assert (await session.execute(select(Source))).first() is None


async def test_private_addresses_are_refused_by_default(bot: BotHarness, web: WebServer) -> None:
    feed = web.route("/rss", Route(body=RSS, content_type="application/rss+xml"))
    refused = await bot.say(BOT_ADMIN, f"/sources add {feed}")
    assert refused.text.startswith("Sorry, I could not add that source")
    assert web.hits("/rss") == []  # refused before any request was made
    async with bot.sessions() as session:
        assert (await session.execute(select(Source))).first() is None


async def test_non_admins_cannot_change_sources(bot: BotHarness) -> None:
    refused = await bot.say(ANN, "/sources add https://news.example/feed.xml")
    assert "only the bot's administrators" in refused.text
    refused = await bot.say(ANN, "/sources remove 1")
    assert "only the bot's administrators" in refused.text
    async with bot.sessions() as session:
        assert (await session.execute(select(Source))).first() is None


async def test_bad_source_arguments_say_what_to_type(bot: BotHarness) -> None:
    bad_url = await bot.say(BOT_ADMIN, "/sources add javascript:alert(1)")
    assert bad_url.text.startswith("Sorry") and "/sources add https://" in bad_url.text
    no_url = await bot.say(BOT_ADMIN, "/sources add")
    assert "give the address" in no_url.text
    bad_id = await bot.say(BOT_ADMIN, "/sources remove seven")
    assert "Try: /sources remove 3" in bad_id.entities_text
    missing = await bot.say(BOT_ADMIN, "/sources remove 42")
    assert "there is no source 42" in missing.text
    unknown = await bot.say(BOT_ADMIN, "/sources purge")
    assert "list, add or remove" in unknown.text


async def test_a_long_source_list_still_fits_one_message(bot: BotHarness) -> None:
    # Thirty sources with long names and addresses once made /sources fail for everyone with
    # "message is too long".
    async with bot.sessions() as session, session.begin():
        for n in range(30):
            session.add(Source(url=f"https://news.example/rss/{n}?" + "topic=world&" * 10,
                               name=f"Source {n}: " + "World & Politics " * 6))
    listing = await bot.say(ANN, "/sources")
    assert listing.text.startswith("<b>Sources</b>") and "…and more." in listing.text
    assert "1. Source 0: World & Politics" in listing.entities_text
    assert bot.standin.validation_errors == []


async def test_an_address_without_https_is_read_as_a_browser_reads_it(
    bot: BotHarness, web: WebServer
) -> None:
    feed = web.route("/rss", Route(body=RSS, content_type="application/rss+xml"))
    bare = feed.removeprefix("http://")
    refused = await bot.say(BOT_ADMIN, f"/sources add {bare}")
    # Taken as https://127.0.0.1:.../rss, and refused for what it is (a loopback address), not
    # for a missing "scheme" the user never heard of.
    assert "scheme" not in refused.text and "loopback" in refused.text, refused.text
    assert web.hits("/rss") == []
    word = await bot.say(BOT_ADMIN, "/sources add headlines")
    assert "start it with https://" in word.text and "scheme" not in word.text, word.text
