"""From chosen stories to digest entries: the article to show, "also: …" sources, best quote.

One indexed query for the whole digest: the chosen stories' newest articles (by story), each
with its best stored quote (rank 0, by article).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from typing import Any

from sqlalchemy.ext.asyncio import AsyncConnection

from digests.compose import queries
from digests.compose.digest import DigestEntry, EntryQuote
from digests.compose.filters import TermFilter, searchable_text
from digests.compose.points import points_beside
from digests.outlets import site_of

MAX_ALSO_SOURCES = 10
MAX_ARTICLES_PER_STORY = 50


def text_points(value: Any) -> tuple[str, ...]:
    """Key points from the JSON column, read raw (text) or decoded; junk is ignored, not fatal."""
    if isinstance(value, str | bytes):
        try:
            value = json.loads(value)
        except ValueError:
            return ()
    if not isinstance(value, list):
        return ()
    return tuple(p for p in value if isinstance(p, str) and p.strip())


@dataclass(frozen=True)
class _StoryArticle:
    article_id: int
    story_id: int
    source_id: int | None
    source_name: str
    title: str
    url: str
    # Read raw and decoded only when needed: most of a story's articles are never shown.
    raw_points: Any
    raw_published_at: Any
    quote: EntryQuote | None

    @cached_property
    def published_at(self) -> datetime | None:
        return queries.parse_raw_time(self.raw_published_at)

    @cached_property
    def key_points(self) -> tuple[str, ...]:
        return text_points(self.raw_points)


def _quote(text: str | None, speaker: str | None) -> EntryQuote | None:
    """The stored best quote as the digest shows it, or None when it is not worth showing.

    A digest shows who said what: a line in quote marks that nobody said, for all the reader
    can tell, reads as a slogan, a heading or a line of a tweet.
    """
    text, speaker = (text or "").strip(), (speaker or "").strip()
    if not text or not speaker:
        return None
    return EntryQuote(text=text, speaker=speaker)


async def _story_articles(
    conn: AsyncConnection, story_ids: Sequence[int], lead_ids: Sequence[int], max_id: int
) -> dict[int, list[_StoryArticle]]:
    """The newest articles of each story (and its lead), each with its best quote (rank 0).

    A story that keeps growing for weeks must not make every digest read all of it, so only the
    newest ``MAX_ARTICLES_PER_STORY`` are read; the lead is always among them.
    """
    rows = await conn.execute(
        queries.STORY_ARTICLES,
        {
            "story_ids": list(story_ids),
            "lead_ids": list(lead_ids),
            "max_id": max_id,
            "per_story": MAX_ARTICLES_PER_STORY,
        },
    )
    grouped: dict[int, list[_StoryArticle]] = {sid: [] for sid in story_ids}
    seen: set[int] = set()
    for row in rows:
        if row.id in seen:  # two quotes both ranked 0: keep the first
            continue
        seen.add(row.id)
        grouped[row.story_id].append(
            _StoryArticle(
                article_id=row.id,
                story_id=row.story_id,
                source_id=row.source_id,
                source_name=(row.source_name or "").strip(),
                title=row.title or "",
                url=row.canonical_url or row.url or "",
                raw_points=row.raw_points,
                raw_published_at=row.raw_published_at,
                quote=_quote(row.quote_text, row.quote_speaker),
            )
        )
    return grouped


def _pick_shown(
    articles: Sequence[_StoryArticle],
    lead_id: int | None,
    terms: TermFilter,
    sources: frozenset[int],
) -> _StoryArticle | None:
    """The story's lead if this chat may see it, else its most informative eligible article."""

    def eligible(a: _StoryArticle) -> bool:
        if sources and a.source_id not in sources:
            return False
        return not terms.active or terms.accepts(
            searchable_text(a.title, a.key_points, a.source_name)
        )

    lead = next((a for a in articles if a.article_id == lead_id), None)
    if lead is not None and eligible(lead):
        return lead
    allowed = [a for a in articles if eligible(a)]
    if not allowed:
        return None
    return max(allowed, key=lambda a: (len(a.key_points), a.article_id))


def _also_sources(articles: Sequence[_StoryArticle], shown: _StoryArticle) -> tuple[str, ...]:
    """The other outlets that carry the story, each named once (as its first article names it):
    another feed of the shown article's own newsroom is not another source for the reader."""
    seen_names = {shown.source_name.casefold()}
    seen_sites: set[str] | None = None  # looked up once another name turns up
    names: list[str] = []
    for a in articles:
        name = a.source_name
        if not name or name.casefold() in seen_names:
            continue
        seen_names.add(name.casefold())
        if seen_sites is None:
            shown_site = site_of(shown.url)
            seen_sites = {shown_site} if shown_site is not None else set()
        site = site_of(a.url)
        if site is not None:
            if site in seen_sites:
                continue
            seen_sites.add(site)
        names.append(name)
        if len(names) == MAX_ALSO_SOURCES:
            break
    return tuple(names)


async def build_entries(
    conn: AsyncConnection,
    story_ids: Sequence[int],
    lead_of: dict[int, int | None],
    *,
    terms: TermFilter,
    sources: frozenset[int],
    max_id: int,
    max_points: int,
) -> list[DigestEntry]:
    """One entry per story in ``story_ids`` order, shown through the article this chat may see."""
    if not story_ids:
        return []
    leads = [lead for lead in (lead_of.get(sid) for sid in story_ids) if lead is not None]
    articles = await _story_articles(conn, story_ids, leads, max_id)
    shown: dict[int, _StoryArticle] = {}
    for sid in story_ids:
        pick = _pick_shown(articles[sid], lead_of.get(sid), terms, sources)
        if pick is not None:
            shown[sid] = pick
    entries: list[DigestEntry] = []
    for sid in story_ids:
        article = shown.get(sid)
        if article is None:
            continue
        entries.append(
            DigestEntry(
                story_id=sid,
                article_id=article.article_id,
                title=article.title,
                url=article.url,
                source_name=article.source_name,
                also_sources=_also_sources(articles[sid], article),
                key_points=points_beside(article.key_points, article.quote)[:max_points],
                quote=article.quote,
                published_at=article.published_at,
            )
        )
    return entries
