"""The one error handler, and the replies to what the bot does not understand: commands it does
not know, and private messages that are no command at all."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError

from bot import texts
from bot.commands import COMMAND_NAMES
from bot.handlers.common import Context, in_group, reply
from bot.sender import retry_seconds

log = logging.getLogger(__name__)


async def on_error(update: object, context: Context) -> None:
    """Log the failure (the logging setup redacts the token) and tell the user, briefly.

    PTB calls this for any exception a handler raised; the bot keeps running either way.
    """
    if isinstance(context.error, RetryAfter):
        # Flood control: an apology would be one more message into the same limit.
        log.warning("reply dropped: flood control says retry after %.0f s",
                    retry_seconds(context.error))
        return
    error = context.error
    chat = update.effective_chat if isinstance(update, Update) else None
    if isinstance(error, Forbidden):
        # Blocked or removed: no bug, and nothing to tell anyone. Telegram's my_chat_member
        # update (or the outbox) deactivates the chat.
        log.info("chat %s: reply dropped, the bot may not write there: %s",
                 chat.id if chat else "?", error)
        return
    if isinstance(error, NetworkError) and not isinstance(error, BadRequest):
        # Telegram or the network failed (5xx, time-out): an outage, not a bug; as for polling
        # (bot/app.py), one line, with the traceback at DEBUG.
        log.warning("handling update failed, Telegram unreachable: %s: %s",
                    type(error).__name__, error)
        log.debug("the failed update", exc_info=error)
    else:
        log.error("handling update failed: %s", error, exc_info=error)
    if not isinstance(update, Update) or chat is None:
        return
    try:
        if update.callback_query is not None:
            await update.callback_query.answer(texts.something_went_wrong(), show_alert=True)
        else:
            await reply(update, texts.something_went_wrong())
    except TelegramError as exc:
        log.warning("could not tell the user about the failure: %s", exc)


async def unknown_button(update: Update, context: Context) -> None:
    """A tap whose data no handler knows (a button from an older version of the bot, or forged
    data): answered all the same, or the user's app shows a spinner until it times out."""
    query = update.callback_query
    if query is not None:
        await query.answer(texts.unknown_button())


async def unknown_command(update: Update, context: Context) -> None:
    message = update.effective_message
    if message is None or not message.text:
        return
    word = message.text.split()[0][1:]
    name, _, addressee = word.partition("@")
    if addressee and addressee.lower() != (context.bot.username or "").lower():
        return  # meant for another bot in the group
    if in_group(update) and not addressee:
        return  # a bare /command in a group may be any bot's; only answer when addressed
    if name.lower() in COMMAND_NAMES:
        return  # handled elsewhere (e.g. a known command with odd casing)
    await reply(update, texts.unknown_command(name))


async def not_a_command(update: Update, context: Context) -> None:
    """A private chat's message that is no command: left unanswered, people wait for a reply
    that never comes. (In groups the bot only listens for commands.)"""
    await reply(update, texts.not_a_command())
