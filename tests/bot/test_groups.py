"""Groups and supergroups: who may change settings, the bot joining and leaving, forum topics,
and a group becoming a supergroup."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.bot.harness import BotHarness
from tests.compose.store_helpers import add_article, add_source, add_story

GROUP = -4001
OWNER, ADMIN, MEMBER = 11, 12, 13


async def test_non_admin_is_refused_and_nothing_changes(bot: BotHarness) -> None:
    bot.standin.set_admins(GROUP, [OWNER, ADMIN])
    bot.standin.user(MEMBER, "Mo")
    reply = await bot.say_in_group(GROUP, MEMBER, "/time 09:00")
    assert "only this group's administrators" in reply.text
    reply = await bot.say_in_group(GROUP, MEMBER, "/subscribe")
    assert "only this group's administrators" in reply.text
    chat = await bot.chat(GROUP)
    assert chat is None or (chat.send_times == ["08:00"] and not chat.subscribed)


async def test_admins_change_settings_and_members_may_read_them(bot: BotHarness) -> None:
    bot.standin.set_admins(GROUP, [OWNER, ADMIN])
    bot.standin.user(ADMIN, "Ada")
    bot.standin.user(MEMBER, "Mo")
    done = await bot.say_in_group(GROUP, ADMIN, "/subscribe")
    assert done.text.startswith("Subscribed!")
    done = await bot.say_in_group(GROUP, ADMIN, "/time@newsdigest_test_bot 07:15")
    assert "07:15" in done.text
    shown = await bot.say_in_group(GROUP, MEMBER, "/time")
    assert "07:15" in shown.text
    chat = await bot.chat(GROUP)
    assert chat is not None and chat.type == "group" and chat.subscribed
    assert chat.send_times == ["07:15"]


async def test_group_settings_buttons_are_for_admins_only(bot: BotHarness) -> None:
    bot.standin.set_admins(GROUP, [OWNER])
    bot.standin.user(OWNER, "Olga")
    bot.standin.user(MEMBER, "Mo")
    menu = await bot.say_in_group(GROUP, OWNER, "/settings")
    answer = await bot.tap(GROUP, MEMBER, "set:size:3", message_id=menu.message_id,
                           chat_type="group", edits=False)
    assert "administrators" in answer.get("text", "") and answer.get("show_alert")
    await bot.tap(GROUP, OWNER, "set:size:3", message_id=menu.message_id, chat_type="group")
    chat = await bot.chat(GROUP)
    assert chat is not None and chat.digest_size == 3


async def test_admin_check_is_cached_briefly(bot: BotHarness) -> None:
    bot.standin.set_admins(GROUP, [OWNER])
    bot.standin.user(OWNER, "Olga")
    for text in ["/time 07:00", "/time 08:00", "/filter +rain"]:
        await bot.say_in_group(GROUP, OWNER, text)
    assert len(bot.standin.calls_to("getChatMember")) == 1


async def test_bot_added_says_hello_and_removed_deactivates(bot: BotHarness) -> None:
    bot.standin.user(OWNER, "Olga")
    bot.standin.my_chat_member(GROUP, new_status="member", title="News & Views",
                               by_user_id=OWNER)
    bot.standin.set_admins(GROUP, [OWNER])
    hello = (await bot.standin.wait_for_messages(GROUP, 1))[0]
    assert "Thanks for adding me to News & Views" in hello.entities_text
    assert "/subscribe" in hello.text
    chat = await bot.chat(GROUP)
    assert chat is not None and chat.active
    await bot.say_in_group(GROUP, OWNER, "/subscribe")
    await bot.say_in_group(GROUP, OWNER, "/filter +climate")
    bot.standin.my_chat_member(GROUP, new_status="left", old_status="member")
    chat = await bot.wait_for_chat(GROUP, lambda c: not c.active)
    assert chat.inactive_reason == "removed the bot"
    assert chat.subscribed and chat.include_terms == ["climate"] and chat.next_slot_at is None
    # Added back: it picks up where it left off, settings intact.
    bot.standin.my_chat_member(GROUP, new_status="administrator", old_status="left")
    await bot.standin.wait_for_messages(GROUP, 4)
    chat = await bot.chat(GROUP)
    assert chat is not None and chat.active and chat.next_slot_at is not None


async def test_private_block_deactivates_the_chat(bot: BotHarness) -> None:
    await bot.say(OWNER, "/subscribe")
    bot.standin.my_chat_member(OWNER, new_status="kicked", old_status="member",
                               chat_type="private")
    chat = await bot.wait_for_chat(OWNER, lambda c: not c.active)
    assert chat.inactive_reason == "blocked the bot"


async def test_bare_unknown_commands_in_groups_are_left_to_other_bots(bot: BotHarness) -> None:
    bot.standin.user(MEMBER, "Mo")
    bot.standin.group_message(GROUP, MEMBER, "/weather")
    bot.standin.group_message(GROUP, MEMBER, "/roll@dice_bot")
    reply = await bot.say_in_group(GROUP, MEMBER, "/weather@newsdigest_test_bot")
    assert "I don't know /weather" in reply.text
    assert len(bot.standin.messages_to(GROUP)) == 1


async def test_forum_topic_choice_and_replies_in_the_topic(bot: BotHarness) -> None:
    forum = -100777
    bot.standin.set_admins(forum, [OWNER])
    bot.standin.user(OWNER, "Olga")
    reply = await bot.say_in_group(forum, OWNER, "/topic", chat_type="supergroup",
                                   is_forum=True, message_thread_id=42)
    assert "this topic" in reply.text
    assert reply.message_thread_id == 42
    chat = await bot.chat(forum)
    assert chat is not None and chat.thread_id == 42 and chat.type == "supergroup"
    settings = await bot.say_in_group(forum, OWNER, "/settings", chat_type="supergroup",
                                      is_forum=True, message_thread_id=42)
    # The thread id (42) means nothing to people: the summary says where, in words.
    assert "Topic: 42" not in settings.text and "the topic chosen with /topic" in settings.text
    general = await bot.say_in_group(forum, OWNER, "/topic", chat_type="supergroup",
                                     is_forum=True)
    assert "General topic" in general.text, general.text  # as Telegram names it
    plain = await bot.say_in_group(GROUP, OWNER, "/topic")
    assert "only in forum groups" in plain.text


async def test_topic_as_a_reply_in_the_general_topic_means_general(bot: BotHarness) -> None:
    # A reply in General carries its root message's id as message_thread_id, but no topic:
    # sending there with that id would fail with "message thread not found".
    forum = -100779
    bot.standin.set_admins(forum, [OWNER])
    bot.standin.user(OWNER, "Olga")
    shown = await bot.say_in_group(forum, OWNER, "/topic", chat_type="supergroup",
                                   is_forum=True, message_thread_id=42)
    assert shown.message_thread_id == 42
    menu = await bot.say_in_group(forum, OWNER, "/settings", chat_type="supergroup",
                                  is_forum=True)
    assert menu.message_thread_id is None
    back = await bot.say_in_group(forum, OWNER, "/topic", chat_type="supergroup",
                                  is_forum=True, reply_to_message_id=menu.message_id)
    assert back.message_thread_id is None
    chat = await bot.chat(forum)
    assert chat is not None and chat.thread_id is None
    assert bot.standin.validation_errors == []


async def test_migration_moves_the_chat_with_its_settings(bot: BotHarness) -> None:
    bot.standin.set_admins(GROUP, [OWNER])
    bot.standin.user(OWNER, "Olga")
    await bot.say_in_group(GROUP, OWNER, "/subscribe")
    await bot.say_in_group(GROUP, OWNER, "/filter +climate")
    new_id = -1004001
    bot.standin.migrate(GROUP, new_id, announce=True)
    chat = await bot.wait_for_chat(new_id, lambda c: True)
    assert await bot.chat(GROUP) is None
    assert chat.type == "supergroup"
    assert chat.subscribed and chat.include_terms == ["climate"]
    # The new supergroup works at once, with the admins it inherited.
    reply = await bot.say_in_group(new_id, OWNER, "/filter", chat_type="supergroup")
    assert "climate" in reply.text



async def test_forum_settings_button_picks_the_topic_it_was_tapped_in(bot: BotHarness) -> None:
    forum = -100778
    bot.standin.set_admins(forum, [OWNER])
    bot.standin.user(OWNER, "Olga")
    menu = await bot.say_in_group(forum, OWNER, "/settings", chat_type="supergroup",
                                  is_forum=True, message_thread_id=7)
    assert "Send digests to this topic" in menu.button_texts()
    assert menu.message_thread_id == 7
    answer = await bot.tap(forum, OWNER, "set:topic", message_id=menu.message_id,
                           chat_type="supergroup")
    assert answer.get("text") == "Digests go to this topic"
    chat = await bot.chat(forum)
    assert chat is not None and chat.thread_id == 7
    plain = await bot.say_in_group(GROUP, OWNER, "/settings")
    assert "Send digests to this topic" not in plain.button_texts()


async def test_promoting_the_bot_does_not_undo_a_groups_stop(bot: BotHarness) -> None:
    bot.standin.set_admins(GROUP, [OWNER])
    bot.standin.user(OWNER, "Olga")
    bot.standin.my_chat_member(GROUP, new_status="member", by_user_id=OWNER)
    await bot.standin.wait_for_messages(GROUP, 1)
    await bot.say_in_group(GROUP, OWNER, "/subscribe")
    await bot.say_in_group(GROUP, OWNER, "/stop")
    # The bot stays in the group throughout: only its rights change.
    bot.standin.my_chat_member(GROUP, new_status="administrator", old_status="member")
    bot.standin.my_chat_member(GROUP, new_status="member", old_status="administrator")
    # Updates are handled in order, so the reply comes after both changes were.
    reply = await bot.say_in_group(GROUP, OWNER, "/digest")
    assert "/start or /subscribe to come back" in reply.text, reply.text
    chat = await bot.chat(GROUP)
    assert chat is not None and not chat.active and chat.inactive_reason == "stopped"
    assert chat.next_slot_at is None


async def test_a_member_of_a_stopped_group_is_told_who_can_bring_the_bot_back(
    bot: BotHarness,
) -> None:
    bot.standin.set_admins(GROUP, [OWNER])
    bot.standin.user(OWNER, "Olga")
    bot.standin.user(MEMBER, "Mo")
    await bot.say_in_group(GROUP, OWNER, "/stop")
    # A member's /start does not restart the group, so they must not be told to send it.
    stopped = await bot.say_in_group(GROUP, MEMBER, "/digest")
    assert "An administrator can send /start" in stopped.text
    await bot.say_in_group(GROUP, MEMBER, "/start")
    chat = await bot.chat(GROUP)
    assert chat is not None and not chat.active
    await bot.say_in_group(GROUP, OWNER, "/start")
    chat = await bot.chat(GROUP)
    assert chat is not None and chat.active


async def test_digest_tip_in_an_unsubscribed_group_says_who_can_subscribe(bot: BotHarness) -> None:
    bot.standin.set_admins(GROUP, [OWNER])
    bot.standin.user(OWNER, "Olga")
    bot.standin.user(MEMBER, "Mo")
    async with bot.sessions() as session, session.begin():
        source = await add_source(session, "Daily Planet")
        now = datetime.now(UTC)
        story = await add_story(session, at=now)
        await add_article(session, story, source, title="Bridge reopens", fetched_at=now,
                          published_at=now, lead=True)

    bot.standin.group_message(GROUP, MEMBER, "/digest")
    await bot.standin.wait_for(lambda s: any("Tip" in m.text for m in s.messages_to(GROUP)))
    [digest] = bot.standin.messages_to(GROUP)  # the tip ends the digest, after its stories
    # A member's /subscribe would only be refused: the tip says who can send it.
    assert "Bridge reopens" in digest.text, digest.text
    assert digest.text.endswith("Tip: an administrator can send /subscribe to get a digest "
                                "like this every day."), digest.text


async def test_a_members_start_subscribe_in_a_group_says_who_can_subscribe(
    bot: BotHarness,
) -> None:
    bot.standin.set_admins(GROUP, [OWNER])
    bot.standin.user(MEMBER, "Mo")
    refused = await bot.say_in_group(GROUP, MEMBER, "/start subscribe")
    assert "only this group's administrators can subscribe" in refused.text, refused.text
    welcome = await bot.say_in_group(GROUP, MEMBER, "/start")
    assert "An administrator can send /subscribe" in welcome.text, welcome.text
    chat = await bot.chat(GROUP)
    assert chat is not None and not chat.subscribed


async def test_a_members_time_in_an_unsubscribed_group_says_who_can_subscribe(
    bot: BotHarness,
) -> None:
    bot.standin.set_admins(GROUP, [OWNER])
    bot.standin.user(MEMBER, "Mo")
    shown = await bot.say_in_group(GROUP, MEMBER, "/time")
    assert "not subscribed" in shown.text and "an administrator can send /subscribe" in shown.text


async def test_chatter_in_a_group_gets_no_reply(bot: BotHarness) -> None:
    bot.standin.set_admins(GROUP, [OWNER])
    bot.standin.user(MEMBER, "Mo")
    bot.standin.group_message(GROUP, MEMBER, "anyone seen the news today?")
    help_reply = await bot.say_in_group(GROUP, MEMBER, "/help")  # handled after the chatter
    assert "What I can do" in help_reply.text
    assert len(bot.standin.messages_to(GROUP)) == 1
