"""Store a cleaned article once: dedupe, analyse (the one time it happens), store, group.

Exact duplicates (same canonical URL, same normalised text) are found by unique indexes before
any work. Near copies and the story are judged against the same bounded set of recent articles
(``stories.recent_candidates``), read once, under a lock that makes concurrent ingests take
turns. Each call is its own transaction: an article is either stored whole (with its quotes and
its story) and committed, or not stored at all, so a failure never takes earlier articles with it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from digests.analyse import analyse
from digests.analyse.quote_rank import rank_quotes
from digests.analyse.signature import to_signed
from digests.analyse.stories import Candidate, assign_story, lock_assignment, recent_candidates
from digests.article import Analysis, CleanArticle
from digests.config import Config
from digests.ingest.dedupe import (
    NEAR_DUPLICATE_MIN_WORDS,
    body_signature,
    canonical_url,
    content_hash,
    is_near_duplicate,
    word_count,
)
from digests.store.models import Article, QuoteRow, Source, utcnow


@dataclass(frozen=True)
class IngestResult:
    article: Article | None  # the stored article, the one it duplicates, or None when refused
    created: bool
    reason: str  # "stored", or why nothing new was stored, for people to read

    @property
    def duplicate(self) -> bool:
        return not self.created and self.article is not None


async def ingest_article(
    session: AsyncSession,
    clean: CleanArticle,
    *,
    source: Source | None,
    url: str,
    published_at: datetime | None,
    config: Config,
    page_canonical: str | None = None,
    aliases: Sequence[str] = (),
    now: datetime | None = None,
) -> IngestResult:
    """Store ``clean`` unless it is empty or already stored; commit; say what happened.

    ``url`` is where the article was fetched (or "" for a file); ``page_canonical`` is the
    address the page claims for itself, which wins over ``url`` for dedupe; ``aliases`` are
    other addresses that lead to it (a feed's link before redirects), looked up but not stored.
    """
    now = now or utcnow()
    if not clean.paragraphs:
        return IngestResult(None, False, "no article text found (no paragraphs): not stored")
    urls = _candidate_urls(url, page_canonical, aliases)
    digest = content_hash(clean.title, clean.text)
    signature = body_signature(clean)
    existing = await find_duplicate(session, urls=urls, digest=digest)
    if existing is not None:
        return existing
    analysis = analyse(clean, max_points=config.digest.key_points)
    article = _new_article(clean, analysis, source=source, url=url, published_at=published_at,
                           canonical=urls[0] if urls else None, digest=digest,
                           signature=signature, now=now)
    try:
        # From here concurrent ingests take turns, so a near copy cannot slip in beside us; and
        # taking the turn before the insert makes article ids commit in increasing order, which
        # the chats' cursors (highest article id covered) rely on.
        await lock_assignment(session)
        session.add(article)
        await session.flush()
        candidates = await recent_candidates(session, article, now=now)
        near = _near_duplicate(clean, signature, candidates)
        if near is not None:
            await session.rollback()
            return await _duplicate_of(session, near, "nearly the same text as article")
        await assign_story(session, article, now=now, candidates=candidates)
        await session.commit()
    except IntegrityError:
        # Another worker stored the same URL or text between our check and our insert.
        await session.rollback()
        existing = await find_duplicate(session, urls=urls, digest=digest)
        if existing is not None:
            return existing
        raise
    return IngestResult(article, True, "stored")


def _candidate_urls(url: str, page_canonical: str | None, aliases: Sequence[str]) -> list[str]:
    """Canonical forms to look up, the one to store first; an empty list for files."""
    found = [canonical_url(u) for u in (page_canonical or "", url, *aliases) if u]
    return list(dict.fromkeys(u for u in found if u))


async def find_duplicate(
    session: AsyncSession, *, urls: list[str], digest: str
) -> IngestResult | None:
    """The stored article with one of ``urls`` (first) or the same text, if any."""
    # One query for both exact checks: the same URL, or the same text under any URL.
    same = or_(Article.canonical_url.in_(urls), Article.content_hash == digest)
    found = (await session.scalars(select(Article).where(same).limit(2))).all()
    for article in found:
        if article.canonical_url in urls:
            return IngestResult(article, False, f"same URL as article {article.id}")
    if found:
        return IngestResult(found[0], False, f"same text as article {found[0].id}")
    return None


def _near_duplicate(clean: CleanArticle, signature: int, candidates: list[Candidate]) -> int | None:
    """The id of a recent article whose text is nearly this one's, if the text is long enough."""
    if word_count(clean.title + "\n" + clean.text) < NEAR_DUPLICATE_MIN_WORDS:
        return None
    for candidate in candidates:
        if candidate.signature and is_near_duplicate(signature, candidate.signature):
            return candidate.article_id
    return None


async def _duplicate_of(session: AsyncSession, article_id: int, why: str) -> IngestResult:
    article = await session.get(Article, article_id)
    return IngestResult(article, False, f"{why} {article_id}")


def source_name_for(source: Source | None, url: str) -> str:
    """What a digest calls the article's origin: the source's name, else the site's host."""
    if source is not None and source.name:
        return source.name
    host = urlsplit(source.url if source is not None else url).hostname or ""
    return host.removeprefix("www.")


def _new_article(
    clean: CleanArticle,
    analysis: Analysis,
    *,
    source: Source | None,
    url: str,
    published_at: datetime | None,
    canonical: str | None,
    digest: str,
    signature: int,
    now: datetime,
) -> Article:
    article = Article(
        source_id=source.id if source is not None else None,
        url=url,
        canonical_url=canonical,
        source_name=source_name_for(source, url),
        title=clean.title,
        byline=clean.byline,
        standfirst=list(clean.standfirst),
        paragraphs=list(clean.paragraphs),
        language=clean.language,
        published_at=published_at,
        fetched_at=now,
        content_hash=digest,
        # The dedupe signature, not analysis.signature: later lookups must compare like with like.
        signature=to_signed(signature),
        key_points=list(analysis.key_points),
        analysed_at=now,
    )
    article.quotes = [
        QuoteRow(rank=rank, position=q.position, text=q.text, speaker=q.speaker)
        for rank, q in enumerate(rank_quotes(analysis.quotes, clean.title, analysis.key_points))
    ]
    return article

