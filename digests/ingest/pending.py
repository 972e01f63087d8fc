"""Feed entries whose page failed for a reason that passes, kept to be fetched again.

A 429, a 5xx or a timeout says "not now", not "never". Storing the feed's own text (often a
one-line summary) at once would make the article thin for good: its address is known from then
on and the page is never fetched again. The entry waits here instead, with what the feed said,
until a later poll of its source fetches the page, or until the attempts or the hours allowed
run out and the feed's text is stored after all. Either way the story is not lost.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from digests.config import Config
from digests.fetch.feeds import FeedEntry
from digests.fetch.http import FetchError
from digests.ingest.dedupe import canonical_url
from digests.store.models import PendingPage

# Pages of one source tried again in one poll, the longest-waiting first: as many as a poll
# reads from its feed, so a site that was down for a while is caught up over a few polls.
MAX_RETRIES_PER_POLL = 100


@dataclass(frozen=True)
class Waiting:
    """A pending page as a poll needs it, read up front so no ORM object crosses tasks."""

    id: int
    entry: FeedEntry
    attempts: int  # fetches so far, all failed
    first_tried_at: datetime


def next_try(
    config: Config, *, attempts: int, first_tried_at: datetime, error: FetchError, now: datetime
) -> datetime | None:
    """When to fetch a page again after its ``attempts``-th failure, or None to stop trying.

    The wait is the poll interval, doubled per failure, and never shorter than the server's
    Retry-After. Trying stops when the attempts are used up, or when the next try would come
    later than the hours allowed: the feed's text is then better stored now than later.
    """
    if attempts >= config.feeds.page_attempts:
        return None
    doubled = timedelta(minutes=config.feeds.poll_minutes * 2 ** min(attempts - 1, 20))
    when = now + max(doubled, error.retry_after or timedelta(0))
    if when > first_tried_at + timedelta(hours=config.feeds.page_retry_hours):
        return None
    return when


class PendingPages:
    """The pending pages one poll reads and writes; every call is its own transaction."""

    def __init__(
        self, sessions: async_sessionmaker[AsyncSession], config: Config, now: datetime
    ) -> None:
        self.sessions = sessions
        self.config = config
        self.now = now

    async def due(self, source_id: int) -> list[Waiting]:
        """The source's pages whose next try has come, the longest-waiting first."""
        async with self.sessions() as session:
            rows = (await session.scalars(
                select(PendingPage)
                .where(PendingPage.source_id == source_id, PendingPage.next_try_at <= self.now)
                .order_by(PendingPage.next_try_at, PendingPage.id)
                .limit(MAX_RETRIES_PER_POLL)
            )).all()
        return [Waiting(row.id, _entry_of(row), row.attempts, row.first_tried_at) for row in rows]

    async def is_waiting(self, link: str) -> bool:
        async with self.sessions() as session:
            found = await session.scalar(
                select(PendingPage.id).where(PendingPage.canonical_url == canonical_url(link))
            )
        return found is not None

    async def keep(self, source_id: int, entry: FeedEntry, error: FetchError) -> datetime | None:
        """Keep a new entry whose first fetch failed with ``error`` for a later try; return
        when that is, or None when no later try is allowed (nothing is kept then)."""
        canonical = canonical_url(entry.link)
        when = next_try(self.config, attempts=1, first_tried_at=self.now, error=error,
                        now=self.now)
        if not canonical or when is None:
            return None
        async with self.sessions() as session:
            session.add(PendingPage(
                source_id=source_id, link=entry.link, canonical_url=canonical, guid=entry.guid,
                title=entry.title, feed_html=entry.body_html, published_at=entry.published,
                attempts=1, first_tried_at=self.now, next_try_at=when, last_error=str(error),
            ))
            try:
                await session.commit()
            except IntegrityError:
                # Another feed polled at the same time keeps the same page: one is enough.
                await session.rollback()
                return await session.scalar(select(PendingPage.next_try_at).where(
                    PendingPage.canonical_url == canonical))
        return when

    async def postpone(self, waiting: Waiting, error: FetchError) -> datetime | None:
        """Record another failed try of ``waiting``; return when the next one is, or None when
        no later try is allowed (the page stays pending until :meth:`forget`)."""
        attempts = waiting.attempts + 1
        when = next_try(self.config, attempts=attempts, first_tried_at=waiting.first_tried_at,
                        error=error, now=self.now)
        async with self.sessions() as session:
            row = await session.get(PendingPage, waiting.id)
            if row is not None:
                row.attempts, row.last_error = attempts, str(error)
                # Even when we give up, not before the server said: should storing the feed's
                # text fail, the next poll must not knock on its door sooner.
                row.next_try_at = when or self.now + (error.retry_after or timedelta(0))
                await session.commit()
        return when

    async def forget(self, waiting: Waiting) -> None:
        """Drop a page that is stored now (from its page or from its feed's text)."""
        async with self.sessions() as session:
            await session.execute(delete(PendingPage).where(PendingPage.id == waiting.id))
            await session.commit()


async def waiting_by_source(session: AsyncSession) -> dict[int, int]:
    """How many pages each source has waiting to be fetched again (sources with none left out)."""
    rows = await session.execute(
        select(PendingPage.source_id, func.count()).group_by(PendingPage.source_id)
    )
    return {source_id: count for source_id, count in rows}


def _entry_of(row: PendingPage) -> FeedEntry:
    return FeedEntry(link=row.link, guid=row.guid, title=row.title, content_html=row.feed_html,
                     published=row.published_at)
