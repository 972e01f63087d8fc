"""``newsdigest health``: is the database reachable and current, and is the outbox draining?

Meant for container health checks and monitoring: exit 0 when healthy, 1 when not, with one line
saying why.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from digests.cli import EXIT_FAILED, EXIT_OK, CliContext
from digests.store.db import create_engine, session_factory
from digests.store.migrate import current_revision, head_revision
from digests.store.models import Digest


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "health",
        help="check the database and that digests are being sent (exit 0 healthy, 1 not)",
        description="For monitoring: checks that the database answers and has the latest "
        "schema, and that no digest is long overdue. Prints 'healthy' and exits 0, or says what "
        "is wrong and exits 1.",
    )
    parser.add_argument(
        "--max-backlog-minutes",
        type=int,
        default=30,
        metavar="N",
        help="unhealthy when a digest due this long ago is still unsent (default 30)",
    )
    parser.set_defaults(handler=run)


async def run(args: argparse.Namespace, ctx: CliContext) -> int:
    url = ctx.config.database.url
    try:
        revision = await current_revision(url)
        if revision != head_revision():
            ctx.error(f"unhealthy: database schema is {revision or 'empty'}; "
                      "run 'newsdigest db upgrade' (or start the bot)")
            return EXIT_FAILED
        oldest = await _oldest_unsent(url)
    except Exception as exc:  # any driver error is an unhealthy database: say so in one line
        ctx.error(f"unhealthy: database unreachable ({type(exc).__name__}: {exc})".splitlines()[0])
        return EXIT_FAILED
    now = datetime.now(UTC)
    if oldest is not None and now - oldest > timedelta(minutes=args.max_backlog_minutes):
        minutes = int((now - oldest).total_seconds() // 60)
        ctx.error(f"unhealthy: a digest has waited {minutes} minutes to be sent; is the bot up?")
        return EXIT_FAILED
    print("healthy", file=ctx.stdout)
    return EXIT_OK


async def _oldest_unsent(url: str) -> datetime | None:
    engine = create_engine(url)
    try:
        async with session_factory(engine)() as session:
            return await session.scalar(
                select(func.min(Digest.not_before)).where(Digest.status.in_(["pending", "sending"]))
            )
    finally:
        await engine.dispose()
