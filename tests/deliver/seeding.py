"""Rows for delivery and schedule tests: stories with stored analysis, and subscribed chats."""

from __future__ import annotations

import itertools
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from digests.schedule.slots import reschedule
from digests.store.models import Article, Chat, QuoteRow, Story

_counter = itertools.count(1)


async def add_story(
    session: AsyncSession,
    title: str,
    *,
    at: datetime,
    source: str = "Harbour Wire",
    quote: tuple[str, str] | None = None,
) -> Article:
    """A one-article story, analysed as ingest would have stored it."""
    n = next(_counter)
    story = Story(title=title, first_seen_at=at, updated_at=at)
    session.add(story)
    await session.flush()
    article = Article(
        story_id=story.id,
        url=f"https://news.example.org/{n}",
        canonical_url=f"https://news.example.org/{n}",
        source_name=source,
        title=title,
        byline="By Staff",
        paragraphs=[f"{title}. Body text number {n}."],
        published_at=at,
        fetched_at=at,
        content_hash=f"hash-{n}-{title}"[:64],
        key_points=[f"{title}: the first point.", "A second point with detail."],
        analysed_at=at,
    )
    if quote is not None:
        article.quotes = [QuoteRow(rank=0, position=0, text=quote[0], speaker=quote[1])]
    session.add(article)
    await session.flush()
    story.lead_article_id = article.id
    await session.flush()
    return article


async def add_chat(
    session: AsyncSession,
    telegram_id: int,
    *,
    now: datetime,
    times: list[str] | None = None,
    timezone: str = "UTC",
    chat_type: str = "private",
    subscribed: bool = True,
) -> Chat:
    chat = Chat(
        telegram_id=telegram_id,
        type=chat_type,
        title=f"chat {telegram_id}",
        timezone=timezone,
        send_times=times if times is not None else ["08:00"],
        digest_size=5,
        include_terms=[],
        exclude_terms=[],
        subscribed=subscribed,
        active=True,
        cursor_article_id=0,
        created_at=now,
    )
    if subscribed:
        reschedule(chat, now)
    session.add(chat)
    await session.flush()
    return chat
