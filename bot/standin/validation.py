"""What Telegram refuses in a message: text, formatting, keyboards. Each check raises ApiError."""

from __future__ import annotations

from typing import Any

from bot.standin.errors import ApiError, bad_request
from bot.standin.telegram_html_rules import (
    EntityParseError,
    ParsedText,
    parse_html,
    strip_text,
    utf16_len,
)

MAX_TEXT_UTF16 = 4096
# Telegram does not refuse a message with more entities: it sends it and keeps only the first 100
# (rubenlagus/TelegramBots#854: "sent successfully but all tags after the 100th are ignored";
# tdlib/telegram-bot-api#820). The rest of the formatting is lost without an error.
MAX_ENTITIES = 100
MAX_CALLBACK_DATA_BYTES = 64
MAX_BUTTONS = 100
MAX_BUTTONS_PER_ROW = 8
MAX_CALLBACK_ANSWER_CHARS = 200

_BUTTON_ACTIONS = (
    "url",
    "callback_data",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)
_URL_SCHEMES = ("http://", "https://", "tg://")


def parse_message_text(
    text: str | None, parse_mode: str | None, entities: Any = None
) -> ParsedText:
    """The visible text and entities Telegram would store, or the 400 it would answer."""
    if text is None or text == "":
        raise bad_request("message text is empty")
    parsed = _apply_parse_mode(text, parse_mode, entities)
    stripped = strip_text(parsed)
    if not stripped.text:
        raise bad_request("message text is empty")
    if utf16_len(stripped.text) > MAX_TEXT_UTF16:
        raise bad_request("message is too long")
    if len(stripped.entities) > MAX_ENTITIES:
        dropped = len(stripped.entities) - MAX_ENTITIES
        return ParsedText(stripped.text, stripped.entities[:MAX_ENTITIES], dropped)
    return stripped


def _apply_parse_mode(text: str, parse_mode: str | None, entities: Any) -> ParsedText:
    mode = (parse_mode or "").strip()
    if not mode:
        return ParsedText(text, _checked_entities(text, entities))
    if mode.lower() == "html":
        try:
            return parse_html(text)
        except EntityParseError as exc:
            raise bad_request(f"can't parse entities: {exc}") from exc
    if mode.lower() in ("markdown", "markdownv2"):
        # The stand-in knows only the HTML rules; passing Markdown off as valid would hide bugs.
        raise bad_request(f"unsupported parse_mode {mode!r} in the stand-in: use HTML")
    raise bad_request("unsupported parse_mode")


def _checked_entities(text: str, entities: Any) -> list[dict[str, Any]]:
    if entities is None:
        return []
    if not isinstance(entities, list):
        raise bad_request("can't parse entities JSON object")
    size = utf16_len(text)
    checked = []
    for entity in entities:
        if not isinstance(entity, dict) or not isinstance(entity.get("type"), str):
            raise bad_request("can't parse entities: entity must be an object with a type")
        offset, length = entity.get("offset"), entity.get("length")
        if not isinstance(offset, int) or not isinstance(length, int):
            raise bad_request("can't parse entities: offset and length must be integers")
        if offset < 0 or length < 0 or offset + length > size:
            raise bad_request(f"can't parse entities: entity {entity['type']} is out of the text")
        if length > 0:
            checked.append(dict(entity))
    return checked


def check_reply_markup(markup: Any) -> None:
    if markup is None:
        return
    if not isinstance(markup, dict):
        raise bad_request("object expected as reply markup")
    if "inline_keyboard" in markup:
        _check_inline_keyboard(markup["inline_keyboard"])
    elif "keyboard" in markup:
        _check_reply_keyboard(markup["keyboard"])
    elif not (markup.get("remove_keyboard") or markup.get("force_reply")):
        raise bad_request("can't parse reply keyboard markup JSON object")


def _rows(rows: Any, kind: str) -> list[list[Any]]:
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request(f"field \"{kind}\" of the reply markup must be an Array of Arrays")
    if sum(len(row) for row in rows) > MAX_BUTTONS:
        raise bad_request("reply markup is too long")
    return rows


def _check_inline_keyboard(rows: Any) -> None:
    for row in _rows(rows, "inline_keyboard"):
        if len(row) > MAX_BUTTONS_PER_ROW:
            raise bad_request("BUTTON_TYPE_INVALID: too many buttons in a row")
        for button in row:
            _check_inline_button(button)


def _check_inline_button(button: Any) -> None:
    if not isinstance(button, dict) or not isinstance(button.get("text"), str):
        raise bad_request("can't parse inline keyboard button: Text must be a String")
    if not button["text"].strip():
        raise bad_request("BUTTON_TEXT_INVALID")
    actions = [name for name in _BUTTON_ACTIONS if name in button]
    if not actions:
        raise bad_request("text buttons are unallowed in the inline keyboard")
    if len(actions) > 1:
        raise bad_request(f"an inline keyboard button may have one action, not {actions}")
    if "callback_data" in button:
        data = button["callback_data"]
        size = len(data.encode("utf-8")) if isinstance(data, str) else 0
        if not 1 <= size <= MAX_CALLBACK_DATA_BYTES:
            raise bad_request("BUTTON_DATA_INVALID")
    if "url" in button:
        url = button["url"]
        if not isinstance(url, str) or not url.lower().startswith(_URL_SCHEMES) or " " in url:
            raise bad_request("BUTTON_URL_INVALID")


def _check_reply_keyboard(rows: Any) -> None:
    for row in _rows(rows, "keyboard"):
        for button in row:
            text = button.get("text") if isinstance(button, dict) else button
            if not isinstance(text, str) or not text.strip():
                raise bad_request("keyboard button text must be a non-empty String")


def check_callback_answer(text: str | None) -> None:
    if text is not None and len(text) > MAX_CALLBACK_ANSWER_CHARS:
        raise bad_request("MESSAGE_TOO_LONG")


def check_commands(commands: Any) -> list[dict[str, str]]:
    """setMyCommands' list: 1-32 characters of a-z, 0-9, _ each, descriptions 1-256 characters.

    The checks and their answers are TDLib's (td/telegram/BotCommand.cpp): both fields are
    trimmed and a leading "/" is dropped before they are measured; bad characters are the
    server's BOT_COMMAND_INVALID.
    """
    if not isinstance(commands, list):
        raise bad_request("can't parse commands JSON object")
    if len(commands) > 100:
        raise bad_request("BOT_COMMANDS_TOO_MUCH")
    checked = []
    for item in commands:
        if not isinstance(item, dict):
            raise bad_request("can't parse BotCommand: object expected")
        command, description = item.get("command"), item.get("description")
        if not isinstance(command, str) or not isinstance(description, str):
            raise bad_request("can't parse BotCommand: command and description must be Strings")
        command = command.strip()
        command = command[1:] if command.startswith("/") else command
        description = description.strip()
        if not command:
            raise bad_request("command must be non-empty")
        if len(command) > 32:
            raise bad_request("command length must not exceed 32")
        if not description:
            raise bad_request("command description must be non-empty")
        if len(description) > 256:
            raise bad_request("command description length must not exceed 256")
        if not _valid_command(command):
            raise bad_request("BOT_COMMAND_INVALID")
        checked.append({"command": command.lower(), "description": description})
    return checked


def _valid_command(command: str) -> bool:
    allowed = set("abcdefghijklmnopqrstuvwxyz0123456789_")
    return set(command.lower()) <= allowed


def error_is_validation(error: ApiError) -> bool:
    return error.status == 400
