"""RSS 0.9x/1.0/2.0 and Atom parsing with feedparser, after refusing entity tricks.

feedparser parses with expat, which expands internal entities: a "billion laughs" document
would eat memory. defusedxml looks first and refuses any ENTITY declaration or external
reference; real feeds never need one.
"""

from __future__ import annotations

import io
import re
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit
from xml.etree.ElementTree import ParseError
from xml.sax import SAXException

import defusedxml
import defusedxml.ElementTree as DefusedET
import feedparser
import lxml.html

_ENTITY_DECL = re.compile(rb"<!ENTITY", re.I)
# C0 controls other than white space, DEL and C1 controls: never meant to be seen in a title;
# nor soft hyphens, zero-width spaces, word joiners and byte-order marks, which print as
# nothing and cut a word in two for every test of words ("Bundes\u00adkanzler").
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u200b\u2060\ufeff]")


class FeedError(Exception):
    """A feed we cannot or will not read; the message is one human line."""


@dataclass(frozen=True)
class FeedEntry:
    link: str
    guid: str
    title: str
    summary_html: str = ""
    content_html: str = ""
    published: datetime | None = None  # aware, UTC

    @property
    def body_html(self) -> str:
        """The fullest HTML the feed gives for this entry (content beats summary)."""
        return self.content_html or self.summary_html


@dataclass(frozen=True)
class ParsedFeed:
    url: str
    title: str
    link: str = ""
    version: str = ""  # feedparser's name: "rss20", "atom10", "rss10", "rss091u", …
    entries: list[FeedEntry] = field(default_factory=list)


def refuse_entities(data: bytes, url: str) -> None:
    """Raise FeedError when the document declares entities or references external ones."""
    if _ENTITY_DECL.search(data):
        raise FeedError(f"{url}: refused: the feed declares XML entities (a possible XML bomb)")
    try:
        DefusedET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except (defusedxml.EntitiesForbidden, defusedxml.ExternalReferenceForbidden):
        raise FeedError(
            f"{url}: refused: the feed declares XML entities (a possible XML bomb)"
        ) from None
    except (ParseError, ValueError):
        pass  # malformed XML: feedparser's lenient parser decides what can be recovered


def parse_feed(data: bytes, url: str) -> ParsedFeed:
    """Parse a feed document fetched from ``url``; raise FeedError when it is not a feed."""
    if not data.strip():
        raise FeedError(f"{url}: not a feed (the document is empty)")
    refuse_entities(data, url)
    parsed: Any = feedparser.parse(
        io.BytesIO(data), response_headers={"content-location": url}
    )
    entries = [e for e in (_entry(raw, url) for raw in parsed.entries) if e is not None]
    if not entries and (_malformed(parsed) or not parsed.version):
        raise FeedError(f"{url}: not a feed (no RSS or Atom entries found)")
    feed = parsed.feed
    return ParsedFeed(
        url=url,
        title=_title(feed),
        link=_http_link(feed.get("link"), url),
        version=str(parsed.version or ""),
        entries=entries,
    )


def _malformed(parsed: Any) -> bool:
    # feedparser also flags harmless things (no Content-Type given, a charset override);
    # only a broken XML document means an empty entry list cannot be trusted.
    return bool(parsed.bozo) and isinstance(parsed.get("bozo_exception"), SAXException)


def _entry(raw: Any, feed_url: str) -> FeedEntry | None:
    link = _http_link(raw.get("link"), feed_url)
    guid = _text(raw.get("id")) or link
    title = _title(raw)
    if not (link or guid):
        return None  # nothing to identify or fetch it by
    return FeedEntry(
        link=link,
        guid=guid,
        title=title,
        summary_html=_text(raw.get("summary")),
        content_html=_longest_content(raw.get("content")),
        published=_published(raw),
    )


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _title(raw: Any) -> str:
    """A feed's or an entry's title as plain text on one line.

    feedparser hands over an HTML title (Atom type="html" or "xhtml", or RSS markup) as markup:
    stored as it is, a digest would show "Q&amp;A <em>now</em>" instead of "Q&A now".
    """
    title = _text(raw.get("title"))
    detail = raw.get("title_detail")
    media_type = detail.get("type", "") if hasattr(detail, "get") else ""
    if title and "html" in str(media_type):
        title = lxml.html.fragment_fromstring(title, create_parent="div").text_content()
    return " ".join(_CONTROL_CHARS.sub("", title).split())


def _http_link(value: Any, base: str) -> str:
    link = _text(value)
    if not link:
        return ""
    absolute = urljoin(base, link)
    return absolute if urlsplit(absolute).scheme in {"http", "https"} else ""


def _longest_content(contents: Any) -> str:
    if not isinstance(contents, list):
        return ""
    values = [_text(c.get("value")) for c in contents if hasattr(c, "get")]
    return max(values, key=len, default="")


def _published(raw: Any) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = raw.get(key)
        if isinstance(value, time.struct_time):
            try:
                return datetime(*value[:6], tzinfo=UTC)
            except ValueError:
                continue
    return None
