"""Sending, editing and deleting through the stand-in with the real python-telegram-bot Bot."""

from __future__ import annotations

import httpx
import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import BadRequest

from bot.standin import BotApiStandin


async def test_get_me_answers_the_bot_of_the_token(standin: BotApiStandin, bot: Bot) -> None:
    me = await bot.get_me()
    assert me.id == 123456
    assert me.is_bot
    assert me.username == standin.bot_username


async def test_send_message_is_returned_and_recorded(standin: BotApiStandin, bot: Bot) -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("More", callback_data="more:1")]])
    message = await bot.send_message(
        42,
        "<b>Top story</b>: <a href='https://example.org/a'>Read</a> &amp; more",
        parse_mode=ParseMode.HTML,
        reply_markup=keyboard,
        link_preview_options=LinkPreviewOptions(is_disabled=True),
    )
    assert message.text == "Top story: Read & more"
    assert message.chat.id == 42 and message.chat.type == "private"
    assert message.from_user is not None and message.from_user.is_bot
    assert [e.type for e in message.entities] == ["bold", "text_link"]
    assert message.reply_markup == keyboard

    [sent] = standin.messages_to(42)
    assert sent.message_id == message.message_id
    assert sent.entities_text == "Top story: Read & more"
    assert sent.parse_mode == "HTML"
    assert sent.method == "sendMessage"
    assert sent.callback_data() == ["more:1"]
    assert sent.link_preview_options == {"is_disabled": True}


async def test_message_ids_grow_per_chat(standin: BotApiStandin, bot: Bot) -> None:
    first = await bot.send_message(1, "a")
    second = await bot.send_message(1, "b")
    other = await bot.send_message(-5, "c")
    assert second.message_id == first.message_id + 1
    assert other.chat.type == "group"


async def test_text_limit_counts_visible_utf16_units(standin: BotApiStandin, bot: Bot) -> None:
    # Markup does not count; characters outside the BMP count twice.
    await bot.send_message(7, "<b>" + "x" * 4096 + "</b>", parse_mode=ParseMode.HTML)
    await bot.send_message(7, "😀" * 2048)
    with pytest.raises(BadRequest, match=r"(?i)too long"):
        await bot.send_message(7, "😀" * 2048 + "x")
    with pytest.raises(BadRequest, match=r"(?i)too long"):
        await bot.send_message(7, "x" * 4097)
    assert len(standin.messages_to(7)) == 2
    assert [e.description for e in standin.validation_errors] == [
        "Bad Request: message is too long"
    ] * 2


async def test_empty_text_is_refused(bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r"(?i)text is empty"):
        await bot.send_message(7, "<b> </b>\n", parse_mode=ParseMode.HTML)


@pytest.mark.parametrize(
    "text", ["a<br>b", "<b>open", "Q&A", "<i>x</b>", "1 < 2", "<a>no href</a>", "&nbsp;"]
)
async def test_bad_html_is_refused(standin: BotApiStandin, bot: Bot, text: str) -> None:
    with pytest.raises(BadRequest, match=r"(?i)can't parse entities"):
        await bot.send_message(7, text, parse_mode=ParseMode.HTML)
    assert standin.messages_to(7) == []
    assert len(standin.validation_errors) == 1


async def test_the_same_text_without_parse_mode_is_fine(bot: Bot) -> None:
    message = await bot.send_message(7, "1 < 2 & <br>")
    assert message.text == "1 < 2 & <br>"


async def test_entities_past_100_are_dropped_not_refused(standin: BotApiStandin, bot: Bot) -> None:
    # Telegram sends such a message and keeps only the first 100 entities; no error says so.
    full = await bot.send_message(7, "<b>x</b> " * 100, parse_mode=ParseMode.HTML)
    assert len(full.entities) == 100
    assert standin.formatting_lost == []
    cut = await bot.send_message(7, "<i>y</i> " + "<b>x</b> " * 101, parse_mode=ParseMode.HTML)
    assert len(cut.entities) == 100
    assert cut.entities[0].type == "italic" and cut.entities[-1].offset == 2 + 2 * 98
    assert standin.validation_errors == []
    [lost] = standin.formatting_lost
    assert (lost.message_id, lost.entities_dropped) == (cut.message_id, 2)


