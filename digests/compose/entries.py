"""From chosen stories to digest entries: the article to show, "also: …" sources, best quote.

Two indexed queries for the whole digest: the chosen stories' articles (by story) and the best
stored quote of each shown article (by article).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncConnection

from digests.compose.digest import DigestEntry, EntryQuote
from digests.compose.filters import TermFilter, searchable_text
from digests.store.models import Article, QuoteRow

MAX_ALSO_SOURCES = 10


def text_points(value: Any) -> tuple[str, ...]:
    # The column is JSON: tolerate anything a bug or an old row may have put there.
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
    key_points: tuple[str, ...]
    published_at: datetime | None


async def _story_articles(
    conn: AsyncConnection, story_ids: Sequence[int], max_id: int
) -> dict[int, list[_StoryArticle]]:
    rows = await conn.execute(
        select(
            Article.id,
            Article.story_id,
            Article.source_id,
            Article.source_name,
            Article.title,
            Article.url,
            Article.canonical_url,
            Article.key_points,
            Article.published_at,
        )
        .where(Article.story_id.in_(story_ids), Article.id <= max_id)
        .order_by(Article.id)
    )
    grouped: dict[int, list[_StoryArticle]] = {sid: [] for sid in story_ids}
    for row in rows:
        grouped[row.story_id].append(
            _StoryArticle(
                article_id=row.id,
                story_id=row.story_id,
                source_id=row.source_id,
                source_name=(row.source_name or "").strip(),
                title=row.title or "",
                url=row.canonical_url or row.url or "",
                key_points=text_points(row.key_points),
                published_at=row.published_at,
            )
        )
    return grouped


async def _best_quotes(
    conn: AsyncConnection, article_ids: Sequence[int]
) -> dict[int, EntryQuote]:
    if not article_ids:
        return {}
    rows = await conn.execute(
        select(QuoteRow.article_id, QuoteRow.text, QuoteRow.speaker)
        .where(QuoteRow.article_id.in_(article_ids))
        .order_by(QuoteRow.article_id, QuoteRow.rank, QuoteRow.id)
    )
    best: dict[int, EntryQuote] = {}
    for row in rows:
        if row.article_id not in best and (row.text or "").strip():
            speaker = (row.speaker or "").strip() or None
            best[row.article_id] = EntryQuote(text=row.text, speaker=speaker)
    return best


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
        return terms.accepts(searchable_text(a.title, a.key_points, a.source_name))

    allowed = [a for a in articles if eligible(a)]
    for a in allowed:
        if a.article_id == lead_id:
            return a
    if not allowed:
        return None
    return max(allowed, key=lambda a: (len(a.key_points), a.article_id))


def _also_sources(articles: Sequence[_StoryArticle], shown: _StoryArticle) -> tuple[str, ...]:
    names: dict[str, None] = {}
    for a in articles:
        if a.source_name and a.source_name.casefold() != shown.source_name.casefold():
            names.setdefault(a.source_name, None)
    return tuple(names)[:MAX_ALSO_SOURCES]


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
    articles = await _story_articles(conn, story_ids, max_id)
    shown: dict[int, _StoryArticle] = {}
    for sid in story_ids:
        pick = _pick_shown(articles[sid], lead_of.get(sid), terms, sources)
        if pick is not None:
            shown[sid] = pick
    quotes = await _best_quotes(conn, [a.article_id for a in shown.values()])
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
                key_points=article.key_points[:max_points],
                quote=quotes.get(article.article_id),
                published_at=article.published_at,
            )
        )
    return entries
