"""A running bot (the real PTB Application) polling the Bot API stand-in over loopback HTTP."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram.ext import Application

from bot.app import running_bot
from bot.services import BotServices
from bot.standin import BotApiStandin, SentMessage
from digests.chats import find_chat
from digests.config import AdminConfig, Config, DatabaseConfig, TelegramConfig, replace_section
from digests.store.db import create_engine, session_factory
from digests.store.models import Chat

TOKEN = "123456:TEST-token-Zx9"
BOT_ADMIN = 999


def bot_config(standin: BotApiStandin, database_url: str, **sections: Any) -> Config:
    telegram = TelegramConfig(token=TOKEN, base_url=standin.base_url,
                              base_file_url=standin.base_file_url, poll_timeout=1)
    return replace_section(
        Config(), telegram=telegram, database=DatabaseConfig(url=database_url),
        admin=AdminConfig(user_ids=[BOT_ADMIN]), **sections,
    )


@dataclass
class BotHarness:
    standin: BotApiStandin
    app: Application  # type: ignore[type-arg]
    services: BotServices
    sessions: async_sessionmaker[AsyncSession] = field(init=False)

    def __post_init__(self) -> None:
        self.sessions = self.services.sessions

    async def say(self, user_id: int, text: str, **kw: Any) -> SentMessage:
        """A private message from ``user_id``; returns the bot's next message to that chat."""
        before = len(self.standin.messages_to(user_id))
        self.standin.private_message(user_id, text, **kw)
        return (await self.standin.wait_for_messages(user_id, before + 1))[before]

    async def say_in_group(self, chat_id: int, user_id: int, text: str, **kw: Any) -> SentMessage:
        before = len(self.standin.messages_to(chat_id))
        self.standin.group_message(chat_id, user_id, text, **kw)
        return (await self.standin.wait_for_messages(chat_id, before + 1))[before]

    async def tap(self, chat_id: int, user_id: int, data: str, *, message_id: int,
                  chat_type: str = "private", edits: bool = True) -> dict[str, Any]:
        """Press an inline button; returns the answerCallbackQuery the bot gave.

        With ``edits``, also waits for the message edit the tap should cause.
        """
        answered = len(self.standin.answered_callbacks)
        shown = len(self.standin.messages_to(chat_id))
        self.standin.callback_query(chat_id, user_id, data, message_id=message_id,
                                    chat_type=chat_type)
        await self.standin.wait_for(lambda s: len(s.answered_callbacks) > answered)
        if edits:
            await self.standin.wait_for_messages(chat_id, shown + 1)
        return self.standin.answered_callbacks[answered]

    async def chat(self, telegram_id: int) -> Chat | None:
        async with self.sessions() as session:
            return await find_chat(session, telegram_id)

    async def wait_for_chat(
        self, telegram_id: int, condition: Callable[[Chat], bool], timeout: float = 5.0
    ) -> Chat:
        """The chat's row once ``condition`` holds (updates are handled asynchronously)."""
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            chat = await self.chat(telegram_id)
            if chat is not None and condition(chat):
                return chat
            if asyncio.get_running_loop().time() > deadline:
                raise TimeoutError(f"chat {telegram_id} did not reach the expected state")
            await asyncio.sleep(0.02)


@asynccontextmanager
async def started_bot(
    database_url: str, **sections: Any
) -> AsyncIterator[BotHarness]:
    async with BotApiStandin(token=TOKEN) as standin:
        config = bot_config(standin, database_url, **sections)
        engine = create_engine(database_url)
        services = BotServices(config=config, sessions=session_factory(engine))
        try:
            async with running_bot(services, poll_timeout=1) as app:
                yield BotHarness(standin, app, services)
        finally:
            await engine.dispose()