async def test_callback_data_over_64_bytes_is_refused(standin: BotApiStandin, bot: Bot) -> None:
    fits = InlineKeyboardMarkup([[InlineKeyboardButton("ok", callback_data="é" * 32)]])
    await bot.send_message(7, "fits", reply_markup=fits)
    too_long = InlineKeyboardMarkup([[InlineKeyboardButton("no", callback_data="é" * 33)]])
    with pytest.raises(BadRequest, match=r"(?i)button_data_invalid"):
        await bot.send_message(7, "too long", reply_markup=too_long)
    assert [m.entities_text for m in standin.messages_to(7)] == ["fits"]


@pytest.mark.parametrize(
    ("markup", "reason"),
    [
        ({"inline_keyboard": [[{"text": "bare"}]]}, "text buttons are unallowed"),
        ({"inline_keyboard": [[{"text": "x", "callback_data": ""}]]}, "BUTTON_DATA_INVALID"),
        ({"inline_keyboard": [[{"text": "x", "url": "javascript:x"}]]}, "BUTTON_URL_INVALID"),
        ({"inline_keyboard": [[{"text": "x", "callback_data": "a", "url": "https://a.b"}]]},
         "one action"),
        ({"inline_keyboard": "nope"}, "Array of Arrays"),
        ({"colour": "red"}, "reply keyboard markup"),
    ],
)
async def test_raw_bad_keyboards_are_refused(
    http: httpx.AsyncClient, markup: dict[str, object], reason: str
) -> None:
    # Raw HTTP: PTB would not even build some of these.
    response = await http.post(
        "sendMessage", json={"chat_id": 7, "text": "x", "reply_markup": markup}
    )
    assert response.status_code == 400
    assert reason in response.json()["description"]


async def test_edit_message_text_and_not_modified(standin: BotApiStandin, bot: Bot) -> None:
    message = await bot.send_message(7, "first")
    edited = await bot.edit_message_text("<i>second</i>", 7, message.message_id,
                                         parse_mode=ParseMode.HTML)
    assert not isinstance(edited, bool)
    assert edited.text == "second"
    with pytest.raises(BadRequest, match=r"(?i)not modified"):
        await bot.edit_message_text("<i>second</i>", 7, message.message_id,
                                    parse_mode=ParseMode.HTML)
    with pytest.raises(BadRequest, match=r"(?i)message to edit not found"):
        await bot.edit_message_text("x", 7, 999)
    assert [(m.method, m.entities_text) for m in standin.messages_to(7)] == [
        ("sendMessage", "first"),
        ("editMessageText", "second"),
    ]


async def test_edit_reply_markup_and_delete(standin: BotApiStandin, bot: Bot) -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("a", callback_data="a")]])
    message = await bot.send_message(7, "pick", reply_markup=keyboard)
    edited = await bot.edit_message_reply_markup(7, message.message_id, reply_markup=None)
    assert not isinstance(edited, bool) and edited.reply_markup is None
    assert await bot.delete_message(7, message.message_id)
    with pytest.raises(BadRequest, match=r"(?i)message to delete not found"):
        await bot.delete_message(7, message.message_id)
    assert standin.deleted == [(7, message.message_id)]


async def test_reply_to_a_missing_message_is_refused(standin: BotApiStandin, bot: Bot) -> None:
    standin.private_message(7, "/digest")
    await bot.send_message(7, "reply", reply_to_message_id=1)
    with pytest.raises(BadRequest, match=r"(?i)replied not found"):
        await bot.send_message(7, "reply", reply_to_message_id=77)
    assert standin.messages_to(7)[0].reply_to_message_id == 1


