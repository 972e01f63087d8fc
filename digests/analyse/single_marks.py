"""Straight single quote marks as a page's house style: 'We did everything by the book,' she said.

Some papers (the Daily Mail, Metro) print every quotation between typewriter apostrophes. On
most pages such a mark is an apostrophe ("Eli's", "'90s"), so quote_spans opens no quote with
one; on a page that quotes in no other mark, a straight ' that opens a sentence's first word in
capitals and is closed after a sentence's punctuation ('…book,' she said) opens a quotation.
Those marks are written as ‘, one character for one, so every position stays where it was, and
the spans are then found as for any ‘…’ quote: quote_spans already closes ‘ with a straight
mark after the last punctuation ("‘…,' he said").
"""

from __future__ import annotations

import re
from typing import Final

# A page with any of these quotes in them, and its straight marks stay apostrophes.
_OTHER_MARKS: Final = ('"', "“", "”", "„", "«", "»", "‘", "‹", "``", "''")
# A straight mark where a quotation may open: at the start, after a sentence's end, a colon, a
# comma or a dash and a space, or after a bracket, before a letter (whose case is checked apart:
# a capital, "'Nobody…'", not "'em"). Not after a plain word: "called it 'Project Fear' and
# said: '…'" names a thing, and its closing mark, with no punctuation before it, looks like an
# apostrophe ("the Smiths' house").
# (The mark comes first and the look-behinds after it: a pattern that opens with a literal is
# scanned for it, where one that opens with a look-behind is tried at every position.)
_OPENER: Final = re.compile(r"'(?:(?<=^')|(?<=[.!?…:;,—–-]\s')|(?<=[(\[{]'))(?=[^\W\d_])")
# Where such a quotation closes: after a sentence's punctuation, before a space or the end.
_CLOSER: Final = re.compile(r"'(?<=[,.!?…]')(?=\s|$)")


def with_single_mark_openers(paragraphs: list[str]) -> list[str]:
    """``paragraphs``, with each straight ' that opens a quotation written ‘ where the page
    quotes in straight single marks only; unchanged otherwise."""
    if not any("'" in para for para in paragraphs):
        return paragraphs
    if any(mark in para for para in paragraphs for mark in _OTHER_MARKS):
        return paragraphs
    opens = [_opens_with_quotation(para) for para in paragraphs]
    return [
        _open_quotations(para, index + 1 < len(paragraphs) and opens[index + 1])
        if "'" in para else para
        for index, para in enumerate(paragraphs)
    ]


def _opens_with_quotation(para: str) -> bool:
    found = _OPENER.match(para, len(para) - len(para.lstrip()))
    return found is not None and para[found.end()].isupper()


def _open_quotations(para: str, next_opens: bool) -> str:
    """``para`` with its opening marks written ‘: a mark before a capital that opens the
    paragraph, or is closed later in it, or is the last to open before a paragraph that opens
    with one (a quotation running over several paragraphs closes only in the last)."""
    found = [m.start() for m in _OPENER.finditer(para) if para[m.end()].isupper()]
    opening = len(para) - len(para.lstrip())
    opened = [
        start for index, start in enumerate(found)
        if start == opening or _CLOSER.search(para, start + 1) is not None
        or (next_opens and index == len(found) - 1)
    ]
    if not opened:
        return para
    characters = list(para)
    for position in opened:
        characters[position] = "‘"
    return "".join(characters)
