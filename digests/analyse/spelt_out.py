"""The body a one-word speaker stands for, where the word itself shows it: initials the article
spells out ("the EIA" after "the U.S. Energy Information Administration"), or a German compound
with a body's ending ("Bundesnetzagentur"). A digest then names the body in full.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from digests.analyse.names import is_org

_ARTICLES: Final = frozenset({"the", "der", "die", "das", "le", "la", "l'", "el", "il", "lo"})


# The endings of German compounds that name a body ("Bundesnetzagentur", "Umweltbundesamt",
# "Deutsche Bahn" aside): such a word alone after its article is the body speaking.
_GERMAN_BODY_ENDINGS: Final = (
    "agentur", "amt", "behörde", "ministerium", "gesellschaft", "verband", "verein", "bank",
    "gericht", "kammer", "institut", "stiftung", "gewerkschaft", "konzern", "polizei",
    "anwaltschaft",
)
_MAX_INITIALS: Final = 6
# The capitalised words right before initials in brackets: the name they stand for.
_SPELT_OUT: Final = re.compile(r"((?:[A-ZÀ-ÝÄÖÜ][\w'’&-]*\s+){1,6})$")
_SPELT_REACH: Final = 120  # characters before the brackets


def in_full(speaker: str | None, paragraphs: Sequence[str]) -> str | None:
    """``speaker``, initials alone ("EIA") written as the name the article spells out for them,
    the fullest name it gives; any other speaker as it is."""
    if speaker and speaker.isupper() and speaker.isalpha() and 2 <= len(speaker) <= _MAX_INITIALS:
        return _initials_of_name(paragraphs, speaker) or speaker
    return speaker


def body_by_its_word(paragraphs: Sequence[str], word: str, language: str) -> str | None:
    """The body a one-word speaker is, where the word shows it: initials the article spells
    out before them in brackets ("DKG": "Deutsche Krankenhausgesellschaft"), or, in German, a
    compound with a body's ending ("Bundesnetzagentur"); else None."""
    if word.isupper() and 2 <= len(word) <= _MAX_INITIALS:
        bracketed = f"({word})"
        for text in paragraphs:
            # (Found with ``str.find``, the name before them with a pattern compiled once.)
            at = text.find(bracketed)
            while at >= 0:
                found = _SPELT_OUT.search(text, max(0, at - _SPELT_REACH), at)
                if found:
                    words = found.group(1).split()
                    return " ".join(words[1:] if words[0].lower() in _ARTICLES else words)
                at = text.find(bracketed, at + len(bracketed))
        # Else the name the article writes them for without brackets; initials it never
        # spells out may be anything ("PSA", "Z.B").
        return _initials_of_name(paragraphs, word)
    lowered = word.lower()
    if language[:2] == "de" and any(
        lowered.endswith(ending) and len(lowered) > len(ending) + 3
        for ending in _GERMAN_BODY_ENDINGS
    ):
        return word  # a compound ("Bundesnetzagentur"), not the noun alone ("Behörde")
    return None


# A body's name in capitals, with the small words inside it ("U.S. Energy Information
# Administration", "Bank of England", "Department for Environment, Food and Rural Affairs").
_CAPITALISED_RUN: Final = re.compile(
    r"[A-Z][\w.'’&-]*(?:,? (?:(?:of|for|and|the|on|de|du|des|der|für|und) )*[A-Z][\w.'’&-]*)+"
)
_SMALL_WORDS: Final = frozenset("of for and the on de du des der für und".split())


def _initials_of_name(paragraphs: Sequence[str], initials: str) -> str | None:
    """The name in capitals whose words' first letters are ``initials`` ("EIA": "U.S. Energy
    Information Administration", where the country before the name has no letter in them);
    None where no name, or more than one, has them."""
    found: set[str] = set()
    for text in paragraphs:
        if initials[0] not in text:
            continue
        for run in _CAPITALISED_RUN.finditer(text):
            name = _name_with(run.group().removeprefix("The "), initials)
            if name and is_org(name):
                found.add(name)  # a body's name, not a person's ("Fiona Diaz Amos")
    return found.pop() if len(found) == 1 else None


def _name_with(run: str, initials: str) -> str | None:
    """The words ``run`` opens with whose first letters are ``initials``, the small words
    inside aside ("Food and Agriculture Organization" of "… Organization of the United
    Nations"); a country's abbreviation before them may have none ("U.S. Energy …")."""
    letters = ""
    for word in run.split():
        if word in _SMALL_WORDS:
            continue
        letters += word[0]
        if letters == initials or (letters[1:] == initials and run.split()[0].endswith(".")):
            return run[: run.find(word) + len(word)].rstrip(",")
        if len(letters) > len(initials):
            return None
    return None
