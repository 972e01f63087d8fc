"""The digest as plain text, for the CLI: the same content as the Telegram rendering, no markup.

Stored text is passed through :func:`showable`, so a title cannot smuggle terminal escape codes.
"""

from __future__ import annotations

from digests.compose.digest import ComposedDigest, DigestEntry
from digests.compose.text import (
    format_since,
    safe_link,
    showable,
    showable_title,
    stories_count,
)

_INDENT = "   "


def _entry_lines(number: int, entry: DigestEntry) -> list[str]:
    lines = [f"{number}. {showable_title(entry.title) or 'Untitled story'}"]
    source = showable(entry.source_name)
    also = ", ".join(n for n in (showable(a) for a in entry.also_sources) if n)
    if source or also:
        parts = [source] if source else []
        if also:
            parts.append(f"also: {also}")
        lines.append(_INDENT + " · ".join(parts))
    link = safe_link(entry.url)
    if link:
        lines.append(_INDENT + link)
    for point in entry.key_points:
        text = showable(point)
        if text:
            lines.append(f"{_INDENT}• {text}")
    if entry.quote is not None and showable(entry.quote.text):
        speaker = showable(entry.quote.speaker or "")
        quote = f"{_INDENT}“{showable(entry.quote.text)}”"
        lines.append(f"{quote} — {speaker}" if speaker else quote)
    return lines


def render_text(digest: ComposedDigest) -> str:
    """The whole digest as text ending in a newline; a friendly line when there is nothing new."""
    if digest.empty:
        if digest.since is not None:
            when = format_since(digest.since, digest.timezone)
            return f"Nothing new since {when}.\n"
        return "Nothing new right now.\n"
    blocks = [f"Your digest — {stories_count(len(digest.items))}"]
    for number, entry in enumerate(digest.items, start=1):
        blocks.append("\n".join(_entry_lines(number, entry)))
    return "\n\n".join(blocks) + "\n"
