"""Where a text cut short ends: not on a word that needs the next one ("…opened fire on…").

Ingest cuts a long key point at a word when no clause boundary is near, and a story too big for
a message is cut again here; either cut may land after an article, a preposition or a
conjunction, which leaves the reader waiting for a word that never comes. Such words go, with
the separator they leave bare. Only lower-case words are dropped: "MIT" or "Die Welt" are
names, and words that also carry meaning in another language ("war", "hat", "son") are not
listed.
"""

from __future__ import annotations

from digests.compose.text import ELLIPSIS
from digests.ending_words import NEEDS_NEXT

_BARE = " ,;:–—-"
# At most this many words are dropped, and never more than this share of the text.
_MOST_WORDS = 3
_KEEP_SHARE = 0.5


def without_dangling_end(text: str) -> str:
    """``text`` if it is not cut short (no "…" at its end), else cut before the words at its
    end that need the next one."""
    if not text.endswith(ELLIPSIS):
        return text
    head = text[: -len(ELLIPSIS)].rstrip()
    shortest = len(head) * _KEEP_SHARE
    for _ in range(_MOST_WORDS):
        before, _, last = head.rpartition(" ")
        if last not in NEEDS_NEXT or len(before) < shortest:
            break
        head = before.rstrip(_BARE)
    return head + ELLIPSIS
