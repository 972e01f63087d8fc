"""Ingest benchmark: the cost of storing one article as the store grows, against analysis alone.

For each background size B (articles already stored, all within the dedupe and story windows,
in stories updated in the last hours) it ingests the same real articles (the BBC and CNN/DM
development sets) with ``ingest_article`` and prints per-article milliseconds. In the same run
it times ``analyse`` alone on the same articles (the work ingest must do anyway) and prints the
ratios: what dedupe, storage and story grouping add, and how that grows with B.

    python bench/bench_ingest.py                                   # B = 0, 1,000, 10,000
    python bench/bench_ingest.py --background 0 5000 20000
    python bench/bench_ingest.py --database-url postgresql://postgres@127.0.0.1:55432/postgres

It then polls F feeds of P entries each from a local server that answers every request after
a delay (a slow site), once with ``poll_concurrency = 1`` (the baseline) and once with the
default, and prints feeds/s and the speed-up.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import tempfile
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from digests.analyse import analyse
from digests.analyse.signature import to_signed
from digests.article import CleanArticle
from digests.config import Config
from digests.ingest.pipeline import ingest_article
from digests.store.db import create_engine, session_factory
from digests.store.migrate import upgrade_database
from digests.store.models import Article, Story

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "summaries-dev"
NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


def load_articles() -> list[CleanArticle]:
    """Title line, blank line, then paragraphs separated by blank lines (one sentence a line)."""
    articles = []
    for path in sorted(DATA.glob("article/*/*.txt")) + sorted(DATA.glob("cnndm/article/*/*.txt")):
        blocks = [b.strip() for b in path.read_text(encoding="utf-8").split("\n\n") if b.strip()]
        if len(blocks) < 2:
            continue
        paragraphs = [" ".join(b.split("\n")) for b in blocks[1:]]
        articles.append(CleanArticle(title=blocks[0].strip(), paragraphs=paragraphs))
    return articles


def background_rows(n: int, seed: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """n articles in n/2 recent stories, with random but realistic-size titles and key points."""
    rng = random.Random(seed)
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = ["".join(rng.choice(letters) for _ in range(rng.randint(4, 9))) for _ in range(5000)]
    stories = [{"id": i + 1, "title": "", "updated_at": NOW - timedelta(hours=rng.uniform(0, 30)),
                "first_seen_at": NOW - timedelta(hours=30)} for i in range(max(1, n // 2))]
    articles = []
    for i in range(n):
        title = " ".join(rng.choices(words, k=9)).capitalize()
        points = [" ".join(rng.choices(words, k=22)) + "." for _ in range(3)]
        articles.append({
            "id": i + 1, "story_id": rng.randint(1, len(stories)), "title": title,
            "canonical_url": f"https://bg{i % 40}.example/a/{i}", "content_hash": f"bg{i:060d}",
            "signature": to_signed(rng.getrandbits(64)), "key_points": points,
            "paragraphs": points, "fetched_at": NOW - timedelta(hours=rng.uniform(0, 40)),
        })
    return stories, articles


@asynccontextmanager
async def database(admin_url: str | None) -> AsyncIterator[str]:
    if admin_url is None:
        with tempfile.TemporaryDirectory() as tmp:
            yield f"sqlite+aiosqlite:///{tmp}/bench.sqlite3"
        return
    name = f"nd_bench_{uuid.uuid4().hex[:10]}"
    admin = create_async_engine(
        make_url(admin_url).set(drivername="postgresql+asyncpg"), isolation_level="AUTOCOMMIT"
    )
    async with admin.connect() as conn:
        await conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(admin_url).set(drivername="postgresql+asyncpg", database=name
                                      ).render_as_string(False)
    finally:
        async with admin.connect() as conn:
            await conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.dispose()


async def time_ingest(url: str, background: int, articles: list[CleanArticle]) -> list[float]:
    await upgrade_database(url)
    engine = create_engine(url)
    stories, rows = background_rows(background, seed=background)
    async with engine.begin() as conn:
        if background:
            await conn.execute(insert(Story), stories)
            for start in range(0, len(rows), 5000):
                await conn.execute(insert(Article), rows[start:start + 5000])
    if background and engine.dialect.name == "postgresql":
        async with engine.begin() as conn:  # sequences after explicit ids
            for table in ("stories", "articles"):
                await conn.exec_driver_sql(
                    f"SELECT setval('{table}_id_seq', (SELECT max(id) FROM {table}))")
    sessions = session_factory(engine)
    config = Config()
    timings = []
    for i, clean in enumerate(articles):
        started = time.perf_counter()
        async with sessions() as session:
            result = await ingest_article(session, clean, source=None,
                                          url=f"https://bench.example/{i}", published_at=None,
                                          config=config, now=NOW)
        timings.append(time.perf_counter() - started)
        assert result.article is not None
    await engine.dispose()
    return timings


def time_analysis(articles: list[CleanArticle]) -> list[float]:
    timings = []
    for clean in articles:
        started = time.perf_counter()
        analyse(clean, max_points=3)
        timings.append(time.perf_counter() - started)
    return timings


def ms(values: list[float]) -> str:
    return f"mean {statistics.fmean(values) * 1000:6.2f} ms, p95 " \
           f"{sorted(values)[int(len(values) * 0.95)] * 1000:6.2f} ms"


async def time_poll(
    admin_url: str | None, articles: list[CleanArticle], feeds: int, per_feed: int,
    delay: float, concurrency: int,
) -> float:
    """Seconds to poll ``feeds`` due feeds whose pages answer after ``delay`` seconds."""
    import dataclasses
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from digests.config import FeedsConfig, FetchConfig
    from digests.ingest.poll import poll_due_sources
    from digests.store.models import Source
    from tests.fakes.webserver import Route, WebServer
    from tests.ingest.samples import article_page, rss

    config = dataclasses.replace(
        Config(), fetch=FetchConfig(allow_private_addresses=True),
        feeds=FeedsConfig(poll_concurrency=concurrency),
    )
    with WebServer() as web:
        async with database(admin_url) as url:
            await upgrade_database(url)
            engine = create_engine(url)
            sessions = session_factory(engine)
            async with sessions() as session:
                for f in range(feeds):
                    items = []
                    for e in range(per_feed):
                        clean = articles[(f * per_feed + e) % len(articles)]
                        link = web.route(f"/f{f}/{e}", Route(body=article_page(clean),
                                                             delay=delay))
                        items.append((f"{f}-{e}", link, clean.title))
                    feed_url = web.route(f"/f{f}/rss", Route(body=rss(f"Feed {f}", items),
                                                             content_type="application/rss+xml",
                                                             delay=delay))
                    session.add(Source(url=feed_url, name=f"Feed {f}"))
                await session.commit()
            started = time.perf_counter()
            report = await poll_due_sources(sessions, config, now=NOW)
            elapsed = time.perf_counter() - started
            await engine.dispose()
    assert report.failed_sources == 0 and report.stored > 0
    return elapsed


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--background", type=int, nargs="+", default=[0, 1_000, 10_000])
    parser.add_argument("--database-url", help="PostgreSQL admin URL (default: SQLite file)")
    parser.add_argument("--feeds", type=int, default=16)
    parser.add_argument("--entries", type=int, default=5, help="entries per feed")
    parser.add_argument("--delay", type=float, default=0.1, help="server delay, seconds")
    args = parser.parse_args()
    articles = load_articles()
    time_analysis(articles[:10])  # warm caches and imports
    analysis = time_analysis(articles)
    print(f"{len(articles)} articles; analyse() alone: {ms(analysis)}")
    base = statistics.fmean(analysis)
    first: float | None = None
    for background in args.background:
        async with database(args.database_url) as url:
            timings = await time_ingest(url, background, articles)
        mean = statistics.fmean(timings)
        first = first or mean
        print(f"ingest_article with {background:>6} stored articles in the windows: {ms(timings)};"
              f" x{mean / base:.2f} analysis alone; x{mean / first:.2f} the first row")

    serial = await time_poll(args.database_url, articles, args.feeds, args.entries, args.delay, 1)
    default = Config().feeds.poll_concurrency
    parallel = await time_poll(args.database_url, articles, args.feeds, args.entries, args.delay,
                               default)
    print(f"poll {args.feeds} feeds x {args.entries} pages, {args.delay * 1000:.0f} ms per "
          f"answer: concurrency 1 {args.feeds / serial:.2f} feeds/s; concurrency {default} "
          f"{args.feeds / parallel:.2f} feeds/s; x{serial / parallel:.2f}")


if __name__ == "__main__":
    asyncio.run(main())
