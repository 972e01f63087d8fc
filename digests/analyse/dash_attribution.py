"""Reporting clauses set off by dashes: Russian «A, — сказал он. — B» and Spanish "A —dijo el
ministro—. B", and a Russian paragraph of someone's words printed without marks, "A, — сказал
Роу."

Russian and Spanish news write a speaker's clause between dashes, and when it interrupts the
quote it sits inside the one pair of marks (Russian spaces the dashes, Spanish sets them
against the clause). Read as plain quoted text, the clause would be printed as part of the
quote and its speaker missed. The Russian dash clause may also close a paragraph that has no
marks at all: that paragraph is a quote too, and no point in the reporter's words.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from digests.analyse.language_words import VERBS, trie
from digests.analyse.quote_spans import Span

_DASH: Final = "[—–‒-]"  # "‒" (U+2012): some Russian sites set dialogue with it
_VERBS: Final = trie(sorted(VERBS["ru"].split()))
# ", — сказал глава государства в среду. — ": a verb right after the dash, no quote mark or
# dash in the clause, and a comma or full stop before the second dash.
# The clause may name an outlet or a body in marks ("пояснил РБК директор «АвтоДаты» Денис
# Харин", "заявил “Ъ” адвокат").
_INSIDE: Final = re.compile(
    rf"([,.!?…])\s+{_DASH}\s+((?:{_VERBS})(?![\w-])"
    r"(?:[^—–‒«»“”„\"]|«[^«»—–]{1,60}»|“[^“”—–]{1,60}”){0,200}?)"
    rf"([.,])\s+{_DASH}\s+(?=\S)"
)

# " —dijo el ministro—. ", " -se justificó el ministro-. ": a Spanish verb (reflexive or not)
# set against the opening dash, the closing dash against the clause's end, then the quote's own
# stop or comma.
_SPANISH_VERBS: Final = trie(sorted([*VERBS["es"].split(), "quejó"]))
_SPANISH_INSIDE: Final = re.compile(
    rf"\s+{_DASH}((?:se\s+)?(?:{_SPANISH_VERBS})(?!\w)[^—–‒«»“”„\"]{{0,120}}?){_DASH}"
    r"([.,;]?)\s+(?=\S)"
)
# " - ha detto il sindaco Rossi, al secondo mandato - ", " – dice Ferri –. ", " – chiosa –, ":
# Italian (and Portuguese) papers space both dashes; the quote's own stop or comma may follow
# the closing one. A known verb (after its auxiliary) right after the opening dash.
_SPACED_VERBS: Final = trie(sorted({
    *VERBS["it"].split(), *VERBS["pt"].split(),
    *"dice chiosa commenta conclude prosegue continua racconta ribadisce precisa osserva".split(),
}))
_SPACED_INSIDE: Final = re.compile(
    rf"\s{_DASH}\s((?:(?:ha|hanno)\s)?(?:{_SPACED_VERBS})(?!\w)[^—–‒«»“”„\"]{{0,200}}?)"
    rf"\s?{_DASH}([.,;]?)\s+(?=\S)"
)
# "—No lo sé —dijo el ministro.": the clause of a Spanish line of dialogue, closing it.
_SPANISH_CLOSING: Final = re.compile(
    rf"\s+{_DASH}((?:se\s+)?(?:{_SPANISH_VERBS})(?!\w)[^—–‒«»“”„\".!?]{{0,120}})\.$"
)
# "…, — сказал Роу." closing a paragraph: the words before the dash are the speaker's.
_CLOSING: Final = re.compile(
    rf"([,!?…])\s+{_DASH}\s+((?:{_VERBS})(?![\w-])[^—–‒«»“”„\".!?]{{1,120}})\.$"
)
_CLOSING_REACH: Final = 160  # characters: a dash clause is short
_MARKS: Final = frozenset("«»“”„\"")


class Interrupted(NamedTuple):
    """A quote's words without the clause that interrupted them, and that clause."""

    text: str
    clause: str


def without_inner_clause(text: str) -> Interrupted | None:
    """«A, — сказал он. — B» and "A —dijo el ministro—. B" read as "A. B" and the clause
    ("сказал он", "dijo el ministro"); None when no dash clause with a reporting verb
    interrupts ``text``."""
    if "—" not in text and "–" not in text and " -" not in text and "‒" not in text:
        return None  # most quotes: settled without the pattern
    found = _INSIDE.search(text)
    if found is not None:
        stop = found.group(3) if found.group(1) == "," else found.group(1)
        return Interrupted(
            f"{text[: found.start()]}{stop} {text[found.end():]}", found.group(2).strip()
        )
    spanish = _SPANISH_INSIDE.search(text)
    if spanish is not None:
        return Interrupted(
            f"{text[: spanish.start()]}{spanish.group(2)} {text[spanish.end():]}",
            spanish.group(1).strip(),
        )
    return _without_spaced_clauses(text)


