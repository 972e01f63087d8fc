"""Message validation as a function: whatever the input, a clean 400 or a message Telegram keeps."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.standin.errors import ApiError
from bot.standin.telegram_html_rules import utf16_len
from bot.standin.validation import check_commands, check_reply_markup, parse_message_text

_PIECES = ["<b>", "</b>", "<i>", "</i>", "&amp;", "&lt;", "<", ">", "&", "x", "😀", " ", "\n",
           "<a href='https://a.b'>", "</a>", "y" * 500, "<pre>", "</pre>"]


@settings(max_examples=200)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join),
       st.sampled_from([None, "HTML", "html"]))
def test_any_text_is_refused_cleanly_or_kept_within_limits(
    text: str, parse_mode: str | None
) -> None:
    try:
        parsed = parse_message_text(text, parse_mode)
    except ApiError as error:
        assert error.status == 400
        assert error.description.startswith("Bad Request: ")
        return
    assert 1 <= utf16_len(parsed.text) <= 4096
    assert parsed.text == parsed.text.strip()
    assert len(parsed.entities) <= 100


def test_explicit_entities_must_fit_the_text() -> None:
    kept = parse_message_text("hello", None, [{"type": "bold", "offset": 0, "length": 5}])
    assert kept.entities == [{"type": "bold", "offset": 0, "length": 5}]
    with pytest.raises(ApiError, match="out of the text"):
        parse_message_text("hello", None, [{"type": "bold", "offset": 3, "length": 5}])


@pytest.mark.parametrize(
    "markup",
    [
        {"keyboard": [["Europe/Berlin", {"text": "Asia/Tokyo"}]], "resize_keyboard": True},
        {"remove_keyboard": True},
        {"force_reply": True},
        {"inline_keyboard": [[{"text": "Site", "url": "https://example.org"}]]},
    ],
)
def test_valid_markups_pass(markup: dict[str, object]) -> None:
    check_reply_markup(markup)


def test_too_many_buttons() -> None:
    row = [{"text": str(i), "callback_data": str(i)} for i in range(8)]
    check_reply_markup({"inline_keyboard": [row] * 12})
    with pytest.raises(ApiError, match="too long"):
        check_reply_markup({"inline_keyboard": [row] * 13})
    with pytest.raises(ApiError, match="too many buttons in a row"):
        check_reply_markup({"inline_keyboard": [[*row, row[0]]]})


def test_commands_are_lowercased_and_checked() -> None:
    assert check_commands([{"command": "Digest", "description": "Latest"}]) == [
        {"command": "digest", "description": "Latest"}
    ]
    with pytest.raises(ApiError, match="command length must not exceed 32"):
        check_commands([{"command": "x" * 33, "description": "d"}])
    with pytest.raises(ApiError, match="BOT_COMMAND_INVALID"):
        check_commands([{"command": "has-dash", "description": "d"}])
    with pytest.raises(ApiError, match="command description must be non-empty"):
        check_commands([{"command": "ok", "description": "  "}])
    with pytest.raises(ApiError, match="description length must not exceed 256"):
        check_commands([{"command": "ok", "description": "d" * 257}])
    # TDLib trims both and drops a leading slash before it checks anything.
    assert check_commands([{"command": " /help ", "description": " Help "}]) == [
        {"command": "help", "description": "Help"}
    ]
