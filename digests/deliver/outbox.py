"""The delivery outbox (DESIGN.md §5): digests are rows; senders claim, send and record them.

No Telegram types here. A digest is rendered when it is enqueued, in the same transaction that
records its stories and moves the chat's cursor, so a story is never both "sent" and "pending",
and a crash between the two cannot lose one. The senders' side (claiming, recording, failures)
lives in :mod:`digests.deliver.claims` and is re-exported here: this module is the outbox's
one entry point.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from digests.compose import ComposedDigest, compose_digest, render_parts
from digests.config import Config
from digests.deliver.claims import (
    MANUAL,
    SCHEDULED,
    ClaimedDigest,
    SentPart,
    cancel,
    claim,
    record_failure,
    record_sent,
    record_sent_many,
    release,
)
from digests.deliver.locking import lock_for_write
from digests.deliver.outcomes import Status
from digests.store.models import Chat, Digest, DigestItem

# PostgreSQL tells the process that sends (bot/primary.py) on this channel when a digest was
# queued, at the commit that makes the row visible: a digest another process queued goes out
# at once instead of at the sender's next look.
QUEUED_CHANNEL = "newsdigest_outbox"


async def store_composed(
    session: AsyncSession,
    chat: Chat,
    composed: ComposedDigest,
    *,
    kind: str,
    now: datetime,
    slot_at: datetime | None = None,
    reply_to_message_id: int | None = None,
    footer: str = "",
) -> Digest:
    """Insert the outbox row with rendered parts and its stories, and move the chat's cursor.

    ``footer`` is plain text that ends the digest's last message (see ``render_parts``).
    Flushes but does not commit: the caller owns the transaction.
    """
    parts = render_parts(composed, footer=footer)
    digest = Digest(
        chat_id=chat.id,
        kind=kind,
        slot_at=slot_at,
        status=Status.PENDING.value,
        parts=[part.html for part in parts],
        preview_url=parts[0].preview_url,
        parts_sent=0,
        attempts=0,
        not_before=now,
        cursor_from=chat.cursor_article_id,
        cursor_to=composed.cursor_to,
        reply_to_message_id=reply_to_message_id,
        created_at=now,
    )
    digest.items = [
        DigestItem(chat_id=chat.id, story_id=e.story_id, article_id=e.article_id, position=n)
        for n, e in enumerate(composed.items)
    ]
    session.add(digest)
    chat.cursor_article_id = max(chat.cursor_article_id, composed.cursor_to)
    chat.cursor_at = now
    await session.flush()
    if session.get_bind().dialect.name == "postgresql":
        await session.execute(text("SELECT pg_notify(:channel, '')"), {"channel": QUEUED_CHANNEL})
    return digest


async def request_digest(
    session: AsyncSession,
    chat: Chat,
    config: Config,
    *,
    now: datetime,
    reply_to_message_id: int | None = None,
    include_seen: bool = False,
    footer: str = "",
) -> Digest | None:
    """/digest: compose what is new for ``chat`` and queue it; None when there is nothing new.

    A ``footer`` (plain text) travels with the digest, so it arrives after the stories.

    Commits the caller's pending work first, then composes, stores and moves the cursor in one
    transaction of its own, so the sender can see the row as soon as this returns.
    """
    await session.commit()
    await lock_for_write(session, chat.id)
    await session.refresh(chat)
    composed = await compose_digest(session, chat, config, now=now, include_seen=include_seen)
    if composed.empty:
        await session.commit()
        return None
    digest = await store_composed(
        session, chat, composed, kind=MANUAL, now=now, reply_to_message_id=reply_to_message_id,
        footer=footer,
    )
    await session.commit()
    return digest


__all__ = [
    "MANUAL", "QUEUED_CHANNEL", "SCHEDULED", "ClaimedDigest", "SentPart", "cancel", "claim",
    "lock_for_write",
    "record_failure", "record_sent", "record_sent_many", "release", "request_digest",
    "store_composed",
]
