"""Stories: articles about one event, from one or more sources, grouped as they arrive.

A new article is compared only with the most recent articles fetched within a window (at most
``MAX_CANDIDATES``, read through the ``articles.fetched_at`` index), using what is stored and
small: the title, the key points, the language and the SimHash signature. A near-identical body
(by signature) is the same text, edited; otherwise :mod:`story_features` says how alike two
reports are by the names, figures and rarer words they share.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from digests.analyse.signature import hamming, to_unsigned
from digests.analyse.story_features import EMPTY_FEATURES, Features, features, similarity
from digests.outlets import site_of
from digests.store.models import Article, Story

STORY_WINDOW = timedelta(hours=36)
# Most recent articles looked at, whatever the traffic: this bounds the cost of one ingest.
MAX_CANDIDATES = 2_000
FEATURE_CACHE_SIZE = 50_000
SAME_TEXT_BITS = 12  # SimHash distance under which two bodies are one text, edited
_LOCK_KEY = 0x6E64_5354  # "ndST": the advisory lock that serialises story assignment

_FEATURES: OrderedDict[tuple[int, int], Features] = OrderedDict()


@dataclass(frozen=True)
class StoryMatch:
    story_id: int
    article_id: int
    score: float


@dataclass(frozen=True)
class Candidate:
    """A recent article a new one may join (or repeat): what is cheap to read of it."""

    article_id: int
    story_id: int
    signature: int  # unsigned
    published: datetime  # published_at, else fetched_at


async def recent_candidates(
    session: AsyncSession, article: Article, *, now: datetime, window: timedelta = STORY_WINDOW
) -> list[Candidate]:
    """The newest articles fetched within ``window`` (at most MAX_CANDIDATES), ``article`` aside.

    Call :func:`lock_assignment` first so that concurrent ingests see each other.
    """
    # Articles fetched in the window are the members of the stories updated in it; asking by
    # fetched_at walks one index, newest first, and stops at the cap.
    found = await session.execute(
        select(Article.id, Article.story_id, Article.signature,
               func.coalesce(Article.published_at, Article.fetched_at))
        .where(Article.fetched_at >= now - window, Article.id != article.id,
               Article.story_id.is_not(None))
        .order_by(Article.fetched_at.desc())
        .limit(MAX_CANDIDATES)
    )
    return [Candidate(a, story, to_unsigned(sig), published)
            for a, story, sig, published in found if story is not None]


async def find_story(
    session: AsyncSession, article: Article, candidates: list[Candidate]
) -> StoryMatch | None:
    """The story of a candidate that reports the same event as ``article``, if any."""
    signature = to_unsigned(article.signature)
    for c in candidates:
        if signature and hamming(signature, c.signature) <= SAME_TEXT_BITS:
            return StoryMatch(c.story_id, c.article_id, 1.0)
    # Reports of one event are published within hours of each other; fetched together, a
    # backfilled feed or a late page can hold last month's turn of the same affair.
    published = article.published_at or article.fetched_at
    candidates = [c for c in candidates if abs(c.published - published) <= STORY_WINDOW]
    known = await _candidate_features(session, [(c.article_id, c.signature) for c in candidates])
    mine = features(article.title, list(article.key_points), article.language)
    best: StoryMatch | None = None
    for c in candidates:
        score = similarity(mine, known[(c.article_id, c.signature)])
        if score > 0 and (best is None or score > best.score):
            best = StoryMatch(c.story_id, c.article_id, score)
    return best


async def _candidate_features(
    session: AsyncSession, keys: list[tuple[int, int]]
) -> dict[tuple[int, int], Features]:
    """Features of stored articles, from the cache or, for those not seen yet, the database.

    An article's title and key points never change after ingest, so a process tokenises each
    article once; the cache key includes the signature so a reused id cannot hit a stale entry.
    """
    missing = [key for key in keys if key not in _FEATURES]
    for start in range(0, len(missing), 500):
        ids = [article_id for article_id, _ in missing[start:start + 500]]
        found = await session.execute(
            select(Article.id, Article.signature, Article.title, Article.key_points,
                   Article.language)
            .where(Article.id.in_(ids))
        )
        for article_id, signature, title, key_points, language in found:
            key = (article_id, to_unsigned(signature))
            _remember(key, features(title, list(key_points or []), language or ""))
    return {key: _FEATURES.get(key) or EMPTY_FEATURES for key in keys}


def _remember(key: tuple[int, int], value: Features) -> None:
    _FEATURES[key] = value
    if len(_FEATURES) > FEATURE_CACHE_SIZE:
        _FEATURES.popitem(last=False)


async def lock_assignment(session: AsyncSession) -> None:
    """Make concurrent ingests take turns from here until their transactions end.

    Two reports of one event (or two copies of one text) ingested at the same moment would
    otherwise each miss the other, still uncommitted. SQLite already serialises writers: the
    article insert that precedes this holds its write lock. PostgreSQL needs a
    transaction-scoped lock.
    """
    if session.get_bind().dialect.name == "postgresql":
        await session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})


async def assign_story(
    session: AsyncSession,
    article: Article,
    *,
    now: datetime,
    candidates: list[Candidate] | None = None,
) -> Story:
    """Put ``article`` (flushed, with an id) into a matching recent story or a new one.

    Call it inside the transaction that stores the article and commit soon after: on
    PostgreSQL other assignments wait for that commit. ``candidates`` are those read under
    :func:`lock_assignment`; without them, this locks and reads them itself.
    """
    if candidates is None:
        await lock_assignment(session)
        candidates = await recent_candidates(session, article, now=now)
    match = await find_story(session, article, candidates)
    story = await session.get(Story, match.story_id) if match else None
    if story is None:
        story = Story(
            title=article.title, lead_article_id=article.id, article_count=1, source_count=1,
            first_seen_at=now, updated_at=now,
        )
        session.add(story)
        await session.flush()
        article.story_id = story.id
        return story
    article.story_id = story.id
    await session.flush()
    await refresh_counts(session, story, now=now)
    return story


def _source_key(url: str, source_id: int | None, source_name: str, article_id: int) -> str:
    """The outlet an article counts for: its site (one newsroom's feeds are one source), else
    its source, else its source's name, else itself."""
    site = site_of(url)
    if site is not None:
        return f"site:{site}"
    if source_id is not None:
        return f"id:{source_id}"
    return f"name:{source_name}" if source_name else f"article:{article_id}"


async def refresh_counts(session: AsyncSession, story: Story, *, now: datetime) -> None:
    """Recount a story's articles and sources; keep the earliest article as its lead."""
    rows = (await session.execute(
        select(Article.id, Article.source_id, Article.source_name, Article.title,
               func.coalesce(Article.published_at, Article.fetched_at),
               func.coalesce(Article.canonical_url, Article.url))
        .where(Article.story_id == story.id)
    )).all()
    story.article_count = len(rows)
    story.source_count = len({_source_key(r[5] or "", r[1], r[2], r[0]) for r in rows})
    earliest = min(rows, key=lambda r: (r[4], r[0]))
    story.lead_article_id = earliest[0]
    story.title = earliest[3]
    story.updated_at = now
