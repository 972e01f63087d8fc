"""Sources we poll: add (validated, feed or page detected), list, remove (articles stay)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urljoin

import httpx
from sqlalchemy import or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from digests.config import FetchConfig
from digests.fetch.addresses import AddressRefused, check_scheme
from digests.fetch.feeds import FeedError, ParsedFeed, parse_feed
from digests.fetch.http import FetchError, FetchResult, fetch
from digests.store.models import Article, Source

_FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml"})
_LOOKS_LIKE_FEED = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]")


class SourceError(Exception):
    """A source that cannot be added or found; the message is one human line."""


@dataclass(frozen=True)
class Detected:
    url: str  # the feed's address when the page announces one, else the page's
    kind: str  # "feed" or "page"
    title: str


class _FeedLinks(HTMLParser):
    """``<link rel="alternate" type="application/rss+xml" href=…>`` in a page's head."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "").strip() for k, v in attrs}
        self._in_title = tag == "title"
        rel = values.get("rel", "").lower().split()
        is_feed = values.get("type", "").lower() in _FEED_TYPES
        if tag == "link" and "alternate" in rel and is_feed and values.get("href"):
            self.hrefs.append(values["href"])

    def handle_data(self, data: str) -> None:
        if self._in_title and not self.title:
            self.title = data.strip()

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False


def _as_feed(result: FetchResult) -> ParsedFeed | None:
    declared = result.content_type in _FEED_TYPES
    if not declared and not _LOOKS_LIKE_FEED.search(result.content[:4096]):
        return None
    try:
        return parse_feed(result.content, result.url)
    except FeedError:
        return None


async def detect(
    url: str, config: FetchConfig, *, client: httpx.AsyncClient | None = None
) -> Detected:
    """Fetch ``url`` and say what it is: a feed, a page announcing a feed, or a plain page."""
    try:
        result = await fetch(url, config, client=client)
    except FetchError as exc:
        raise SourceError(str(exc)) from None
    feed = _as_feed(result)
    if feed is not None:
        return Detected(result.url, "feed", feed.title)
    links = _FeedLinks()
    links.feed(result.text[:500_000])
    for href in links.hrefs:
        feed_url = urljoin(result.url, href)
        try:
            announced = await fetch(feed_url, config, client=client)
        except FetchError:
            continue
        feed = _as_feed(announced)
        if feed is not None:
            return Detected(announced.url, "feed", feed.title or links.title)
    return Detected(result.url, "page", links.title)


async def add_source(
    session: AsyncSession,
    url: str,
    config: FetchConfig,
    *,
    name: str | None = None,
    client: httpx.AsyncClient | None = None,
) -> Source:
    """Validate, detect and store a new source; refuse one we already have."""
    url = url.strip()
    try:
        check_scheme(url)
    except AddressRefused as exc:
        raise SourceError(str(exc)) from None
    await _refuse_known(session, url)
    found = await detect(url, config, client=client)
    if found.url != url:
        await _refuse_known(session, found.url)
    source = Source(url=found.url, kind=found.kind, name=(name or found.title or "")[:300])
    session.add(source)
    await session.commit()
    return source


async def _refuse_known(session: AsyncSession, url: str) -> None:
    known = await session.scalar(select(Source).where(Source.url == url))
    if known is not None:
        raise SourceError(f"{url} is already source {known.id} ({known.name or known.kind})")


async def list_sources(session: AsyncSession) -> list[Source]:
    return list((await session.scalars(select(Source).order_by(Source.id))).all())


async def find_source(session: AsyncSession, id_or_url: str) -> Source:
    spec = id_or_url.strip()
    condition = Source.url == spec
    if spec.isdigit():
        condition = or_(Source.id == int(spec), condition)
    source = await session.scalar(select(Source).where(condition).limit(1))
    if source is None:
        raise SourceError(f"no source {spec!r}; 'newsdigest sources list' shows them")
    return source


async def remove_source(session: AsyncSession, id_or_url: str) -> tuple[Source, int]:
    """Delete a source; its articles stay (unlinked). Returns the source and how many stay."""
    source = await find_source(session, id_or_url)
    unlinked = await session.execute(
        update(Article).where(Article.source_id == source.id).values(source_id=None)
    )
    await session.delete(source)
    await session.commit()
    return source, int(getattr(unlinked, "rowcount", 0) or 0)
