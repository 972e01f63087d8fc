"""getUpdates long polling and the scripted updates, read back by python-telegram-bot."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time

import pytest
from telegram import Bot, ChatMemberAdministrator, ChatMemberOwner
from telegram.constants import ChatMemberStatus
from telegram.error import Conflict

from bot.standin import BotApiStandin


async def test_queued_updates_come_back_in_order(standin: BotApiStandin, bot: Bot) -> None:
    standin.user(7, "Ann", username="ann", language_code="de")
    first = standin.private_message(7, "/start welcome")
    second = standin.private_message(7, "hello")
    updates = await bot.get_updates(timeout=1)
    assert [u.update_id for u in updates] == [first["update_id"], second["update_id"]]
    message = updates[0].message
    assert message is not None and message.from_user is not None
    assert message.chat.id == 7 and message.chat.type == "private"
    assert message.from_user.username == "ann"
    assert message.from_user.language_code == "de"
    assert message.text == "/start welcome"
    assert message.entities[0].type == "bot_command" and message.entities[0].length == 6


async def test_offset_confirms_earlier_updates(standin: BotApiStandin, bot: Bot) -> None:
    standin.private_message(7, "one")
    standin.private_message(7, "two")
    [one, two] = await bot.get_updates()
    again = await bot.get_updates(offset=two.update_id)
    assert [u.update_id for u in again] == [two.update_id]
    assert await bot.get_updates(offset=two.update_id + 1) == ()
    assert one.update_id < two.update_id


async def test_limit_and_negative_offset(standin: BotApiStandin, bot: Bot) -> None:
    for i in range(5):
        standin.private_message(7, f"m{i}")
    assert len(await bot.get_updates(limit=2)) == 2
    last_two = await bot.get_updates(offset=-2)
    assert [u.message.text for u in last_two if u.message] == ["m3", "m4"]


async def test_long_poll_waits_for_an_update(standin: BotApiStandin, bot: Bot) -> None:
    poll = asyncio.create_task(bot.get_updates(timeout=3))
    await asyncio.sleep(0.1)
    assert not poll.done()
    standin.private_message(7, "arrives late")
    updates = await asyncio.wait_for(poll, 1.0)
    assert updates[0].message is not None and updates[0].message.text == "arrives late"


async def test_long_poll_returns_empty_after_its_timeout(bot: Bot) -> None:
    started = time.monotonic()
    assert await bot.get_updates(timeout=dt.timedelta(seconds=0.3)) == ()
    assert 0.25 <= time.monotonic() - started < 1.0


async def test_stop_releases_a_pending_poll_at_once(standin: BotApiStandin, bot: Bot) -> None:
    poll = asyncio.create_task(bot.get_updates(timeout=30))
    await asyncio.sleep(0.1)
    started = time.monotonic()
    await standin.stop()
    assert await asyncio.wait_for(poll, 1.0) == ()
    assert time.monotonic() - started < 0.5


async def test_a_second_poll_ends_the_first_with_conflict(
    standin: BotApiStandin, bot: Bot
) -> None:
    first = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.1)
    second = asyncio.create_task(bot.get_updates(timeout=dt.timedelta(seconds=0.2)))
    with pytest.raises(Conflict):
        await asyncio.wait_for(first, 1.0)
    assert await second == ()


async def test_allowed_updates_filter_and_persist(standin: BotApiStandin, bot: Bot) -> None:
    standin.private_message(7, "a message")
    standin.my_chat_member(-5, new_status="member")
    updates = await bot.get_updates(allowed_updates=["my_chat_member"])
    assert [u.my_chat_member is not None for u in updates] == [True]
    standin.private_message(7, "skipped while the filter holds")
    assert await bot.get_updates(offset=updates[-1].update_id + 1) == ()


async def test_group_message_in_a_forum_topic(standin: BotApiStandin, bot: Bot) -> None:
    standin.group_message(
        -100123, 7, "/digest@newsdigest_test_bot", chat_type="supergroup", title="Forum",
        is_forum=True, message_thread_id=42,
    )
    [update] = await bot.get_updates()
    message = update.message
    assert message is not None
    assert message.chat.type == "supergroup" and message.chat.is_forum
    assert message.message_thread_id == 42 and message.is_topic_message
    assert message.entities[0].length == len("/digest@newsdigest_test_bot")


async def test_group_ids_must_be_negative(standin: BotApiStandin) -> None:
    with pytest.raises(ValueError, match="negative"):
        standin.group_message(5, 7, "hi")


async def test_callback_query_carries_the_bots_message(
    standin: BotApiStandin, bot: Bot
) -> None:
    sent = await bot.send_message(7, "choose")
    standin.callback_query(7, 7, "size:3", message_id=sent.message_id)
    [update] = await bot.get_updates()
    query = update.callback_query
    assert query is not None and query.data == "size:3"
    assert query.message is not None and query.message.message_id == sent.message_id
    assert query.from_user.id == 7


async def test_my_chat_member_added_and_removed(standin: BotApiStandin, bot: Bot) -> None:
    standin.set_admins(-5, [7])
    standin.my_chat_member(-5, new_status="administrator", title="Team")
    standin.my_chat_member(-5, new_status="left", old_status="administrator")
    added, removed = await bot.get_updates()
    assert added.my_chat_member is not None and removed.my_chat_member is not None
    assert added.my_chat_member.chat.title == "Team"
    assert added.my_chat_member.from_user.id == 7
    assert added.my_chat_member.old_chat_member.status == ChatMemberStatus.LEFT
    assert added.my_chat_member.new_chat_member.status == ChatMemberStatus.ADMINISTRATOR
    assert removed.my_chat_member.new_chat_member.status == ChatMemberStatus.LEFT
    assert removed.my_chat_member.new_chat_member.user.id == bot.id


async def test_user_blocking_the_bot_in_private(standin: BotApiStandin, bot: Bot) -> None:
    standin.my_chat_member(7, new_status="kicked", chat_type="private")
    [update] = await bot.get_updates()
    assert update.my_chat_member is not None
    assert update.my_chat_member.chat.type == "private"
    assert 7 in standin.world.blocked


async def test_admins_answer_get_chat_member(standin: BotApiStandin, bot: Bot) -> None:
    standin.set_admins(-5, [1, 2])
    owner = await bot.get_chat_member(-5, 1)
    admin = await bot.get_chat_member(-5, 2)
    member = await bot.get_chat_member(-5, 3)
    assert isinstance(owner, ChatMemberOwner)
    assert isinstance(admin, ChatMemberAdministrator)
    assert member.status == ChatMemberStatus.MEMBER
    admins = await bot.get_chat_administrators(-5)
    assert [m.user.id for m in admins] == [1, 2]


async def test_get_chat_for_known_and_guessed_chats(standin: BotApiStandin, bot: Bot) -> None:
    standin.group_message(-5, 1, "hi", title="Readers")
    assert (await bot.get_chat(-5)).title == "Readers"
    assert (await bot.get_chat(-1009)).type == "supergroup"
    assert (await bot.get_chat(9)).type == "private"


async def test_wait_for_messages_and_its_timeout(standin: BotApiStandin, bot: Bot) -> None:
    async def send_later() -> None:
        await asyncio.sleep(0.05)
        await bot.send_message(7, "later")

    task = asyncio.create_task(send_later())
    [message] = await standin.wait_for_messages(7, timeout=2.0)
    await task
    assert message.entities_text == "later"
    with pytest.raises(TimeoutError, match="got 1 of 2"):
        await standin.wait_for_messages(7, count=2, timeout=0.1)


def test_scripts_stay_within_what_telegram_clients_can_send(standin: BotApiStandin) -> None:
    with pytest.raises(ValueError, match="4096"):
        standin.private_message(7, "x" * 4097)
    with pytest.raises(ValueError, match="some text"):
        standin.private_message(7, "  ")
    with pytest.raises(ValueError, match="1-64 bytes"):
        standin.callback_query(7, 7, "x" * 65, message_id=1)


async def test_a_poll_the_client_abandoned_loses_nothing_and_logs_no_token(
    standin: BotApiStandin, bot: Bot, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    abandoned = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.1)
    abandoned.cancel()
    await asyncio.sleep(0.05)
    standin.private_message(7, "sent while nobody listened")
    [update] = await bot.get_updates(timeout=1)
    assert update.message is not None
    assert update.message.text == "sent while nobody listened"
    # The client's own libraries (httpx) log URLs; what the stand-in logs must not hold the token.
    server_side = [r for r in caplog.records if r.name.startswith(("bot.standin", "tornado"))]
    secret = standin.token.split(":", 1)[1]
    assert all(secret not in r.getMessage() for r in server_side)
    assert not [r for r in server_side if r.levelno >= logging.ERROR]
