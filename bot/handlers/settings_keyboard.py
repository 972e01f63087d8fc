"""/settings: one message with buttons; each tap edits that message in place."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update

from bot import keyboards, texts
from bot.handlers.common import (
    Context,
    chat_row,
    reply,
    require_admin,
    services,
    show_in_tapped,
)
from digests import chats
from digests.chats import SettingError
from digests.store.models import Chat

_ACTIONS = frozenset({"menu", "done", "size", "times", "tz", "lang", "sub", "unsub", "topic"})


def _in_forum(update: Update) -> bool:
    return update.effective_chat is not None and bool(update.effective_chat.is_forum)


def _topic_of(update: Update) -> int | None:
    """The forum topic the settings message (or command) is in; None for the general topic."""
    message = update.effective_message
    if message is None or not message.is_topic_message:
        return None
    return message.message_thread_id


def settings_view(update: Update, chat: Chat) -> tuple[str, InlineKeyboardMarkup]:
    """The settings message: its summary text and its menu."""
    return texts.settings_summary(chat), keyboards.settings_menu(chat, forum=_in_forum(update))


async def settings_command(update: Update, context: Context) -> None:
    if not await require_admin(update, context):
        return
    async with chat_row(update, context) as (_session, chat):
        text = texts.settings_summary(chat)
        markup = keyboards.settings_menu(chat, forum=_in_forum(update))
    await reply(update, text, keyboard=markup)


async def settings_callback(update: Update, context: Context) -> None:
    """Buttons 'set:<action>[:<value>]'; an action without a value opens its sub-menu."""
    query = update.callback_query
    assert query is not None
    parsed = keyboards.parse_callback(query.data)
    if parsed is None or parsed.area != "set" or parsed.action not in _ACTIONS:
        # A button from an older version of the bot, or forged: nothing to do but say so.
        await query.answer(texts.unknown_button())
        return
    if not await require_admin(update, context):
        return
    svc = services(context)
    if parsed.action == "done":
        # The buttons go, so the text must stop pointing at them.
        async with chat_row(update, context) as (_session, chat):
            text = texts.settings_summary(chat, closed=True)
        await query.answer()
        await show_in_tapped(update, context, text, None, closing=True)
        return
    submenu = _submenu(parsed.action, parsed.value, svc.config.digest.max_size)
    if submenu is not None:
        await query.answer()
        await show_in_tapped(update, context, None, submenu)
        return
    async with chat_row(update, context) as (_session, chat):
        try:
            if parsed.action == "topic":
                chats.set_topic(chat, _topic_of(update))
                notice = texts.topic_notice(chat.thread_id)
            else:
                notice = _apply(chat, parsed.action, parsed.value, context)
        except SettingError as exc:
            await query.answer(str(exc), show_alert=True)
            return
        text = texts.settings_summary(chat)
        markup = keyboards.settings_menu(chat, forum=_in_forum(update))
    await query.answer(notice)
    await show_in_tapped(update, context, text, markup)


def _submenu(action: str, value: str, max_size: int) -> InlineKeyboardMarkup | None:
    if value:
        return None
    if action == "size":
        return keyboards.size_menu(max_size)
    if action == "times":
        return keyboards.times_menu()
    if action == "tz":
        return keyboards.timezone_regions(back_to_settings=True)
    if action == "lang":
        return keyboards.language_menu()
    return None


def _apply(chat: Chat, action: str, value: str, context: Context) -> str:
    """Change one setting from a button; returns the short notice the tap shows."""
    svc = services(context)
    now = svc.clock()
    if action == "size":
        return f"{chats.set_size(chat, value, svc.config)} stories per digest"
    if action == "times":
        return "Times: " + ", ".join(chats.set_times(chat, keyboards.decode_times(value), now))
    if action == "lang":
        return f"Language: {keyboards.language_label(chats.set_language(chat, value))}"
    if action == "sub":
        chats.reactivate(chat, now)
        chats.subscribe(chat, now)
        return "Subscribed"
    if action == "unsub":
        chats.unsubscribe(chat, now)
        return "Unsubscribed"
    return ""  # "menu" (back): just redraw
