"""The composed digest: plain values that renderers and the outbox read, with no ORM attached."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class EntryQuote:
    """The best stored quote of an entry's article, with who said it (``None`` if unknown)."""

    text: str
    speaker: str | None


@dataclass(frozen=True)
class DigestEntry:
    """One story in a digest, shown through its lead (or best) article."""

    story_id: int
    article_id: int
    title: str
    url: str
    source_name: str
    also_sources: tuple[str, ...] = ()
    key_points: tuple[str, ...] = ()
    quote: EntryQuote | None = None
    published_at: datetime | None = None


@dataclass(frozen=True)
class ComposedDigest:
    """What a chat would get now.

    ``cursor_to`` is the highest article id the selection considered: the caller moves the chat's
    cursor there once the digest is enqueued, so those articles are not considered again.
    ``since`` is the chat's previous cursor time, for a "nothing new since …" reply, and
    ``timezone`` the chat's IANA zone, so renderers can show that time as the chat reads it;
    ``composed_at`` lets them say "today" or "yesterday" rather than the date.
    """

    items: tuple[DigestEntry, ...] = field(default_factory=tuple)
    cursor_to: int = 0
    since: datetime | None = None
    timezone: str = "UTC"
    composed_at: datetime | None = None

    @property
    def empty(self) -> bool:
        return not self.items

    @property
    def story_ids(self) -> tuple[int, ...]:
        return tuple(item.story_id for item in self.items)
