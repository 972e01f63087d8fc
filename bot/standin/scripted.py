"""Updates a test or the demo plays to the bot: what people in private chats and groups do."""

from __future__ import annotations

from typing import Any

from bot.standin.objects import (
    chat_member,
    command_entities,
    group_chat,
    make_user,
    private_chat,
)
from bot.standin.state import ChatState, World
from bot.standin.telegram_html_rules import utf16_len
from bot.standin.update_queue import UpdateQueue
from bot.standin.validation import MAX_CALLBACK_DATA_BYTES, MAX_TEXT_UTF16

_USER_FIELDS = ("first_name", "username", "language_code", "last_name")


class Script:
    """Builds updates consistent with the world (ids, chats, stored messages) and queues them."""

    def __init__(self, world: World, queue: UpdateQueue, unix_time: Any) -> None:
        self.world = world
        self.queue = queue
        self.unix_time = unix_time
        self._callback_ids = 0

    def user(
        self,
        user_id: int,
        first_name: str = "Ann",
        username: str | None = None,
        language_code: str | None = "en",
        last_name: str | None = None,
    ) -> dict[str, Any]:
        if user_id <= 0:
            raise ValueError(f"a user id is a positive integer, not {user_id}")
        user = make_user(
            user_id, first_name, username=username, language_code=language_code,
            last_name=last_name,
        )
        self.world.users[user_id] = user
        return user

    def known_user(self, user_id: int, fields: dict[str, Any]) -> dict[str, Any]:
        unknown = set(fields) - set(_USER_FIELDS)
        if unknown:
            raise TypeError(f"unexpected keyword arguments {sorted(unknown)}; "
                            f"a user takes {', '.join(_USER_FIELDS)}")
        existing = self.world.users.get(user_id)
        if existing is not None and not fields:
            return existing
        base = {"first_name": existing["first_name"]} if existing else {}
        if existing:
            base.update({k: existing[k] for k in _USER_FIELDS if k in existing})
        return self.user(user_id, **{**base, **fields})

    def private_message(
        self, user_id: int, text: str, reply_to_message_id: int | None = None, **user_fields: Any
    ) -> dict[str, Any]:
        user = self.known_user(user_id, user_fields)
        state = self.world.remember_chat(private_chat(user))
        self.world.blocked.discard(user_id)  # writing to the bot unblocks it, as in Telegram
        message = self._message(state.chat, user, text, reply_to_message_id)
        state.messages[message["message_id"]] = message
        return self.queue.push({"message": message})

    def group_message(
        self,
        chat_id: int,
        user_id: int,
        text: str,
        *,
        chat_type: str = "group",
        title: str = "Group",
        is_forum: bool = False,
        message_thread_id: int | None = None,
        reply_to_message_id: int | None = None,
    ) -> dict[str, Any]:
        _check_group_id(chat_id)
        user = self.known_user(user_id, {})
        state = self.world.remember_chat(group_chat(chat_id, chat_type, title, is_forum=is_forum))
        message = self._message(state.chat, user, text, reply_to_message_id)
        if message_thread_id is not None:
            if is_forum and message_thread_id == 1:
                raise ValueError("a message in a forum's General topic has no message_thread_id; "
                                 "leave it out")
            message["message_thread_id"] = message_thread_id
            if is_forum:
                message["is_topic_message"] = True
                state.threads.add(message_thread_id)
        elif reply_to_message_id is not None and state.chat["type"] == "supergroup":
            # A reply in a supergroup belongs to its root message's thread: in a topic that is the
            # topic; anywhere else (a forum's General topic too) the id of a plain message, with no
            # is_topic_message (tdlib/telegram-bot-api#356, #447).
            target = state.messages[reply_to_message_id]
            message["message_thread_id"] = target.get("message_thread_id", target["message_id"])
            if target.get("is_topic_message"):
                message["is_topic_message"] = True
        state.messages[message["message_id"]] = message
        return self.queue.push({"message": message})

    def _message(
        self,
        chat: dict[str, Any],
        user: dict[str, Any],
        text: str,
        reply_to_message_id: int | None,
    ) -> dict[str, Any]:
        _check_user_text(text)
        state = self.world.chat(chat["id"])
        message: dict[str, Any] = {
            "message_id": state.new_message_id(),
            "date": self.unix_time(),
            "chat": chat,
            "from": user,
            "text": text,
        }
        entities = command_entities(text)
        if entities:
            message["entities"] = entities
        if reply_to_message_id is not None:
            target = state.messages.get(reply_to_message_id)
            if target is None:
                raise ValueError(f"chat {chat['id']} has no message {reply_to_message_id}")
            message["reply_to_message"] = {
                k: v for k, v in target.items() if k != "reply_to_message"
            }
        return message

    def callback_query(
        self,
        chat_id: int,
        user_id: int,
        data: str,
        *,
        message_id: int,
        chat_type: str = "private",
    ) -> dict[str, Any]:
        if not 1 <= len(data.encode("utf-8")) <= MAX_CALLBACK_DATA_BYTES:
            raise ValueError("Telegram only sends callback_data of 1-64 bytes; the bot could not "
                             f"have made a button with {len(data.encode('utf-8'))} bytes")
        user = self.known_user(user_id, {})
        chat = self._chat_for(chat_id, chat_type, user)
        state = self.world.chat(chat_id)
        message = state.messages.get(message_id)
        if message is None:
            # PTB reads a date of 0 as a message the bot can no longer see.
            message = {"chat": chat, "message_id": message_id, "date": 0}
        self._callback_ids += 1
        query_id = f"cbq-{self._callback_ids}"
        query: dict[str, Any] = {
            "id": query_id,
            "from": user,
            "chat_instance": f"ci{abs(chat_id)}",
            "message": message,
            "data": data,
        }
        self.world.callback_queries[query_id] = query
        return self.queue.push({"callback_query": query})

    def my_chat_member(
        self,
        chat_id: int,
        *,
        new_status: str = "member",
        old_status: str | None = None,
        chat_type: str = "group",
        by_user_id: int | None = None,
        title: str = "Group",
    ) -> dict[str, Any]:
        if old_status is None:
            old_status = "left" if new_status in ("member", "administrator") else "member"
        if chat_type == "private":
            actor = self.known_user(by_user_id or chat_id, {})
            state = self.world.remember_chat(private_chat(actor))
            if new_status == "kicked":
                self.world.blocked.add(chat_id)
            else:
                self.world.blocked.discard(chat_id)
        else:
            _check_group_id(chat_id)
            chat = self.world.chats.get(chat_id)
            base = chat.chat if chat and chat.described else group_chat(
                chat_id, chat_type, title, is_forum=False
            )
            state = self.world.remember_chat(base)
            actor = self.known_user(by_user_id or _first_admin(state.admins) or 1, {})
        old = chat_member(self.world.bot_user, old_status)
        new = chat_member(self.world.bot_user, new_status)
        state.bot_status = new_status
        return self.queue.push(
            {
                "my_chat_member": {
                    "chat": state.chat,
                    "from": actor,
                    "date": self.unix_time(),
                    "old_chat_member": old,
                    "new_chat_member": new,
                }
            }
        )

    def migrate(self, old_chat_id: int, new_chat_id: int, *, announce: bool) -> None:
        old = self.world.chat(old_chat_id)
        title = old.chat.get("title", "Group")
        new = self.world.remember_chat({"id": new_chat_id, "type": "supergroup", "title": title})
        new.admins = list(old.admins)
        new.bot_status = old.bot_status
        self.world.migrated[old_chat_id] = new_chat_id
        if announce:
            actor = self.world.user(old.admins[0] if old.admins else 1)
            self.queue.push({"message": self._service(old, actor, migrate_to_chat_id=new_chat_id)})
            self.queue.push(
                {"message": self._service(new, actor, migrate_from_chat_id=old_chat_id)}
            )

    def _service(self, state: ChatState, actor: dict[str, Any], **fields: Any) -> dict[str, Any]:
        message = {
            "message_id": state.new_message_id(),
            "date": self.unix_time(),
            "chat": state.chat,
            "from": actor,
            **fields,
        }
        state.messages[message["message_id"]] = message
        return message

    def _chat_for(self, chat_id: int, chat_type: str, user: dict[str, Any]) -> dict[str, Any]:
        known = self.world.chats.get(chat_id)
        if known is not None and known.described:
            return known.chat
        if chat_type == "private":
            return self.world.remember_chat(private_chat(user)).chat
        _check_group_id(chat_id)
        group = group_chat(chat_id, chat_type, "Group", is_forum=False)
        return self.world.remember_chat(group).chat


def _check_user_text(text: str) -> None:
    # What a Telegram client lets a person send; a script beyond it tests nothing real.
    if not text.strip():
        raise ValueError("a scripted message needs some text")
    if utf16_len(text) > MAX_TEXT_UTF16:
        raise ValueError(f"a message holds at most {MAX_TEXT_UTF16} UTF-16 units of text")


def _first_admin(admins: list[int]) -> int | None:
    return admins[0] if admins else None


def _check_group_id(chat_id: int) -> None:
    if chat_id >= 0:
        raise ValueError(f"group and supergroup ids are negative in Telegram, not {chat_id}")
