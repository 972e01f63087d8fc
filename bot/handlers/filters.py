"""/filter: show, add include (+) and exclude (-) words and "phrases", or clear them."""

from __future__ import annotations

from telegram import Update

from bot import texts
from bot.handlers.common import Context, chat_row, command_args, reply, require_admin
from digests import chats
from digests.chats import SettingError

CLEAR_WORDS = frozenset({"clear", "reset", "none", "off"})


async def filter_command(update: Update, context: Context) -> None:
    # The raw text keeps the quotes of "a phrase" intact; context.args would split inside them.
    message = update.effective_message
    raw = message.text if message is not None and message.text else ""
    wanted = raw.partition(" ")[2].strip() if " " in raw else command_args(context)
    if not wanted:
        async with chat_row(update, context) as (_session, chat):
            text = texts.filters_shown(chat)
        await reply(update, text)
        return
    if not await require_admin(update, context):
        return
    async with chat_row(update, context) as (_session, chat):
        if wanted.lower() in CLEAR_WORDS and not (chat.include_terms or chat.exclude_terms):
            text = texts.filters_shown(chat)  # nothing to clear: say so, and how to add some
        elif wanted.lower() in CLEAR_WORDS:
            chats.clear_filters(chat)
            text = texts.filters_cleared()
        else:
            try:
                chats.add_filters(chat, wanted)
            except SettingError as exc:
                text = texts.bad_input(str(exc), '/filter +climate +"central bank" -football')
            else:
                text = texts.filters_set(chat)
    await reply(update, text)
