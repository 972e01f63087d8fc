"""Searches with a pattern whose every match opens with one of a few known marks.

The regex engine scans for a pattern that opens with a class of characters by testing the class
at every character of the text; ``str.find`` reaches each of a few marks at memchr speed. So
these look for the marks first and match the pattern only where one stands: the same matches as
``pattern.search`` and ``pattern.finditer``, for less on news text, which holds few quote marks
and sentence ends among many letters.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence


def search_at_marks(
    pattern: re.Pattern[str], text: str, marks: Sequence[str], pos: int = 0
) -> re.Match[str] | None:
    """``pattern.search(text, pos)``, for a pattern every match of which opens with one of
    ``marks`` (strings of one character or more; those ``text`` does not hold may be left out,
    which saves looking for them)."""
    size = len(text)
    while True:
        first = -1
        for mark in marks:
            # Only before the first found so far: a mark of two characters may start just
            # before it.
            at = text.find(mark, pos, first + len(mark) - 1 if first >= 0 else size)
            if at >= 0:
                first = at
        if first < 0:
            return None
        found = pattern.match(text, first)
        if found is not None:
            return found
        pos = first + 1  # a mark the pattern does not go on from ("’" of "don’t")


def finditer_at_marks(
    pattern: re.Pattern[str], text: str, marks: Sequence[str]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for such a pattern, whose matches are never empty."""
    found = search_at_marks(pattern, text, marks)
    while found is not None:
        yield found
        found = search_at_marks(pattern, text, marks, found.end())
