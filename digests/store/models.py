"""SQLAlchemy 2 ORM models: the database is the source of truth for everything that must survive
a restart (DESIGN.md §2, §4, §5)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite stores naive values)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {  # noqa: RUF012 - SQLAlchemy reads this class attribute
        datetime: UTCDateTime,
        dict[str, Any]: JSON,
        list[str]: JSON,
    }


class Source(Base):
    """A feed or site we fetch from."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(Text, unique=True)
    kind: Mapped[str] = mapped_column(String(16), default="feed")  # "feed" or "page"
    name: Mapped[str] = mapped_column(String(300), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    last_polled_at: Mapped[datetime | None]
    next_poll_at: Mapped[datetime | None] = mapped_column(index=True)
    error_count: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    articles: Mapped[list[Article]] = relationship(back_populates="source")


class Story(Base):
    """Articles about the same event, from one or more sources."""

    __tablename__ = "stories"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(Text, default="")
    lead_article_id: Mapped[int | None] = mapped_column(Integer)
    article_count: Mapped[int] = mapped_column(Integer, default=1)
    source_count: Mapped[int] = mapped_column(Integer, default=1)
    first_seen_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)

    articles: Mapped[list[Article]] = relationship(back_populates="story")


class Article(Base):
    """A cleaned article with its analysis (DESIGN.md §3: analysed once, at ingest)."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int | None] = mapped_column(
        ForeignKey("sources.id", ondelete="SET NULL"), index=True
    )
    story_id: Mapped[int | None] = mapped_column(
        ForeignKey("stories.id", ondelete="SET NULL"), index=True
    )
    url: Mapped[str] = mapped_column(Text, default="")
    canonical_url: Mapped[str | None] = mapped_column(Text, unique=True)
    source_name: Mapped[str] = mapped_column(String(300), default="")
    title: Mapped[str] = mapped_column(Text, default="")
    byline: Mapped[str] = mapped_column(Text, default="")
    standfirst: Mapped[list[str]] = mapped_column(default=list)
    paragraphs: Mapped[list[str]] = mapped_column(default=list)
    language: Mapped[str] = mapped_column(String(16), default="")
    published_at: Mapped[datetime | None]
    fetched_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    # 64-bit SimHash stored signed so it fits BIGINT on every backend.
    signature: Mapped[int] = mapped_column(BigInteger, default=0)
    key_points: Mapped[list[str]] = mapped_column(default=list)
    analysed_at: Mapped[datetime | None]

    source: Mapped[Source | None] = relationship(back_populates="articles")
    story: Mapped[Story | None] = relationship(back_populates="articles")
    quotes: Mapped[list[QuoteRow]] = relationship(
        back_populates="article", cascade="all, delete-orphan", order_by="QuoteRow.rank"
    )


class ArticleAlias(Base):
    """Another address that led to a stored article: a feed's link that redirects, or that the
    page's canonical address replaced. Polls look links up here too, so a feed that keeps
    listing such a link does not make us fetch and clean its page again every time."""

    __tablename__ = "article_aliases"

    canonical_url: Mapped[str] = mapped_column(Text, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )


class PendingPage(Base):
    """A feed entry whose page failed for a reason that passes (a 429 or 5xx answer, a
    timeout): kept with what the feed said, so later polls fetch the page again and, should it
    never come, store the feed's own text instead. Its address counts as known meanwhile, so
    the entry is neither fetched twice nor kept twice."""

    __tablename__ = "pending_pages"
    __table_args__ = (Index("ix_pending_pages_due", "source_id", "next_try_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"))
    link: Mapped[str] = mapped_column(Text)  # as the feed gave it
    canonical_url: Mapped[str] = mapped_column(Text, unique=True)
    guid: Mapped[str] = mapped_column(Text, default="")
    title: Mapped[str] = mapped_column(Text, default="")
    feed_html: Mapped[str] = mapped_column(Text, default="")  # the entry's content or summary
    published_at: Mapped[datetime | None]
    attempts: Mapped[int] = mapped_column(Integer, default=1)
    first_tried_at: Mapped[datetime]
    next_try_at: Mapped[datetime]
    last_error: Mapped[str] = mapped_column(Text, default="")


class QuoteRow(Base):
    """A direct quote found in an article, with its speaker and position."""

    __tablename__ = "quotes"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    rank: Mapped[int] = mapped_column(Integer, default=0)  # 0 = the best quote for a digest
    position: Mapped[int] = mapped_column(Integer, default=0)  # paragraph index in the text
    text: Mapped[str] = mapped_column(Text)
    speaker: Mapped[str | None] = mapped_column(Text)

    article: Mapped[Article] = relationship(back_populates="quotes")


class Chat(Base):
    """A Telegram chat (private, group, supergroup or channel) and its digest settings."""

    __tablename__ = "chats"

    id: Mapped[int] = mapped_column(primary_key=True)
    telegram_id: Mapped[int] = mapped_column(BigInteger, unique=True)
    type: Mapped[str] = mapped_column(String(16), default="private")
    title: Mapped[str] = mapped_column(Text, default="")
    thread_id: Mapped[int | None] = mapped_column(BigInteger)  # forum topic for digests
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    send_times: Mapped[list[str]] = mapped_column(default=list)  # "HH:MM", local time
    # The article language the chat wants ("any", or a code such as "en" or "de").
    language: Mapped[str] = mapped_column(String(16), default="any")
    digest_size: Mapped[int] = mapped_column(Integer, default=5)
    include_terms: Mapped[list[str]] = mapped_column(default=list)
    exclude_terms: Mapped[list[str]] = mapped_column(default=list)
    subscribed: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    inactive_reason: Mapped[str | None] = mapped_column(Text)
    # The cursor: the highest article id the chat's last digest covered (DESIGN.md §4).
    cursor_article_id: Mapped[int] = mapped_column(BigInteger, default=0)
    cursor_at: Mapped[datetime | None]
    # The latest schedule slot (UTC) already enqueued: a slot is never enqueued twice.
    last_slot_at: Mapped[datetime | None]
    next_slot_at: Mapped[datetime | None] = mapped_column(index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    subscriptions: Mapped[list[Subscription]] = relationship(
        back_populates="chat", cascade="all, delete-orphan"
    )


class Subscription(Base):
    """A chat's choice of one source; a subscribed chat with none gets every source."""

    __tablename__ = "subscriptions"
    __table_args__ = (
        UniqueConstraint("chat_id", "source_id", name="uq_subscriptions_chat_source"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    chat_id: Mapped[int] = mapped_column(ForeignKey("chats.id", ondelete="CASCADE"), index=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    chat: Mapped[Chat] = relationship(back_populates="subscriptions")


class Digest(Base):
    """The outbox (DESIGN.md §5): one digest to send to one chat, rendered at enqueue time."""

    __tablename__ = "digests"
    __table_args__ = (
        UniqueConstraint("chat_id", "slot_at", name="uq_digests_chat_slot"),
        Index("ix_digests_due", "status", "not_before"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    chat_id: Mapped[int] = mapped_column(ForeignKey("chats.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16), default="scheduled")  # scheduled | manual
    slot_at: Mapped[datetime | None]  # the schedule slot (UTC); NULL for /digest
    status: Mapped[str] = mapped_column(String(16), default="pending")
    # pending -> sending -> sent | failed | cancelled
    parts: Mapped[list[str]] = mapped_column(default=list)  # Telegram HTML messages
    # The link the first message previews, as the renderer chose it (None: no preview).
    preview_url: Mapped[str | None] = mapped_column(Text)
    parts_sent: Mapped[int] = mapped_column(Integer, default=0)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    not_before: Mapped[datetime] = mapped_column(default=utcnow)
    claimed_by: Mapped[str | None] = mapped_column(String(100))
    claimed_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    cursor_from: Mapped[int] = mapped_column(BigInteger, default=0)
    cursor_to: Mapped[int] = mapped_column(BigInteger, default=0)
    reply_to_message_id: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]

    items: Mapped[list[DigestItem]] = relationship(
        back_populates="digest", cascade="all, delete-orphan"
    )
    deliveries: Mapped[list[Delivery]] = relationship(
        back_populates="digest", cascade="all, delete-orphan"
    )


class DigestItem(Base):
    """A story a digest covers: what stops a chat getting the same story twice."""

    __tablename__ = "digest_items"
    __table_args__ = (Index("ix_digest_items_chat_story", "chat_id", "story_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    digest_id: Mapped[int] = mapped_column(ForeignKey("digests.id", ondelete="CASCADE"))
    chat_id: Mapped[int] = mapped_column(ForeignKey("chats.id", ondelete="CASCADE"))
    story_id: Mapped[int] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"))
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)

    digest: Mapped[Digest] = relationship(back_populates="items")


class Delivery(Base):
    """One Telegram message sent for a digest, with the id Telegram gave it."""

    __tablename__ = "deliveries"

    id: Mapped[int] = mapped_column(primary_key=True)
    digest_id: Mapped[int] = mapped_column(ForeignKey("digests.id", ondelete="CASCADE"), index=True)
    part: Mapped[int] = mapped_column(Integer, default=0)
    telegram_chat_id: Mapped[int] = mapped_column(BigInteger)
    message_id: Mapped[int] = mapped_column(BigInteger)
    sent_at: Mapped[datetime] = mapped_column(default=utcnow)

    digest: Mapped[Digest] = relationship(back_populates="deliveries")
