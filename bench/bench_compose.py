"""Compose benchmark: digests per second over a large store, against a trivial-query baseline.

Builds a store of N articles (about N/5 stories, key points and quotes stored) and M chats with
varied cursors, filters, subscriptions, sizes and delivered stories, using bulk core inserts. Then,
for a sample of chats, it times ``compose_digest`` + ``render_parts`` per chat, and in the same run
a baseline of one trivial indexed query per chat, and prints both and their ratio. A last pass
counts SQL statements per digest and proves, with a profiler hook, that composing never calls
anything in ``digests.clean`` or ``digests.analyse``.

    python bench/bench_compose.py                       # 100,000 articles, 10,000 chats, SQLite
    python bench/bench_compose.py --articles 10000 --chats 1000
    python bench/bench_compose.py --database-url postgresql://postgres@127.0.0.1:55432/postgres

A PostgreSQL URL is used as an admin connection: the bench creates its own database there and
drops it afterwards. Without a URL it uses a temporary SQLite file.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import FrameType
from typing import Any

from sqlalchemy import event, func, insert, select
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, create_async_engine

from digests.compose import compose_digest, render_parts
from digests.config import Config
from digests.store.db import create_engine, is_sqlite, normalise_url, session_factory
from digests.store.migrate import upgrade_database
from digests.store.models import (
    Article,
    Chat,
    Digest,
    DigestItem,
    QuoteRow,
    Source,
    Story,
    Subscription,
)

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
SPAN_HOURS = 60  # articles spread over 60 h, so some are past the 48 h age limit
CHUNK = 5_000
TOPICS = ["election", "football", "climate", "central bank", "inflation", "ukraine", "energy",
          "health", "science", "elections", "art", "technology", "market", "court", "storm"]
STORY_SIZES = [1, 1, 1, 2, 2, 3, 4, 5, 6, 8, 10, 12, 16]
PACKAGE_DIR = Path(__file__).resolve().parent.parent / "digests"


def vocabulary(rng: random.Random, size: int = 3_000) -> list[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = {"".join(rng.choice(letters) for _ in range(rng.randint(3, 10))) for _ in range(size)}
    return sorted(words)


def sentence(rng: random.Random, words: Sequence[str], n: int) -> str:
    picked = [rng.choice(words) for _ in range(n)]
    if rng.random() < 0.3:
        picked.insert(rng.randrange(len(picked)), rng.choice(TOPICS))
    return " ".join(picked).capitalize() + "."


def chunks(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), CHUNK):
        yield rows[start:start + CHUNK]


async def bulk(engine: AsyncEngine, table: Any, rows: list[dict[str, Any]]) -> None:
    async with engine.begin() as conn:
        for part in chunks(rows):
            await conn.execute(insert(table), part)


def plan_stories(rng: random.Random, articles: int) -> list[int]:
    sizes: list[int] = []
    while sum(sizes) < articles:
        sizes.append(rng.choice(STORY_SIZES))
    sizes[-1] -= sum(sizes) - articles
    return [s for s in sizes if s > 0]


async def build_store(engine: AsyncEngine, n_articles: int, n_chats: int, seed: int) -> None:
    rng = random.Random(seed)
    words = vocabulary(rng)
    sources: list[dict[str, Any]] = [
        {"id": i, "url": f"https://source{i}.example/feed", "name": f"Source {i}"}
        for i in range(1, 51)
    ]
    await bulk(engine, Source.__table__, sources)

    sizes = plan_stories(rng, n_articles)
    planned: list[tuple[datetime, int]] = []  # (fetched_at, story_id)
    story_rows: list[dict[str, Any]] = []
    for story_id, size in enumerate(sizes, start=1):
        start = NOW - timedelta(hours=rng.uniform(0, SPAN_HOURS))
        # A story's articles arrive over up to 6 h, never after NOW.
        spread = min(6.0, (NOW - start).total_seconds() / 3600)
        times = sorted(start + timedelta(hours=rng.uniform(0, spread)) for _ in range(size))
        planned += [(t, story_id) for t in times]
        story_rows.append({"id": story_id, "title": "", "article_count": size,
                           "first_seen_at": times[0], "updated_at": times[-1]})
    planned.sort()  # ids grow with time, as they do when articles are ingested

    article_rows: list[dict[str, Any]] = []
    quote_rows: list[dict[str, Any]] = []
    story_sources: dict[int, set[int]] = {}
    lead: dict[int, int] = {}
    for article_id, (fetched_at, story_id) in enumerate(planned, start=1):
        source = rng.choice(sources)
        story_sources.setdefault(story_id, set()).add(source["id"])
        lead.setdefault(story_id, article_id)
        article_rows.append({
            "id": article_id, "story_id": story_id, "source_id": source["id"],
            "source_name": source["name"], "url": f"https://source{source['id']}.example/"
            f"{article_id}", "canonical_url": f"https://source{source['id']}.example/{article_id}",
            "title": sentence(rng, words, rng.randint(5, 12))[:-1],
            "paragraphs": [sentence(rng, words, 40) for _ in range(4)],
            "standfirst": [], "byline": "", "language": "en", "fetched_at": fetched_at,
            "published_at": fetched_at - timedelta(minutes=rng.randint(0, 90)),
            "content_hash": f"{article_id:016x}", "signature": 0,
            "key_points": [sentence(rng, words, rng.randint(10, 25)) for _ in range(3)],
            "analysed_at": fetched_at,
        })
        for rank in range(rng.choice([0, 0, 1, 1, 2])):
            quote_rows.append({"article_id": article_id, "rank": rank, "position": rank,
                               "text": sentence(rng, words, rng.randint(8, 30)),
                               "speaker": rng.choice([None, "Ann Lee", "Omar Haddad"])})
    for row in story_rows:
        row["source_count"] = len(story_sources[row["id"]])
        row["lead_article_id"] = lead[row["id"]]
    await bulk(engine, Story.__table__, story_rows)
    await bulk(engine, Article.__table__, article_rows)
    await bulk(engine, QuoteRow.__table__, quote_rows)
    await build_chats(engine, rng, n_chats, n_articles, len(story_rows))


async def build_chats(
    engine: AsyncEngine, rng: random.Random, n_chats: int, max_id: int, n_stories: int
) -> None:
    chats: list[dict[str, Any]] = []
    subs: list[dict[str, Any]] = []
    digests: list[dict[str, Any]] = []
    items: list[dict[str, Any]] = []
    for chat_id in range(1, n_chats + 1):
        roll = rng.random()
        if roll < 0.2:
            cursor = 0  # a new chat: everything in the last 48 h is new to it
        elif roll < 0.7:
            cursor = max(0, max_id - rng.randint(0, 2_000))
        else:
            cursor = max(0, max_id - rng.randint(0, 30_000))
        chats.append({
            "id": chat_id, "telegram_id": 10_000_000 + chat_id, "subscribed": True,
            "timezone": rng.choice(["UTC", "Europe/Berlin", "Asia/Tokyo", "America/New_York"]),
            "send_times": ["08:00"], "digest_size": rng.randint(3, 10),
            "include_terms": rng.sample(TOPICS, rng.randint(1, 2)) if rng.random() < 0.2 else [],
            "exclude_terms": rng.sample(TOPICS, rng.randint(1, 3)) if rng.random() < 0.2 else [],
            "cursor_article_id": cursor, "cursor_at": NOW - timedelta(hours=12),
        })
        if rng.random() < 0.15:
            for source_id in rng.sample(range(1, 51), rng.randint(1, 5)):
                subs.append({"chat_id": chat_id, "source_id": source_id})
        if rng.random() < 0.3:
            digest_id = len(digests) + 1
            digests.append({"id": digest_id, "chat_id": chat_id, "kind": "scheduled",
                            "status": "sent", "parts": []})
            for position, story_id in enumerate(
                rng.sample(range(max(1, n_stories - 3_000), n_stories + 1), 10)
            ):
                items.append({"digest_id": digest_id, "chat_id": chat_id, "story_id": story_id,
                              "article_id": 1, "position": position})
    await bulk(engine, Chat.__table__, chats)
    await bulk(engine, Subscription.__table__, subs)
    await bulk(engine, Digest.__table__, digests)
    await bulk(engine, DigestItem.__table__, items)


def percentile(values: Sequence[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


async def load_chats(engine: AsyncEngine, sample: int, seed: int) -> list[Chat]:
    async with session_factory(engine)() as session:
        ids = list((await session.scalars(select(Chat.id))).all())
        chosen = random.Random(seed).sample(ids, min(sample, len(ids)))
        return list((await session.scalars(select(Chat).where(Chat.id.in_(chosen)))).all())


async def time_each(
    engine: AsyncEngine, chats: Sequence[Chat], work: Callable[[AsyncSession, Chat], Any]
) -> tuple[list[float], float, float]:
    """Per-chat wall latencies, total wall time, and this process's CPU time (all threads).

    CPU time is printed too because wall time on a shared machine swings with other load.
    """
    latencies: list[float] = []
    async with session_factory(engine)() as session:
        started, cpu_started = time.perf_counter(), time.process_time()
        for chat in chats:
            t0 = time.perf_counter()
            await work(session, chat)
            await session.rollback()  # end the read transaction, as a per-chat job would
            latencies.append(time.perf_counter() - t0)
        total, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    return latencies, total, cpu


class CallAudit:
    """Counts Python calls into digests/clean, digests/analyse and digests/compose."""

    def __init__(self) -> None:
        self.counts = {"clean": 0, "analyse": 0, "compose": 0}
        self._roots = {name: str(PACKAGE_DIR / name) for name in self.counts}

    def __call__(self, frame: FrameType, event_name: str, _arg: object) -> None:
        if event_name != "call":
            return
        filename = frame.f_code.co_filename
        for name, root in self._roots.items():
            if filename.startswith(root):
                self.counts[name] += 1


async def audit(engine: AsyncEngine, chats: Sequence[Chat], config: Config) -> dict[str, float]:
    statements = 0

    def count(*_args: Any) -> None:
        nonlocal statements
        statements += 1

    calls = CallAudit()
    event.listen(engine.sync_engine, "before_cursor_execute", count)
    sys.setprofile(calls)
    try:
        async with session_factory(engine)() as session:
            for chat in chats:
                render_parts(await compose_digest(session, chat, config, now=NOW))
                await session.rollback()
    finally:
        sys.setprofile(None)
        event.remove(engine.sync_engine, "before_cursor_execute", count)
    return {"statements_per_digest": statements / max(1, len(chats)), **calls.counts}


@asynccontextmanager
async def bench_database(admin_url: str | None) -> Any:
    if admin_url is None or is_sqlite(admin_url):
        with tempfile.TemporaryDirectory() as tmp:
            url = admin_url or f"sqlite+aiosqlite:///{tmp}/bench.sqlite3"
            yield url
        return
    name = f"nd_bench_{uuid.uuid4().hex[:10]}"
    # CREATE/DROP DATABASE cannot run inside a transaction: an AUTOCOMMIT admin engine.
    admin = create_async_engine(normalise_url(admin_url), isolation_level="AUTOCOMMIT")
    try:
        async with admin.connect() as conn:
            await conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        yield make_url(normalise_url(admin_url)).set(database=name).render_as_string(
            hide_password=False
        )
    finally:
        async with admin.connect() as conn:
            await conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.dispose()


async def main_async(args: argparse.Namespace) -> int:
    config = Config()
    async with bench_database(args.database_url) as url:
        await upgrade_database(url)
        engine = create_engine(url)
        try:
            async with session_factory(engine)() as session:
                if await session.scalar(select(func.count()).select_from(Article)):
                    print("bench_compose: the database is not empty; give an empty one",
                          file=sys.stderr)
                    return 1
            backend = make_url(url).get_backend_name()
            print(f"backend: {backend}; articles: {args.articles:,}; chats: {args.chats:,}")
            t0 = time.perf_counter()
            await build_store(engine, args.articles, args.chats, args.seed)
            if not is_sqlite(url):
                async with engine.begin() as conn:
                    await conn.exec_driver_sql("ANALYZE")
            print(f"built the store in {time.perf_counter() - t0:.1f} s (bulk core inserts)")
            chats = await load_chats(engine, args.sample, args.seed)

            async def baseline(session: AsyncSession, chat: Chat) -> None:
                await session.scalar(select(Article.id).where(
                    Article.id > chat.cursor_article_id).order_by(Article.id).limit(1))

            async def compose(session: AsyncSession, chat: Chat) -> None:
                render_parts(await compose_digest(session, chat, config, now=NOW))

            await time_each(engine, chats[:50], compose)  # warm caches and compiled SQL
            base_lat, base_total, base_cpu = await time_each(engine, chats, baseline)
            lat, total, cpu = await time_each(engine, chats, compose)
            sizes = []
            async with session_factory(engine)() as session:
                for chat in chats[:200]:
                    sizes.append(len((await compose_digest(session, chat, config, now=NOW)).items))
            found = await audit(engine, chats[: min(200, len(chats))], config)
        finally:
            await engine.dispose()
    n = len(chats)
    print(f"composed {n:,} digests (select + render) in {total:.2f} s: "
          f"{n / total:,.0f} digests/s; p50 {1000 * percentile(lat, .5):.2f} ms, "
          f"p95 {1000 * percentile(lat, .95):.2f} ms; CPU {1000 * cpu / n:.2f} ms/digest")
    print(f"baseline, one indexed query per chat: {n / base_total:,.0f} chats/s; "
          f"p50 {1000 * percentile(base_lat, .5):.2f} ms, "
          f"p95 {1000 * percentile(base_lat, .95):.2f} ms; CPU {1000 * base_cpu / n:.2f} ms/chat")
    print(f"ratio compose/baseline: {total / base_total:.1f}x the wall time "
          f"(p50 {percentile(lat, .5) / percentile(base_lat, .5):.1f}x), "
          f"{cpu / base_cpu:.1f}x the CPU time")
    print(f"stories per digest (first 200): mean {statistics.mean(sizes):.1f}, "
          f"empty {sum(1 for s in sizes if s == 0)}")
    print(f"SQL statements per digest: {found['statements_per_digest']:.2f}; calls during "
          f"compose into digests/clean: {found['clean']:.0f}, digests/analyse: "
          f"{found['analyse']:.0f} (digests/compose: {found['compose']:.0f}, the audit works)")
    if found["clean"] or found["analyse"]:
        print("FAIL: composing called cleaning or analysis", file=sys.stderr)
        return 1
    return 0


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--chats", type=int, default=10_000)
    parser.add_argument("--sample", type=int, default=1_000,
                        help="chats whose digests are timed (default 1,000)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--database-url", default=os.environ.get("NEWSDIGEST_DATABASE_URL"),
                        help="SQLite URL, or a PostgreSQL admin URL (a bench database is made)")
    return parser.parse_args(argv)


if __name__ == "__main__":
    sys.exit(asyncio.run(main_async(parse_args())))
