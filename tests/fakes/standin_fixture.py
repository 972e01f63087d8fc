"""A pytest fixture for other test packages: ``from tests.fakes.standin_fixture import standin``.

It yields a started :class:`bot.standin.BotApiStandin` on 127.0.0.1 and stops it afterwards, so
no long poll outlives the test.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.standin import BotApiStandin

STANDIN_TOKEN = "123456:TEST-token"


@pytest.fixture
async def standin() -> AsyncIterator[BotApiStandin]:
    server = BotApiStandin(token=STANDIN_TOKEN)
    await server.start()
    try:
        yield server
    finally:
        await server.stop()
