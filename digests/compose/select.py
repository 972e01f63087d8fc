"""Which stories a chat gets now: new since its cursor, unseen, filtered, ranked, capped.

The cost per chat is a fixed handful of indexed queries, whatever the size of the store:

1. the highest article id (primary key), which bounds this run and becomes ``cursor_to``;
2. the chat's subscribed sources (indexed by chat);
3. candidate articles newest first, a page at a time (usually one page), with the cursor, age,
   source and unseen-story conditions (and a LIKE prefilter for include terms) in SQL, and the
   exact word filters checked here. Pages walk down id windows and stop once enough distinct
   stories are in hand, or after the newest ``MAX_ID_SPAN`` articles: a chat whose cursor is far
   behind gets the best of the newest news, not a scan of the whole store;
4. the articles of the few chosen stories with their best quotes (indexed by story and by
   article), for the lead, "also: …" and the quote (see ``entries.py``).

Nothing is cleaned or analysed here: key points and quotes are read as ingest stored them.
An article not yet grouped into a story (``story_id`` NULL) is left out: a digest records the
stories it covered, and such an article would have nothing to record.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from digests.compose import queries
from digests.compose.digest import ComposedDigest
from digests.compose.entries import build_entries, text_points
from digests.compose.filters import TermFilter, searchable_text
from digests.compose.ranking import StorySignals, rank_stories
from digests.config import Config
from digests.store.models import Chat

# Candidates are read newest first in pages; the scan stops once it holds enough distinct
# stories to rank, so a chat with an old cursor does not drag the whole store through Python.
MIN_PAGE_SIZE = 50
MAX_PAGE_SIZE = 500
ID_WINDOW = 2_000
MAX_ID_SPAN = 10_000
MIN_POOL_STORIES = 20
# A chat that has not chosen an article language gets articles in every language.
ANY_LANGUAGE = "any"
POOL_PER_SLOT = 4


@dataclass(frozen=True)
class _Candidate:
    article_id: int
    story_id: int
    seen_at: datetime
    lead_article_id: int | None
    article_count: int
    source_count: int


def chat_language(chat: Chat) -> str | None:
    """The article language a chat asked for, or None for any language."""
    code = (chat.language or "").strip().lower()
    return None if code in ("", ANY_LANGUAGE) else code


def digest_size(chat: Chat, config: Config) -> int:
    size = chat.digest_size if chat.digest_size and chat.digest_size > 0 else config.digest.size
    return min(size, config.digest.max_size)


async def compose_digest(
    session: AsyncSession,
    chat: Chat,
    config: Config,
    *,
    now: datetime,
    include_seen: bool = False,
) -> ComposedDigest:
    """The digest ``chat`` would get at ``now``; reads only, moves no cursor.

    ``include_seen`` ignores the cursor and the stories the chat already got (a user asking for
    "the latest, even if I saw it"); the age limit still applies.
    """
    # Plain column reads: Core execution on the session's own connection (same transaction)
    # skips the ORM's per-statement bookkeeping, a large share of the cost per chat.
    conn = await session.connection()
    size = digest_size(chat, config)
    terms = TermFilter(chat.include_terms or (), chat.exclude_terms or ())
    cutoff = now - timedelta(hours=config.digest.max_age_hours)
    max_id = await _highest_article_id(conn)
    sources = await _subscribed_sources(conn, chat.id)
    cursor_to = max(chat.cursor_article_id, max_id)
    candidates = await _scan_candidates(
        conn,
        chat,
        terms=terms,
        sources=sources,
        cutoff=cutoff,
        max_id=max_id,
        include_seen=include_seen,
        pool=max(MIN_POOL_STORIES, size * POOL_PER_SLOT),
    )
    chosen = rank_stories(_story_signals(candidates, now), now)[:size]
    lead_of = {c.story_id: c.lead_article_id for c in candidates}
    entries = await build_entries(
        conn, [s.story_id for s in chosen], lead_of, terms=terms, sources=sources,
        max_id=max_id, max_points=config.digest.key_points,
    )
    return ComposedDigest(
        items=tuple(entries), cursor_to=cursor_to, since=chat.cursor_at, timezone=chat.timezone,
        composed_at=now,
    )


async def _highest_article_id(conn: AsyncConnection) -> int:
    value = await conn.scalar(queries.HIGHEST_ARTICLE_ID)
    return int(value or 0)


async def _subscribed_sources(conn: AsyncConnection, chat_id: int) -> frozenset[int]:
    rows = await conn.execute(queries.SUBSCRIBED_SOURCES, {"chat_id": chat_id})
    return frozenset(rows.scalars())


async def _scan_candidates(
    conn: AsyncConnection,
    chat: Chat,
    *,
    terms: TermFilter,
    sources: frozenset[int],
    cutoff: datetime,
    max_id: int,
    include_seen: bool,
    pool: int,
) -> list[_Candidate]:
    floor = 0 if include_seen else chat.cursor_article_id
    groups = terms.prefilter_words() or []
    language = chat_language(chat)
    statement = queries.candidate_page(
        with_text=terms.active,
        by_source=bool(sources),
        unseen=not include_seen,
        prefilter=tuple(len(words) for words in groups),
        by_language=language is not None,
    )
    # Twice the pool: among the newest articles most belong to different stories.
    page_size = min(MAX_PAGE_SIZE, max(MIN_PAGE_SIZE, pool * 2))
    params: dict[str, Any] = {"cutoff": cutoff, "page_size": page_size,
                              **queries.prefilter_params(groups)}
    if sources:
        params["source_ids"] = sorted(sources)
    if language is not None:
        params["language"] = language
    if not include_seen:
        params["chat_id"] = chat.id

    found: list[_Candidate] = []
    excluded_stories: set[int] = set()
    stories: set[int] = set()
    upper = max_id
    # Scan newest first in id windows, so even a sparse filter that SQL must test row by row
    # costs at most MAX_ID_SPAN rows, however large the store is.
    lowest = max(floor, max_id - MAX_ID_SPAN)
    while upper > lowest:
        low = max(lowest, upper - ID_WINDOW)
        rows = (await conn.execute(statement, {**params, "low": low, "upper": upper})).all()
        for row in rows:
            if terms.active:
                text = searchable_text(
                    row.title or "", text_points(row.key_points), row.source_name or ""
                )
                if terms.excludes(text):
                    # One excluded article rules out its story: the user asked not to see it.
                    excluded_stories.add(row.story_id)
                    continue
                if not terms.includes(text):
                    continue
            found.append(_candidate(row))
            stories.add(row.story_id)
        if len(stories - excluded_stories) >= pool:
            break
        upper = rows[-1].id - 1 if len(rows) == page_size else low
    return [c for c in found if c.story_id not in excluded_stories]


def _candidate(row: Any) -> _Candidate:
    return _Candidate(
        article_id=row.id,
        story_id=row.story_id,
        seen_at=queries.parse_raw_time(row.seen_at) or datetime.min.replace(tzinfo=UTC),
        lead_article_id=row.lead_article_id,
        article_count=row.article_count or 1,
        source_count=row.source_count or 1,
    )


def _story_signals(candidates: Sequence[_Candidate], now: datetime) -> list[StorySignals]:
    by_story: dict[int, StorySignals] = {}
    for c in candidates:
        seen_at = min(c.seen_at, now)
        known = by_story.get(c.story_id)
        if known is None:
            by_story[c.story_id] = StorySignals(
                story_id=c.story_id,
                newest_at=seen_at,
                newest_article_id=c.article_id,
                article_count=c.article_count,
                source_count=c.source_count,
            )
        else:
            by_story[c.story_id] = replace(
                known,
                newest_at=max(known.newest_at, seen_at),
                newest_article_id=max(known.newest_article_id, c.article_id),
            )
    return list(by_story.values())
