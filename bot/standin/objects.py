"""Telegram objects as JSON dicts, complete enough for python-telegram-bot to de-serialise."""

from __future__ import annotations

import re
from typing import Any

from bot.standin.telegram_html_rules import utf16_len

_COMMAND = re.compile(r"(?<!\S)/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?")

GROUP_TYPES = ("group", "supergroup")


def make_user(
    user_id: int,
    first_name: str,
    *,
    username: str | None = None,
    language_code: str | None = None,
    last_name: str | None = None,
) -> dict[str, Any]:
    user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
    if last_name:
        user["last_name"] = last_name
    if username:
        user["username"] = username
    if language_code:
        user["language_code"] = language_code
    return user


def make_bot_user(bot_id: int, username: str, first_name: str) -> dict[str, Any]:
    return {
        "id": bot_id,
        "is_bot": True,
        "first_name": first_name,
        "username": username,
        "can_join_groups": True,
        "can_read_all_group_messages": False,
        "supports_inline_queries": False,
        "can_connect_to_business": False,
        "has_main_web_app": False,
    }


def private_chat(user: dict[str, Any]) -> dict[str, Any]:
    chat: dict[str, Any] = {"id": user["id"], "type": "private", "first_name": user["first_name"]}
    if "username" in user:
        chat["username"] = user["username"]
    return chat


def group_chat(chat_id: int, chat_type: str, title: str, *, is_forum: bool) -> dict[str, Any]:
    if chat_type not in GROUP_TYPES:
        raise ValueError(f"chat_type must be 'group' or 'supergroup', not {chat_type!r}")
    if is_forum and chat_type != "supergroup":
        raise ValueError("only a supergroup can be a forum")
    chat: dict[str, Any] = {"id": chat_id, "type": chat_type, "title": title}
    if is_forum:
        chat["is_forum"] = True
    return chat


def default_chat(chat_id: int) -> dict[str, Any]:
    """A chat the stand-in was never told about: its type is guessed from the id, as Telegram's
    ids are signed (users positive, basic groups negative, supergroups -100...)."""
    if chat_id > 0:
        return {"id": chat_id, "type": "private", "first_name": f"User {chat_id}"}
    if str(chat_id).startswith("-100"):
        return {"id": chat_id, "type": "supergroup", "title": f"Supergroup {chat_id}"}
    return {"id": chat_id, "type": "group", "title": f"Group {chat_id}"}


def full_chat_info(chat: dict[str, Any]) -> dict[str, Any]:
    """getChat's answer (ChatFullInfo): the chat plus the fields Telegram always sends."""
    return {
        **chat,
        "accent_color_id": 0,
        "max_reaction_count": 11,
        "accepted_gift_types": {
            "unlimited_gifts": False,
            "limited_gifts": False,
            "unique_gifts": False,
            "premium_subscription": False,
            "gifts_from_channels": False,
        },
    }


def command_entities(text: str) -> list[dict[str, Any]]:
    """bot_command entities, as Telegram marks every /command in an incoming text."""
    entities = []
    for match in _COMMAND.finditer(text):
        entities.append(
            {
                "type": "bot_command",
                "offset": utf16_len(text[: match.start()]),
                "length": utf16_len(match.group(0)),
            }
        )
    return entities


def chat_member(user: dict[str, Any], status: str) -> dict[str, Any]:
    """A ChatMember of the given status; administrators get the rights a default admin has."""
    if status == "creator":
        return {"status": "creator", "user": user, "is_anonymous": False}
    if status == "administrator":
        return {
            "status": "administrator",
            "user": user,
            "can_be_edited": False,
            "is_anonymous": False,
            "can_manage_chat": True,
            "can_delete_messages": True,
            "can_manage_video_chats": True,
            "can_restrict_members": True,
            "can_promote_members": False,
            "can_change_info": True,
            "can_invite_users": True,
            "can_post_stories": False,
            "can_edit_stories": False,
            "can_delete_stories": False,
            "can_pin_messages": True,
        }
    if status == "kicked":
        return {"status": "kicked", "user": user, "until_date": 0}
    if status in ("member", "left"):
        return {"status": status, "user": user}
    raise ValueError(
        f"unknown chat member status {status!r}: use creator, administrator, member, left, kicked"
    )
