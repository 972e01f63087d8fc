"""Making stored text safe to show: strip what Telegram (or a terminal) rejects, fit lengths.

Everything here works on plain text before any escaping, so shortening can never cut through an
HTML tag or an entity such as ``&amp;``.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# C0/C1 controls (ESC would also let a title drive a terminal), lone surrogates (Telegram answers
# "strings must be encoded in UTF-8"), noncharacters, and bidi embeddings/overrides/isolates:
# an unterminated override in a title would reorder the text we write after it.
_UNSHOWABLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
    "\u202a-\u202e\u2066-\u2069]"
)
ELLIPSIS = "…"
MAX_URL_CHARS = 2048


def showable(text: str) -> str:
    """``text`` on one line: unshowable characters removed, runs of whitespace made one space."""
    return " ".join(_UNSHOWABLE.sub("", text).split())


# A headline may end in the separator that joined it to a subheading the feed left off
# ("Markets are never ready for the Fed;"); a reader sees a sentence cut short.
_DANGLING = " ;:,"


def showable_title(title: str) -> str:
    """A story title as :func:`showable` makes it, without a dangling separator at its end."""
    return showable(title).rstrip(_DANGLING)


def shorten(text: str, limit: int) -> str:
    """At most ``limit`` characters, cut at a word boundary when one is near, marked with "…"."""
    if len(text) <= limit:
        return text
    if limit <= 1:
        return ELLIPSIS if limit == 1 else ""
    head = text[: limit - 1]
    space = head.rfind(" ")
    if space >= (limit * 3) // 4:
        head = head[:space]
    return head.rstrip() + ELLIPSIS


def utf16_len(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units (an emoji outside the BMP counts 2)."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def safe_link(url: str) -> str | None:
    """``url`` if it is an absolute http(s) link we are willing to put in ``href``, else None."""
    url = url.strip()
    if not url or len(url) > MAX_URL_CHARS:
        return None
    if _UNSHOWABLE.search(url) or any(ch.isspace() for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in {"http", "https"} or not parts.hostname:
        return None
    return url


def format_since(moment: datetime, timezone: str, now: datetime | None = None) -> str:
    """A cursor time as the chat reads it, in its zone: "08:00 today (Europe/Berlin)",
    "yesterday, 18:30 (…)", "26 Nov, 08:00 (…)" earlier this year, "26 Nov 2025, 08:00 (…)"
    before. Without ``now`` the date is always given in full."""
    try:
        zone = ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        zone, timezone = ZoneInfo("UTC"), "UTC"
    local = moment.astimezone(zone)
    clock = f"{local:%H:%M}"
    when = f"{local.day} {local:%b %Y}, {clock}"
    if now is not None:
        # "Today" is the chat's day: 23:30 UTC is already tomorrow in Tokyo.
        today = now.astimezone(zone).date()
        if local.date() == today:
            when = f"{clock} today"
        elif local.date() == today - timedelta(days=1):
            when = f"yesterday, {clock}"
        elif local.year == today.year:
            when = f"{local.day} {local:%b}, {clock}"
    return f"{when} ({zone_shown(timezone)})"


# "Etc/GMT-3" is three hours ahead of UTC: the POSIX sign reads backwards.
_ETC_OFFSET = re.compile(r"^Etc/GMT([+-])(\d{1,2})$")


def zone_shown(name: str) -> str:
    """How to show a chat's zone: 'Etc/GMT-3' -> 'UTC+3' (the inverse of
    schedule.zone_names._offset_zone)."""
    offset = _ETC_OFFSET.match(name)
    if offset is None:
        return name
    hours = int(offset.group(2))
    if hours == 0:
        return "UTC"
    return f"UTC{'-' if offset.group(1) == '+' else '+'}{hours}"


def stories_count(count: int) -> str:
    return f"{count} story" if count == 1 else f"{count} stories"
