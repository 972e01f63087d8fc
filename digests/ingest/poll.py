"""Poll the feeds that are due: fetch (conditionally), read new entries, ingest their pages.

Sources are polled concurrently and independently: one bad feed records its error and backs
off, and the others carry on. Every article is committed as it is ingested, so a failure later
in a poll loses nothing already stored. An entry's page that fails for a reason that passes
waits as a pending page (``pending.py``) and is fetched again by later polls of its source.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlsplit

import httpx
from sqlalchemy import or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.sql.elements import ColumnElement

from digests.article import CleanArticle
from digests.clean import clean_html
from digests.config import Config
from digests.fetch.feeds import FeedEntry, FeedError, parse_feed
from digests.fetch.http import FetchError, FetchResult, fetch
from digests.ingest.dedupe import canonical_url, page_canonical_url
from digests.ingest.pending import PendingPages, Waiting
from digests.ingest.pipeline import IngestResult, ingest_article
from digests.ingest.poll_report import PollReport, SourceOutcome
from digests.store.models import Article, ArticleAlias, Source

MAX_ENTRIES_PER_POLL = 100  # newest first; a huge feed is read over several polls at most
# Pages of one feed fetched at once: a new feed's first poll should not take minutes, and one
# site should not see more than a handful of our connections.
PAGES_AT_ONCE_PER_SOURCE = 4
# Fetches from one host at once, across all the feeds of a poll: a site that hosts many feeds
# (world, business, sport...) would otherwise see every feed's pages fetched side by side.
PAGES_AT_ONCE_PER_HOST = 4


@dataclass(frozen=True)
class _Due:
    """What a poll needs of a source, read up front so no ORM object crosses tasks."""

    id: int
    url: str
    kind: str
    etag: str | None
    last_modified: str | None
    error_count: int


def backoff(config: Config, error_count: int) -> timedelta:
    """The wait before the next poll: the normal interval, doubled per consecutive error."""
    minutes = config.feeds.poll_minutes * (2 ** min(error_count, 20))
    return timedelta(minutes=min(minutes, max(config.feeds.max_backoff_minutes,
                                              config.feeds.poll_minutes)))


async def due_sources(
    session: AsyncSession,
    *,
    now: datetime,
    ignore_schedule: bool = False,
    lease: timedelta | None = None,
) -> list[_Due]:
    """Sources due for a poll; with ``lease``, also claim them for that long.

    Claiming pushes ``next_poll_at`` past the poll (the poll then sets the real next time), so
    several bot processes on one database poll each feed once. It is one UPDATE … RETURNING that
    reads and moves ``next_poll_at`` together: a read, then a write, lets two processes on
    SQLite both read a source as due before either writes (SQLite has no row locks; its writers
    take turns on the whole statement). On PostgreSQL the rows another process is claiming are
    skipped rather than waited for. A process that dies mid-poll loses its claim when it expires.
    """
    wanted: list[ColumnElement[bool]] = [Source.active.is_(True)]
    if not ignore_schedule:
        wanted.append(or_(Source.next_poll_at.is_(None), Source.next_poll_at <= now))
    columns = (Source.id, Source.url, Source.kind, Source.etag, Source.last_modified,
               Source.error_count)
    if lease is None:
        rows = (await session.execute(select(*columns).where(*wanted))).all()
    else:
        claimable = select(Source.id).where(*wanted).with_for_update(skip_locked=True)
        claim = (
            update(Source)
            .where(Source.id.in_(claimable))
            .values(next_poll_at=now + lease)
            .returning(*columns)
            .execution_options(synchronize_session=False)
        )
        rows = (await session.execute(claim)).all()
        await session.commit()
    return sorted((_Due(*row) for row in rows), key=lambda due: due.id)


async def poll_due_sources(
    sessions: async_sessionmaker[AsyncSession],
    config: Config,
    *,
    now: datetime,
    progress: Callable[[SourceOutcome], None] | None = None,
    ignore_schedule: bool = False,
    client: httpx.AsyncClient | None = None,
) -> PollReport:
    """Poll every due source once; return what happened to each."""
    lease = timedelta(minutes=config.feeds.poll_minutes)
    async with sessions() as session:
        due = await due_sources(session, now=now, ignore_schedule=ignore_schedule, lease=lease)
    limit = asyncio.Semaphore(config.feeds.poll_concurrency)
    poller = _Poller(sessions, config, now, limit, client)

    async def run(source: _Due) -> SourceOutcome:
        outcome = await poller.poll(source)
        if progress is not None:
            progress(outcome)
        return outcome

    return PollReport(list(await asyncio.gather(*(run(s) for s in due))))


class _Poller:
    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        config: Config,
        now: datetime,
        limit: asyncio.Semaphore,
        client: httpx.AsyncClient | None,
    ) -> None:
        self.sessions = sessions
        self.config = config
        self.now = now
        self.limit = limit
        self.client = client
        self.hosts: dict[str, asyncio.Semaphore] = {}
        # Hosts that answered a page with Retry-After during this poll, and the wait they asked.
        self.resting: dict[str, timedelta] = {}
        self.pending = PendingPages(sessions, config, now)

    async def poll(self, source: _Due) -> SourceOutcome:
        outcome = SourceOutcome(source.id, source.url)
        validators: tuple[str | None, str | None] = (None, None)
        try:
            async with self.limit:
                # Before the feed, and whatever it answers: a feed that is not modified (304)
                # or failing lists nothing, and its pending pages must still be fetched.
                await self._retry_pending(source, outcome)
                validators = await self._poll(source, outcome)
        except FetchError as exc:
            outcome.ok, outcome.error, outcome.retry_after = False, str(exc), exc.retry_after
        except FeedError as exc:
            outcome.ok, outcome.error = False, str(exc)
        except Exception as exc:  # one broken source must not stop the others
            outcome.ok, outcome.error = False, f"{source.url}: {type(exc).__name__}: {exc}"
        await self._record(source, outcome, validators)
        return outcome

    async def _poll(
        self, source: _Due, outcome: SourceOutcome
    ) -> tuple[str | None, str | None]:
        """Fetch and ingest one source; return its new ETag and Last-Modified."""
        result = await self._fetch(source.url, etag=source.etag,
                                   last_modified=source.last_modified)
        validators = (result.etag, result.last_modified)
        if result.moved_permanently:
            outcome.moved_to = result.url
        if result.not_modified:
            outcome.not_modified = True
        elif source.kind == "page":
            await self._ingest_page(source, result.text, result.url, None, outcome)
        else:
            feed = parse_feed(result.content, result.url)
            entries = sorted(feed.entries, key=_newest_first)[:MAX_ENTRIES_PER_POLL]
            await _at_most(PAGES_AT_ONCE_PER_SOURCE,
                           [self._entry(source, entry, outcome) for entry in entries])
        return validators

    async def _retry_pending(self, source: _Due, outcome: SourceOutcome) -> None:
        waiting = await self.pending.due(source.id)
        await _at_most(PAGES_AT_ONCE_PER_SOURCE,
                       [self._retry(source, page, outcome) for page in waiting])

    async def _entry(self, source: _Due, entry: FeedEntry, outcome: SourceOutcome) -> None:
        try:
            if entry.link and (await self._known(entry.link)
                               or await self.pending.is_waiting(entry.link)):
                outcome.skipped += 1
                return
            await self._page_or_feed_text(source, entry, outcome, None)
        except Exception as exc:  # one broken entry must not stop the feed
            _broken(outcome, entry, exc)

    async def _retry(self, source: _Due, waiting: Waiting, outcome: SourceOutcome) -> None:
        try:
            if await self._known(waiting.entry.link):
                outcome.skipped += 1  # stored meanwhile, another way (by hand, say)
                await self.pending.forget(waiting)
                return
            outcome.retried += 1
            await self._page_or_feed_text(source, waiting.entry, outcome, waiting)
        except Exception as exc:  # one broken page must not stop the others
            _broken(outcome, waiting.entry, exc)

    async def _page_or_feed_text(
        self, source: _Due, entry: FeedEntry, outcome: SourceOutcome, waiting: Waiting | None
    ) -> None:
        """Ingest the entry's page; when it fails, leave the entry pending if the failure may
        pass and a later try is allowed, else ingest the feed's own text. ``waiting`` is the
        pending page this is another try of (None: a new entry)."""
        html, url = entry.body_html, entry.link
        if entry.link:
            try:
                page = await self._fetch_page(entry.link)
                html, url = page.text, page.url
            except FetchError as exc:
                if exc.temporary and await self._defer(source.id, entry, exc, waiting, outcome):
                    return
                tries = f" after {waiting.attempts + 1} tries" if waiting is not None else ""
                outcome.entry_errors.append(f"{exc} (used the feed's text{tries})")
        await self._ingest_page(source, html, url, entry, outcome)
        if waiting is not None:
            await self.pending.forget(waiting)

    async def _defer(
        self,
        source_id: int,
        entry: FeedEntry,
        error: FetchError,
        waiting: Waiting | None,
        outcome: SourceOutcome,
    ) -> bool:
        """Leave the entry pending for a later try; False when no later try is allowed."""
        if waiting is None:
            when = await self.pending.keep(source_id, entry, error)
        else:
            when = await self.pending.postpone(waiting, error)
        if when is None:
            return False
        outcome.deferred += 1
        outcome.entry_errors.append(f"{error} (will try again after {when:%Y-%m-%d %H:%M} UTC)")
        return True

    async def _fetch(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> FetchResult:
        async with self._host_limit(url):
            return await fetch(url, self.config.fetch, etag=etag, last_modified=last_modified,
                               client=self.client)

    async def _fetch_page(self, url: str) -> FetchResult:
        """Fetch an entry's page, unless its site asked us to wait earlier in this poll: a
        site that answers 429 to one page would answer it to the next twenty, and asking
        anyway is how a crawler gets itself blocked."""
        host = _host(url)
        async with self._host_limit(url):  # pages queued here learn of the wait too
            if host in self.resting:
                raise FetchError(f"{url}: not fetched: {host} asked us to wait",
                                 retry_after=self.resting[host], temporary=True)
            try:
                return await fetch(url, self.config.fetch, client=self.client)
            except FetchError as exc:
                if exc.retry_after:
                    self.resting[host] = exc.retry_after
                raise

    def _host_limit(self, url: str) -> asyncio.Semaphore:
        return self.hosts.setdefault(_host(url), asyncio.Semaphore(PAGES_AT_ONCE_PER_HOST))

    async def _known(self, link: str) -> bool:
        canonical = canonical_url(link)
        async with self.sessions() as session:
            found = await session.scalar(
                select(Article.id).where(Article.canonical_url == canonical).limit(1)
            )
            if found is None:
                found = await session.scalar(
                    select(ArticleAlias.article_id).where(ArticleAlias.canonical_url == canonical)
                )
        return found is not None

    async def _ingest_page(
        self, source: _Due, html: str, url: str, entry: FeedEntry | None, outcome: SourceOutcome
    ) -> None:
        # Cleaning is CPU work (lxml releases the GIL while parsing): off the event loop, so the
        # other sources' fetches (and a bot sharing the loop) keep moving.
        clean = await asyncio.to_thread(clean_html, html, url) if html.strip() else CleanArticle()
        if not clean.paragraphs and entry is not None and entry.body_html:
            # The page gave nothing: use the feed's own text.
            clean = await asyncio.to_thread(clean_html, _as_page(entry.body_html), url)
        if entry is not None and not clean.title:
            clean.title = entry.title
        async with self.sessions() as session:
            row = await session.get(Source, source.id)
            result = await ingest_article(
                session, clean, source=row, url=url,
                published_at=self._published(entry), config=self.config,
                page_canonical=page_canonical_url(html, url) if url else None,
                aliases=[entry.link] if entry and entry.link else [], now=self.now,
            )
            if entry is not None and entry.link and result.article is not None:
                await _remember_alias(session, entry.link, result.article)
        _count(outcome, result, url or (entry.guid if entry is not None else source.url))

    def _published(self, entry: FeedEntry | None) -> datetime | None:
        # A date in the future would keep an item at the top of every digest: clamp it.
        if entry is None or entry.published is None:
            return None
        return min(entry.published, self.now)

    async def _record(
        self, source: _Due, outcome: SourceOutcome, validators: tuple[str | None, str | None]
    ) -> None:
        async with self.sessions() as session:
            row = await session.get(Source, source.id)
            if row is None:
                return  # removed while we polled it
            row.last_polled_at = self.now
            if outcome.ok:
                row.error_count, row.last_error = 0, None
                etag, last_modified = validators
                row.etag = etag or row.etag
                row.last_modified = last_modified or row.last_modified
                row.next_poll_at = self.now + timedelta(minutes=self.config.feeds.poll_minutes)
            else:
                row.error_count = source.error_count + 1
                row.last_error = outcome.error
                # A server that says when to come back (429/503 Retry-After) is asked no sooner.
                wait = max(backoff(self.config, row.error_count),
                           outcome.retry_after or timedelta(0))
                row.next_poll_at = self.now + wait
            outcome.next_poll_at = row.next_poll_at
            await session.commit()
            if outcome.ok and outcome.moved_to:
                # As feed readers do on 301/308: the old address may not redirect forever.
                row.url = outcome.moved_to
                try:
                    await session.commit()
                except IntegrityError:
                    await session.rollback()  # another source has that address: leave it be


async def _remember_alias(session: AsyncSession, link: str, article: Article) -> None:
    """Record that a feed's ``link`` leads to ``article`` when the article is stored under
    another address (the link redirects, or the page names another canonical one)."""
    alias = canonical_url(link)
    if not alias or alias == article.canonical_url:
        return
    session.add(ArticleAlias(canonical_url=alias, article_id=article.id))
    try:
        await session.commit()
    except IntegrityError:
        await session.rollback()  # another poller recorded it first: nothing is lost


async def _at_most(at_once: int, jobs: Sequence[Awaitable[None]]) -> None:
    """Await ``jobs``, no more than ``at_once`` of them at a time."""
    gate = asyncio.Semaphore(at_once)

    async def gated(job: Awaitable[None]) -> None:
        async with gate:
            await job

    await asyncio.gather(*(gated(job) for job in jobs))


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def _broken(outcome: SourceOutcome, entry: FeedEntry, exc: Exception) -> None:
    outcome.failed += 1
    outcome.entry_errors.append(f"{entry.link or entry.guid}: {type(exc).__name__}: {exc}")


def _as_page(feed_text: str) -> str:
    """A feed's text (an HTML fragment) as a page: trafilatura finds nothing in a fragment that
    is a single <p> or bare text, which is how most feeds give an entry's summary."""
    return f"<html><body><div>{feed_text}</div></body></html>"


def _count(outcome: SourceOutcome, result: IngestResult, where: str) -> None:
    if result.created:
        outcome.stored += 1
    elif result.duplicate:
        outcome.duplicates += 1
    else:
        outcome.failed += 1
        outcome.entry_errors.append(f"{where}: {result.reason}")  # say why, not just how many


def _newest_first(entry: FeedEntry) -> float:
    return -entry.published.timestamp() if entry.published else 0.0
