"""Small builders for a real database in compose tests (ORM rows, committed by the caller)."""

from __future__ import annotations

import itertools
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from digests.store.models import Article, Chat, Digest, DigestItem, QuoteRow, Source, Story

_counter = itertools.count(1)


async def add_source(session: AsyncSession, name: str) -> Source:
    source = Source(url=f"https://{name.lower().replace(' ', '-')}.example/feed", name=name)
    session.add(source)
    await session.flush()
    return source


async def add_story(
    session: AsyncSession, *, at: datetime, article_count: int = 1, source_count: int = 1
) -> Story:
    story = Story(article_count=article_count, source_count=source_count, first_seen_at=at,
                  updated_at=at)
    session.add(story)
    await session.flush()
    return story


async def add_article(
    session: AsyncSession,
    story: Story,
    source: Source,
    *,
    title: str,
    fetched_at: datetime,
    published_at: datetime | None = None,
    key_points: list[str] | None = None,
    quotes: list[tuple[str, str | None]] = (),  # type: ignore[assignment]
    lead: bool = False,
) -> Article:
    n = next(_counter)
    article = Article(
        story_id=story.id,
        source_id=source.id,
        source_name=source.name,
        url=f"https://{n}.example/a",
        canonical_url=f"https://{n}.example/a",
        title=title,
        fetched_at=fetched_at,
        published_at=published_at,
        content_hash=f"hash-{n}",
        key_points=key_points if key_points is not None else [f"{title} happened."],
    )
    session.add(article)
    await session.flush()
    for rank, (text, speaker) in enumerate(quotes):
        session.add(QuoteRow(article_id=article.id, rank=rank, text=text, speaker=speaker))
    if lead:
        story.lead_article_id = article.id
    await session.flush()
    return article


async def add_chat(session: AsyncSession, telegram_id: int = 1001, **settings: object) -> Chat:
    chat = Chat(telegram_id=telegram_id, subscribed=True, **settings)
    session.add(chat)
    await session.flush()
    return chat


async def mark_delivered(session: AsyncSession, chat: Chat, article: Article) -> None:
    digest = Digest(chat_id=chat.id, kind="manual", status="sent")
    session.add(digest)
    await session.flush()
    assert article.story_id is not None
    session.add(DigestItem(digest_id=digest.id, chat_id=chat.id, story_id=article.story_id,
                           article_id=article.id))
    await session.flush()
