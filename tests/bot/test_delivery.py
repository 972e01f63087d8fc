"""Delivery end to end: the real PTB Application sends outbox rows to the stand-in over HTTP."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from bot import background
from bot.sender import SenderSettings
from bot.standin import Fault
from bot.standin.objects import group_chat
from digests.config import DeliveryConfig, ScheduleConfig
from digests.deliver.outbox import request_digest
from digests.store.models import Chat, Delivery, Digest
from tests.bot.harness import BotHarness, started_bot
from tests.deliver.seeding import add_chat, add_story

FAST = SenderSettings(workers=4, idle_poll_seconds=0.1, backoff_seconds=0.1,
                      send_timeout_seconds=0.5)


@pytest.fixture
async def bot(sqlite_url: str) -> AsyncIterator[BotHarness]:
    sections = {
        "delivery": DeliveryConfig(messages_per_second=200.0, per_chat_seconds=0.05,
                                   max_attempts=4),
        "schedule": ScheduleConfig(tick_seconds=1, grace_minutes=60),
    }
    async with started_bot(sqlite_url, **sections) as harness:
        await background.restart(harness.app, FAST)
        yield harness


async def queue_digests(bot: BotHarness, chat_ids: list[int], chat_type: str = "private") -> None:
    now = bot.services.clock()
    async with bot.sessions() as session:
        await add_story(session, "Ferry strike ends after talks", at=now,
                        quote=("Everyone gave a little.", "Union leader Mara Stein"))
        chats = [await add_chat(session, c, now=now, chat_type=chat_type) for c in chat_ids]
        await session.commit()
        for chat in chats:
            assert await request_digest(session, chat, bot.services.config, now=now)
    background.wake_sender(bot.app)


async def digest_of(bot: BotHarness, telegram_id: int) -> Digest:
    async with bot.sessions() as session:
        chat = (await session.scalars(select(Chat).where(Chat.telegram_id == telegram_id))).one()
        return (await session.scalars(select(Digest).where(Digest.chat_id == chat.id))).one()


async def wait_status(bot: BotHarness, telegram_id: int, status: str) -> Digest:
    for _ in range(100):
        if (await digest_of(bot, telegram_id)).status == status:
            break
        await asyncio.sleep(0.05)
    digest = await digest_of(bot, telegram_id)
    assert digest.status == status, (digest.status, digest.last_error)
    return digest


def send_calls(bot: BotHarness, chat_id: int) -> int:
    return sum(1 for c in bot.standin.calls_to("sendMessage")
               if str(c.params.get("chat_id")) == str(chat_id))


async def test_scheduled_digest_arrives_with_its_message_id(bot: BotHarness) -> None:
    now = datetime.now(UTC)
    slot = (now - timedelta(minutes=1)).strftime("%H:%M")
    async with bot.sessions() as session:
        await add_story(session, "Harbour bridge reopens", at=now)
        await add_chat(session, 501, now=now - timedelta(minutes=3), times=[slot])
        await session.commit()
    # The tick runs every second; the chat's slot passed a minute ago, well inside the grace.
    (message,) = await bot.standin.wait_for_messages(501, 1, timeout=5)
    assert "Harbour bridge reopens" in message.entities_text
    assert message.parse_mode == "HTML"
    digest = await wait_status(bot, 501, "sent")
    assert digest.kind == "scheduled"
    async with bot.sessions() as session:
        ids = list(await session.scalars(select(Delivery.message_id)))
    assert ids == [message.message_id]


async def test_manual_digest_replies_and_previews_the_top_story(bot: BotHarness) -> None:
    now = bot.services.clock()
    async with bot.sessions() as session:
        article = await add_story(session, "Library opens at night", at=now)
        chat = await add_chat(session, 502, now=now)
        await session.commit()
        assert await request_digest(session, chat, bot.services.config, now=now,
                                    reply_to_message_id=77)
    background.wake_sender(bot.app)
    await bot.standin.wait_for_messages(502, 1, timeout=5)
    (call,) = bot.standin.calls_to("sendMessage")
    preview = call.params.get("link_preview_options")
    assert preview is not None and str(article.canonical_url) in str(preview)
    # The user's /digest message may be gone by now: the reply must not fail because of it.
    assert '"message_id": 77' in str(call.params.get("reply_parameters")).replace("'", '"')


async def test_retry_after_delays_that_chat_only(bot: BotHarness) -> None:
    bot.standin.inject(Fault.retry_after(1), method="sendMessage", chat_id=601, times=1)
    await queue_digests(bot, [601, 602, 603])
    await bot.standin.wait_for_messages(602, 1, timeout=5)
    await bot.standin.wait_for_messages(603, 1, timeout=5)
    (late,) = await bot.standin.wait_for_messages(601, 1, timeout=5)
    first_try = next(c for c in bot.standin.calls if c.status == 429)
    others = [m.at for m in bot.standin.sent if m.chat_id in (602, 603)]
    assert max(others) < first_try.at + 1.0  # the others did not wait for 601's retry_after
    assert late.at >= first_try.at + 1.0  # 601 waited as told
    digest = await wait_status(bot, 601, "sent")
    assert digest.attempts == 0 and send_calls(bot, 601) == 2
    assert len(bot.standin.messages_to(601)) == 1


@pytest.mark.parametrize(
    ("fault", "reason"),
    [(Fault.blocked(), "blocked the bot"), (Fault.user_deactivated(), "blocked the bot"),
     (Fault.kicked(), "removed the bot")],
)
async def test_forbidden_deactivates_the_chat_without_retries(
    bot: BotHarness, fault: Fault, reason: str
) -> None:
    bot.standin.inject(fault, method="sendMessage", chat_id=701, times=None)
    await queue_digests(bot, [701, 702])
    await bot.standin.wait_for_messages(702, 1, timeout=5)
    await wait_status(bot, 701, "cancelled")
    chat = await bot.chat(701)
    assert chat is not None and (chat.active, chat.inactive_reason) == (False, reason)
    assert send_calls(bot, 701) == 1


async def test_chat_not_found_fails_once_and_is_recorded(bot: BotHarness) -> None:
    bot.standin.inject(Fault.chat_not_found(), method="sendMessage", chat_id=801, times=None)
    await queue_digests(bot, [801])
    digest = await wait_status(bot, 801, "failed")
    assert "chat not found" in (digest.last_error or "").lower()
    await asyncio.sleep(0.3)
    assert send_calls(bot, 801) == 1


async def test_migrated_group_gets_the_digest_at_its_new_id(bot: BotHarness) -> None:
    bot.standin.migrate(-901, -100901)
    await queue_digests(bot, [-901], chat_type="group")
    (message,) = await bot.standin.wait_for_messages(-100901, 1, timeout=5)
    assert "Ferry strike ends" in message.entities_text
    digest = await wait_status(bot, -100901, "sent")
    assert digest.parts_sent == 1
    assert await bot.chat(-901) is None


async def test_deleted_forum_topic_sends_to_the_general_topic(bot: BotHarness) -> None:
    forum = -100902
    # A forum whose topic 42, where the chat's digests went, an admin has since deleted.
    bot.standin.world.remember_chat(group_chat(forum, "supergroup", "Forum", is_forum=True))
    now = bot.services.clock()
    async with bot.sessions() as session:
        await add_story(session, "Ferry strike ends after talks", at=now)
        chat = await add_chat(session, forum, now=now, chat_type="supergroup")
        chat.thread_id = 42
        await session.commit()
        assert await request_digest(session, chat, bot.services.config, now=now)
    background.wake_sender(bot.app)
    (message,) = await bot.standin.wait_for_messages(forum, 1, timeout=5)
    assert "Ferry strike ends" in message.entities_text
    assert message.message_thread_id is None
    await wait_status(bot, forum, "sent")
    chat = await bot.chat(forum)
    assert chat is not None and chat.thread_id is None  # later digests go there at once


async def test_server_errors_are_retried_then_delivered(bot: BotHarness) -> None:
    bot.standin.inject(Fault.server_error(502), method="sendMessage", chat_id=1001, times=2)
    await queue_digests(bot, [1001])
    (message,) = await bot.standin.wait_for_messages(1001, 1, timeout=5)
    digest = await wait_status(bot, 1001, "sent")
    assert digest.attempts == 2 and send_calls(bot, 1001) == 3
    assert message.message_id > 0


async def test_slow_answer_times_out_is_retried_and_others_flow(bot: BotHarness) -> None:
    bot.standin.inject(Fault.slow(1.5), method="sendMessage", chat_id=1101, times=1)
    started = bot.standin.clock()
    await queue_digests(bot, [1101, 1102])
    (other,) = await bot.standin.wait_for_messages(1102, 1, timeout=5)
    assert other.at < started + 1.0  # not stuck behind the slow chat
    await wait_status(bot, 1101, "sent")
    digest = await digest_of(bot, 1101)
    assert digest.attempts == 1  # the timed-out try counted, the retry went through
