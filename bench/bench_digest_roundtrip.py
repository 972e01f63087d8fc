"""/digest round trip: the user's message in (via getUpdates) to the digest message out.

For each store size (1,000 and 100,000 articles with stored analysis, bulk-inserted), starts the
Bot API stand-in and the real bot (python-telegram-bot, long polling over loopback HTTP), then
has new users send /digest one after another. Each round trip is measured at the stand-in: from
queueing the user's update to receiving the bot's digest message. Prints p50/p95 for both sizes
and the ratio of the p95s (must be at most 1.5: the store's size must not show).

    python bench/bench_digest_roundtrip.py                       # SQLite
    python bench/bench_digest_roundtrip.py --rounds 100
    python bench/bench_digest_roundtrip.py --database-url postgresql://postgres@127.0.0.1:55432/postgres
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import statistics
import sys
import time
from collections.abc import Sequence
from datetime import datetime, timedelta

from bench_compose import (
    NOW,
    bench_database,
    build_store,
    percentile,
)
from sqlalchemy.ext.asyncio import AsyncEngine

from bot import background
from bot.app import running_bot
from bot.sender import SenderSettings
from bot.services import BotServices
from bot.standin import BotApiStandin, SentMessage
from digests.config import Config, DatabaseConfig, TelegramConfig, replace_section
from digests.store.db import create_engine, session_factory
from digests.store.migrate import upgrade_database

TOKEN = "123456:BENCH-roundtrip"
SIZES = (1_000, 100_000)
DIGEST_HEADER = "Your digest"


def bench_config(standin: BotApiStandin, url: str) -> Config:
    telegram = TelegramConfig(token=TOKEN, base_url=standin.base_url,
                              base_file_url=standin.base_file_url, poll_timeout=1)
    return replace_section(Config(), telegram=telegram, database=DatabaseConfig(url=url))


async def digest_message(standin: BotApiStandin, user: int) -> SentMessage:
    """The digest the bot sent ``user`` (a hint to subscribe may come too; it is not timed)."""

    def digest_of(s: BotApiStandin) -> SentMessage | None:
        return next((m for m in s.messages_to(user) if DIGEST_HEADER in m.entities_text), None)

    await standin.wait_for(lambda s: digest_of(s) is not None, timeout=30)
    found = digest_of(standin)
    assert found is not None
    return found


async def round_trips(url: str, rounds: int, warmup: int) -> list[float]:
    engine = create_engine(url)
    started = time.monotonic()

    def clock() -> datetime:
        # The store was built around NOW; the bot's clock runs on from there.
        return NOW + timedelta(seconds=time.monotonic() - started)

    try:
        async with BotApiStandin(token=TOKEN) as standin:
            services = BotServices(config=bench_config(standin, url),
                                   sessions=session_factory(engine), clock=clock,
                                   worker_id="bench")
            async with running_bot(services, poll_timeout=1) as app:
                await background.restart(app, SenderSettings(workers=4, idle_poll_seconds=1.0))
                timings = []
                for n in range(warmup + rounds):
                    user = 7_000_000 + n
                    sent_at = standin.clock()
                    standin.private_message(user, "/digest")
                    reply = await digest_message(standin, user)
                    if n >= warmup:
                        timings.append(reply.at - sent_at)
                return timings
    finally:
        await engine.dispose()


async def settle(engine: AsyncEngine) -> None:
    """Leave the freshly bulk-loaded store as a running one would be: checkpointed WAL."""
    if engine.dialect.name == "sqlite":
        async with engine.connect() as conn:
            await conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    else:
        async with engine.connect() as conn:
            autocommit = await conn.execution_options(isolation_level="AUTOCOMMIT")
            await autocommit.exec_driver_sql("VACUUM ANALYZE")


async def main_async(args: argparse.Namespace) -> int:
    results: dict[int, list[float]] = {}
    for size in SIZES:
        async with bench_database(args.database_url) as url:
            await upgrade_database(url)
            engine = create_engine(url)
            built = time.monotonic()
            await build_store(engine, size, 0, seed=11)
            await settle(engine)
            await engine.dispose()
            print(f"{size:>7,} articles: store built in {time.monotonic() - built:.1f} s "
                  f"({url.split('://')[0]})", flush=True)
            results[size] = await round_trips(url, args.rounds, args.warmup)
    for size, timings in results.items():
        ms = [t * 1000 for t in timings]
        print(f"{size:>7,} articles: /digest round trip over {len(ms)} users: "
              f"p50 {percentile(ms, 0.5):.1f} ms, p95 {percentile(ms, 0.95):.1f} ms, "
              f"mean {statistics.fmean(ms):.1f} ms")
    small, large = (percentile(results[s], 0.95) for s in SIZES)
    ratio = large / small
    print(f"p95 ratio {SIZES[1]:,} / {SIZES[0]:,} articles: {ratio:.2f} (need <= 1.5)")
    ok = ratio <= 1.5
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=60, help="measured /digest requests")
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument("--database-url", default=None,
                        help="PostgreSQL admin URL (a bench database is created and dropped)")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.CRITICAL)
    return asyncio.run(main_async(parse_args(argv)))


if __name__ == "__main__":
    sys.exit(main())
