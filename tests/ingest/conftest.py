from __future__ import annotations

from collections.abc import Iterator

import pytest

from digests.config import Config, DatabaseConfig, FeedsConfig, FetchConfig
from tests.fakes.webserver import WebServer


@pytest.fixture
def web() -> Iterator[WebServer]:
    with WebServer() as server:
        yield server


@pytest.fixture
def config(database_url: str) -> Config:
    # Loopback is where the test server lives; production keeps the default (refused).
    return Config(
        database=DatabaseConfig(url=database_url),
        fetch=FetchConfig(allow_private_addresses=True, timeout_seconds=2.0),
        feeds=FeedsConfig(poll_minutes=15, max_backoff_minutes=120, poll_concurrency=4),
    )
