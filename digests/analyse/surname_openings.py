"""A key point that opens with a person's surname alone ("Abney said on Wednesday…").

In the article, the surname is a second reference to someone named in full further up ("Tom
Abney, the county sheriff, said…"); a digest shows the point alone, under the title, where the
surname names someone the reader has not met. The point then opens with the name the article
gives, unless the title or a point above it shows a fuller form already.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from digests.analyse.name_words import FUNCTION_WORDS
from digests.analyse.names import is_org, is_place, is_title_word

_POSSESSIVES: Final = ("'s", "’s")
# First words of place names that look like a given name and a surname ("Great Britain's
# team…", "South Sudan said…").
_PLACE_OPENERS: Final = frozenset(
    "great new north south east west upper lower saudi costa sri hong puerto san santa los las"
    .split()
)


def with_full_name(
    sentence: str, article_text: str, language: str = "", *, shown: Sequence[str]
) -> str:
    """``sentence`` opening with the person's full name where it opens with a surname alone.

    English only: German capitalises every noun, and the other languages' names are found by
    rules of their own. The full name is the one given name (with a middle initial or not,
    "George W. Bush") the article writes right before the surname; none when it writes two
    ("Bill Clinton", "Hillary Clinton") or a longer run of capitals, which may hold a word that
    only opens a sentence ("Imagine Brad Thor…", "Founder Beverly Bond…").
    """
    if language[:2] not in ("en", ""):
        return sentence
    first, _, rest = sentence.partition(" ")
    surname = first.removesuffix(_POSSESSIVES[0]).removesuffix(_POSSESSIVES[1])
    # A capitalised word of letters, no honorific or initial ("Mr.", "J."), with no capital
    # after it ("Trump National Doral", "Israeli Prime Minister…"): the cheap tests settle
    # most points before the article is read.
    if not surname[:1].isupper() or not surname.isalpha() or surname.isupper() \
            or surname.lower() in FUNCTION_WORDS or rest[:1].isupper():
        return sentence
    if any(_after_a_capitalised_word(surname, text) for text in shown):
        return sentence  # the title or a point above names the person in full
    names = given_names(surname, article_text)
    if len(names) != 1:
        return sentence  # named by the surname alone, or two people share it
    full = f"{next(iter(names))} {surname}"
    if _written_alone_first(surname, full, article_text):
        return sentence  # "Strava" before "its annual Camp Strava event": no surname
    if is_place(full) or is_org(full) or full.split()[0].lower() in _PLACE_OPENERS \
            or not all(_only_capitalised(word, article_text) for word in full.split()):
        return sentence  # "New York", "Capitol Police", "Right to Rise" after "What"
    return full + sentence[len(surname) :]


def given_names(surname: str, text: str) -> set[str]:
    """The given names ``text`` writes right before ``surname`` ("Tom" of "Tom Abney", "George
    W." of "George W. Bush"), by str.find: a pattern built for each surname would be compiled
    again for each article. Not a title ("President Trump", "Mr. Abney"), nor part of a longer
    run of capitals or of another word ("pro-Bush Right")."""
    found: set[str] = set()
    needle = " " + surname
    at = text.find(needle)
    while at > 0:
        end = at + len(needle)
        if _word_ends(text, end):
            given = _given_name_before(text, at)
            if given:
                found.add(given)
        at = text.find(needle, end)
    return found


def _written_alone_first(surname: str, full: str, text: str) -> bool:
    """Does ``text`` write ``surname`` alone before it first writes ``full``? News names a
    person in full first and by the surname after; a name written alone first is what a
    company or a place is called ("Strava announced…" before "its annual Camp Strava event"),
    and the fuller form is something else that carries it."""
    first_full = text.find(full)
    if first_full < 0:
        return False
    at = text.find(surname)
    while 0 <= at < first_full:
        if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_-'’")) \
                and _word_ends(text, at + len(surname)):
            return True
        at = text.find(surname, at + len(surname))
    return False


def _after_a_capitalised_word(surname: str, text: str) -> bool:
    """Does ``text`` write ``surname`` right after a capitalised word ("Sheriff Tom Abney",
    "President Trump")? A reader who saw that needs no more of the name."""
    needle = " " + surname
    at = text.find(needle)
    while at > 0:
        word = text[max(text.rfind(" ", 0, at), text.rfind("\n", 0, at)) + 1 : at]
        if word[:1].isupper() and word.lower() not in FUNCTION_WORDS:
            return True
        at = text.find(needle, at + len(needle))
    return False


def _given_name_before(text: str, at: int) -> str:
    """The given name that ends at ``at`` (a space before the surname), "" if the words there
    are no lone given name."""
    line = text[max(0, at - 40) : at]
    line = line[line.rfind("\n") + 1 :]  # a paragraph's start is a sentence's
    words = line.split(" ")
    name = words[-1]
    if len(words) > 1 and len(name) == 2 and name[1] == "." and name[0].isupper():
        words = words[:-1]  # a middle initial: "George W."
        name = f"{words[-1]} {name}"
    given = words[-1]
    if not given[:1].isupper() or not given.isalpha() or given.isupper() \
            or given.lower() in FUNCTION_WORDS or is_title_word(given):
        return ""
    # The word before the given name ends a sentence or is a plain word: a longer run of
    # capitals may hold a sentence's first word or a title ("Imagine Brad Thor", "Founder…").
    before = words[-2] if len(words) > 1 else ""
    if before[:1].isupper() and not before.endswith((".", "!", "?", ":", ",")):
        return ""
    return name


def _only_capitalised(word: str, article_text: str) -> bool:
    """Is ``word`` never written in lower case in the article? A word that opens a sentence
    ("Now comes…", "What Beijing wants…") looks like a name's there, and the article writes it
    in lower case elsewhere ("now", "what"); a name it never does."""
    lowered = word.lower()
    if lowered in FUNCTION_WORDS:
        return False
    at = article_text.find(lowered)
    while at >= 0:
        end = at + len(lowered)
        before = article_text[at - 1] if at else " "
        if not (before.isalnum() or before in "_-'’") and _word_ends(article_text, end):
            return False
        at = article_text.find(lowered, end)
    return True


def _word_ends(text: str, end: int) -> bool:
    """Does a word end at ``end``: the text's end, or no letter, digit or hyphen after it (an
    owner's apostrophe may follow: "Tom Abney's")?"""
    return end == len(text) or not (text[end].isalnum() or text[end] in "_-")
