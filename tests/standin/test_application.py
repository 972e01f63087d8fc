"""A real python-telegram-bot Application, long polling the stand-in, end to end."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator

import pytest
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
)

from bot.standin import BotApiStandin


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_chat is not None
    payload = " ".join(context.args or [])
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Size 3", callback_data="size:3")]])
    await context.bot.send_message(
        update.effective_chat.id,
        f"<b>Welcome</b> ({payload or 'no payload'})",
        parse_mode=ParseMode.HTML,
        reply_markup=keyboard,
    )


async def pick_size(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    assert query is not None
    await query.answer("Saved")
    await query.edit_message_text(f"Digest size: {query.data}")


@pytest.fixture
async def application(standin: BotApiStandin) -> AsyncIterator[Application]:  # type: ignore[type-arg]
    app = (
        ApplicationBuilder()
        .token(standin.token)
        .base_url(standin.base_url)
        .base_file_url(standin.base_file_url)
        .build()
    )
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CallbackQueryHandler(pick_size))
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0.0, timeout=1)
        yield app
        await app.updater.stop()
        await app.stop()


async def test_private_command_and_button_round_trip(
    standin: BotApiStandin,
    application: Application,  # type: ignore[type-arg]
) -> None:
    standin.private_message(7, "/start from-site")
    [welcome] = await standin.wait_for_messages(7)
    assert welcome.entities_text == "Welcome (from-site)"
    assert welcome.callback_data() == ["size:3"]

    standin.callback_query(7, 7, "size:3", message_id=welcome.message_id)
    messages = await standin.wait_for_messages(7, count=2)
    assert messages[1].method == "editMessageText"
    assert messages[1].entities_text == "Digest size: size:3"
    await standin.wait_for(lambda s: len(s.answered_callbacks) == 1)
    assert standin.answered_callbacks[0]["text"] == "Saved"


async def test_group_command_addressed_to_the_bot(
    standin: BotApiStandin,
    application: Application,  # type: ignore[type-arg]
) -> None:
    standin.group_message(-5, 7, f"/start@{standin.bot_username}")
    standin.group_message(-5, 7, "/start@some_other_bot")
    [welcome] = await standin.wait_for_messages(-5)
    assert welcome.entities_text == "Welcome (no payload)"


async def test_stopping_the_standin_under_a_polling_app_is_quick(
    standin: BotApiStandin,
    application: Application,  # type: ignore[type-arg]
) -> None:
    await standin.wait_for(lambda s: bool(s.calls_to("deleteWebhook")))
    await asyncio.sleep(0.05)  # the updater's first long poll is now waiting
    started = time.monotonic()
    await standin.stop()
    assert time.monotonic() - started < 1.5
