"""/time and /timezone, and the time zone picker's buttons."""

from __future__ import annotations

from telegram import Update

from bot import keyboards, texts
from bot.handlers.common import (
    Context,
    chat_row,
    command_args,
    in_group,
    reply,
    require_admin,
    services,
    show_in_tapped,
)
from bot.handlers.settings_keyboard import settings_view
from digests import chats
from digests.chats import SettingError, zone_shown


async def time_command(update: Update, context: Context) -> None:
    wanted = command_args(context)
    if not wanted:
        async with chat_row(update, context) as (_session, chat):
            text = texts.times_shown(chat, group=in_group(update))
        await reply(update, text)
        return
    if not await require_admin(update, context):
        return
    now = services(context).clock()
    async with chat_row(update, context) as (_session, chat):
        try:
            chats.set_times(chat, wanted, now)
        except SettingError as exc:
            text = texts.bad_input(str(exc), "/time 08:00,18:30")
        else:
            text = texts.times_set(chat)
    await reply(update, text)


async def timezone_command(update: Update, context: Context) -> None:
    wanted = command_args(context)
    if not wanted:
        async with chat_row(update, context) as (_session, chat):
            text = texts.timezone_prompt(chat)
        await reply(update, text, keyboard=keyboards.timezone_regions())
        return
    if not await require_admin(update, context):
        return
    now = services(context).clock()
    async with chat_row(update, context) as (_session, chat):
        try:
            chats.set_timezone(chat, wanted, now)
        except SettingError as exc:
            text = texts.bad_input(str(exc), "/timezone Europe/Berlin")
        else:
            text = texts.timezone_set(chat, now)
    await reply(update, text)


async def timezone_callback(update: Update, context: Context) -> None:
    """Buttons of the picker: 'tz:regions', 'tz:region:<Region>:<page>', 'tz:zone:<Area/City>',
    each ending in ':set' when the picker was opened from /settings."""
    query = update.callback_query
    assert query is not None
    parsed = keyboards.parse_callback(query.data)
    if parsed is None or parsed.area != "tz":
        await query.answer(texts.unknown_button("timezone"))
        return
    value, from_settings = keyboards.split_origin(parsed.value)
    if parsed.action == "regions":
        await query.answer()
        await show_in_tapped(update, context, None,
                             keyboards.timezone_regions(back_to_settings=from_settings))
        return
    if parsed.action == "region":
        region, _, page = value.partition(":")
        markup = keyboards.timezone_page(region, int(page) if page.isdigit() else 0,
                                         back_to_settings=from_settings)
        if markup is None:  # a region or page this version of the bot does not have
            await query.answer(texts.unknown_button("timezone"))
            return
        await query.answer()
        await show_in_tapped(update, context, None, markup)
        return
    if parsed.action == "zone":
        await choose_zone(update, context, value, back_to_settings=from_settings)
        return
    await query.answer(texts.unknown_button("timezone"))


async def choose_zone(
    update: Update, context: Context, name: str, *, back_to_settings: bool = False
) -> None:
    query = update.callback_query
    assert query is not None
    if not await require_admin(update, context):
        return
    now = services(context).clock()
    async with chat_row(update, context) as (_session, chat):
        try:
            chats.set_timezone(chat, name, now)
        except SettingError as exc:
            await query.answer(str(exc), show_alert=True)
            return
        if back_to_settings:
            # Like every other setting picked from /settings: back to its menu.
            text, markup = settings_view(update, chat)
        else:
            text, markup = texts.timezone_set(chat, now), None
    await query.answer(f"Time zone: {zone_shown(chat.timezone)}")
    await show_in_tapped(update, context, text, markup)
