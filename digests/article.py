"""The article as it flows through the pipeline: cleaned text, then its analysis.

These are plain values with no storage or Telegram attached; every stage takes and returns them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class CleanArticle:
    """What cleaning keeps of a page: title, byline, standfirst bullets and body paragraphs."""

    title: str = ""
    byline: str = ""
    standfirst: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    language: str = ""
    url: str = ""
    published: str = ""  # ISO 8601 when the page says, else ""

    @property
    def text(self) -> str:
        """The body as one text: standfirst bullets then paragraphs, a blank line between."""
        return "\n\n".join([*self.standfirst, *self.paragraphs])

    def to_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "byline": self.byline,
            "standfirst": list(self.standfirst),
            "paragraphs": list(self.paragraphs),
            "text": self.text,
        }


@dataclass(frozen=True)
class Quote:
    """A direct quote: its words without the quote marks, who said it, and where it starts.

    ``position`` is the index of the paragraph (counting standfirst bullets first, then body
    paragraphs, as in :attr:`CleanArticle.text`) where the quote begins.
    """

    text: str
    speaker: str | None
    position: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "speaker": self.speaker}


@dataclass
class Analysis:
    """What analysis finds once, at ingest, and what composing a digest later reads."""

    key_points: list[str] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    signature: int = 0  # 64-bit SimHash of the body, as an unsigned int

    def to_json(self) -> dict[str, Any]:
        return {
            "key_points": list(self.key_points),
            "quotes": [q.to_json() for q in self.quotes],
        }
