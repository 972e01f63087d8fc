"""What the stand-in knows about the world: users, chats, members, messages and chat states."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.standin.errors import ApiError, bad_request, forbidden
from bot.standin.objects import GROUP_TYPES, chat_member, default_chat, make_user


@dataclass
class ChatState:
    chat: dict[str, Any]
    bot_status: str = "member"  # member, administrator, left, kicked
    admins: list[int] = field(default_factory=list)  # creator first
    threads: set[int] = field(default_factory=set)  # forum topics seen in this chat
    messages: dict[int, dict[str, Any]] = field(default_factory=dict)
    next_message_id: int = 1
    known: bool = False  # told about by a scripted update or set_admins, not just guessed
    described: bool = False  # the chat object itself came from a scripted update

    @property
    def is_group(self) -> bool:
        return self.chat["type"] in GROUP_TYPES

    @property
    def is_forum(self) -> bool:
        return bool(self.chat.get("is_forum"))

    def new_message_id(self) -> int:
        message_id = self.next_message_id
        self.next_message_id += 1
        return message_id


class World:
    def __init__(self, bot_user: dict[str, Any]) -> None:
        self.bot_user = bot_user
        self.users: dict[int, dict[str, Any]] = {}
        self.chats: dict[int, ChatState] = {}
        self.blocked: set[int] = set()
        self.migrated: dict[int, int] = {}
        self.strict_chats = False  # True: unknown chats answer "chat not found"
        self.callback_queries: dict[str, dict[str, Any]] = {}
        self.answered_callback_ids: set[str] = set()

    def user(self, user_id: int) -> dict[str, Any]:
        if user_id == self.bot_user["id"]:
            return self.bot_user
        return self.users.get(user_id) or make_user(user_id, f"User {user_id}")

    def chat(self, chat_id: int) -> ChatState:
        state = self.chats.get(chat_id)
        if state is None:
            state = ChatState(default_chat(chat_id))
            self.chats[chat_id] = state
        return state

    def remember_chat(self, chat: dict[str, Any]) -> ChatState:
        state = self.chat(chat["id"])
        state.chat = {**state.chat, **chat}
        if "title" in chat:
            state.chat.pop("first_name", None)
        state.known = True
        state.described = True
        return state

    def usernames(self) -> dict[str, int]:
        names = {s.chat["username"].lower(): cid for cid, s in self.chats.items()
                 if s.chat.get("username")}
        names.update({u["username"].lower(): uid for uid, u in self.users.items()
                      if u.get("username")})
        return names

    def writable_chat(self, chat_id: int) -> ChatState:
        """The chat a message may be sent to now, or the error Telegram gives for it."""
        self._check_addressable(chat_id)
        if chat_id == self.bot_user["id"]:
            raise forbidden("bot can't send messages to bots")
        state = self.chat(chat_id)
        if not state.is_group:
            if chat_id in self.blocked:
                raise forbidden("bot was blocked by the user")
            return state
        kind = "supergroup" if state.chat["type"] == "supergroup" else "group"
        if state.bot_status == "kicked":
            raise forbidden(f"bot was kicked from the {kind} chat")
        if state.bot_status == "left":
            raise forbidden(f"bot is not a member of the {kind} chat")
        return state

    def readable_chat(self, chat_id: int) -> ChatState:
        self._check_addressable(chat_id)
        return self.chat(chat_id)

    def _check_addressable(self, chat_id: int) -> None:
        """The errors any method naming a chat gets: a migrated group, an unknown chat."""
        if chat_id in self.migrated:
            raise ApiError(
                400,
                "Bad Request: group chat was upgraded to a supergroup chat",
                {"migrate_to_chat_id": self.migrated[chat_id]},
            )
        if self.strict_chats and not (chat_id in self.chats and self.chats[chat_id].known):
            raise bad_request("chat not found")

    def member(self, chat_id: int, user_id: int) -> dict[str, Any]:
        state = self.readable_chat(chat_id)
        user = self.user(user_id)
        if user_id == self.bot_user["id"]:
            return chat_member(user, state.bot_status)
        if not state.is_group:
            return chat_member(user, "member")
        if state.admins and state.admins[0] == user_id:
            return chat_member(user, "creator")
        if user_id in state.admins:
            return chat_member(user, "administrator")
        return chat_member(user, "member")

    def administrators(self, chat_id: int) -> list[dict[str, Any]]:
        state = self.readable_chat(chat_id)
        if not state.is_group:
            raise bad_request("there are no administrators in the private chat")
        members = [self.member(chat_id, user_id) for user_id in state.admins]
        if state.bot_status == "administrator":
            members.append(chat_member(self.bot_user, "administrator"))
        return members
