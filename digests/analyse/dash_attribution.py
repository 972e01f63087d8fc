"""Russian reporting clauses set off by dashes: «A, — сказал он. — B».

Russian news writes a speaker's clause after a dash, and when it interrupts the quote it sits
inside the one pair of marks, with a second dash before the quote goes on. Read as plain quoted
text, the clause would be printed as part of the quote and its speaker missed.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from digests.analyse.language_words import VERBS, trie

_DASH = "[—–-]"
_VERBS = trie(sorted(VERBS["ru"].split()))
# ", — сказал глава государства в среду. — ": a verb right after the dash, no quote mark or
# dash in the clause, and a comma or full stop before the second dash.
_INSIDE = re.compile(
    rf"([,.!?…])\s+{_DASH}\s+((?:{_VERBS})(?![\w-])[^—–«»“”„\"]{{0,200}}?)([.,])\s+{_DASH}\s+(?=\S)"
)


class Interrupted(NamedTuple):
    """A quote's words without the clause that interrupted them, and that clause."""

    text: str
    clause: str


def without_inner_clause(text: str) -> Interrupted | None:
    """«A, — сказал он. — B» read as "A. B" and "сказал он"; None when no dash clause with a
    reporting verb interrupts ``text``."""
    if "—" not in text and "–" not in text and " - " not in text:
        return None  # most quotes: settled without the pattern
    found = _INSIDE.search(text)
    if found is None:
        return None
    before = text[: found.start()]
    stop = found.group(3) if found.group(1) == "," else found.group(1)
    words = f"{before}{stop} {text[found.end():]}"
    return Interrupted(words, found.group(2).strip())

