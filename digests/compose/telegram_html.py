"""THE one place Telegram HTML is built (DESIGN.md §6).

Every text we did not write goes through :func:`digests.compose.text.showable` and
``html.escape``; links must be absolute http(s) URLs. A digest is split into messages only between
stories, each under Telegram's limits: 4096 characters of visible text (UTF-16 units, as Telegram
counts), 4096 raw characters, 100 entities. A story too big for one message is shrunk field by
field on plain text before escaping, so no cut ever lands inside a tag or an entity.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from digests.compose.digest import ComposedDigest, DigestEntry
from digests.compose.shown import FULL, Limits, shown_story
from digests.compose.text import (
    format_since,
    safe_link,
    shorten,
    showable,
    stories_count,
    utf16_len,
)

MAX_MESSAGE_CHARS = 4096
MAX_ENTITIES = 100
# Room kept in every message for the header and the blank line before a story.
_RESERVE = 200
# An escaped href longer than this is dropped: a link must never crowd out the story itself.
_MAX_HREF_RAW = 1500
BULLET = "•"
# A footer is one line of advice; it must never crowd a story out of its message.
MAX_FOOTER_CHARS = 300


@dataclass(frozen=True)
class MessagePart:
    """One Telegram message: its HTML, and the URL to preview (None: preview disabled)."""

    html: str
    preview_url: str | None = None


# Tried in order until the story fits; the last one always fits (see _RESERVE and _MAX_HREF_RAW).
_LIMITS = (
    FULL,
    Limits(title=200, source=60, also=3, point=200, points=3, quote=250, speaker=60),
    Limits(title=120, source=40, also=2, point=100, points=2, quote=120, speaker=40),
    Limits(title=60, source=30, also=0, point=0, points=0, quote=0, speaker=0),
)


class _Builder:
    """HTML pieces with a running count of visible characters and entities."""

    def __init__(self) -> None:
        self._pieces: list[str] = []
        self.visible = 0
        self.entities = 0

    def text(self, plain: str) -> None:
        self._pieces.append(html.escape(plain, quote=False))
        self.visible += utf16_len(plain)

    def markup(self, tag: str, attrs: str = "") -> None:
        # Only ever called with literal tags written here, never with outside text.
        self._pieces.append(f"<{tag}{attrs}>")
        self.entities += 1

    def close(self, tag: str) -> None:
        self._pieces.append(f"</{tag}>")

    @property
    def html(self) -> str:
        return "".join(self._pieces)


@dataclass(frozen=True)
class _Block:
    html: str
    visible: int
    entities: int

    @property
    def raw(self) -> int:
        return utf16_len(self.html)


def _href(url: str) -> str | None:
    link = safe_link(url)
    if link is None:
        return None
    escaped = html.escape(link, quote=True)
    return escaped if len(escaped) <= _MAX_HREF_RAW else None


def _story_block(number: int, entry: DigestEntry, limits: Limits) -> _Block:
    story = shown_story(entry, limits)
    href = _href(entry.url)
    b = _Builder()
    b.markup("b")
    b.text(f"{number}. ")
    if href is not None:
        b.markup("a", f' href="{href}"')
        b.text(story.title)
        b.close("a")
    else:
        b.text(story.title)
    b.close("b")
    if story.source_line:
        b.text("\n" + story.source_line)
    for point in story.points:
        b.text(f"\n{BULLET} {point}")
    if story.quote:
        b.text("\n")
        b.markup("i")
        b.text(f"“{story.quote}”")
        b.close("i")
        if story.speaker:
            b.text(f" — {story.speaker}")
    return _Block(b.html, b.visible, b.entities)


def _fits(block: _Block, limit: int) -> bool:
    return block.visible <= limit and block.raw <= limit and block.entities <= MAX_ENTITIES


def _fitted_story_block(number: int, entry: DigestEntry) -> _Block:
    """The story's block at the largest limits that leave room for a header in its message."""
    limit = MAX_MESSAGE_CHARS - _RESERVE
    for limits in _LIMITS:
        block = _story_block(number, entry, limits)
        if _fits(block, limit):
            return block
    return block  # the smallest limits: fit by construction


def _header_block(count: int) -> _Block:
    b = _Builder()
    b.markup("b")
    b.text(f"Your digest — {stories_count(count)}")
    b.close("b")
    return _Block(b.html, b.visible, b.entities)


def _empty_text(digest: ComposedDigest) -> str:
    if digest.since is not None:
        when = format_since(digest.since, digest.timezone, digest.composed_at)
        return f"Nothing new since {when}. New stories will be in your next digest."
    return "Nothing new right now. New stories will be in your next digest."


_SEPARATOR = "\n\n"


def _pack(blocks: Sequence[_Block]) -> list[str]:
    """Greedy packing of whole blocks into messages; a message break only between blocks."""
    messages: list[str] = []
    current: list[_Block] = []
    visible = raw = entities = 0
    for block in blocks:
        extra = len(_SEPARATOR) if current else 0
        if current and (
            visible + extra + block.visible > MAX_MESSAGE_CHARS
            or raw + extra + block.raw > MAX_MESSAGE_CHARS
            or entities + block.entities > MAX_ENTITIES
        ):
            messages.append(_SEPARATOR.join(b.html for b in current))
            current, visible, raw, entities, extra = [], 0, 0, 0, 0
        current.append(block)
        visible += extra + block.visible
        raw += extra + block.raw
        entities += block.entities
    if current:
        messages.append(_SEPARATOR.join(b.html for b in current))
    return messages


def _footer_block(footer: str) -> _Block:
    b = _Builder()
    b.text(shorten(showable(footer), MAX_FOOTER_CHARS))
    return _Block(b.html, b.visible, b.entities)


def render_parts(digest: ComposedDigest, *, footer: str = "") -> list[MessagePart]:
    """The digest as Telegram HTML messages, in sending order; never empty.

    The first message previews the top story's link (when it has a safe one); the others have
    previews disabled, so a digest does not fill the chat with cards. ``footer`` (plain text,
    escaped here) ends the last message, after the stories: a line such as a tip that belongs
    after the digest, not before it.
    """
    if digest.empty:
        return [MessagePart(html.escape(_empty_text(digest), quote=False), None)]
    blocks = [_header_block(len(digest.items))]
    blocks += [_fitted_story_block(n, entry) for n, entry in enumerate(digest.items, start=1)]
    if footer.strip():
        blocks.append(_footer_block(footer))
    messages = _pack(blocks)
    preview = safe_link(digest.items[0].url)
    return [
        MessagePart(text, preview if index == 0 else None) for index, text in enumerate(messages)
    ]
