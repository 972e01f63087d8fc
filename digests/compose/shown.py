"""What a digest shows of one story: its fields as plain text, each cut to a limit.

Both renderings (Telegram HTML and the CLI's plain text) show what this module gives them, so
``digest --preview`` reads as the chat will; they differ only in markup. Telegram's message limits
may make the HTML rendering try smaller :class:`Limits` for a story that does not fit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from digests.compose.cuts import without_dangling_end
from digests.compose.digest import DigestEntry
from digests.compose.text import ELLIPSIS, shorten, showable, showable_title
from digests.compose.title_labels import without_label

UNTITLED = "Untitled story"


@dataclass(frozen=True)
class Limits:
    """Character limits for one story's fields (plain text, before any escaping)."""

    title: int
    source: int
    also: int  # how many other sources are named
    point: int
    points: int
    quote: int
    speaker: int


# What a story shows when nothing forces it smaller. The quote gets about what a point does
# (ingest keeps points to ~200 characters) and what quote ranking counts a good length (8-40
# words): an answer of six sentences under three points doubles what the reader has to read.
FULL = Limits(title=300, source=80, also=5, point=400, points=5, quote=250, speaker=80)


@dataclass(frozen=True)
class ShownStory:
    title: str
    source_line: str  # "Source · also: B, C +2 more", or "" when no source is known
    points: list[str]
    quote: str  # "" when the story shows no quote
    speaker: str


def shown_story(entry: DigestEntry, limits: Limits = FULL) -> ShownStory:
    """The fields of ``entry`` as the reader sees them, within ``limits``."""
    points = [
        without_dangling_end(shorten(showable(p), limits.point))
        for p in entry.key_points[: limits.points]
    ]
    quote = entry.quote
    quote_text = speaker = ""
    if quote is not None:
        quote_text = shorten_quote(showable(quote.text), limits.quote)
        if quote_text:
            speaker = shorten(showable(quote.speaker or ""), limits.speaker)
    points = [p for p in points if p]
    title = shorten(without_label(showable_title(entry.title)), limits.title)
    if not title and points:
        # A page that printed no headline: its first key point says what the story is.
        title, points = shorten(points[0], limits.title), points[1:]
    return ShownStory(
        title=title or UNTITLED,
        source_line=_source_line(entry, limits),
        points=points,
        quote=quote_text,
        speaker=speaker,
    )


def _source_line(entry: DigestEntry, limits: Limits) -> str:
    source = shorten(showable(entry.source_name), limits.source)
    names = [shorten(showable(n), limits.source) for n in entry.also_sources]
    names = [n for n in names if n]
    shown = names[: limits.also]
    also = ", ".join(shown)
    if len(names) > len(shown) and shown:
        also += f" +{len(names) - len(shown)} more"
    if source and also:
        return f"{source} · also: {also}"
    return source or (f"also: {also}" if also else "")


# A sentence's end inside a quote: its mark (and a closing quote mark), then a space.
_SENTENCE_END = re.compile(r"[.!?][\"'”’»)]*(?= )")


def shorten_quote(text: str, limit: int) -> str:
    """A long quote cut after its last whole sentence that fits, marked with "…"; cut at a word
    only when that sentence would leave less than half the room used (a reader of a quote cut
    mid-sentence cannot tell what the speaker went on to say)."""
    if len(text) <= limit:
        return text
    if limit <= 2:
        return shorten(text, limit)
    room = text[: limit - 2]  # the cut text, a space and the ellipsis
    ends = [match.end() for match in _SENTENCE_END.finditer(room)]
    if ends and ends[-1] >= limit // 2:
        return f"{text[: ends[-1]]} {ELLIPSIS}"
    return shorten(text, limit)
