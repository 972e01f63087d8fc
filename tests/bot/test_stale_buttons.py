"""Buttons tapped twice, or on a message the bot can no longer edit: no error, no second answer."""

from __future__ import annotations

import logging

import pytest

from bot.standin import Fault
from tests.bot.harness import BotHarness

ANN = 101
GONE = 4242  # a message id the stand-in never saw: the tap arrives as an inaccessible message


def _trouble(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]


async def _settled(bot: BotHarness) -> None:
    """Updates are handled one at a time: once /help is answered, the tap before it is done."""
    await bot.say(ANN, "/help")


def _failed_answers(bot: BotHarness) -> list[str]:
    return [c.description or "" for c in bot.standin.calls_to("answerCallbackQuery")
            if c.status != 200]


async def test_tapping_the_same_button_twice_is_silent(
    bot: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    menu = await bot.say(ANN, "/settings")
    await bot.tap(ANN, ANN, "set:size:3", message_id=menu.message_id)
    again = await bot.tap(ANN, ANN, "set:size:3", message_id=menu.message_id, edits=False)
    await bot.tap(ANN, ANN, "set:size", message_id=menu.message_id)
    await bot.tap(ANN, ANN, "set:size", message_id=menu.message_id, edits=False)
    await bot.tap(ANN, ANN, "set:done", message_id=menu.message_id)
    await bot.tap(ANN, ANN, "set:done", message_id=menu.message_id, edits=False)
    await _settled(bot)
    assert again.get("text") == "3 stories per digest" and not again.get("show_alert")
    assert not _failed_answers(bot)
    assert not any("went wrong" in m.text for m in bot.standin.messages_to(ANN))
    assert _trouble(caplog) == []


async def test_a_message_deleted_meanwhile_gets_the_menu_anew(
    bot: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    menu = await bot.say(ANN, "/settings")
    bot.standin.inject(Fault.bad_request("message to edit not found"), method="editMessageText",
                       times=1)
    answer = await bot.tap(ANN, ANN, "set:size:3", message_id=menu.message_id)
    anew = bot.standin.messages_to(ANN)[-1]
    assert answer.get("text") == "3 stories per digest"
    assert anew.method == "sendMessage" and "Stories per digest: 3" in anew.text
    assert "set:size" in anew.callback_data()
    await _settled(bot)
    assert not _failed_answers(bot) and len(bot.standin.answered_callbacks) == 1
    assert _trouble(caplog) == []


async def test_buttons_on_an_inaccessible_message_still_work(
    bot: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    answer = await bot.tap(ANN, ANN, "set:lang:de", message_id=GONE)
    assert answer.get("text") == "Language: Deutsch"
    anew = bot.standin.messages_to(ANN)[-1]
    assert anew.method == "sendMessage" and "Article language: Deutsch" in anew.text
    await bot.tap(ANN, ANN, "tz:region:Asia:0", message_id=GONE)
    picker = bot.standin.messages_to(ANN)[-1]
    assert picker.method == "sendMessage" and "Bangkok" in picker.button_texts()
    assert picker.text  # some words above the buttons, not an empty message
    await bot.tap(ANN, ANN, "tz:zone:Asia/Tokyo", message_id=GONE)
    assert "Time zone set to Asia/Tokyo" in bot.standin.messages_to(ANN)[-1].text
    await bot.tap(ANN, ANN, "set:done", message_id=GONE, edits=False)
    await _settled(bot)
    assert not _failed_answers(bot) and len(bot.standin.answered_callbacks) == 4
    assert not any("went wrong" in m.text for m in bot.standin.messages_to(ANN))
    assert _trouble(caplog) == []
    chat = await bot.chat(ANN)
    assert chat is not None and (chat.language, chat.timezone) == ("de", "Asia/Tokyo")


async def test_a_button_no_handler_knows_is_still_answered(
    bot: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    """Data from an older version of the bot, or forged: without an answer the app spins."""
    menu = await bot.say(ANN, "/settings")
    answer = await bot.tap(ANN, ANN, "old:lang:fr", message_id=menu.message_id, edits=False)
    assert "no longer in use" in str(answer.get("text"))
    await _settled(bot)
    assert not _failed_answers(bot) and _trouble(caplog) == []
