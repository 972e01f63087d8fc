"""/digest end to end: stored stories -> outbox -> sender -> the chat; then "Nothing new since"."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from digests.chats import find_chat
from tests.bot.harness import BotHarness
from tests.compose.store_helpers import add_article, add_source, add_story

ANN = 101


async def _store_stories(
    bot: BotHarness, titles: list[str], source_name: str = "Daily Planet"
) -> None:
    now = datetime.now(UTC)
    async with bot.sessions() as session, session.begin():
        source = await add_source(session, source_name)
        for n, title in enumerate(titles):
            at = now - timedelta(minutes=10 + n)
            story = await add_story(session, at=at)
            await add_article(session, story, source, title=title, fetched_at=at,
                              published_at=at, lead=True,
                              quotes=[("We will rebuild", "Lois Lane")])


async def test_digest_delivers_stored_stories_then_nothing_new(bot: BotHarness) -> None:
    await bot.say(ANN, "/subscribe")
    await _store_stories(bot, ["Bridge reopens <today>", "Rates & prices fall"])
    bot.standin.private_message(ANN, "/digest")
    await bot.standin.wait_for(
        lambda s: any("Bridge reopens <today>" in m.entities_text for m in s.messages_to(ANN))
    )
    digest = next(m for m in bot.standin.messages_to(ANN) if "Bridge reopens" in m.entities_text)
    assert "Rates & prices fall" in digest.entities_text
    assert "Lois Lane" in digest.entities_text
    assert digest.reply_to_message_id is not None
    nothing = await bot.say(ANN, "/digest")
    assert nothing.text.startswith("Nothing new since ")
    assert "(UTC)" in nothing.text
    chat = await bot.chat(ANN)
    assert chat is not None and chat.cursor_at is not None and chat.cursor_article_id > 0
    assert bot.standin.validation_errors == []
    assert bot.standin.formatting_lost == []  # no story lost its bold or links past 100 entities


async def test_nothing_new_is_shown_in_the_chats_local_time(bot: BotHarness) -> None:
    await bot.say(ANN, "/timezone Asia/Tokyo")
    await _store_stories(bot, ["Only story"])
    bot.standin.private_message(ANN, "/digest")
    await bot.standin.wait_for(
        lambda s: any("Only story" in m.entities_text for m in s.messages_to(ANN))
    )
    nothing = await bot.say(ANN, "/digest")
    assert "(Asia/Tokyo)" in nothing.text
    chat = await bot.chat(ANN)
    assert chat is not None and chat.cursor_at is not None
    local = chat.cursor_at.astimezone(ZoneInfo("Asia/Tokyo"))
    assert f"{local:%H:%M}" in nothing.text


async def test_nothing_new_names_today_yesterday_or_the_date(bot: BotHarness) -> None:
    await _store_stories(bot, ["Only story"])
    bot.standin.private_message(ANN, "/digest")
    await bot.standin.wait_for(
        lambda s: any("Only story" in m.entities_text for m in s.messages_to(ANN))
    )
    chat = await bot.chat(ANN)
    assert chat is not None and chat.cursor_at is not None
    today = await bot.say(ANN, "/digest")
    assert today.text == f"Nothing new since {chat.cursor_at:%H:%M} today (UTC). Try again later."
    now = datetime.now(UTC)
    for days_ago, expected in [(1, "Nothing new since yesterday, 07:15 (UTC)"),
                               (3, "Nothing new since {day} {month}, 07:15 (UTC)")]:
        then = (now - timedelta(days=days_ago)).replace(hour=7, minute=15)
        async with bot.sessions() as session, session.begin():
            row = await find_chat(session, ANN)
            assert row is not None
            row.cursor_at = then
        older = await bot.say(ANN, "/digest")
        wanted = expected.format(day=then.day, month=f"{then:%b}")
        if then.year != now.year:  # early January: three days ago was last year
            wanted = wanted.replace(f"{then:%b}", f"{then:%b %Y}")
        assert older.text.startswith(wanted), older.text


async def test_digest_before_any_news_and_without_subscription(bot: BotHarness) -> None:
    nothing = await bot.say(ANN, "/digest")
    assert nothing.text.startswith("Nothing new yet")
    await _store_stories(bot, ["First news"])
    bot.standin.private_message(ANN, "/digest")
    await bot.standin.wait_for(
        lambda s: any("First news" in m.entities_text for m in s.messages_to(ANN))
        and any("/subscribe" in m.text for m in s.messages_to(ANN))
    )


async def test_the_subscribe_tip_ends_the_first_digest_and_is_not_repeated(
    bot: BotHarness,
) -> None:
    # The digest goes through the outbox; a tip sent as a plain reply arrived before it.
    await _store_stories(bot, ["First news"])
    bot.standin.private_message(ANN, "/digest")
    await bot.standin.wait_for(
        lambda s: any("First news" in m.entities_text for m in s.messages_to(ANN))
    )
    await _store_stories(bot, ["Second news"], source_name="Evening Star")
    bot.standin.private_message(ANN, "/digest")
    await bot.standin.wait_for(
        lambda s: any("Second news" in m.entities_text for m in s.messages_to(ANN))
    )
    first, second = bot.standin.messages_to(ANN)  # the two digests, nothing in between
    assert "First news" in first.text and "Second news" in second.text
    assert first.text.endswith("Tip: send /subscribe to get a digest like this every day."), (
        first.text)
    assert "/subscribe" not in second.text
    assert bot.standin.validation_errors == []


async def test_digest_again_repeats_what_the_chat_already_got(bot: BotHarness) -> None:
    await _store_stories(bot, ["Repeatable story"])
    bot.standin.private_message(ANN, "/digest")
    await bot.standin.wait_for(
        lambda s: sum("Repeatable story" in m.entities_text for m in s.messages_to(ANN)) == 1
    )
    assert (await bot.say(ANN, "/digest")).text.startswith("Nothing new since")
    bot.standin.private_message(ANN, "/digest again")
    await bot.standin.wait_for(
        lambda s: sum("Repeatable story" in m.entities_text for m in s.messages_to(ANN)) == 2
    )


async def test_anyone_in_a_group_may_ask_for_a_digest(bot: BotHarness) -> None:
    group, member = -4001, 13
    bot.standin.set_admins(group, [11])
    bot.standin.user(member, "Mo")
    await _store_stories(bot, ["Group story"])
    bot.standin.group_message(group, member, "/digest@newsdigest_test_bot")
    await bot.standin.wait_for(
        lambda s: any("Group story" in m.entities_text for m in s.messages_to(group))
    )
    assert bot.standin.calls_to("getChatMember") == []  # reading needs no admin check


async def test_digest_asked_for_in_a_forum_topic_answers_there_or_in_the_chosen_one(
    bot: BotHarness,
) -> None:
    # The digest replies to the /digest message. Without a chosen topic, Telegram puts a reply
    # sent without message_thread_id in the topic of the message it answers; with one, it goes
    # to the chosen topic and quotes across topics.
    forum, member, owner = -100555, 13, 11
    bot.standin.set_admins(forum, [owner])
    bot.standin.user(member, "Mo")
    bot.standin.user(owner, "Olga")
    await _store_stories(bot, ["Forum story"])
    bot.standin.group_message(forum, member, "/digest", chat_type="supergroup", is_forum=True,
                              message_thread_id=7)
    await bot.standin.wait_for(
        lambda s: any("Forum story" in m.entities_text for m in s.messages_to(forum))
    )
    [digest] = [m for m in bot.standin.messages_to(forum) if "Forum story" in m.entities_text]
    assert digest.message_thread_id == 7 and digest.reply_to_message_id is not None
    await bot.say_in_group(forum, owner, "/topic", chat_type="supergroup", is_forum=True,
                           message_thread_id=42)
    bot.standin.group_message(forum, member, "/digest again", chat_type="supergroup",
                              is_forum=True, message_thread_id=7)
    await bot.standin.wait_for(
        lambda s: sum("Forum story" in m.entities_text for m in s.messages_to(forum)) == 2
    )
    second = [m for m in bot.standin.messages_to(forum) if "Forum story" in m.entities_text][-1]
    assert second.message_thread_id == 42 and second.reply_to_message_id is not None
    assert bot.standin.validation_errors == []


async def test_stopped_chat_is_told_how_to_come_back(bot: BotHarness) -> None:
    await _store_stories(bot, ["Unseen story"])
    await bot.say(ANN, "/stop")
    reply = await bot.say(ANN, "/digest")
    assert "Send /start to come back" in reply.text
    chat = await bot.chat(ANN)
    assert chat is not None and chat.cursor_article_id == 0  # nothing was taken from the news


async def test_a_user_who_unblocked_the_bot_gets_the_digest(bot: BotHarness) -> None:
    await bot.say(ANN, "/subscribe")
    bot.standin.my_chat_member(ANN, new_status="kicked", old_status="member",
                               chat_type="private")
    await bot.wait_for_chat(ANN, lambda c: not c.active)
    await _store_stories(bot, ["Back again"])
    bot.standin.private_message(ANN, "/digest")
    await bot.standin.wait_for(
        lambda s: any("Back again" in m.entities_text for m in s.messages_to(ANN))
    )
    chat = await bot.chat(ANN)
    assert chat is not None and chat.active and chat.next_slot_at is not None
