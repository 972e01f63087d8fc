"""A long sentence that opens with a subordinate clause, as a point: its main clause.

A point keeps the start of a sentence too long for it (see :mod:`trim`). When the sentence opens
with a subordinate clause or phrase ("While the donor did not say how much…", "Having posted
record highs in the month, including four…") long enough that the cut falls inside it, the
point would be that clause alone: no subject, no verb of its own, nothing said. Its main clause
is what the sentence says; the point is that (when it is long enough to be one), or nothing.

English only: the clause openers and the words that go on with a clause after its comma are
English words (German puts its main verb first after the comma, French and Spanish would need
tables of their own).
"""

from __future__ import annotations

import re

from digests.analyse.trim import MAX_CHARS, trim

# Words that open a subordinate clause or a phrase that leads up to the main clause. Not
# "According to", whose clause names a source the rest needs; not other "-ing" words, which
# open subjects as often ("Gambling revenue rose…").
_OPENER = re.compile(
    r"(?:When|Whenever|While|Whilst|Although|Though|Even (?:though|as|if|when)|If|Unless|As"
    r"|After|Before|Since|Because|Until|Once|Despite|In spite of|With|Amid|Amidst|Following"
    r"|Unlike|Having)\s"
)
# A clause boundary inside the sentence (comma, or a dash between spaces) and the word after it.
_BOUNDARY = re.compile(r"(?:,|\s(?:--|[–—-]))\s+[\"“‘']?([^\W\d_][\w'’-]*|\d)")
# Words after a boundary that go on with the clause before it rather than open the main one:
# conjunctions, relative words, prepositions, "including", "especially".
_GOING_ON = frozenset(
    """and or but nor including which who whom whose where when while whereas as than
    especially particularly notably mainly mostly such like unlike in on at for from with
    without by of to into onto over under after before during since until among amid despite
    through across against between within about around not even both either neither then so
    also only just plus via per compared along alongside toward towards beyond upon""".split()
)
_MIN_WORDS = 6  # a shorter main clause ("…, the report said.") is no point


def _opens_main_clause(word: str) -> bool:
    """Could the main clause start with ``word`` (a subject: "the", "he", a name, a number)?"""
    lower = word.lower()
    return not (
        lower in _GOING_ON
        or (word.islower() and lower.endswith(("ing", "ed", "ly")))  # "…, having", "…, called"
    )


def split_cut_off_clause(sentence: str, language: str = "") -> tuple[str, str] | None:
    """``(opening clause, main clause)`` of a sentence whose point would end inside its
    opening clause (``("", sentence)`` when the point is fine as it is), or None when no main
    clause long enough for a point follows the opening clause."""
    if (
        len(sentence) <= MAX_CHARS
        or language not in ("en", "")
        or _OPENER.match(sentence) is None
    ):
        return "", sentence  # the usual case: the point keeps the whole sentence
    kept = trim(sentence).removesuffix("…")
    # Not a comma inside brackets: "(he was a state senator, a congressman and…)" is an aside.
    boundaries = [
        boundary for boundary in _BOUNDARY.finditer(sentence)
        if sentence.count("(", 0, boundary.start()) <= sentence.count(")", 0, boundary.start())
    ]
    if any(
        boundary.start(1) < len(kept) and _opens_main_clause(boundary.group(1))
        for boundary in boundaries
    ):
        return "", sentence  # the point reaches a clause that may be the main one
    for boundary in boundaries:
        if boundary.start(1) >= len(kept) and _opens_main_clause(boundary.group(1)):
            start = boundary.start(1)
            quoted = sentence[start - 1] in "\"“‘'"  # the main clause opens with a quote
            main = sentence[start - 1 if quoted else start :]
            if len(main.split()) < _MIN_WORDS:
                return None
            at = 1 if quoted else 0
            main = main[:at] + main[at].upper() + main[at + 1 :]
            return sentence[: boundary.start()], main
    return None
