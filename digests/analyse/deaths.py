"""A headline that reports a death, and the sentence of the story that tells it.

In an obituary the death is the news, told once, near the top; everything after it is the life.
Scored like any story, the life wins: a caption or a sentence of the career shares more of the
headline's and the article's words ("Senator Byrd served in the Senate for 51 years") than
the lead that says he died, whose words are the dates and places of the death. So when the
headline says someone died, the first of the story's opening sentences that says it is the
first point. Only the opening sentences: a later "died" is someone else's death, or history.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

# "Robert Byrd dies", "Former senator dead at 87", "Actor passes away aged 90", "Obituary: …",
# and the same in German, French, Spanish and Russian. Not "dead heat", "dead end": "dead" only
# with an age. The English words are kept apart: German writes "dies" for "this" ("Was dies
# für Mieter bedeutet").
_HEADLINE_ENGLISH: Final = re.compile(
    r"\b(?:dies|died|has died|dead (?:at|aged) \d+|passes away|passed away|obituary)\b",
    re.IGNORECASE,
)
_HEADLINE_OTHER: Final = re.compile(
    r"\b(?:ist tot|gestorben|stirbt|verstorben|est mort|est morte|meurt|décède|décédé|décédée"
    r"|muere|murió|fallece|falleció|ha muerto|ha fallecido|умер|умерла|скончался|скончалась)\b",
    re.IGNORECASE,
)
# A sentence that tells the death: "… died early Monday", "… has died", "… passed away".
_DEATH_ENGLISH: Final = re.compile(
    r"\b(?:died|dies|has died|passed away|was found dead)\b", re.IGNORECASE
)
_DEATH_OTHER: Final = re.compile(
    r"\b(?:ist tot|starb|gestorben|verstorben|est mort|est morte|est décédé|est décédée"
    r"|s'est éteint|s'est éteinte|murió|falleció|ha muerto|ha fallecido|умер|умерла|скончался"
    r"|скончалась)\b",
    re.IGNORECASE,
)
OPENING: Final = 5  # the story's first sentences that may tell the death


# A piece of each of the words above that can be written in ASCII, in lower case: an ASCII
# headline that holds none of them (most headlines) is settled by one quick scan of its lower
# case. The patterns themselves are slow to rule a headline out: case-blind and opening with
# \b, they give the engine no first character to look for, so it tries every word at every
# position (~4 µs a headline). Only for ASCII: case-blind matching also pairs letters that
# lower() keeps apart ("ſ" with "s", "ı" with "i").
_HEADLINE_CLUE: Final = re.compile(
    "die|dead|pass|obituar|tot|storben|stirbt|mort|meurt|muer|fallec"
)


def reports_a_death(title: str, language: str = "") -> bool:
    """Does the headline say that someone died?"""
    if title.isascii() and _HEADLINE_CLUE.search(title.lower()) is None:
        return False
    return _HEADLINE_OTHER.search(title) is not None or (
        not language.startswith("de") and _HEADLINE_ENGLISH.search(title) is not None
    )


def tells_the_death(sentence: str, language: str = "") -> bool:
    """Does the sentence say that someone died?"""
    return _DEATH_OTHER.search(sentence) is not None or (
        not language.startswith("de") and _DEATH_ENGLISH.search(sentence) is not None
    )


def death_first(
    ranked: Iterator[int], texts: list[str], at: list[int], obituary: bool, language: str = ""
) -> Iterator[int]:
    """``ranked`` (indexes of candidate sentences ``texts``, which stand at body positions
    ``at``), but under a headline that reports a death (``obituary``: see
    :func:`reports_a_death`), the first of the opening sentences that tells it comes first: in
    an obituary the death is the news, and the career shares more of the headline's words."""
    if obituary:
        told = next(
            (order for order in range(min(OPENING, len(texts)))
             if at[order] < OPENING and tells_the_death(texts[order], language)),
            None,
        )
        if told is not None:
            yield told
            yield from (order for order in ranked if order != told)
            return
    yield from ranked
