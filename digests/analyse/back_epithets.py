"""Who a French, Spanish, Italian, Portuguese or German noun for a person stands for, where it
speaks a quote: "« … », lance le syndicaliste" after "Mamadou Lamine Camara, secrétaire général
du syndicat, réclame…" is Camara. Those papers name someone once and then call them by what they
do (``epithet_words``); a digest that shows "syndicaliste" as the speaker tells the reader
nothing."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from digests.analyse.epithet_words import DESCRIBING_NOUNS, DETERMINERS, LEADING_ADJECTIVES
from digests.analyse.epithets import people_nearby

if TYPE_CHECKING:
    from digests.analyse.speakers import Resolver

# An elided article glued to its noun: "l'éleveur", "l’ancien international", "dell'allenatore".
_ELIDED: Final = re.compile(r"(?:l|dell|all)['’]")
# What may follow the noun and still describe the same one: a complement ("de brebis", "de
# Renault", "aus Brandenburg") or an adjective, a few words in all.
_MAX_AFTER: Final = 5


def described_person(resolver: Resolver, phrase: str, at: tuple[int, int]) -> str | None:
    """The person ``phrase`` describes, if it is such a noun and the article's language is one
    of those: the subject of a sentence of the quote's own paragraph, else the one person who
    spoke last or opened a sentence nearby. None when it is no such noun, or when no one person
    fits (the description then stands as written)."""
    language = resolver.language[:2]
    nouns = DESCRIBING_NOUNS.get(language)
    if nouns is None:
        return None
    found = _noun_and_gender(phrase, language)
    if found is None:
        return None
    noun, gender = found
    if noun not in nouns:
        return None
    gender = nouns[noun] or gender
    if _unnamed_one_before(resolver, noun, at):
        return None  # "Una mujer de 34 años contó… “…”, relató la mujer": no one named
    nearest = next(resolver.index.people_backwards(at, (at[0], 0), gender, opening=True), None)
    if nearest is not None:
        return nearest[0]
    # "A guidare il presidio è Roberto Fanzaga, … «…», spiega il sindacalista": the one person
    # the paragraph names before the quote, subject or not.
    named = {name for name, _ in resolver.index.people_backwards(at, (at[0], 0), gender)} \
        if language != "de" else set()  # German capitalises its nouns: not every run a name
    if len(named) == 1:
        return named.pop()
    people = people_nearby(resolver, at, gender)
    return people[0] if people and len(people) == 1 else None


def _noun_and_gender(phrase: str, language: str) -> tuple[str, str] | None:
    """The head noun of a description, lowered, with the gender its determiner shows ("" for
    none), or None where the phrase is no description: a name follows the noun ("le
    syndicaliste Jean Dupont" is Dupont, named), or too much does."""
    words = phrase.partition(",")[0].split()  # "l'allevatore, 52 anni"
    gender = ""
    elided = _ELIDED.match(words[0].lower())
    if elided:
        words[0] = words[0][elided.end():]
    elif len(words) > 1 and words[0].lower() in DETERMINERS[language]:
        gender = DETERMINERS[language][words[0].lower()]
        words = words[1:]
    if language == "de":
        while len(words) > 1 and words[0].islower():
            words = words[1:]  # "der erfahrene Landwirt"
    elif len(words) > 1 and words[0].lower() in LEADING_ADJECTIVES \
            and words[1].lower() in DESCRIBING_NOUNS[language]:
        words = words[1:]  # "le jeune homme", not "el joven" alone
    if not words or len(words) > 1 + _MAX_AFTER:
        return None
    if len(words) > 1 and words[1][:1].isupper() and language != "de":
        return None  # "le syndicaliste Jean Dupont": the name itself speaks
    return words[0].lower().removeprefix("ex-"), gender


def _unnamed_one_before(resolver: Resolver, noun: str, at: tuple[int, int]) -> bool:
    """Whether the quote's paragraph or the one before brings in someone unnamed by the same
    noun ("Una mujer guatemalteca…", "un éleveur", "ein Landwirt"), whom the noun goes on with."""
    pattern = re.compile(rf"\b(?:{_INDEFINITE})\s+(?:\w+\s+)?{re.escape(noun)}\b", re.IGNORECASE)
    for paragraph in range(max(at[0] - 1, 0), at[0] + 1):
        text = resolver.index.paragraphs[paragraph + 1]
        if pattern.search(text, 0, at[1] if paragraph == at[0] else len(text)):
            return True
    return False


_INDEFINITE: Final = "un|une|una|uno|um|uma|ein|eine|einen|einem|einer"
