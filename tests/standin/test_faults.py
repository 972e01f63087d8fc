"""Each injected fault reaches python-telegram-bot as the exception Telegram's answer causes."""

from __future__ import annotations

import asyncio
import datetime as dt
import time

import httpx
import pytest
from telegram import Bot
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter, TimedOut

from bot.standin import BotApiStandin, Fault


async def test_retry_after(standin: BotApiStandin, bot: Bot) -> None:
    standin.inject(Fault.retry_after(7))
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(1, "x")
    # PTB_TIMEDELTA (set in tests/conftest.py) makes PTB report it as a timedelta.
    assert caught.value.retry_after in (7, dt.timedelta(seconds=7))
    await bot.send_message(1, "x")  # times=1: the next one goes through
    assert standin.count_429 == 1
    assert len(standin.messages_to(1)) == 1


async def test_blocked_and_kicked_are_forbidden(standin: BotApiStandin, bot: Bot) -> None:
    standin.inject(Fault.blocked(), chat_id=1)
    standin.inject(Fault.kicked(), chat_id=-2)
    with pytest.raises(Forbidden, match="blocked by the user"):
        await bot.send_message(1, "x")
    with pytest.raises(Forbidden, match="kicked from the group chat"):
        await bot.send_message(-2, "x")
    standin.inject(Fault.user_deactivated(), chat_id=3)
    with pytest.raises(Forbidden, match="user is deactivated"):
        await bot.send_message(3, "x")


async def test_chat_not_found_is_bad_request(standin: BotApiStandin, bot: Bot) -> None:
    standin.inject(Fault.chat_not_found())
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await bot.send_message(1, "x")
    assert standin.validation_errors == []  # an injected fault is not a validation error


async def test_migrated_carries_the_new_id(standin: BotApiStandin, bot: Bot) -> None:
    standin.inject(Fault.migrated(-100777))
    with pytest.raises(ChatMigrated) as caught:
        await bot.send_message(-5, "x")
    assert caught.value.new_chat_id == -100777


@pytest.mark.parametrize("status", [500, 502, 503])
async def test_server_errors_are_network_errors(
    standin: BotApiStandin, bot: Bot, status: int
) -> None:
    standin.inject(Fault.server_error(status))
    with pytest.raises(NetworkError) as caught:
        await bot.send_message(1, "x")
    assert not isinstance(caught.value, TimedOut)
    assert standin.calls[-1].status == status


async def test_server_error_body_is_html_like_telegram_front(
    standin: BotApiStandin, http: httpx.AsyncClient
) -> None:
    standin.inject(Fault.server_error(502), method="getMe")
    response = await http.get("getMe")
    assert response.status_code == 502
    assert response.headers["content-type"].startswith("text/html")


async def test_slow_answer_times_out_a_short_read_timeout(
    standin: BotApiStandin, bot: Bot
) -> None:
    standin.inject(Fault.slow(0.6))
    started = time.monotonic()
    with pytest.raises(TimedOut):
        await bot.send_message(1, "late", read_timeout=0.2)
    assert time.monotonic() - started < 0.5


async def test_slow_answer_still_answers_correctly(standin: BotApiStandin, bot: Bot) -> None:
    standin.inject(Fault.slow(0.3))
    started = time.monotonic()
    message = await bot.send_message(1, "late but fine")
    assert time.monotonic() - started >= 0.3
    assert message.text == "late but fine"


async def test_faults_match_method_chat_and_count(standin: BotApiStandin, bot: Bot) -> None:
    standin.inject(Fault.blocked(), chat_id=1, times=2)
    await bot.send_message(2, "other chat is fine")
    for _ in range(2):
        with pytest.raises(Forbidden):
            await bot.send_message(1, "x")
    await bot.send_message(1, "third goes through")
    standin.inject(Fault.server_error(), method="getMe", times=None)
    for _ in range(3):
        with pytest.raises(NetworkError):
            await bot.get_me()
    standin.clear_faults()
    assert (await bot.get_me()).is_bot


async def test_block_until_unblock(standin: BotApiStandin, bot: Bot) -> None:
    standin.block(1)
    with pytest.raises(Forbidden, match="blocked"):
        await bot.send_message(1, "x")
    standin.unblock(1)
    await bot.send_message(1, "x")


async def test_migrate_every_send_to_the_old_id(standin: BotApiStandin, bot: Bot) -> None:
    standin.group_message(-5, 1, "hello", title="Readers")
    standin.migrate(-5, -100500)
    for _ in range(2):
        with pytest.raises(ChatMigrated) as caught:
            await bot.send_message(-5, "x")
        assert caught.value.new_chat_id == -100500
    message = await bot.send_message(-100500, "moved")
    assert message.chat.type == "supergroup"
    assert message.chat.title == "Readers"


async def test_migrate_can_announce_like_telegram(standin: BotApiStandin, bot: Bot) -> None:
    standin.group_message(-5, 1, "hello")
    standin.migrate(-5, -100500, announce=True)
    updates = await bot.get_updates()
    assert updates[1].message is not None
    assert updates[1].message.migrate_to_chat_id == -100500
    assert updates[2].message is not None
    assert updates[2].message.migrate_from_chat_id == -5


async def test_removed_from_group_means_forbidden(standin: BotApiStandin, bot: Bot) -> None:
    standin.my_chat_member(-5, new_status="kicked", old_status="member")
    with pytest.raises(Forbidden, match="kicked from the group chat"):
        await bot.send_message(-5, "x")
    standin.my_chat_member(-100600, new_status="left", chat_type="supergroup")
    with pytest.raises(Forbidden, match="not a member of the supergroup chat"):
        await bot.send_message(-100600, "x")


async def test_strict_chats_refuse_unknown_chats(standin: BotApiStandin, bot: Bot) -> None:
    standin.set_strict_chats()
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await bot.send_message(99, "x")
    standin.private_message(99, "/start")
    await bot.send_message(99, "now known")


async def test_stop_releases_a_slow_answer_at_once(standin: BotApiStandin, bot: Bot) -> None:
    standin.inject(Fault.slow(30))
    pending = asyncio.create_task(bot.send_message(1, "x", read_timeout=10))
    await asyncio.sleep(0.1)
    started = time.monotonic()
    await standin.stop()
    await pending  # answered normally once released
    assert time.monotonic() - started < 1.0


async def test_disconnect_before_processing(standin: BotApiStandin, bot: Bot) -> None:
    standin.inject(Fault.disconnect())
    with pytest.raises(NetworkError):
        await bot.send_message(1, "lost on the way")
    assert standin.messages_to(1) == []
    assert standin.calls[-1].status == 0
    await bot.send_message(1, "the next one arrives")


async def test_disconnect_after_processing_loses_only_the_answer(
    standin: BotApiStandin, bot: Bot
) -> None:
    standin.inject(Fault.disconnect(after_processing=True))
    with pytest.raises(NetworkError):
        await bot.send_message(1, "sent, but the bot cannot know")
    assert [m.entities_text for m in standin.messages_to(1)] == ["sent, but the bot cannot know"]


async def test_an_outage_and_a_restart_on_the_same_url(standin: BotApiStandin, bot: Bot) -> None:
    url = standin.base_url
    await standin.stop()
    with pytest.raises(NetworkError):
        await bot.send_message(1, "Telegram is down")
    await standin.start()
    assert standin.base_url == url
    standin.private_message(1, "still here")
    assert len(await bot.get_updates(timeout=1)) == 1
    await bot.send_message(1, "back")
