"""One-word names ("Adele", "Lula", "Rihanna"): a capitalised word like any other, unless the
article shows it is someone, by the pronoun that follows it as a subject ("Lula met farmers. He
…") and by writing it where only a name goes. A last resort for "he"/"she", after the people the
article names in full; never a word written where no person stands ("in Las Vegas", "her Santa
Monica concert").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from digests.analyse import sentence_roles
from digests.analyse.name_words import FUNCTION_WORDS, THING_DETERMINERS
from digests.analyse.names import bare, is_org, is_place, named_as_a_place

if TYPE_CHECKING:
    from digests.analyse.mentions import Mention
    from digests.analyse.name_index import NameIndex

# Possessives right before a name make it describe a thing ("his Los Angeles show").
_POSSESSIVES: Final = frozenset({"his", "her", "its", "our", "their", "my", "your"})


def only_name_given(
    word: str, named: list[tuple[str, str, bool]], body: Callable[[], str]
) -> str | None:
    """The one full name the article writes with ``word`` before its surname, as the first or
    a middle word ("Riteish" -> "Riteish Deshmukh", "Delwar" -> "Khandaker Delwar Hossain"),
    for a person called by that word alone; None when there are none, or two people share it.
    ``named`` are the article's names holding the word (with whether each reads as a name),
    ``body`` its joined paragraphs, read only for the one candidate."""
    forms = {name for name, _, name_like in named
             if name_like and " " in name and word in name.split()[:-1]}
    if len(forms) != 1:
        return None
    (form,) = forms
    if is_org(form) or is_place(form) or any(
        bare(part).lower() in FUNCTION_WORDS for part in form.split()[1:]
    ):
        return None  # "Philadelphia Wednesday": a name and a day
    # "the Trump Train": a run after an article or a possessive is a thing, not a person.
    after_determiner = re.search(rf"\b(?:{'|'.join(THING_DETERMINERS)}) {re.escape(form)}\b",
                                 body(), re.IGNORECASE)
    return None if after_determiner else form


def last_one_word_person(
    index: NameIndex, before: tuple[int, int], after: tuple[int, int], gender: str
) -> str | None:
    """The last one-word name opening a sentence between ``after`` and ``before`` that the
    article shows to be a person of ``gender`` (:func:`shown_as_person`); full names are
    not read."""
    for mention in index.backwards(before, after):
        # Only a sentence's subject: the one a story is about opens its sentences, and the
        # test is cheaper than what the article shows of the word.
        if " " in mention.name or mention.person or not mention.name_like \
                or not index.is_subject(mention) or index.in_quote(mention.at) \
                or index.fullest(mention.name) != mention.name:
            continue  # a full name, or a surname the article gives one for
        text = index.paragraphs[mention.at[0] + 1]
        if shown_as_person(index, mention, gender) \
                and not sentence_roles.is_aside(text, mention) \
                and not written_as_no_one(text, mention):
            return mention.name
    return None

_CONTRACTED_PRONOUNS: Final = frozenset({"he", "she", "i", "we", "they", "you", "it"})


def shown_as_person(index: NameIndex, mention: Mention, gender: str) -> bool:
    """A one-word name ("Adele", "Lula") looks like any capitalised word; the pronoun the
    article has follow it as a subject ("Lula met farmers. He …") shows it is someone. Not
    a word after a determiner: "The Colombian journalist … she" describes someone."""
    if not gender or not mention.name_like or " " in mention.name or mention.name.isupper() \
            or is_place(mention.name):
        return False  # "Vermont … he said" shows nothing of a person
    if mention.name.replace("’", "'").partition("'")[0].lower() in _CONTRACTED_PRONOUNS:
        return False  # "He’d read about the fires", "She'll": a pronoun, contracted
    text = index.paragraphs[mention.at[0] + 1]
    start = text.find(mention.name, mention.at[1])  # after "The" in the run, if it has one
    before = text[max(0, start - 6) : start].split()
    if before and before[-1].lower() in THING_DETERMINERS:
        return False
    # "Nonetheless, he said", "Lately, she …": a word that only opens sentences is none.
    return index.written_as_name(mention.name) and index.gender(mention.name) == gender

def written_as_no_one(text: str, mention: Mention) -> bool:
    """A name written where no person stands: after "in" (a place: "in Las Vegas"), a
    possessive (what describes a thing: "her Santa Monica concert") or, with no title between,
    an article ("for the Upper Midwest", "over the Great Lakes": a region, a thing's name)."""
    start = text.find(mention.name, mention.at[1])
    if start < 0:
        return False
    before = text[max(0, start - 7) : start].split()
    return (bool(before) and (
        before[-1] in _POSSESSIVES
        or (not mention.title and before[-1].lower() in THING_DETERMINERS)
    )) or named_as_a_place(text, start, start + len(mention.name))


def named_with_the(index: NameIndex, word: str) -> bool:
    """Whether the article writes a one-word name only after "The", capitalised in the
    middle of a sentence at least once ("…,” The Weeknd said"): "The" is part of the name."""
    mid_sentence = False
    for text, start in index.occurrences(word):
        if text[max(0, start - 4) : start] != "The ":
            return False
        before = text[: start - 4].rstrip()
        mid_sentence = mid_sentence or (bool(before) and not before.endswith((".", "!", "?")))
    return mid_sentence
