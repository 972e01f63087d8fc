"""/filter: show, add include (+) and exclude (-) words and "phrases", remove some or all."""

from __future__ import annotations

from telegram import Update

from bot import texts
from bot.handlers.common import Context, chat_row, command_args, reply, require_admin
from digests import chats
from digests.chats import SettingError

CLEAR_WORDS = frozenset({"clear", "reset", "none", "off"})
# "/filter remove climate" takes out one term, as "/sources remove ID" does one source.
REMOVE_WORDS = frozenset({"remove", "delete"})


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
    verb, *terms = wanted.split(maxsplit=1)
    if verb.lower() in REMOVE_WORDS:
        await _remove(update, context, terms[0] if terms else "")
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


async def _remove(update: Update, context: Context, terms: str) -> None:
    async with chat_row(update, context) as (_session, chat):
        have = [*chat.include_terms, *chat.exclude_terms]
        if not have:
            text = texts.filters_shown(chat)  # nothing to remove: say so, and how to add some
        else:
            try:
                removed = chats.remove_filters(chat, terms)
            except SettingError as exc:
                # The example names a filter the chat has, so it works as typed.
                example = f'"{have[0]}"' if " " in have[0] else have[0]
                text = texts.bad_input(str(exc), f"/filter remove {example}")
            else:
                text = texts.filters_removed(chat, removed)
    await reply(update, text)
