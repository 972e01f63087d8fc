"""Which stored key points a story shows: none that repeats the quote shown under it.

Key points and the best quote are chosen apart at ingest, so a point often carries the quote
itself, or its first sentence ('X said, "…"', '"…," X said on Monday'), or a later sentence of it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from digests.compose.digest import EntryQuote
from digests.word_runs import shares_run

# Words in a row that a point and the quote share before the point counts as a repeat: long
# enough that a shared name or stock phrase ("the White House said") is not one.
REPEAT_RUN = 8
# A passage of the quote quoted inside a point makes the point a repeat when it is at least this
# share of the point's words ('"I think she will," X replied.'); a lead sentence that borrows a
# phrase of it ('X called Y "the most valuable player" for ISIS on Thursday') carries news.
QUOTED_SHARE = 0.5
_WORD = re.compile(r"\w+")
_QUOTED = re.compile(r'[“"«„]([^”"»“]+)[”"»“]')
# A point that opens with a quoted passage set off by a comma ('“Of course it’s not
# appropriate,” Cruz said in response to…'; German and French put the comma after the mark:
# '„Wir bleiben“, sagte er'): the words after it say who said it, and where, which the quote's
# speaker line says too.
# Fewer words ('“Yes,” Lee said, and the council…') are found in most quotes by chance.
MIN_OPENING_WORDS = 3
_OPENING_QUOTE = re.compile(r'^\s*[“"«„]([^”"»“]+?)(?:,\s*[”"»“]|\s*[”"»“]\s*,)')


# A scheduled run shows the same few stories to thousands of chats: each pair of points and
# quote is compared once.
@lru_cache(maxsize=2048)
def points_beside(points: tuple[str, ...], quote: EntryQuote | None) -> tuple[str, ...]:
    """Key points without those that repeat the quote shown under them."""
    if quote is None:
        return points
    quoted = _plain_words(quote.text)
    if quoted == " ":
        return points
    return tuple(p for p in points if not _repeats_quote(p, quoted))


def _repeats_quote(point: str, quoted: str) -> bool:
    words = _plain_words(point)
    if words == " ":
        return False
    if quoted in words or words in quoted:
        return True
    opening = _OPENING_QUOTE.match(point)
    if opening is not None:
        passage = _plain_words(opening.group(1))
        if len(passage.split()) >= MIN_OPENING_WORDS and passage in quoted:
            return True
    split = words.split()
    for passage in _QUOTED.findall(point):
        inner = _plain_words(passage)
        share = len(inner.split()) / len(split)
        if share >= QUOTED_SHARE and inner in quoted:
            return True
    return shares_run(split, quoted.split(), REPEAT_RUN)


def _plain_words(text: str) -> str:
    """The words of ``text`` in lower case, one space apart and around, so that one text is
    inside another (``in``) only as whole words."""
    return f" {' '.join(_WORD.findall(text.casefold()))} "