async def test_forum_topic_must_exist(standin: BotApiStandin, bot: Bot) -> None:
    standin.group_message(-1001, 5, "hi", chat_type="supergroup", is_forum=True,
                          message_thread_id=12)
    await bot.send_message(-1001, "in topic", message_thread_id=12)
    with pytest.raises(BadRequest, match=r"(?i)thread not found"):
        await bot.send_message(-1001, "nowhere", message_thread_id=13)
    assert standin.messages_to(-1001)[0].message_thread_id == 12


async def test_a_reply_goes_to_the_topic_of_the_message_it_answers(
    standin: BotApiStandin, bot: Bot
) -> None:
    # tdlib/telegram-bot-api#798: without message_thread_id a reply lands in the thread of the
    # message it replies to; with one, in that topic (a reply across topics).
    asked = standin.group_message(-1001, 5, "/digest", chat_type="supergroup", is_forum=True,
                                  message_thread_id=12)["message"]
    standin.group_message(-1001, 5, "elsewhere", chat_type="supergroup", is_forum=True,
                          message_thread_id=30)
    here = await bot.send_message(-1001, "here", reply_to_message_id=asked["message_id"])
    assert here.message_thread_id == 12 and here.is_topic_message
    there = await bot.send_message(-1001, "there", message_thread_id=30,
                                   reply_to_message_id=asked["message_id"])
    assert there.message_thread_id == 30
    assert [m.message_thread_id for m in standin.messages_to(-1001)] == [12, 30]


async def test_forum_general_topic_is_reached_without_a_thread_id(
    standin: BotApiStandin, bot: Bot
) -> None:
    # Telegram refuses message_thread_id=1 (python-telegram-bot#4739): General is no thread.
    standin.group_message(-1001, 5, "hi", chat_type="supergroup", is_forum=True)
    general = await bot.send_message(-1001, "in General")
    assert general.message_thread_id is None and not general.is_topic_message
    with pytest.raises(BadRequest, match=r"(?i)thread not found"):
        await bot.send_message(-1001, "General by number", message_thread_id=1)
    # A reply in General carries its root message's id as the thread, and that is no topic
    # either (tdlib/telegram-bot-api#447).
    standin.group_message(-1001, 5, "a reply", chat_type="supergroup", is_forum=True,
                          reply_to_message_id=general.message_id)
    reply = (await bot.get_updates())[-1].message
    assert reply is not None and reply.text == "a reply"
    assert reply.message_thread_id == general.message_id and not reply.is_topic_message
    with pytest.raises(BadRequest, match=r"(?i)thread not found"):
        await bot.send_message(-1001, "into a reply thread", message_thread_id=general.message_id)
    with pytest.raises(ValueError, match="General"):
        standin.group_message(-1001, 5, "hi", chat_type="supergroup", is_forum=True,
                              message_thread_id=1)


async def test_chat_action_and_callback_answer(standin: BotApiStandin, bot: Bot) -> None:
    assert await bot.send_chat_action(7, "typing")
    with pytest.raises(BadRequest, match=r"(?i)wrong parameter action"):
        await bot.send_chat_action(7, "dancing")
    standin.callback_query(7, 7, "size:5", message_id=1)
    [update] = await bot.get_updates()
    assert update.callback_query is not None
    assert await update.callback_query.answer("Saved")
    with pytest.raises(BadRequest, match=r"(?i)query is too old"):
        await bot.answer_callback_query(update.callback_query.id)
    assert standin.answered_callbacks[0]["text"] == "Saved"
    assert standin.chat_actions == [(7, "typing")]


async def test_markdown_is_not_silently_accepted(bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r"(?i)parse_mode"):
        await bot.send_message(7, "*bold*", parse_mode=ParseMode.MARKDOWN_V2)
