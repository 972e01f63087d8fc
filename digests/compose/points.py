"""Which stored key points a story shows: none that repeats the quote under it or a point above.

Key points and the best quote are chosen apart at ingest, so a point often carries the quote
itself, or its first sentence ('X said, "…"', '"…," X said on Monday'), or a later sentence of it.
And two sentences of one article may tell one fact around the same clause; ingest passes over
most such pairs, but a point cut short or stripped of its lead-in may no longer look like the
sentence it retells. A reader should see each thing once.
"""

from __future__ import annotations

import re
from functools import lru_cache

from digests.compose.digest import EntryQuote
from digests.word_runs import shares_run

# Words in a row that a point and the quote share before the point counts as a repeat: long
# enough that a shared name or stock phrase ("the White House said") is not one.
REPEAT_RUN = 8
# Words in a row that two points share when the second retells the first ("A guard at the U.S.
# Census Bureau was shot…" under "A guard at the U.S. Census Bureau headquarters was shot…"):
# a clause, longer than a name with its title ("Foreign Secretary Jack Straw had…").
RETOLD_RUN = 7
# ... and that point's words must be this share of the shorter point's, so that two sentences
# built alike ("Watford can be promoted if they win and…", "Preston can be promoted if they win
# and…") are not taken for one fact.
RETOLD_SHARE = 0.4
# A passage of the quote quoted inside a point makes the point a repeat when it is at least this
# share of the point's words ('"I think she will," X replied.'); a lead sentence that borrows a
# phrase of it ('X called Y "the most valuable player" for ISIS on Thursday') carries news.
QUOTED_SHARE = 0.5
_WORD = re.compile(r"\w+")
_QUOTED = re.compile(r'[“"«„]([^”"»“]+)[”"»“]')
# A point that opens with a quoted passage set off by a comma ('“Of course it’s not
# appropriate,” Cruz said in response to…'; German and French put the comma after the mark:
# '„Wir bleiben“, sagte er'): the words after it say who said it, and where, which the quote's
# speaker line says too. A shorter passage ('“Yes,” Lee said, and the council…') is found in
# most quotes by chance.
MIN_OPENING_WORDS = 3
_OPENING_QUOTE = re.compile(r'^\s*[“"«„]([^”"»“]+?)(?:,\s*[”"»“]|\s*[”"»“]\s*,)')
# A point that ends by introducing a quoted passage with a colon ('Ruiz answered her critics: “Build
# the bridge first.”'): the words before it say who spoke, which the quote's speaker line says
# too, and a passage of the quote is then shown twice however few of the point's words it is.
_CLOSING_QUOTE = re.compile(r':\s*[“"«„]([^”"»“]+)[”"»“]?[\s.!?…]*$')


# A scheduled run shows the same few stories to thousands of chats: each pair of points and
# quote is compared once.
@lru_cache(maxsize=2048)
def points_beside(points: tuple[str, ...], quote: EntryQuote | None) -> tuple[str, ...]:
    """Key points without those that repeat the quote shown under them or a point above."""
    quoted = _plain_words(quote.text) if quote is not None else " "
    kept: list[str] = []
    kept_words: list[list[str]] = []
    for point in points:
        words = _plain_words(point)
        if quoted != " " and _repeats_quote(point, words, quoted):
            continue
        split = words.split()
        if any(_retells(split, earlier) for earlier in kept_words):
            continue
        kept.append(point)
        kept_words.append(split)
    return tuple(kept)


def _retells(words: list[str], earlier: list[str]) -> bool:
    mine, theirs = set(words), set(earlier)
    shared = len(mine & theirs)
    if shared < RETOLD_SHARE * min(len(mine), len(theirs)):
        return False
    return shares_run(words, earlier, RETOLD_RUN)


def _repeats_quote(point: str, words: str, quoted: str) -> bool:
    if words == " ":
        return False
    if quoted in words or words in quoted:
        return True
    for set_off in (_OPENING_QUOTE.match(point), _CLOSING_QUOTE.search(point)):
        if set_off is not None:
            passage = _plain_words(set_off.group(1))
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
