"""/digest: the latest stories now, through the same outbox (and cursor) as scheduled digests."""

from __future__ import annotations

from telegram import Update

from bot import texts
from bot.background import wake_sender
from bot.handlers.common import Context, in_group, reply, services
from digests.chats import get_or_create_chat, is_stopped, note_contact
from digests.deliver.outbox import request_digest

SEEN_TOO = frozenset({"all", "again", "seen"})


async def digest_command(update: Update, context: Context) -> None:
    svc = services(context)
    tg_chat, message = update.effective_chat, update.effective_message
    if tg_chat is None or message is None:
        return
    # "/digest again" repeats stories the chat already got; by default only new ones come.
    args = context.args or []
    include_seen = bool(args) and args[0].lower() in SEEN_TOO
    # request_digest commits on its own (one transaction: compose, store, move the cursor).
    async with svc.sessions() as session:
        chat = await get_or_create_chat(
            session, tg_chat.id, svc.config, chat_type=tg_chat.type,
            title=tg_chat.title or tg_chat.full_name or "",
        )
        if is_stopped(chat):
            text = texts.stopped_here(chat, group=in_group(update))
            await session.commit()
            await reply(update, text)
            return
        note_contact(chat, svc.clock())
        # The tip rides in the digest (a reply of its own would arrive before the outbox sends
        # the digest), and only in the chat's first one: repeated on every /digest it nags.
        # Worded for anyone in a group: /digest itself needs no admin check, nor does its tip.
        first_unsubscribed = chat.cursor_at is None and not (chat.subscribed and chat.active)
        tip = texts.subscribe_tip(group=in_group(update)) if first_unsubscribed else ""
        digest = await request_digest(
            session, chat, svc.config, now=svc.clock(),
            reply_to_message_id=message.message_id, include_seen=include_seen, footer=tip,
        )
        nothing_text = texts.nothing_new(chat, svc.clock()) if digest is None else ""
    if digest is None:
        await reply(update, nothing_text)
        return
    wake_sender(context.application)

