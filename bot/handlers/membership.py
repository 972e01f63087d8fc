"""The bot joining or leaving chats (my_chat_member) and groups migrating to supergroups."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ChatMemberStatus, ParseMode

from bot import texts
from bot.handlers.common import NO_PREVIEW, Context, chat_row, forget_admin_cache, services
from digests import chats

log = logging.getLogger(__name__)

_PRESENT = frozenset({ChatMemberStatus.MEMBER, ChatMemberStatus.ADMINISTRATOR,
                      ChatMemberStatus.OWNER, ChatMemberStatus.RESTRICTED})
REMOVED_REASON = "removed the bot"
BLOCKED_REASON = "blocked the bot"


async def my_chat_member(update: Update, context: Context) -> None:
    change = update.my_chat_member
    if change is None:
        return
    was = change.old_chat_member.status in _PRESENT
    now_present = change.new_chat_member.status in _PRESENT
    tg_chat = change.chat
    clock = services(context).clock
    forget_admin_cache(context, tg_chat.id)
    async with chat_row(update, context) as (_session, chat):
        if now_present and not was:
            chats.reactivate(chat, clock())
        elif now_present:
            # Still there, only the bot's rights changed: a group that sent /stop stays stopped.
            chats.note_contact(chat, clock())
        else:
            reason = BLOCKED_REASON if tg_chat.type == "private" else REMOVED_REASON
            chats.deactivate(chat, reason, clock())
    log.info("chat %s: bot %s", tg_chat.id, "added" if now_present else "removed")
    # A hello only when the bot arrives in a group: a private chat starts with the user's /start,
    # and a channel's readers did not ask to hear from the bot.
    if now_present and not was and tg_chat.type in chats.GROUP_TYPES:
        await context.bot.send_message(
            tg_chat.id, texts.group_hello(tg_chat.title or ""), parse_mode=ParseMode.HTML,
            link_preview_options=NO_PREVIEW,
        )


async def chat_migrated(update: Update, context: Context) -> None:
    """Both the old group's 'migrate_to' and the new supergroup's 'migrate_from' land here."""
    message = update.effective_message
    if message is None:
        return
    if message.migrate_to_chat_id:
        old_id, new_id = message.chat.id, message.migrate_to_chat_id
    elif message.migrate_from_chat_id:
        old_id, new_id = message.migrate_from_chat_id, message.chat.id
    else:
        return
    svc = services(context)
    async with svc.sessions() as session, session.begin():
        moved = await chats.migrate_chat(session, old_id, new_id)
    forget_admin_cache(context, old_id)
    log.info("chat %s migrated to %s (%s)", old_id, new_id, "moved" if moved else "unknown")
