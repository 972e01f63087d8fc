"""Every command in a private chat, end to end: PTB over real HTTP against the stand-in."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.commands import COMMANDS
from tests.bot.harness import BotHarness

ANN = 101


async def test_start_welcomes_and_creates_the_chat(bot: BotHarness) -> None:
    reply = await bot.say(ANN, "/start", first_name="Ann")
    assert reply.text.startswith("Hi Ann!")
    assert "/subscribe" in reply.text
    chat = await bot.chat(ANN)
    assert chat is not None and chat.type == "private" and not chat.subscribed


async def test_start_with_subscribe_payload_subscribes_at_once(bot: BotHarness) -> None:
    reply = await bot.say(ANN, "/start subscribe")
    assert reply.text.startswith("Subscribed!")
    chat = await bot.chat(ANN)
    assert chat is not None and chat.subscribed and chat.next_slot_at is not None


async def test_start_escapes_the_users_name(bot: BotHarness) -> None:
    reply = await bot.say(ANN, "/start", first_name="<b>Bob & co")
    assert reply.entities_text.startswith("Hi <b>Bob & co!")


async def test_help_lists_every_command(bot: BotHarness) -> None:
    reply = await bot.say(ANN, "/help")
    for spec in COMMANDS:
        assert f"/{spec.name}" in reply.entities_text


async def test_subscribe_then_unsubscribe(bot: BotHarness) -> None:
    reply = await bot.say(ANN, "/subscribe")
    assert "Subscribed!" in reply.text and "08:00 (UTC)" in reply.text
    again = await bot.say(ANN, "/subscribe")
    assert "already subscribed" in again.text
    off = await bot.say(ANN, "/unsubscribe")
    assert off.text.startswith("Unsubscribed")
    chat = await bot.chat(ANN)
    assert chat is not None and not chat.subscribed and chat.next_slot_at is None
    twice = await bot.say(ANN, "/unsubscribe")
    assert "were not subscribed" in twice.text


async def test_time_shows_sets_and_refuses_bad_times(bot: BotHarness) -> None:
    shown = await bot.say(ANN, "/time")
    assert "08:00" in shown.entities_text and "/time 08:00" in shown.entities_text
    await bot.say(ANN, "/subscribe")
    done = await bot.say(ANN, "/time 19:00, 7:30")
    assert "07:30, 19:00" in done.text and "Next digest" in done.text
    chat = await bot.chat(ANN)
    assert chat is not None and chat.send_times == ["07:30", "19:00"]
    bad = await bot.say(ANN, "/time 25:61")
    assert bad.text.startswith("Sorry") and "Try: /time 08:00,18:30" in bad.entities_text
    chat = await bot.chat(ANN)
    assert chat is not None and chat.send_times == ["07:30", "19:00"]


async def test_time_reads_12_hour_and_bare_times_and_quotes_a_bad_item_whole(
    bot: BotHarness,
) -> None:
    done = await bot.say(ANN, "/time 8:30 pm, 7am")
    assert done.text.startswith("Done: digests at 07:00, 20:30"), done.text
    bare = await bot.say(ANN, "/time 0800")
    assert bare.text.startswith("Done: digests at 08:00"), bare.text
    bad = await bot.say(ANN, "/time 8:75 pm")
    assert bad.text.startswith("Sorry, '8:75 pm' is not a time"), bad.text
    chat = await bot.chat(ANN)
    assert chat is not None and chat.send_times == ["08:00"]


async def test_time_does_not_promise_digests_to_a_chat_that_gets_none(bot: BotHarness) -> None:
    shown = await bot.say(ANN, "/time")
    assert "Digests arrive" not in shown.text, shown.text
    assert "not subscribed" in shown.text and "/subscribe" in shown.text and "08:00" in shown.text
    await bot.say(ANN, "/subscribe")
    subscribed = await bot.say(ANN, "/time")
    assert "Digests arrive at 08:00 (UTC)" in subscribed.text and "Next digest" in subscribed.text
    await bot.say(ANN, "/stop")
    stopped = await bot.say(ANN, "/time")
    assert "Digests arrive" not in stopped.text and "/start" in stopped.text, stopped.text


async def test_timezone_by_name_and_refusal(bot: BotHarness) -> None:
    done = await bot.say(ANN, "/timezone europe/berlin")
    assert "Time zone set to Europe/Berlin" in done.text
    bad = await bot.say(ANN, "/timezone Mars/Olympus_Mons")
    assert bad.text.startswith("Sorry") and "/timezone Europe/Berlin" in bad.entities_text
    chat = await bot.chat(ANN)
    assert chat is not None and chat.timezone == "Europe/Berlin"


async def test_timezone_keyboard_pages_and_picks(bot: BotHarness) -> None:
    prompt = await bot.say(ANN, "/timezone")
    assert "Europe" in prompt.button_texts() and "Asia" in prompt.button_texts()
    assert all(len(d.encode()) <= 64 for d in prompt.callback_data())
    answer = await bot.tap(ANN, ANN, "tz:region:Europe:0", message_id=prompt.message_id)
    assert answer["callback_query_id"]
    page = bot.standin.messages_to(ANN)[-1]
    assert page.method == "editMessageReplyMarkup" and "Berlin" in page.button_texts()
    assert "More ›" in page.button_texts()
    await bot.tap(ANN, ANN, "tz:region:Europe:1", message_id=prompt.message_id)
    assert "Stockholm" in bot.standin.messages_to(ANN)[-1].button_texts()
    answer = await bot.tap(ANN, ANN, "tz:zone:Asia/Tokyo", message_id=prompt.message_id)
    assert answer.get("text") == "Time zone: Asia/Tokyo"
    assert "Time zone set to Asia/Tokyo" in bot.standin.messages_to(ANN)[-1].text
    chat = await bot.chat(ANN)
    assert chat is not None and chat.timezone == "Asia/Tokyo"


async def test_filter_show_add_clear_and_bad(bot: BotHarness) -> None:
    empty = await bot.say(ANN, "/filter")
    assert "No filters" in empty.text
    saved = await bot.say(ANN, '/filter +climate +"central bank" -football')
    assert "climate, central bank" in saved.text and "football" in saved.text
    chat = await bot.chat(ANN)
    assert chat is not None
    assert (chat.include_terms, chat.exclude_terms) == (["climate", "central bank"], ["football"])
    shown = await bot.say(ANN, "/filter")
    assert "Only stories about: climate, central bank" in shown.text
    bad = await bot.say(ANN, '/filter +""')
    assert bad.text.startswith("Sorry") and "Try:" in bad.text
    cleared = await bot.say(ANN, "/filter clear")
    assert "cleared" in cleared.text
    chat = await bot.chat(ANN)
    assert chat is not None and chat.include_terms == [] and chat.exclude_terms == []


async def test_filter_remove_takes_out_one_term_and_an_unclosed_phrase_is_refused(
    bot: BotHarness,
) -> None:
    await bot.say(ANN, '/filter +energy +"central bank" -football')
    removed = await bot.say(ANN, '/filter remove "central bank"')
    assert removed.text.startswith("Removed: central bank."), removed.text
    assert "Only stories about: energy" in removed.text
    chat = await bot.chat(ANN)
    assert chat is not None
    assert (chat.include_terms, chat.exclude_terms) == (["energy"], ["football"])
    unknown = await bot.say(ANN, "/filter remove sport")
    assert unknown.text.startswith("Sorry, 'sport' is not one of your filters"), unknown.text
    assert "Try: /filter remove energy" in unknown.entities_text, unknown.text  # one it has
    await bot.say(ANN, "/filter clear")
    nothing = await bot.say(ANN, "/filter remove energy")
    assert nothing.text.startswith("No filters"), nothing.text
    await bot.say(ANN, '/filter +energy -football')
    unclosed = await bot.say(ANN, '/filter +"transfer news -celebrity')
    assert "no closing quote" in unclosed.text, unclosed.text
    chat = await bot.chat(ANN)
    assert chat is not None
    assert (chat.include_terms, chat.exclude_terms) == (["energy"], ["football"])
    shown = await bot.say(ANN, "/filter")
    assert "/filter remove" in shown.entities_text, shown.entities_text
    helped = await bot.say(ANN, "/help")
    filter_line = next(line for line in helped.text.splitlines() if line.startswith("/filter"))
    assert "remove" in filter_line, filter_line


async def test_filter_clear_without_filters_and_too_many_terms_say_what_is_so(
    bot: BotHarness,
) -> None:
    nothing = await bot.say(ANN, "/filter clear")
    assert "No filters" in nothing.text and "cleared" not in nothing.text, nothing.text
    many = await bot.say(ANN, "/filter " + " ".join(f"+w{i}" for i in range(25)))
    # No filters yet: "remove some first" would send the user after terms that are not there.
    assert "at most 20 filter terms, and that makes 25." in many.text, many.text
    assert "/filter clear" not in many.text.split("Try:")[0]
    await bot.say(ANN, "/filter " + " ".join(f"+w{i}" for i in range(15)))
    more = await bot.say(ANN, "/filter " + " ".join(f"-x{i}" for i in range(8)))
    assert "that makes 23; /filter clear removes the 15 you have" in more.text, more.text


async def test_filter_terms_are_escaped_in_replies(bot: BotHarness) -> None:
    saved = await bot.say(ANN, "/filter +<script> +a&b")
    assert "<script>, a&b" in saved.entities_text
    assert not bot.standin.validation_errors


async def test_settings_keyboard_round_trip(bot: BotHarness) -> None:
    menu = await bot.say(ANN, "/settings")
    assert "Stories per digest: 5" in menu.text
    assert "set:size" in menu.callback_data()
    await bot.tap(ANN, ANN, "set:size", message_id=menu.message_id)
    sizes = bot.standin.messages_to(ANN)[-1]
    assert "set:size:3" in sizes.callback_data()
    answer = await bot.tap(ANN, ANN, "set:size:3", message_id=menu.message_id)
    assert answer.get("text") == "3 stories per digest"
    edited = bot.standin.messages_to(ANN)[-1]
    assert edited.method == "editMessageText" and edited.message_id == menu.message_id
    assert "Stories per digest: 3" in edited.text
    await bot.tap(ANN, ANN, "set:times:0700-1800", message_id=menu.message_id)
    picked = await bot.tap(ANN, ANN, "set:lang:de", message_id=menu.message_id)
    # Named as the language menu and the summary name it, not by its code.
    assert picked.get("text") == "Language: Deutsch"
    assert "Language: Deutsch" in bot.standin.messages_to(ANN)[-1].button_texts()
    await bot.tap(ANN, ANN, "set:sub", message_id=menu.message_id)
    chat = await bot.chat(ANN)
    assert chat is not None
    assert (chat.digest_size, chat.send_times, chat.language, chat.subscribed) == (
        3, ["07:00", "18:00"], "de", True)
    assert chat.next_slot_at is not None
    await bot.tap(ANN, ANN, "set:done", message_id=menu.message_id)
    assert bot.standin.messages_to(ANN)[-1].reply_markup in (None, {}, {"inline_keyboard": []})


async def test_settings_done_stops_pointing_at_buttons_it_took_away(bot: BotHarness) -> None:
    menu = await bot.say(ANN, "/settings")
    assert "Tap a button" in menu.text
    await bot.tap(ANN, ANN, "set:done", message_id=menu.message_id)
    closed = bot.standin.messages_to(ANN)[-1]
    assert closed.message_id == menu.message_id and not closed.button_texts()
    assert "Tap a button" not in closed.text and "Send /settings to change them." in closed.text
    assert "Stories per digest: 5" in closed.text


async def test_settings_refuses_a_forged_button_value(bot: BotHarness) -> None:
    menu = await bot.say(ANN, "/settings")
    answer = await bot.tap(ANN, ANN, "set:size:99", message_id=menu.message_id, edits=False)
    assert "1 to 10" in answer.get("text", "") and answer.get("show_alert")
    chat = await bot.chat(ANN)
    assert chat is not None and chat.digest_size == 5


async def test_stop_deactivates_keeps_settings_and_start_comes_back(bot: BotHarness) -> None:
    await bot.say(ANN, "/subscribe")
    await bot.say(ANN, "/filter +climate")
    stopped = await bot.say(ANN, "/stop")
    assert "/start" in stopped.text
    chat = await bot.chat(ANN)
    assert chat is not None and not chat.active and chat.next_slot_at is None
    assert chat.include_terms == ["climate"]
    back = await bot.say(ANN, "/start")
    assert "You are subscribed" in back.text
    chat = await bot.chat(ANN)
    assert chat is not None and chat.active and chat.next_slot_at is not None


async def test_stop_names_every_way_back_and_subscribe_is_one(bot: BotHarness) -> None:
    # Not subscribed: /start brings the bot back, /subscribe brings it back with daily digests.
    stopped = await bot.say(ANN, "/stop")
    assert "/start" in stopped.text and "/subscribe" in stopped.text, stopped.text
    asked = await bot.say(ANN, "/digest")
    assert "/start" in asked.text and "/subscribe" in asked.text, asked.text
    times = await bot.say(ANN, "/time")
    # /start alone would bring no digest to a chat that is not subscribed.
    assert "/subscribe starts them" in times.text and "/start" not in times.text, times.text
    back = await bot.say(ANN, "/subscribe")
    assert back.text.startswith("Subscribed!"), back.text
    chat = await bot.chat(ANN)
    assert chat is not None and chat.active and chat.next_slot_at is not None
    # Subscribed: either command brings the daily digests back.
    stopped = await bot.say(ANN, "/stop")
    assert "send /start or /subscribe to come back" in stopped.text, stopped.text
    times = await bot.say(ANN, "/time")
    assert "/start or /subscribe brings them back" in times.text, times.text


async def test_unknown_command_says_what_to_do(bot: BotHarness) -> None:
    reply = await bot.say(ANN, "/frobnicate now")
    assert reply.text == "I don't know /frobnicate. /help lists what I can do."


async def test_a_message_that_is_no_command_gets_a_pointer_not_silence(bot: BotHarness) -> None:
    reply = await bot.say(ANN, "hello, what can you do?")
    assert "/help" in reply.text and "/digest" in reply.text, reply.text
    assert bot.standin.validation_errors == []


async def test_commands_registered_per_scope(bot: BotHarness) -> None:
    scopes = bot.standin.commands
    private = {c["command"] for c in scopes["all_private_chats"]}
    groups = {c["command"] for c in scopes["all_group_chats"]}
    admins = {c["command"] for c in scopes["all_chat_administrators"]}
    assert {"start", "subscribe", "digest", "settings", "stop"} <= private
    assert "topic" not in private
    assert {"digest", "help"} <= groups and "subscribe" not in groups
    assert {"subscribe", "time", "timezone", "filter", "settings", "topic"} <= admins


async def test_no_reply_was_ever_refused_by_telegram_rules(bot: BotHarness) -> None:
    for text in ["/start", "/help", "/time", "/timezone", "/filter", "/settings", "/sources"]:
        await bot.say(ANN, text)
    assert bot.standin.validation_errors == []


async def test_a_failing_handler_gets_a_polite_reply_and_the_bot_carries_on(
    bot: BotHarness,
) -> None:
    from bot.standin import Fault

    bot.standin.inject(Fault.server_error(status=502), method="sendMessage", times=1)
    bot.standin.private_message(ANN, "/help")
    sorry = (await bot.standin.wait_for_messages(ANN, 1))[0]
    assert sorry.text == "Sorry, something went wrong on my side. Please try again in a minute."
    assert "502" not in sorry.text and "Traceback" not in sorry.text
    after = await bot.say(ANN, "/help")
    assert "What I can do" in after.text


async def test_a_reply_to_a_chat_that_blocked_the_bot_is_no_error_in_the_log(
    bot: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    from bot.standin import Fault

    caplog.set_level(logging.INFO, logger="bot.handlers.errors")
    bot.standin.inject(Fault.blocked(), method="sendMessage", chat_id=ANN, times=1)
    bot.standin.private_message(ANN, "/help")
    await bot.standin.wait_for(lambda s: any(c.status == 403 for c in s.calls))
    await bot.say(ANN, "/help")  # handled after the blocked one: its error handling is done
    # Expected (the user blocked the bot), so no ERROR with a traceback to page someone.
    assert [r for r in caplog.records if r.levelno >= logging.WARNING] == []
    assert any("may not write there" in r.getMessage() for r in caplog.records)


async def test_telegram_failing_mid_command_is_one_warning_line_not_a_traceback(
    bot: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    from bot.standin import Fault

    group = -4001
    bot.standin.user(13, "Mo")
    bot.standin.inject(Fault.server_error(status=502), method="getChatMember", times=1)
    sorry = await bot.say_in_group(group, 13, "/subscribe")
    assert sorry.text.startswith("Sorry, something went wrong on my side")
    ours = [r for r in caplog.records
            if r.name.startswith("bot.") and r.levelno >= logging.WARNING]
    assert [r.levelno for r in ours] == [logging.WARNING], [r.getMessage() for r in ours]
    assert ours[0].exc_info is None and "502" in ours[0].getMessage()


async def test_stale_or_forged_buttons_are_answered_and_change_nothing(bot: BotHarness) -> None:
    prompt = await bot.say(ANN, "/timezone")
    for data in ["tz:bogus", "tz:region:Atlantis:0", "tz:region:Europe:99", "set:warp:9"]:
        stale = await bot.tap(ANN, ANN, data, message_id=prompt.message_id, edits=False)
        # Answered in words, as a button no handler knows is: a silent answer looks broken.
        assert "no longer in use" in stale.get("text", ""), (data, stale)
    answer = await bot.tap(ANN, ANN, "tz:zone:Mars/Base", message_id=prompt.message_id,
                           edits=False)
    assert answer.get("show_alert") and "Europe/Berlin" in answer.get("text", "")
    chat = await bot.chat(ANN)
    assert chat is not None and chat.timezone == "UTC"
    assert [m.method for m in bot.standin.messages_to(ANN)] == ["sendMessage"]  # no edits
    assert bot.standin.validation_errors == []


async def test_timezone_that_names_a_folder_or_is_too_long_is_refused_politely(
    bot: BotHarness,
) -> None:
    # zoneinfo raises OSError (not ZoneInfoNotFoundError) for a region folder or a long name.
    for typed in ["Europe", "America/Argentina", "x" * 300]:
        bad = await bot.say(ANN, f"/timezone {typed}")
        assert bad.text.startswith("Sorry, ") and "Europe/Berlin" in bad.text, bad.text
        assert "went wrong" not in bad.text
    prompt = await bot.say(ANN, "/timezone")
    answer = await bot.tap(ANN, ANN, "tz:zone:Asia", message_id=prompt.message_id, edits=False)
    assert answer.get("show_alert") and "Europe/Berlin" in answer.get("text", "")
    chat = await bot.chat(ANN)
    assert chat is not None and chat.timezone == "UTC"


async def test_a_very_long_bad_argument_still_gets_a_short_refusal(bot: BotHarness) -> None:
    # The refusal quotes what was typed; repr() doubles each backslash, so this once ran past
    # Telegram's 4096 characters and the user got "something went wrong" instead.
    for text, advice in [("/time " + "\\" * 3000, "is not a time; use HH:MM"),
                         ("/time " + "7" * 4090, "is not a time; use HH:MM"),
                         ("/timezone " + "\\" * 3000, "send /timezone alone to pick"),
                         ("/sources " + "\\" * 3000, "I can only list, add or remove")]:
        bad = await bot.say(ANN, text)
        assert bad.text.startswith("Sorry, ") and advice in bad.text, bad.text[:80]
        assert len(bad.entities_text) < 1000
    assert bot.standin.validation_errors == []


async def test_timezone_as_an_offset_means_what_people_mean(bot: BotHarness) -> None:
    # "GMT+3" once matched the zone Etc/GMT+3, which POSIX-style is three hours *behind* UTC.
    done = await bot.say(ANN, "/timezone GMT+3")
    chat = await bot.chat(ANN)
    assert chat is not None and chat.timezone == "Etc/GMT-3", done.text
    assert datetime(2026, 1, 1, tzinfo=UTC).astimezone(ZoneInfo(chat.timezone)).hour == 3
    await bot.say(ANN, "/timezone UTC-5")
    chat = await bot.chat(ANN)
    assert chat is not None and chat.timezone == "Etc/GMT+5"


async def test_an_offset_zone_is_shown_as_typed_not_as_its_posix_name(bot: BotHarness) -> None:
    # Etc/GMT-3 is three hours *ahead* of UTC; showing that name reads as the opposite.
    done = await bot.say(ANN, "/timezone UTC+3")
    assert "Time zone set to UTC+3" in done.text, done.text
    assert "no summer time" in done.text  # a fixed offset: say so, and what to type instead
    city = await bot.say(ANN, "/timezone Berlin")
    assert "summer time" not in city.text
    await bot.say(ANN, "/timezone UTC+3")
    await bot.say(ANN, "/subscribe")
    shown = [(await bot.say(ANN, text)) for text in ["/time", "/timezone", "/start", "/settings"]]
    for reply in shown:
        assert "UTC+3" in reply.text and "GMT" not in reply.text, reply.text
    assert "Time zone: UTC+3" in shown[-1].button_texts()
    chat = await bot.chat(ANN)
    assert chat is not None and chat.timezone == "Etc/GMT-3"


async def test_an_abbreviation_that_is_a_fixed_offset_is_flagged_like_utc_plus_3(
    bot: BotHarness,
) -> None:
    # EST is UTC-5 all year: someone in New York who types it gets digests an hour late all
    # summer, so it gets the same advice as a typed offset.
    for typed in ["EST", "GMT", "MST"]:
        done = await bot.say(ANN, f"/timezone {typed}")
        assert f"Time zone set to {typed}" in done.text and "no summer time" in done.text, done.text
    for place in ["UTC", "Japan", "EST5EDT", "Europe/London"]:
        done = await bot.say(ANN, f"/timezone {place}")
        assert "Time zone set to" in done.text and "summer time" not in done.text, done.text


async def test_time_zone_picked_from_settings_returns_to_the_settings_menu(
    bot: BotHarness,
) -> None:
    menu = await bot.say(ANN, "/settings")

    async def tap(starts: str) -> list[str]:
        shown = bot.standin.messages_to(ANN)[-1].callback_data()
        await bot.tap(ANN, ANN, next(d for d in shown if d.startswith(starts)),
                      message_id=menu.message_id)
        return bot.standin.messages_to(ANN)[-1].button_texts()

    assert "« Settings" in await tap("set:tz")
    assert "Berlin" in await tap("tz:region:Europe:")
    assert "« Settings" in await tap("tz:regions")  # the way back to the settings stays
    await tap("tz:region:Europe:")
    answer_count = len(bot.standin.answered_callbacks)
    buttons = await tap("tz:zone:Europe/Berlin")
    assert bot.standin.answered_callbacks[answer_count].get("text") == "Time zone: Europe/Berlin"
    settings = bot.standin.messages_to(ANN)[-1]
    assert settings.method == "editMessageText" and settings.message_id == menu.message_id
    assert "Time zone: Europe/Berlin" in settings.text and "Stories per digest" in settings.text
    assert "Time zone: Berlin" in buttons and "Done" in buttons
    chat = await bot.chat(ANN)
    assert chat is not None and chat.timezone == "Europe/Berlin"
