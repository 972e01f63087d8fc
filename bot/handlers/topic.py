"""/topic: in a forum supergroup, digests go to the topic the command was sent in."""

from __future__ import annotations

from telegram import Update

from bot import texts
from bot.handlers.common import Context, chat_row, reply, require_admin
from digests import chats


async def topic_command(update: Update, context: Context) -> None:
    tg_chat, message = update.effective_chat, update.effective_message
    if tg_chat is None or message is None:
        return
    if not tg_chat.is_forum:
        await reply(update, texts.topic_needs_forum())
        return
    if not await require_admin(update, context):
        return
    thread_id = message.message_thread_id if message.is_topic_message else None
    async with chat_row(update, context) as (_session, chat):
        chats.set_topic(chat, thread_id)
    await reply(update, texts.topic_set(thread_id))
