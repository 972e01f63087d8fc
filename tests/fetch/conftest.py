from __future__ import annotations

from collections.abc import Iterator

import pytest

from digests.config import FetchConfig
from tests.fakes.webserver import WebServer


@pytest.fixture
def web() -> Iterator[WebServer]:
    with WebServer() as server:
        yield server


@pytest.fixture
def fetch_config() -> FetchConfig:
    # Loopback is where the test server lives; production keeps the default (refused).
    return FetchConfig(allow_private_addresses=True, timeout_seconds=2.0, max_redirects=3)
