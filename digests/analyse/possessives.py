"""A possessive after a person named as a sentence's subject shows the person's gender where no
"he" or "she" follows: "Ana Lind said her customers would drive further" shows a woman, "Ray
Holt and his wife" a man. :mod:`namesakes` reads it when the subject pronoun it looks for first
is not there, so that a later "he" does not go to a woman named just before.

An object pronoun ("him", "ihn") before a "he" or "she" brings a second person in: that
pronoun then shows nothing of the subject's gender (:func:`object_pronoun_between`).

Only English and German possessives say the owner's gender: French "son"/"sa" and Spanish "su"
agree with the thing owned; Russian "его"/"её" are also "him"/"her", German "ihr" also "you"
and "to her", and "sein" also "to be": left out.
"""

from __future__ import annotations

import re
from typing import Final

_POSSESSIVE_GENDER: Final = {
    "his": "m", "her": "f",
    **dict.fromkeys("seine seinen seinem seiner seines".split(), "m"),
    **dict.fromkeys("ihre ihren ihrem ihrer ihres".split(), "f"),
}
# Opening with letters, the boundary looked back on after the first one, lets the regex engine
# skip to those letters (as namesakes' pronoun pattern does). German ones in lower case only:
# "Ihre" inside a sentence is the formal "your", "Seine" a river.
_POSSESSIVE: Final = re.compile(
    r"(?:[Hh](?<!\w.)(?:is|er)|s(?<!\w.)eine[nmrs]?|i(?<!\w.)hre[nmrs]?)(?![\w’'-])"
)
# A determiner opens another noun phrase, whose person or body the possessive may be ("Lind
# accused the mayor of breaking his word", "Müller sagte, der Bürgermeister habe seine …"):
# the possessive counts only where none stands between the name and it.
_DETERMINERS: Final = frozenset(
    "the a an this that these those der die das dem den des ein eine einen einem einer eines"
    .split()
)
# "her" is also the object ("Holt thanked her", "called her brave", "saw her leave"): after a
# verb it is left out, but for "said" and "says", which take no person as their object ("Lind
# said her customers …"). After a preposition or a conjunction, or opening a sentence, it is a
# possessive when its noun follows ("with her family", "and her husband", "for her part"), not
# where the words after it show the object ("waited for her at the door").
_PREPOSITIONS: Final = frozenset(
    "with of in for on at by from about after during into through over under without like"
    .split()
)
_BEFORE_POSSESSIVE_HER: Final = _PREPOSITIONS | {"said", "says", "and", "or", "but"}
_NOT_AFTER_POSSESSIVE_HER: Final = frozenset(
    "the a an this that to for with in on at by from of about as and or but if when while "
    "because so too not again back up down out off over now then yesterday today tonight "
    "once twice why how what where who whether".split()
)
_QUOTE_MARKS: Final = frozenset("“”„«»\"")
_WORD: Final = re.compile(r"[^\W\d_]+")


def holds_possessive(text: str) -> bool:
    """Whether ``text`` holds a possessive of one gender (cheap: most paragraphs hold none
    near a name)."""
    return _POSSESSIVE.search(text) is not None


def possessive_gender(text: str, end: int, stop: int) -> str:
    """"m" or "f" when the first possessive between ``end`` (where a subject's name ends) and
    ``stop`` is the subject's: no determiner, capitalised word or quote mark stands between
    ("Lind said her customers", "Holt, who lost his seat,"), and a "her" is a possessive, its
    noun right after it ("and her husband", not "thanked her for"). Else ""."""
    found = _POSSESSIVE.search(text, end, stop)
    if found is None or any(mark in _QUOTE_MARKS for mark in text[end : found.start()]):
        return ""
    between = _WORD.findall(text, end, found.start())
    # Set off by a comma, the words after a name describe the person, by whom they belong to:
    # "Beth Meacham, one of his editors", "Jane Hale, his wife,". A clause or an aside on the
    # person ("Holt, who lost his seat,", "Clinton, for her part,") still shows them.
    if text[end : found.start()].lstrip().startswith(",") and not (
            between and (between[0] == "who" or between[0] in _PREPOSITIONS)):
        return ""
    if any(word.lower() in _DETERMINERS or word[0].isupper() for word in between):
        return ""
    word = found.group()
    if word.lower() == "her":
        after = _WORD.match(text, found.end() + 1)
        opens = word == "Her" and text[: found.start()].rstrip()[-1:] in {".", "!", "?", ""}
        if not (opens or (between[-1:] and between[-1] in _BEFORE_POSSESSIVE_HER)) \
                or text[found.end() : found.end() + 1] != " " or after is None \
                or after.group() in _NOT_AFTER_POSSESSIVE_HER \
                or after.group()[0].isupper():
            return ""
    return _POSSESSIVE_GENDER[word.lower()]


# An object pronoun of one gender: "him", German "ihn"/"ihm", and an object "her" (before
# punctuation or what follows an object, not before its noun).
_OBJECT_PRONOUN: Final = re.compile(r"(?:h(?<!\w.)(?:im|er)|i(?<!\w.)h[nm])(?![\w’'-])")


def object_pronoun_between(text: str, start: int, end: int) -> bool:
    """Whether an object pronoun of one gender stands between ``start`` and ``end``: a second
    person in play, so that the "he" or "she" after it may be either one ("Podesta offered
    a slogan when I asked him how she'd mount a defense")."""
    for found in _OBJECT_PRONOUN.finditer(text, start, end):
        if found.group() != "her":
            return True
        after = _WORD.match(text, found.end() + 1)
        if text[found.end() : found.end() + 1] != " " or after is None \
                or after.group() in _NOT_AFTER_POSSESSIVE_HER:
            return True
    return False
