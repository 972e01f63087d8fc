"""Fixtures for the stand-in's own tests: the stand-in, and a real PTB Bot talking to it."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from telegram import Bot
from telegram.request import HTTPXRequest

from bot.standin import BotApiStandin
from tests.fakes.standin_fixture import standin  # noqa: F401


@pytest.fixture
async def bot(standin: BotApiStandin) -> AsyncIterator[Bot]:  # noqa: F811
    # Short timeouts keep "slow answer" tests fast; a real bot would use longer ones.
    request = HTTPXRequest(read_timeout=2.0, connect_timeout=2.0)
    async with Bot(
        standin.token,
        base_url=standin.base_url,
        base_file_url=standin.base_file_url,
        request=request,
        get_updates_request=HTTPXRequest(read_timeout=5.0),
    ) as client:
        yield client


@pytest.fixture
async def http(standin: BotApiStandin) -> AsyncIterator[httpx.AsyncClient]:  # noqa: F811
    """Raw HTTP to the stand-in's method URLs: ``await http.post("sendMessage", json=...)``."""
    async with httpx.AsyncClient(base_url=f"{standin.base_url}{standin.token}/") as client:
        yield client

