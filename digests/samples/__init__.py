"""Bundled sample articles: the seed page plus a few fictional ones, for the demo and a first run.

They go through the real pipeline (read, clean, analyse, store, group into stories), exactly as
an ingested page would; two of them report one event from different sources.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta
from importlib import resources

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from digests.clean import clean_html, clean_text
from digests.config import Config
from digests.fetch.inputs import document_from_bytes
from digests.ingest.pipeline import IngestResult, ingest_article


@dataclass(frozen=True)
class Sample:
    name: str
    url: str
    age: timedelta  # how long before "now" it counts as published
    data: bytes


def samples() -> list[Sample]:
    folder = resources.files(__name__)
    index = json.loads(folder.joinpath("index.json").read_text(encoding="utf-8"))
    return [
        Sample(
            name=entry["file"],
            url=entry["url"],
            age=timedelta(hours=float(entry.get("hours_ago", 1))),
            data=folder.joinpath(entry["file"]).read_bytes(),
        )
        for entry in index["articles"]
    ]


async def load_samples(
    sessions: async_sessionmaker[AsyncSession],
    config: Config,
    *,
    now: datetime,
    only: Collection[str] | None = None,
) -> list[IngestResult]:
    """Ingest the samples (all, or those named in ``only``), oldest first; one result each."""
    chosen = [s for s in samples() if only is None or s.name in only]
    results = []
    for sample in sorted(chosen, key=lambda s: s.age, reverse=True):
        doc = document_from_bytes(sample.name, sample.data, None, config.fetch.max_bytes)
        clean = clean_html(doc.content, sample.url) if doc.kind == "html" else clean_text(
            doc.content)
        published = now - sample.age
        async with sessions() as session:
            results.append(
                await ingest_article(session, clean, source=None, url=sample.url,
                                     published_at=published, config=config, now=published)
            )
    return results
