"""Bot API request parameters: decoding the three encodings clients use and reading typed values.

python-telegram-bot posts ``application/x-www-form-urlencoded`` (or multipart) where every
non-string value is a JSON-encoded string; other clients post ``application/json``. Parameters
may also come in the query string. After decoding, structured values are dicts and lists, and
scalars are read through the typed getters below, which accept both spellings.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl

from bot.standin.errors import ApiError, bad_request

# Parameters whose value is a JSON object or array even in a form post.
STRUCTURED = frozenset(
    {
        "reply_markup",
        "entities",
        "caption_entities",
        "link_preview_options",
        "reply_parameters",
        "allowed_updates",
        "commands",
        "scope",
    }
)


# Scalars normalised to int or bool when they are spelled as such, so that recorded calls read the
# same whichever encoding the client used.
INTEGER_FIELDS = frozenset(
    {
        "chat_id",
        "message_id",
        "message_thread_id",
        "reply_to_message_id",
        "user_id",
        "offset",
        "limit",
        "timeout",
        "cache_time",
    }
)
BOOLEAN_FIELDS = frozenset(
    {
        "disable_notification",
        "protect_content",
        "show_alert",
        "drop_pending_updates",
        "disable_web_page_preview",
        "allow_sending_without_reply",
    }
)


def decode_params(
    content_type: str, body: bytes, query: dict[str, list[bytes]], form: dict[str, list[bytes]]
) -> dict[str, Any]:
    """Merge query-string and body parameters into one dict with structured values decoded.

    ``form`` is what the HTTP server already parsed from a form or multipart body.
    """
    params: dict[str, Any] = {k: v[-1].decode("utf-8", "replace") for k, v in query.items()}
    media_type = content_type.split(";", 1)[0].strip().lower()
    if media_type == "application/json" and body.strip():
        try:
            decoded = json.loads(body)
        except ValueError as exc:
            raise bad_request(f"can't parse JSON request body: {exc}") from exc
        if not isinstance(decoded, dict):
            raise bad_request("the JSON request body must be an object")
        params.update(decoded)
        return _normalise_scalars(params)
    if form:
        params.update({k: v[-1].decode("utf-8", "replace") for k, v in form.items()})
    elif body and media_type in ("", "application/x-www-form-urlencoded"):
        params.update(dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)))
    for name in STRUCTURED & params.keys():
        if isinstance(params[name], str):
            params[name] = _decode_json_param(name, params[name])
    return _normalise_scalars(params)


def _normalise_scalars(params: dict[str, Any]) -> dict[str, Any]:
    for name in INTEGER_FIELDS & params.keys():
        value = params[name]
        if isinstance(value, str) and value.strip().lstrip("-").isdigit():
            params[name] = int(value)
    for name in BOOLEAN_FIELDS & params.keys():
        value = params[name]
        if isinstance(value, str) and value.strip().lower() in ("true", "false"):
            params[name] = value.strip().lower() == "true"
    return params


def _decode_json_param(name: str, raw: str) -> Any:
    if raw == "":
        return None
    try:
        return json.loads(raw)
    except ValueError as exc:
        if name == "reply_markup":
            raise bad_request("can't parse reply keyboard markup JSON object") from exc
        raise bad_request(f"can't parse {name} JSON object") from exc


def get_int(params: dict[str, Any], name: str, *, required: bool = False) -> int | None:
    value = params.get(name)
    if value is None or value == "":
        if required:
            raise bad_request(f"{name} is empty")
        return None
    if isinstance(value, bool):
        raise bad_request(f"invalid {name} specified")
    if isinstance(value, int):
        return value
    try:
        return int(str(value).strip())
    except ValueError as exc:
        raise bad_request(f"invalid {name} specified") from exc


def get_float(params: dict[str, Any], name: str, default: float) -> float:
    value = params.get(name)
    if value is None or value == "":
        return default
    try:
        return float(value)
    except (TypeError, ValueError) as exc:
        raise bad_request(f"invalid {name} specified") from exc


def get_bool(params: dict[str, Any], name: str) -> bool | None:
    value = params.get(name)
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("true", "1"):
        return True
    if text in ("false", "0"):
        return False
    raise bad_request(f"invalid {name} specified: expected true or false")


def get_str(params: dict[str, Any], name: str) -> str | None:
    value = params.get(name)
    if value is None:
        return None
    return value if isinstance(value, str) else str(value)


def get_chat_id(params: dict[str, Any], usernames: Callable[[], dict[str, int]]) -> int:
    """chat_id as an integer; ``@username`` resolves only for chats the stand-in knows."""
    value = params.get("chat_id")
    if value is None or value == "":
        raise bad_request("chat_id is empty")
    if isinstance(value, str) and value.strip().startswith("@"):
        chat_id = usernames().get(value.strip()[1:].lower())
        if chat_id is None:
            raise bad_request("chat not found")
        return chat_id
    try:
        chat_id = get_int(params, "chat_id", required=True)
    except ApiError as exc:
        raise bad_request("chat not found") from exc
    assert chat_id is not None
    return chat_id
