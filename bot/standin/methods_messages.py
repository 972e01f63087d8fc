"""Bot API methods that write to chats: send, edit, delete, chat actions, callback answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bot.standin.errors import bad_request
from bot.standin.params import get_bool, get_chat_id, get_int, get_str
from bot.standin.records import SentMessage
from bot.standin.state import ChatState
from bot.standin.telegram_html_rules import ParsedText
from bot.standin.validation import (
    check_callback_answer,
    check_reply_markup,
    parse_message_text,
)

if TYPE_CHECKING:
    from bot.standin.standin import BotApiStandin

CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
_NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly the "
    "same as a current content and reply markup of the message"
)


def send_message(sb: BotApiStandin, params: dict[str, Any]) -> dict[str, Any]:
    chat_id = get_chat_id(params, sb.world.usernames)
    state = sb.world.writable_chat(chat_id)
    thread_id = _thread_id(state, params)
    parsed = parse_message_text(
        get_str(params, "text"), get_str(params, "parse_mode"), params.get("entities")
    )
    markup = params.get("reply_markup")
    check_reply_markup(markup)
    reply_to = _reply_target(state, params)
    # Telegram's published sending limits are about new messages; edits are not counted.
    sb.admit_send(chat_id, state)
    message: dict[str, Any] = {
        "message_id": state.new_message_id(),
        "date": sb.unix_time(),
        "chat": state.chat,
        "from": sb.world.bot_user,
    }
    if thread_id is None and reply_to is not None and reply_to.get("is_topic_message"):
        # Without message_thread_id a reply goes to the topic of the message it answers
        # (tdlib/telegram-bot-api#798); with one, it goes there and quotes across topics.
        thread_id = reply_to.get("message_thread_id")
    if thread_id is not None:
        message["message_thread_id"] = thread_id
        if state.is_forum:
            message["is_topic_message"] = True
    if reply_to is not None:
        message["reply_to_message"] = reply_to
    _set_content(message, parsed, markup, _preview_options(params))
    state.messages[message["message_id"]] = message
    sb.record_sent(_sent_record(sb, "sendMessage", message, params, parsed, thread_id))
    return message


def edit_message_text(sb: BotApiStandin, params: dict[str, Any]) -> dict[str, Any]:
    state, message = _editable_message(sb, params)
    parsed = parse_message_text(
        get_str(params, "text"), get_str(params, "parse_mode"), params.get("entities")
    )
    markup = params.get("reply_markup")
    check_reply_markup(markup)
    edited = {**message, "edit_date": sb.unix_time()}
    _set_content(edited, parsed, markup, _preview_options(params))
    if _same_content(message, edited):
        raise bad_request(_NOT_MODIFIED)
    state.messages[message["message_id"]] = edited
    thread_id = edited.get("message_thread_id")
    sb.record_sent(_sent_record(sb, "editMessageText", edited, params, parsed, thread_id))
    return edited


def edit_message_reply_markup(sb: BotApiStandin, params: dict[str, Any]) -> dict[str, Any]:
    state, message = _editable_message(sb, params)
    markup = params.get("reply_markup")
    check_reply_markup(markup)
    edited = {k: v for k, v in message.items() if k != "reply_markup"}
    edited["edit_date"] = sb.unix_time()
    if markup and "inline_keyboard" in markup and markup["inline_keyboard"]:
        edited["reply_markup"] = markup
    if _same_content(message, edited):
        raise bad_request(_NOT_MODIFIED)
    state.messages[message["message_id"]] = edited
    parsed = ParsedText(edited.get("text", ""), edited.get("entities", []))
    record = _sent_record(
        sb, "editMessageReplyMarkup", edited, params, parsed, edited.get("message_thread_id")
    )
    record.parse_mode = None
    sb.record_sent(record)
    return edited


def delete_message(sb: BotApiStandin, params: dict[str, Any]) -> bool:
    chat_id = get_chat_id(params, sb.world.usernames)
    state = sb.world.readable_chat(chat_id)
    message_id = get_int(params, "message_id", required=True)
    if message_id not in state.messages:
        raise bad_request("message to delete not found")
    del state.messages[message_id]
    sb.deleted.append((chat_id, message_id))
    return True


def send_chat_action(sb: BotApiStandin, params: dict[str, Any]) -> bool:
    chat_id = get_chat_id(params, sb.world.usernames)
    state = sb.world.writable_chat(chat_id)
    _thread_id(state, params)
    action = get_str(params, "action")
    if action not in CHAT_ACTIONS:
        raise bad_request("wrong parameter action in request")
    sb.chat_actions.append((chat_id, action))
    return True


def answer_callback_query(sb: BotApiStandin, params: dict[str, Any]) -> bool:
    query_id = get_str(params, "callback_query_id")
    world = sb.world
    if not query_id or query_id not in world.callback_queries:
        raise bad_request("query is too old and response timeout expired or query ID is invalid")
    if query_id in world.answered_callback_ids:
        raise bad_request("query is too old and response timeout expired or query ID is invalid")
    check_callback_answer(get_str(params, "text"))
    get_bool(params, "show_alert")
    world.answered_callback_ids.add(query_id)
    sb.answered_callbacks.append(dict(params))
    return True


def _thread_id(state: ChatState, params: dict[str, Any]) -> int | None:
    thread_id = get_int(params, "message_thread_id")
    if thread_id is None:
        return None
    # Only forums we were told about are checked; elsewhere Telegram treats it as a reply thread.
    # The General topic is not a thread: a message goes there without message_thread_id, and 1
    # is refused like any other unknown topic (python-telegram-bot#4739, tdlib/telegram-bot-api
    # #447: a reply in General carries its root message's id, which is no topic either).
    if state.is_forum and thread_id not in state.threads:
        raise bad_request("message thread not found")
    return thread_id


def _reply_target(state: ChatState, params: dict[str, Any]) -> dict[str, Any] | None:
    reply = params.get("reply_parameters")
    if isinstance(reply, dict):
        message_id = reply.get("message_id")
        allow_missing = bool(reply.get("allow_sending_without_reply"))
    else:
        message_id = get_int(params, "reply_to_message_id")
        allow_missing = bool(get_bool(params, "allow_sending_without_reply"))
    if message_id is None:
        return None
    target = state.messages.get(int(message_id))
    if target is None and not allow_missing:
        raise bad_request("message to be replied not found")
    if target is None:
        return None
    return {k: v for k, v in target.items() if k != "reply_to_message"}


def _preview_options(params: dict[str, Any]) -> dict[str, Any] | None:
    options = params.get("link_preview_options")
    if isinstance(options, dict):
        return options
    if get_bool(params, "disable_web_page_preview"):
        return {"is_disabled": True}
    return None


def _set_content(
    message: dict[str, Any],
    parsed: ParsedText,
    markup: Any,
    preview: dict[str, Any] | None,
) -> None:
    message["text"] = parsed.text
    message.pop("entities", None)
    message.pop("reply_markup", None)
    message.pop("link_preview_options", None)
    if parsed.entities:
        message["entities"] = parsed.entities
    # Messages carry only inline keyboards; reply keyboards live on the client side.
    if isinstance(markup, dict) and markup.get("inline_keyboard"):
        message["reply_markup"] = markup
    if preview:
        message["link_preview_options"] = preview


def _same_content(before: dict[str, Any], after: dict[str, Any]) -> bool:
    keys = ("text", "entities", "reply_markup")
    return all(before.get(k) == after.get(k) for k in keys)


def _editable_message(
    sb: BotApiStandin, params: dict[str, Any]
) -> tuple[ChatState, dict[str, Any]]:
    if get_str(params, "inline_message_id"):
        raise bad_request("inline messages are not supported by the stand-in")
    chat_id = get_chat_id(params, sb.world.usernames)
    state = sb.world.writable_chat(chat_id)
    message_id = get_int(params, "message_id", required=True)
    assert message_id is not None
    message = state.messages.get(message_id)
    if message is None:
        raise bad_request("message to edit not found")
    if message.get("from", {}).get("id") != sb.world.bot_user["id"]:
        raise bad_request("message can't be edited")
    return state, message


def _sent_record(
    sb: BotApiStandin,
    method: str,
    message: dict[str, Any],
    params: dict[str, Any],
    parsed: ParsedText,
    thread_id: int | None,
) -> SentMessage:
    reply = message.get("reply_to_message")
    return SentMessage(
        chat_id=message["chat"]["id"],
        message_id=message["message_id"],
        text=get_str(params, "text") or parsed.text,
        parse_mode=get_str(params, "parse_mode"),
        entities_text=parsed.text,
        reply_markup=params.get("reply_markup") if method != "editMessageReplyMarkup"
        else message.get("reply_markup"),
        message_thread_id=thread_id,
        link_preview_options=_preview_options(params),
        disable_web_page_preview=get_bool(params, "disable_web_page_preview"),
        reply_to_message_id=reply["message_id"] if reply else None,
        method=method,
        at=sb.clock(),
        entities=parsed.entities,
        entities_dropped=parsed.entities_dropped,
    )
