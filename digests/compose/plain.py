"""The digest as plain text, for the CLI: the same content as the Telegram rendering, no markup.

Stories show what :mod:`digests.compose.shown` gives, which passes stored text through
:func:`showable`, so a title cannot smuggle terminal escape codes.
"""

from __future__ import annotations

from digests.compose.digest import ComposedDigest, DigestEntry
from digests.compose.shown import shown_story
from digests.compose.text import format_since, safe_link, stories_count

_INDENT = "   "


def _entry_lines(number: int, entry: DigestEntry) -> list[str]:
    story = shown_story(entry)
    lines = [f"{number}. {story.title}"]
    if story.source_line:
        lines.append(_INDENT + story.source_line)
    link = safe_link(entry.url)
    if link:
        lines.append(_INDENT + link)
    lines.extend(f"{_INDENT}• {point}" for point in story.points)
    if story.quote:
        quote = f"{_INDENT}“{story.quote}”"
        lines.append(f"{quote} — {story.speaker}" if story.speaker else quote)
    return lines


def render_text(digest: ComposedDigest) -> str:
    """The whole digest as text ending in a newline; a friendly line when there is nothing new."""
    if digest.empty:
        if digest.since is not None:
            when = format_since(digest.since, digest.timezone, digest.composed_at)
            return f"Nothing new since {when}.\n"
        return "Nothing new right now.\n"
    blocks = [f"Your digest — {stories_count(len(digest.items))}"]
    for number, entry in enumerate(digest.items, start=1):
        blocks.append("\n".join(_entry_lines(number, entry)))
    return "\n\n".join(blocks) + "\n"
