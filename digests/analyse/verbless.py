"""Is a standfirst line a noun phrase, with no verb of its own? Such a line says who or what the
story is about, not what happened: a profile's or an obituary's deck ("Stage designer whose
bare, light-filled sets transformed British regional theatre in the 1970s and 80s"), a paper's
subtitle ("An Observational Study With a Regression Discontinuity Design", "First clinical trial
of an automated blood drawing and testing device"). It is no key point: a point tells news.

Told in English only, without a tagger, by two shapes a deck of that kind takes: a few words
and then "who"/"whose" with a clause of at most one verb (the relative clause's own: a main verb
after it would be a second; its words in "-s" are taken for nouns), or an article or ordinal, a
few words, and then "of"/"with" with no verb after. A verb is told by its marks: an auxiliary
("is", "has", "will"), a word in "-ed" that no article makes an adjective ("an automated
device"), or a lower-case word in "-s" (a verb in the present: "arrives", "shows"; a plural
noun reads so too, which leaves the line alone). Headline-style decks ("Islanders face weeks of
reduced sailings as…") keep their verbs by these marks; one with a bare plural verb and nothing
else marked would not, so the shapes stay narrow.
"""

from __future__ import annotations

from typing import Final

_RELATIVE: Final = frozenset({"who", "whose"})
_PREPOSITIONS: Final = frozenset({"of", "with"})
# Words that open a noun phrase before "of"/"with" ("An Observational Study With…").
_NOUN_OPENERS: Final = frozenset("a an the first second third new".split())
# The words before the relative pronoun or the preposition, at most: a short noun phrase.
_MAX_HEAD_WORDS: Final = 5
_AUXILIARIES: Final = frozenset(
    """
    is are was were be been being has have had will would can could may might must shall
    should does do did isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't can't
    couldn't doesn't don't didn't
    """.split()
)
# An "-ed" word after one of these is an adjective ("an automated device", "its restored
# facade").
_DETERMINERS: Final = frozenset("a an the its their his her our this that these those".split())


def is_verbless(line: str, language: str) -> bool:
    """Is ``line`` an English noun phrase without a verb of its own (see the module's doc)?"""
    if language[:2] not in ("en", ""):
        return False
    words = [word.strip(",;:()\u201c\u201d\"'") for word in line.split()]
    for at, word in enumerate(words[: _MAX_HEAD_WORDS + 1]):
        lowered = word.lower()
        if at and lowered in _RELATIVE:
            # The relative clause's own verb is one; a main verb after it makes two.
            return _verbs(words[:at]) == 0 and _verbs(words[at + 1 :], present=False) <= 1
        if at and lowered in _PREPOSITIONS and words[0].lower() in _NOUN_OPENERS:
            return _verbs(words) == 0
    return False


def _verbs(words: list[str], *, present: bool = True) -> int:
    """How many of ``words`` bear a verb's mark; a word in "-s" only when ``present`` (in a
    relative clause, most are the nouns it is about: "whose … sets transformed…")."""
    count = 0
    for at, word in enumerate(words):
        lowered = word.lower().removesuffix("'s").removesuffix("\u2019s")
        if lowered in _AUXILIARIES:
            count += 1
        elif word[:1].islower() and "-" not in word and word.isalpha():
            # Not a name, a compound ("light-filled") or a figure, which bear no verb.
            after_determiner = at > 0 and words[at - 1].lower() in _DETERMINERS
            count += _is_past(lowered, after_determiner) or (present and _is_present(lowered))
    return count


def _is_past(lowered: str, after_determiner: bool) -> bool:
    """Is the word a verb in the past ("transformed"), not an adjective after an article ("an
    automated device")?"""
    return lowered.endswith("ed") and not after_determiner


def _is_present(lowered: str) -> bool:
    """Is the word a verb in the present, third person ("arrives", "shows")? A plural noun
    reads so too."""
    return lowered.endswith("s") and not lowered.endswith("ss") and len(lowered) > 3
