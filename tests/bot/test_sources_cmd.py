"""/sources: everyone can list; only the bot's administrators add and remove."""

from __future__ import annotations

from sqlalchemy import select

from digests.store.models import Source
from tests.bot.harness import BOT_ADMIN, BotHarness

ANN = 101


async def test_list_add_remove_by_a_bot_admin(bot: BotHarness) -> None:
    empty = await bot.say(BOT_ADMIN, "/sources")
    assert "No sources yet" in empty.text
    added = await bot.say(BOT_ADMIN, "/sources add https://news.example/feed.xml")
    assert added.text.startswith("Added source 1")
    again = await bot.say(BOT_ADMIN, "/sources add https://news.example/feed.xml")
    assert again.text.startswith("Already a source: 1")
    listing = await bot.say(ANN, "/sources")
    assert "1. news.example" in listing.text and "https://news.example/feed.xml" in listing.text
    removed = await bot.say(BOT_ADMIN, "/sources remove 1")
    assert removed.text.startswith("Removed source 1")
    assert "No sources yet" in (await bot.say(ANN, "/sources")).text
    async with bot.sessions() as session:
        rows = (await session.execute(select(Source))).scalars().all()
    # Removing stops polling; the row (and its articles) stay.
    assert [(s.url, s.active) for s in rows] == [("https://news.example/feed.xml", False)]


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
    bad_id = await bot.say(BOT_ADMIN, "/sources remove seven")
    assert "Try: /sources remove 3" in bad_id.entities_text
    missing = await bot.say(BOT_ADMIN, "/sources remove 42")
    assert "there is no source 42" in missing.text
    unknown = await bot.say(BOT_ADMIN, "/sources purge")
    assert "list, add or remove" in unknown.text
