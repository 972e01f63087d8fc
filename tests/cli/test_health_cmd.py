from __future__ import annotations

import asyncio
import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

from digests.cli import main
from digests.store.db import create_engine, session_factory
from digests.store.migrate import upgrade_database
from digests.store.models import Chat, Digest


def run(argv: list[str], env: dict[str, str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, environ=env, stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


async def _queue_digest(url: str, due: datetime) -> None:
    engine = create_engine(url)
    try:
        async with session_factory(engine)() as session, session.begin():
            chat = Chat(telegram_id=42, send_times=["08:00"])
            session.add(chat)
            await session.flush()
            session.add(Digest(chat_id=chat.id, kind="manual", parts=["hi"], not_before=due))
    finally:
        await engine.dispose()


def test_health_of_an_empty_schema_then_a_current_one(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path}/nd.sqlite3"
    env = {"NEWSDIGEST_DATABASE_URL": url}
    code, _, err = run(["health"], env)
    assert code == 1 and "db upgrade" in err
    code, out, _ = run(["db", "current"], env)
    assert code == 0 and out.startswith("database revision none: behind")
    assert not (tmp_path / "nd.sqlite3").exists()  # looking did not create an empty database
    asyncio.run(upgrade_database(url))
    code, out, _ = run(["health"], env)
    assert (code, out) == (0, "healthy\n")


def test_a_stuck_outbox_is_unhealthy(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path}/nd.sqlite3"
    asyncio.run(upgrade_database(url))
    asyncio.run(_queue_digest(url, datetime.now(UTC) - timedelta(hours=2)))
    code, _, err = run(["health", "--max-backlog-minutes", "30"], {"NEWSDIGEST_DATABASE_URL": url})
    assert code == 1 and "waited 120 minutes" in err
    code, _, _ = run(["health", "--max-backlog-minutes", "180"], {"NEWSDIGEST_DATABASE_URL": url})
    assert code == 0
