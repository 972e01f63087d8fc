"""What a subject phrase is, before :mod:`speakers` looks for the person it names: whether it
can name who speaks at all, whether a name in it only describes the noun after it ("a Warren
adviser"), whether it names an affiliation ("the Labour leader") or a role in capitals ("the BJP
MP"), what a role is "of" in the languages that write it after the role, and whether a title
reports someone's words.
"""

from __future__ import annotations

import re
from typing import Final

from digests.analyse.clauses import REPORTING
from digests.analyse.language_words import PORTFOLIO_OF
from digests.analyse.name_parts import person_part
from digests.analyse.name_words import FUNCTION_WORDS
from digests.analyse.names import is_title_word, name_runs

# What a subject phrase never opens with: a preposition ("In Sen. Jeff Sessions' column, “…”",
# "From Bush's Facebook post: “…”" set the scene or name a work).
_PREPOSITIONS: Final = frozenset("in from on at by for with of to into about after before".split())


def may_speak(phrase: str, lowered: str) -> bool:
    """Whether a subject phrase can name who speaks: not one that opens with a preposition,
    ends with a possessive ("Obama's first five questioners", cut to "Obama's": whose, not
    who), is a reporting verb ("Adding, “…”") or a description cut off by a dash ("An
    immigrant himself – …")."""
    if lowered.partition(" ")[0] in _PREPOSITIONS:
        return False
    if phrase.endswith(("'s", "’s", "'", "’")) and not (phrase[-1] == "’" and "‘" in phrase):
        return False  # a possessive; not the close of a quoted name ("del ‘caso Nóos’")
    if " " not in phrase and lowered.endswith("ing") and REPORTING.fullmatch(lowered):
        return False  # "Adding, “…”": a participle that opens a sentence has no subject
    return not (phrase[-1] in "–—-" and phrase[-2:-1] == " "
                and not any(person_part(r.words) for r in name_runs(phrase)))


def without_portfolio(of: list[str]) -> list[str]:
    """What a role is of without the portfolio word: "de la cartera de Cultura" -> "de
    Cultura"."""
    written = " ".join(of).lower()
    for phrase in PORTFOLIO_OF:
        if written.startswith(phrase + " "):
            return of[len(phrase.split()) :]
    return of


# Articles before a role ("el ministro", "der Konzernchef") and the words that say what the
# role is of, in the languages that write it after the role (English "of" is left as it reads).
ARTICLES: Final = frozenset("el la le l' der die das il lo o".split())
ROLE_OF: Final = re.compile(
    r"(?:de|del|des|du|d['’]\w*|von|vom|der|da|do|dos|das|della|dello|dei|degli|delle|di)$"
)


def modifies_a_noun(phrase: str, run_end: int) -> bool:
    """"A Warren adviser", "the Oscar-nominated actor": the name only describes the noun that
    follows it, and that noun is who speaks."""
    head = phrase[run_end:].split()
    return bool(head) and all(w.islower() for w in head) and \
        head[-1] not in FUNCTION_WORDS and phrase.split()[0].lower() in {*UNNAMED_OPENERS, "the"}


# What opens a phrase about someone the article does not name ("a Warren adviser", "one
# Florida Republican strategist", "another Iowa Republican").
UNNAMED_OPENERS: Final = frozenset({"a", "an", "one", "another"})


# Endings of the capitalised adjectives a description may hold that say where someone is from
# or which side they are on ("the Brazilian striker", "the Dutchman", "the Republican").
_ADJECTIVE_ENDINGS: Final = ("an", "ish", "ese", "ch", "ic", "i")


def names_an_affiliation(phrase: str) -> bool:
    """Does a description name what its person belongs to ("the former Lyon boss", "the
    Labour leader")? Nearness alone then cannot say who it is: the article must (a wrong name
    is worse than the description)."""
    return any(word[:1].isupper() and not word.endswith(_ADJECTIVE_ENDINGS)
               for word in phrase.split()[1:])


def role_in_capitals(lowered: str, run: tuple[str, ...]) -> bool:
    """"the Labour MP", "the BJP MP": a role whose word is written in capitals after "the",
    with what it belongs to; no name."""
    return lowered.startswith("the ") and len(run) > 1 and is_title_word(run[-1]) \
        and run[-1].isupper()


# Roles that stand across from the person a story is about: whoever tries, charges, questions
# or speaks for others in it ("the judge said" in "John Smith tells court he is innocent").
OTHER_SIDE_ROLES: Final = frozenset(
    """judge magistrate prosecutor prosecutors coroner sheriff officer detective inspector
    constable police spokesman spokeswoman spokesperson lawyer attorney barrister solicitor
    recorder juror jury witness victim interviewer host presenter referee umpire""".split()
)
_TITLE_QUOTE_MARKS: Final = ("“", "‘", '"', "'", "«", "„")


def reports_words(title: str) -> bool:
    """Does a title report someone's words ("X says…", "X: ‘…’", "X insists …")?"""
    return ": " in title or any(mark in title for mark in _TITLE_QUOTE_MARKS) \
        or REPORTING.search(title) is not None
