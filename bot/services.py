"""What every handler and background task needs, built once and stored in ``bot_data``."""

from __future__ import annotations

import os
import socket
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from digests.config import Config

SERVICES_KEY = "services"


def utc_now() -> datetime:
    return datetime.now(UTC)


def default_worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


@dataclass
class BotServices:
    config: Config
    sessions: async_sessionmaker[AsyncSession]
    clock: Callable[[], datetime] = utc_now
    worker_id: str = field(default_factory=default_worker_id)
