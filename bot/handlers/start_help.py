"""/start (with an optional deep-link payload) and /help."""

from __future__ import annotations

from telegram import Update

from bot import texts
from bot.handlers.common import Context, chat_row, in_group, is_chat_admin, reply, services
from digests import chats
from digests.chats import SettingError

# t.me/<bot>?start=subscribe opens the chat and subscribes in one tap.
SUBSCRIBE_PAYLOAD = "subscribe"


async def start_command(update: Update, context: Context) -> None:
    payload = (context.args or [""])[0].strip().lower()
    may_change = not in_group(update) or await is_chat_admin(update, context)
    now = services(context).clock()
    user = update.effective_user
    first_name = user.first_name if user is not None and not in_group(update) else ""
    async with chat_row(update, context) as (_session, chat):
        if may_change:
            # /start after /stop (or after unblocking the bot) is how a chat comes back.
            chats.reactivate(chat, now)
        if payload == SUBSCRIBE_PAYLOAD and not may_change:
            text = texts.subscribe_admins_only()
        elif payload == SUBSCRIBE_PAYLOAD:
            try:
                newly = chats.subscribe(chat, now)
            except SettingError as exc:
                text = texts.bad_input(str(exc), "/time 08:00")
            else:
                text = texts.subscribed(chat, newly=newly)
        else:
            text = texts.welcome(first_name, chat, may_subscribe=may_change)
    await reply(update, text)


async def help_command(update: Update, context: Context) -> None:
    await reply(update, texts.help_text())
