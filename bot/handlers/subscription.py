"""/subscribe, /unsubscribe and /stop."""

from __future__ import annotations

from telegram import Update

from bot import texts
from bot.handlers.common import Context, chat_row, reply, require_admin, services
from digests import chats
from digests.chats import SettingError


async def subscribe_command(update: Update, context: Context) -> None:
    if not await require_admin(update, context):
        return
    now = services(context).clock()
    async with chat_row(update, context) as (_session, chat):
        try:
            newly = chats.subscribe(chat, now)
        except SettingError as exc:
            text = texts.bad_input(str(exc), "/time 08:00")
        else:
            text = texts.subscribed(chat, newly=newly)
    await reply(update, text)


async def unsubscribe_command(update: Update, context: Context) -> None:
    if not await require_admin(update, context):
        return
    now = services(context).clock()
    async with chat_row(update, context) as (_session, chat):
        was = chats.unsubscribe(chat, now)
    await reply(update, texts.unsubscribed(was_subscribed=was))


async def stop_command(update: Update, context: Context) -> None:
    """Pause the chat entirely; its settings stay, and /start (or /subscribe) brings it back."""
    if not await require_admin(update, context):
        return
    now = services(context).clock()
    async with chat_row(update, context) as (_session, chat):
        chats.deactivate(chat, chats.STOPPED, now)
        text = texts.stopped(chat)
    await reply(update, text)
