"""Compose: pick the stories a chat should get and render them (Telegram HTML or plain text).

Composing only reads what analysis stored at ingest (DESIGN.md §3); it never re-parses or
re-analyses an article.
"""

from __future__ import annotations

from digests.compose.digest import ComposedDigest, DigestEntry, EntryQuote
from digests.compose.plain import render_text
from digests.compose.select import compose_digest
from digests.compose.telegram_html import MessagePart, render_parts

__all__ = [
    "ComposedDigest",
    "DigestEntry",
    "EntryQuote",
    "MessagePart",
    "compose_digest",
    "render_parts",
    "render_text",
]