def _without_spaced_clauses(text: str) -> Interrupted | None:
    """ "A – dice Ferri –. B – chiosa –, C" read as "A. B, C" and the first clause ("dice
    Ferri"): every spaced dash clause goes from the words, the first one names the speaker."""
    clauses = list(_SPACED_INSIDE.finditer(text))
    if not clauses:
        return None
    kept, at = [], 0
    for clause in clauses:
        # "preoccupati - ha detto Bruni - Da domani": a new sentence, with no stop of its own
        stop = clause.group(2) or ("." if text[clause.end() : clause.end() + 1].isupper() else "")
        kept.append(f"{text[at : clause.start()]}{stop} ")
        at = clause.end()
    kept.append(text[at:])
    return Interrupted("".join(kept), clauses[0].group(1).strip())



def ends_in_russian(text: str) -> bool:
    """Does ``text`` end with a Russian word and a full stop, as a dash clause naming the
    speaker does? Settles most texts before :func:`closing_clause` reads them."""
    last = text[-2:]
    return last[1:] == "." and ("а" <= last[0] <= "я" or "А" <= last[0] <= "Я")


def closing_clause(paragraph: str, dialogue: bool = False) -> re.Match[str] | None:
    """The dash clause with a reporting verb that ends ``paragraph`` ("…, — заявил он."), when
    the paragraph has no quote marks: the words before it are the speaker's, printed bare. A
    line of ``dialogue`` (opened by a dash) may hold marks: a name or a phrase the speaker
    quotes ("— …, потому что «так советовал блогер», — подчеркнул врач.")."""
    if not ends_in_russian(paragraph):
        return None
    start = max(0, len(paragraph) - _CLOSING_REACH)
    if paragraph.find("—", start) < 0 and paragraph.find("–", start) < 0 \
            and paragraph.find(" - ", start) < 0 and paragraph.find("‒", start) < 0:
        return None
    found = _CLOSING.search(paragraph, start)
    if found is None or (not dialogue and _MARKS.intersection(paragraph)):
        return None
    return found


_DASHES: Final = ("—", "–")
# The languages whose reporting verbs the patterns know; an article whose language was not
# told ("") is read too.
_LANGUAGES: Final = frozenset({"ru", "es", "it", "pt", ""})


def writes_dash_clauses(language: str) -> bool:
    """Is an article in ``language`` read for dash clauses at all? (English, German and
    French news are not: every quote and paragraph of theirs would be asked for nothing.)"""
    return language[:2] in _LANGUAGES


def opens_dialogue(text: str) -> bool:
    """Does ``text`` open a Spanish line of dialogue, a dash set against its first word
    ("—No lo sé…")? (A list's dash has a space after it.)"""
    return text[:1] in ("—", "–") and text[1:2] not in ("", " ", "\u00a0", "—", "–", "-")


def unmarked_spans(paragraphs: list[str]) -> list[Span]:
    """The paragraphs without quote marks that are someone's words, each as a span up to its
    dash clause (a "!" or "?" before it is the quote's): Russian words a dash clause ends or
    (in a line of dialogue) interrupts, and Spanish lines of dialogue that a dash clause with a
    reporting verb ends or interrupts."""
    spans = []
    for index, paragraph in enumerate(paragraphs):
        # Asked of every paragraph of every article: the tests inline, cheapest first.
        first = paragraph[:1]
        lead = 0
        if first == "—" or first == "–" or first == "‒":
            if opens_dialogue(paragraph):
                span = _dialogue_span(paragraph, index)
                if span is not None:
                    spans.append(span)
                continue
            if paragraph[1:2] != " ":
                continue
            lead = 2  # "— Слова, — сказал он.": Russian dialogue, the dash spaced
            found = closing_clause(paragraph, dialogue=True)
            if found is None and _INSIDE.search(paragraph) is not None:
                # "— A, — сказал он. — B.": the clause between the dashes says who speaks
                spans.append(Span(paragraph[lead:].strip(), index, lead, index,
                                  len(paragraph), True, ""))
        elif ends_in_russian(paragraph):
            found = closing_clause(paragraph)
        else:
            continue
        if found is not None:
            end = found.start(1) + (found.group(1) != ",")
            spans.append(Span(paragraph[lead:end].strip(), index, lead, index, end, True, ""))
    return spans


def _dialogue_span(paragraph: str, index: int) -> Span | None:
    """The words of a Spanish line of dialogue, up to the clause that closes it or whole when a
    clause interrupts them (:func:`without_inner_clause` takes that out); None when no clause
    says who speaks (an interview's answer: the reader is told elsewhere)."""
    if _MARKS.intersection(paragraph):
        return None  # its quoted words are spans of their own
    closing = _SPANISH_CLOSING.search(paragraph, max(0, len(paragraph) - _CLOSING_REACH)) \
        if paragraph.endswith(".") else None
    if closing is not None:
        end = closing.start()
    elif _SPANISH_INSIDE.search(paragraph):
        end = len(paragraph)
    else:
        return None
    return Span(paragraph[1:end].strip(), index, 0, index, end, True, "—")
