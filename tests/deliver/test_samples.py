"""The bundled samples go through the real pipeline; the two ferry reports form one story."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from digests.config import Config
from digests.samples import load_samples, samples
from digests.store.db import create_engine, session_factory
from digests.store.models import Article


async def test_samples_are_stored_analysed_and_grouped(sqlite_url: str) -> None:
    engine = create_engine(sqlite_url)
    try:
        sessions = session_factory(engine)
        results = await load_samples(sessions, Config(), now=datetime.now(UTC))
        assert [r.created for r in results] == [True] * len(samples())
        async with sessions() as session:
            articles = list(await session.scalars(select(Article)))
        by_title = {a.title: a for a in articles}
        ferry = [a for t, a in by_title.items() if "ferr" in t.lower()]
        assert len(ferry) == 2 and ferry[0].story_id == ferry[1].story_id
        assert len({a.story_id for a in articles}) == len(articles) - 1
        assert all(a.key_points for a in articles)
        seed = next(a for t, a in by_title.items() if "Putin" in t)
        assert seed.title == "Vladimir Putin expresses sympathy to the mothers of Russian soldiers"
    finally:
        await engine.dispose()
