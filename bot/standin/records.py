"""What the stand-in remembers of the bot's requests, for tests to look at."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class ApiCall:
    """One request as the stand-in received it, with the HTTP status it answered."""

    method: str
    params: dict[str, Any]
    status: int
    at: float
    description: str | None = None  # Telegram's description when the call failed


@dataclass
class SentMessage:
    """A message the bot sent or edited successfully: what a person in the chat would see."""

    chat_id: int
    message_id: int
    text: str
    parse_mode: str | None
    entities_text: str
    reply_markup: dict[str, Any] | None
    message_thread_id: int | None
    link_preview_options: dict[str, Any] | None
    disable_web_page_preview: bool | None
    reply_to_message_id: int | None
    method: str
    at: float
    entities: list[dict[str, Any]] = field(default_factory=list)
    # Entities Telegram silently dropped (past 100 a message): formatting the reader does not see.
    entities_dropped: int = 0

    @property
    def visible_text(self) -> str:
        return self.entities_text

    def button_texts(self) -> list[str]:
        """Texts of every button of the message's keyboard, row by row."""
        markup = self.reply_markup or {}
        rows = markup.get("inline_keyboard") or markup.get("keyboard") or []
        return [b["text"] if isinstance(b, dict) else str(b) for row in rows for b in row]

    def callback_data(self) -> list[str]:
        """callback_data of every inline button that has one."""
        rows = (self.reply_markup or {}).get("inline_keyboard") or []
        return [b["callback_data"] for row in rows for b in row if "callback_data" in b]
