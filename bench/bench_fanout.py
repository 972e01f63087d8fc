"""Fan-out benchmark: N chats due in the same minute, delivered through the stand-in's limits.

Builds a store of articles (stored analysis, as ingest leaves it) and N subscribed chats whose
send time is the same minute (a tenth of them groups), runs one schedule tick (which composes,
renders and enqueues every digest), then lets the real outbox sender (python-telegram-bot over
loopback HTTP) deliver them to the Bot API stand-in with its rate-limit mode on. The stand-in's
limits and the bot's pacing are scaled together (R messages/s overall, 30/R s per chat), so
the run finishes quickly while keeping Telegram's proportions.

Prints: tick time and chats/s; delivered messages/s against the configured rate R (must be at
least 0.95 R), the 429 answers (must be 0), lost digests (0) and duplicate messages (0).

    python bench/bench_fanout.py                   # 10,000 chats at 300 messages/s, SQLite
    python bench/bench_fanout.py --chats 2000 --rate 100
    python bench/bench_fanout.py --database-url postgresql://postgres@127.0.0.1:55432/postgres
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import sys
import time
from asyncio.subprocess import PIPE
from collections import Counter
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Any

from bench_compose import NOW, bench_database, build_store, bulk
from sqlalchemy import func, select
from telegram import Bot
from telegram.request import HTTPXRequest

from bot.sender import OutboxSender, SenderSettings
from bot.services import BotServices
from bot.standin import BotApiStandin
from digests.compose import compose_digest, render_parts
from digests.config import Config, DeliveryConfig, replace_section
from digests.schedule.tick import TickReport, enqueue_due
from digests.store.db import create_engine, session_factory
from digests.store.migrate import upgrade_database
from digests.store.models import Chat, Digest

TOKEN = "123456:BENCH-fanout"
SLOT = NOW.replace(minute=0, second=0, microsecond=0)
TELEGRAM_RATE = 30.0  # Telegram's overall messages/s, to scale the per-chat interval with


def chat_rows(n: int) -> list[dict[str, Any]]:
    rows = []
    for i in range(1, n + 1):
        group = i % 10 == 0
        rows.append({
            "id": i, "telegram_id": -(1_000_000 + i) if group else 5_000_000 + i,
            "type": "group" if group else "private", "subscribed": True, "active": True,
            "timezone": "UTC", "send_times": [SLOT.strftime("%H:%M")], "digest_size": 5,
            "include_terms": [], "exclude_terms": [], "cursor_article_id": 0,
            "next_slot_at": SLOT,
        })
    return rows


async def unsent(services: BotServices) -> int:
    async with services.sessions() as session:
        count = await session.scalar(
            select(func.count()).select_from(Digest).where(Digest.status != "sent"))
    return int(count or 0)


async def enqueue_copies(services: BotServices, n: int, *, now: Any) -> TickReport:
    """Delivery only: one digest composed for real, its parts queued for every chat."""
    async with services.sessions() as session:
        first = await session.get(Chat, 1)
        assert first is not None
        parts = render_parts(await compose_digest(session, first, services.config, now=now))
    rows = [{"chat_id": i, "kind": "scheduled", "slot_at": SLOT, "status": "pending",
             "parts": [p.html for p in parts], "not_before": now} for i in range(1, n + 1)]
    await bulk(services.sessions.kw["bind"], Digest.__table__, rows)
    return TickReport(due=n, digest_ids=list(range(1, n + 1)))


async def deliver(
    services: BotServices, standin: StandinProcess, expected: int, workers: int, timeout: float
) -> float:
    """Run the sender until every digest is sent (or ``timeout``); returns wall seconds."""
    bot = Bot(TOKEN, base_url=standin.base_url,
              request=HTTPXRequest(connection_pool_size=workers + 8))
    await bot.initialize()
    sender = OutboxSender(bot, services, settings=SenderSettings(
        workers=workers, idle_poll_seconds=0.2))
    started = time.monotonic()
    sender.start()
    try:
        while await unsent(services) and time.monotonic() - started < timeout:
            await asyncio.sleep(0.1)
    finally:
        elapsed = time.monotonic() - started
        await sender.stop()
        await bot.shutdown()
    return elapsed


def explain_429s(standin: BotApiStandin) -> list[str]:
    calls = [c for c in standin.calls if c.method == "sendMessage"]
    lines = []
    for call in calls:
        if call.status == 429:
            window = [c for c in calls if call.at - 1.0 < c.at <= call.at and c.status == 200]
            lines.append(f"  429 at {call.at:.3f} chat {call.params.get('chat_id')}: "
                         f"{len(window)} sent in the second before; {call.description}")
    return lines


def standin_stats(standin: BotApiStandin) -> dict[str, Any]:
    stamps = sorted(m.at for m in standin.sent)
    counts = Counter((m.chat_id, m.text) for m in standin.sent)
    return {
        "sent": len(stamps),
        "span": stamps[-1] - stamps[0] if len(stamps) > 1 else 0.0,
        "count_429": standin.count_429,
        "duplicates": sum(n - 1 for n in counts.values() if n > 1),
        "explained_429s": explain_429s(standin)[:20],
    }


async def serve_standin(rate: float, per_chat: float) -> int:
    """Child process: the stand-in on its own CPU, as Telegram would be; stats on request."""
    with contextlib.suppress(OSError):
        # Telegram runs on its own machines: on a shared, busy box the stand-in gets the CPU
        # first, so its arrival times are not bunched by our own scheduling (needs privileges).
        os.nice(-10)
    async with BotApiStandin(token=TOKEN) as standin:
        standin.set_rate_limits(per_second=rate, per_chat_seconds=per_chat, group_per_minute=20)
        print(json.dumps({"base_url": standin.base_url}), flush=True)
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, sys.stdin.readline)
        print(json.dumps(standin_stats(standin)), flush=True)
    return 0


class StandinProcess:
    def __init__(self, proc: asyncio.subprocess.Process, base_url: str) -> None:
        self.proc = proc
        self.base_url = base_url

    async def report(self) -> dict[str, Any]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(b"report\n")
        await self.proc.stdin.drain()
        stats: dict[str, Any] = json.loads(await self.proc.stdout.readline())
        return stats


@asynccontextmanager
async def standin_process(rate: float, per_chat: float) -> AsyncIterator[StandinProcess]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, __file__, "--serve-standin", "--rate", str(rate),
        "--per-chat", str(per_chat), stdin=PIPE, stdout=PIPE,
    )
    try:
        assert proc.stdout is not None
        hello = json.loads(await proc.stdout.readline())
        yield StandinProcess(proc, hello["base_url"])
    finally:
        if proc.returncode is None:
            proc.kill()
        await proc.wait()


async def main_async(args: argparse.Namespace) -> int:
    per_chat = TELEGRAM_RATE / args.rate
    config = replace_section(Config(), delivery=DeliveryConfig(
        messages_per_second=args.rate, per_chat_seconds=per_chat, group_messages_per_minute=20,
        claim_batch=100,
    ))
    async with bench_database(args.database_url) as url:
        await upgrade_database(url)
        engine = create_engine(url)
        try:
            print(f"building: {args.articles:,} articles, {args.chats:,} chats due at "
                  f"{SLOT:%H:%M} UTC ({url.split('://')[0]})")
            await build_store(engine, args.articles, 0, seed=7)
            await bulk(engine, Chat.__table__, chat_rows(args.chats))
            clock_start = SLOT + timedelta(seconds=20)
            t0 = time.monotonic()

            def clock() -> Any:
                return clock_start + timedelta(seconds=time.monotonic() - t0)

            services = BotServices(config=config, sessions=session_factory(engine), clock=clock,
                                   worker_id="bench")
            tick_start = time.monotonic()
            if args.enqueue == "tick":
                report = await enqueue_due(services.sessions, config, now=clock())
            else:
                report = await enqueue_copies(services, args.chats, now=clock())
            tick_seconds = time.monotonic() - tick_start
            async with services.sessions() as session:
                parts = await session.scalar(select(func.sum(func.json_array_length(
                    Digest.parts)))) if url.startswith("sqlite") else None
                digests = list(await session.scalars(select(Digest.parts)))
            expected = sum(len(p) for p in digests) if parts is None else int(parts)
            print(f"tick: {report.due:,} due, {report.enqueued:,} digests ({expected:,} "
                  f"messages) enqueued in {tick_seconds:.1f} s = "
                  f"{report.due / tick_seconds:,.0f} chats/s")

            async with standin_process(args.rate, per_chat) as standin:
                timeout = expected / args.rate * 3 + 30
                wall = await deliver(services, standin, expected, args.workers, timeout)
                stats = await standin.report()
            lost = await unsent(services)
        finally:
            await engine.dispose()
    sent, span, count_429 = stats["sent"], stats["span"], stats["count_429"]
    duplicates = stats["duplicates"]
    rate = (sent - 1) / span if span > 0 else 0.0
    ratio = rate / args.rate
    for line in stats["explained_429s"]:
        print(line)
    print(f"delivery: {sent:,} messages in {wall:.1f} s wall; first to last message "
          f"{span:.1f} s")
    print(f"  delivered {rate:,.1f} messages/s vs configured {args.rate:,.1f}/s "
          f"(per chat {per_chat:.2f} s): ratio {ratio:.3f} (need >= 0.95)")
    print(f"  429 answers: {count_429}   lost digests: {lost}   duplicate messages: "
          f"{duplicates}")
    ok = ratio >= 0.95 and count_429 == 0 and lost == 0 and duplicates == 0
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chats", type=int, default=10_000)
    parser.add_argument("--rate", type=float, default=300.0, help="messages/s (bot and stand-in)")
    parser.add_argument("--articles", type=int, default=2_000)
    parser.add_argument("--workers", type=int, default=32, help="concurrent send workers")
    parser.add_argument("--enqueue", choices=["tick", "copy"], default="tick",
                        help="tick: the real schedule tick composes every digest (default); "
                        "copy: compose one and queue copies, to measure delivery alone")
    parser.add_argument("--switch-interval", type=float, default=0.0)
    parser.add_argument("--serve-standin", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--per-chat", type=float, default=0.1, help=argparse.SUPPRESS)
    parser.add_argument("--database-url", default=None,
                        help="PostgreSQL admin URL (a bench database is created and dropped)")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.CRITICAL)
    args = parse_args(argv)
    if args.switch_interval:
        sys.setswitchinterval(args.switch_interval)
    if args.serve_standin:
        return asyncio.run(serve_standin(args.rate, args.per_chat))
    return asyncio.run(main_async(args))


if __name__ == "__main__":
    sys.exit(main())
