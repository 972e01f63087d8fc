"""The Bot API methods the stand-in serves, by name."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from bot.standin import methods_bot, methods_messages

if TYPE_CHECKING:
    from bot.standin.standin import BotApiStandin

Method = Callable[["BotApiStandin", dict[str, Any]], Any]

METHODS: dict[str, Method] = {
    "getMe": methods_bot.get_me,
    "logOut": methods_bot.log_out,
    "close": methods_bot.log_out,
    "setWebhook": methods_bot.set_webhook,
    "deleteWebhook": methods_bot.delete_webhook,
    "getWebhookInfo": methods_bot.get_webhook_info,
    "setMyCommands": methods_bot.set_my_commands,
    "getMyCommands": methods_bot.get_my_commands,
    "deleteMyCommands": methods_bot.delete_my_commands,
    "getUpdates": methods_bot.get_updates,
    "getChat": methods_bot.get_chat,
    "getChatMember": methods_bot.get_chat_member,
    "getChatAdministrators": methods_bot.get_chat_administrators,
    "sendMessage": methods_messages.send_message,
    "editMessageText": methods_messages.edit_message_text,
    "editMessageReplyMarkup": methods_messages.edit_message_reply_markup,
    "deleteMessage": methods_messages.delete_message,
    "sendChatAction": methods_messages.send_chat_action,
    "answerCallbackQuery": methods_messages.answer_callback_query,
}
# Telegram matches method names without regard to case.
_BY_LOWER_NAME = {name.lower(): name for name in METHODS}

# Telegram's front end answers 5xx with an HTML page, not JSON.
SERVER_ERROR_PAGE = (
    "<html><head><title>{0}</title></head><body><center><h1>{0}</h1></center></body></html>"
)


def canonical_method_name(name: str) -> str | None:
    return _BY_LOWER_NAME.get(name.lower())
