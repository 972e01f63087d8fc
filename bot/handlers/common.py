"""What every handler needs: the services, the chat's row in one transaction, replies, and the
"is this person allowed to change settings here" check."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import InlineKeyboardMarkup, LinkPreviewOptions, Message, Update
from telegram.constants import ChatMemberStatus, ParseMode
from telegram.error import BadRequest, RetryAfter
from telegram.ext import ContextTypes

from bot import texts
from bot.sender import retry_seconds
from bot.services import SERVICES_KEY, BotServices
from digests.chats import GROUP_TYPES, get_or_create_chat, note_contact
from digests.store.models import Chat

log = logging.getLogger(__name__)

Context = ContextTypes.DEFAULT_TYPE
ADMIN_CACHE_KEY = "admin_cache"
# Long enough to spare getChatMember on every tap of a settings button, short enough that a
# demoted admin loses the right within a minute.
ADMIN_CACHE_TTL = timedelta(seconds=60)
_ADMIN_STATUSES = frozenset({ChatMemberStatus.OWNER, ChatMemberStatus.ADMINISTRATOR})
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
# A reply under flood control waits out a short retry_after and is sent once more. Updates are
# handled one at a time, so a longer wait would hold up every other chat; and a reply that late
# answers a question the user has moved on from: it is dropped instead (DESIGN.md section 5).
MAX_REPLY_WAIT_SECONDS = 5.0
# Telegram's answers (lower-cased) when the tapped message already shows what the edit would.
_NOT_MODIFIED = "message is not modified"
# ... and when the message is gone or out of the bot's reach (deleted, or too old to edit).
_CANNOT_EDIT = ("message to edit not found", "message can't be edited", "message_id_invalid")


@dataclass(frozen=True)
class _CachedRole:
    is_admin: bool
    until: datetime


def services(context: Context) -> BotServices:
    found = context.application.bot_data[SERVICES_KEY]
    assert isinstance(found, BotServices)
    return found


def in_group(update: Update) -> bool:
    return update.effective_chat is not None and update.effective_chat.type in GROUP_TYPES


def command_args(context: Context) -> str:
    return " ".join(context.args or [])


@asynccontextmanager
async def chat_row(update: Update, context: Context) -> AsyncIterator[tuple[AsyncSession, Chat]]:
    """The chat's row (created on first contact) inside one transaction, committed on exit."""
    svc = services(context)
    tg_chat = update.effective_chat
    assert tg_chat is not None, "handlers that use chat_row only see updates with a chat"
    async with svc.sessions() as session, session.begin():
        chat = await get_or_create_chat(
            session, tg_chat.id, svc.config, chat_type=tg_chat.type,
            title=tg_chat.title or tg_chat.full_name or "",
        )
        if update.my_chat_member is None:
            note_contact(chat, svc.clock())
        yield session, chat


async def reply(
    update: Update, text: str, *, keyboard: InlineKeyboardMarkup | None = None
) -> Message | None:
    """Answer in the chat (and forum topic) the update came from."""
    message = update.effective_message
    if message is None:
        return None

    async def send() -> Message:
        return await message.reply_text(
            text, parse_mode=ParseMode.HTML, reply_markup=keyboard,
            link_preview_options=NO_PREVIEW, do_quote=False,
        )

    try:
        return await send()
    except RetryAfter as exc:
        wait = retry_seconds(exc)
    if wait > MAX_REPLY_WAIT_SECONDS:
        log.warning("reply to chat %s dropped: flood control says retry after %.0f s",
                    message.chat_id, wait)
        return None
    # Once, and only after the wait Telegram asked for; a second 429 goes to the error
    # handler, which drops the reply with a warning.
    await asyncio.sleep(wait)
    return await send()


async def show_in_tapped(
    update: Update,
    context: Context,
    text: str | None,
    keyboard: InlineKeyboardMarkup | None,
    *,
    closing: bool = False,
) -> None:
    """Show ``text`` (None: keep the text) and ``keyboard`` in the message whose button was
    tapped; the tap must be answered already.

    A second tap on the same button would change nothing: that is fine, and stays silent. A
    message the bot can no longer edit gets its new content as a new message, so the tap still
    leads somewhere; unless the edit was ``closing`` it (buttons gone, nothing left to do).
    """
    query = update.callback_query
    assert query is not None
    tapped = query.message
    if tapped is not None:
        # By ids, not query.message's shortcuts: a message too old for Telegram to include in
        # the tap (an InaccessibleMessage) may well still be editable.
        chat_id, message_id = tapped.chat.id, tapped.message_id
        try:
            if text is None:
                await context.bot.edit_message_reply_markup(chat_id, message_id,
                                                            reply_markup=keyboard)
            else:
                await context.bot.edit_message_text(text, chat_id, message_id,
                                                    parse_mode=ParseMode.HTML,
                                                    reply_markup=keyboard)
            return
        except BadRequest as exc:
            problem = exc.message.lower()
            if _NOT_MODIFIED in problem:
                return
            if not any(reason in problem for reason in _CANNOT_EDIT):
                raise
            log.info("message %s in chat %s cannot be edited (%s); sending it anew",
                     message_id, chat_id, exc.message)
    if closing or (keyboard is None and text is None):
        return  # only buttons were to go, and the message that had them is gone
    shown = text if text is not None else texts.buttons_again()
    if update.effective_message is not None:
        await reply(update, shown, keyboard=keyboard)  # in the same forum topic
    elif update.effective_chat is not None:
        await context.bot.send_message(
            update.effective_chat.id, shown, parse_mode=ParseMode.HTML, reply_markup=keyboard,
            link_preview_options=NO_PREVIEW,
        )


async def is_chat_admin(update: Update, context: Context) -> bool:
    """True in private chats; in groups, for the group's administrators (cached briefly)."""
    chat, user = update.effective_chat, update.effective_user
    if chat is None or chat.type not in GROUP_TYPES:
        return True
    message = update.effective_message
    # An anonymous administrator writes as the group itself.
    if message is not None and message.sender_chat is not None and \
            message.sender_chat.id == chat.id and update.callback_query is None:
        return True
    if user is None:
        return False
    svc = services(context)
    cache: dict[tuple[int, int], _CachedRole] = context.application.bot_data.setdefault(
        ADMIN_CACHE_KEY, {}
    )
    now = svc.clock()
    cached = cache.get((chat.id, user.id))
    if cached is not None and cached.until > now:
        return cached.is_admin
    member = await context.bot.get_chat_member(chat.id, user.id)
    is_admin = member.status in _ADMIN_STATUSES
    cache[(chat.id, user.id)] = _CachedRole(is_admin, now + ADMIN_CACHE_TTL)
    return is_admin


async def require_admin(update: Update, context: Context) -> bool:
    """Whether the sender may change settings; refuses politely when not."""
    if await is_chat_admin(update, context):
        return True
    query = update.callback_query
    if query is not None:
        await query.answer(texts.admins_only(), show_alert=True)
    else:
        await reply(update, texts.admins_only())
    return False


def is_bot_admin(update: Update, context: Context) -> bool:
    user = update.effective_user
    return user is not None and user.id in services(context).config.admin.user_ids


def forget_admin_cache(context: Context, chat_id: int) -> None:
    cache: dict[tuple[int, int], _CachedRole] = context.application.bot_data.get(
        ADMIN_CACHE_KEY, {}
    )
    for key in [k for k in cache if k[0] == chat_id]:
        del cache[key]
