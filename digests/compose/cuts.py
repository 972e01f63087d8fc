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

# Articles, possessives, prepositions, conjunctions and auxiliaries of the languages the
# analysis knows best (English, German, French, Spanish).
_NEEDS_NEXT = frozenset(
    """
    a an the of to in on at for from by with as and or but nor that which who whom whose than
    his her their its our your my this these those is are was were be been being has have had
    will would can could should may might must not into onto over under about after before
    between during without within against among through while if when where because since
    until upon via per both either neither whether such
    der die das den dem des ein eine einer eines einem einen und oder aber sondern dass ob
    wenn weil als wie von vom zu zum zur im am an auf aus bei beim mit nach für über unter vor
    durch gegen ohne um sein seine seiner seinem seinen ihr ihre ihrem ihren ihres ist sind
    wird werden wurde wurden sich
    le la les un une des du de et ou mais que qui au aux en dans sur avec sans sous sa ses
    leur leurs cette ces
    el los las unos unas del y o pero con por para sin sobre su sus al se lo
    """.split()
)
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
        if last not in _NEEDS_NEXT or len(before) < shortest:
            break
        head = before.rstrip(_BARE)
    return head + ELLIPSIS
