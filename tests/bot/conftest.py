"""Fixtures for the bot's end-to-end tests: a started bot against the stand-in, on SQLite."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.bot.harness import BotHarness, started_bot


@pytest.fixture
async def bot(sqlite_url: str) -> AsyncIterator[BotHarness]:
    async with started_bot(sqlite_url) as harness:
        yield harness
