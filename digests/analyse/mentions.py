"""What a capitalised run names: the mentions it holds, each with the title written before it,
whether it is a person, and whether it can stand as a full name (:mod:`name_index` asks)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final, NamedTuple

from digests.analyse.language_words import GERMAN_ABSTRACT_ENDINGS
from digests.analyse.name_parts import FOREIGN_HONORIFICS, person_part
from digests.analyse.name_words import CONNECTORS, opens_as_adverb
from digests.analyse.names import is_capitalised, is_org, is_place, is_title_word, split_run


class Mention(NamedTuple):
    """A person (or body) named in the article: where, by which words, and with which title
    (a named tuple for the same reason as :class:`names.NameRun`)."""

    name: str
    at: tuple[int, int]  # (paragraph index, offset); the title is paragraph -1
    title: str  # the role words written before the name, lower case ("president", "mr.")
    person: bool
    name_like: bool  # every word capitalised: a form a full name can be taken from


@lru_cache(maxsize=8192)
def run_mentions(run: str) -> tuple[tuple[int, str, str, bool, bool], ...]:
    """The mentions one matched run holds, as (offset in the run, then :func:`describe`).

    Keyed by the run as written: "The", "Mr. Putin" and the like recur across articles, and this
    saves splitting and describing them again.
    """
    return tuple(
        (start, *described)
        for start, _, words in split_run(run)
        if (described := describe(words)) is not None
    )


@lru_cache(maxsize=8192)
def describe(run_words: tuple[str, ...]) -> tuple[str, str, bool, bool] | None:
    """What a run says: (name, title, is a person, usable as a full-name form)."""
    words = person_part(run_words)
    if not words:
        return None
    name = " ".join(words)
    skipped = run_words[: len(run_words) - len(words)]
    # "World Bank President Jim Yong Kim": a role of a body named with it is not the role
    # "the president" stands for in the article.
    title = "" if _role_of_a_body(skipped) else " ".join(
        w.lower() for w in skipped if is_title_word(w) or w.lower() in FOREIGN_HONORIFICS
    )
    org = is_org(name)
    # "Konzernchef von FACC": a role and the body it belongs to, not a titled person.
    person = not org and (len(words) >= 2 or bool(title)) and not (title and words[0].islower()) \
        and not (not title and is_place(name)) and not reads_as_heading(words) \
        and not words[-1].endswith(GERMAN_ABSTRACT_ENDINGS)
    name_like = not org and all(is_capitalised(w) or w.lower() in CONNECTORS for w in words)
    if name_like and len(words) > 2 and any(w in _TITLE_CASE_LINKS for w in words[1:-1]):
        return name, title, False, False  # "Nights With Adele": a show or a headline's words
    return name, title, person, name_like


def _role_of_a_body(skipped: tuple[str, ...]) -> bool:
    """Whether the words before a name give a role of a body ("World Bank President"). India's
    "Union Home Minister" is a minister of the Union government: "the minister" all the same."""
    if len(skipped) > 1 and skipped[0] == "Union" and skipped[-1].lower() == "minister":
        return False
    return is_org(" ".join(skipped))


# Little words that a title capitalises inside it and a person's name never holds.
_TITLE_CASE_LINKS: Final = frozenset("With For And At In On To From By Of The Is Are".split())


# What a hometown follows after a person's name and age ("Derek Ollerenshaw, 71, from Heaton
# Norris", "a 34-year-old from West Bromwich"): a place, however many capitalised words it has.
_HOMETOWN_LEADS: Final = (", from ", "-old from ", "-olds from ")


def is_hometown(text: str, start: int) -> bool:
    """Is the run at ``start`` where someone introduced just before is from?"""
    return text.endswith(_HOMETOWN_LEADS, 0, start)


def opens_body_name(text: str, end: int, runs: list[tuple[int, str]], index: int) -> bool:
    """Is run ``index`` of ``text`` (ending at ``end``) the first half of a body's name joined
    by "and" to the next run, which goes on to a person: "Metro Fire" in "Metro Fire and Rescue
    Services Station Officer Dean Pike"? What the next run holds before its person is a body.
    The body's initials may stand between it and the person ("Fire and Emergency Services
    (QFES) Chief Superintendent James Gill")."""
    if not text.startswith(" and ", end) or index + 1 >= len(runs):
        return False
    start, run = runs[index + 1]
    if start != end + len(" and "):
        return False
    person_at = _person_at(run)
    if person_at > 0:
        return is_org(run[:person_at])
    initials = _INITIALS_AFTER.match(text, start + len(run))
    if not initials or not is_org(run):
        return False
    # The initials are a run of their own; the person's run is the one after them.
    following = runs[index + 2 : index + 4]
    return any(at == initials.end() and _person_at(titled) > 0 for at, titled in following)


# A body's initials in brackets after its name: " (QFES) ".
_INITIALS_AFTER: Final = re.compile(r" \([A-Z]{2,6}\) ")


def _person_at(run: str) -> int:
    """Where the person a run names starts in it, after a title or a body's words (0 when
    the run opens with them, -1 when it names no person)."""
    held = run_mentions(run)
    if not held or not held[0][3]:
        return -1
    return run.find(held[0][1])


_LONGEST_NAME: Final = 5  # words but connectors: "Martin Luther King Jr.", "José María Aznar López"
_CAPITALS_WORD: Final = 4  # letters from which a word in capitals is no initialism ("FBI", "CIA")


def reads_as_heading(words: tuple[str, ...]) -> bool:
    """A heading, caption or credit, not a person: a word in capitals ("FULL TEXT", "POOL
    New/Reuters", "THE BORROWING Back when…") or more words than a name has ("Anchor
    Expressed Fear About Future Prejudice Against Her Daughter")."""
    if any(len(word) >= _CAPITALS_WORD and word.isupper() for word in words):
        return True
    return len(words) > _LONGEST_NAME and \
        sum(1 for word in words if word.lower() not in CONNECTORS) > _LONGEST_NAME


# "Hale Brothers, a research firm, said", "Dunmore Analytics, a consulting company based in
# Ohio": an appositive that calls the name before it a body. The words before the noun hold no
# preposition or relative ("a partner at the firm", "a member of the union" describe a person),
# and the noun ends the phrase ("a bank manager", "the company's chief" and "the company said"
# are not the name's description).
_BODY_NOUNS: Final = (
    "firm|company|group|agency|bank|fund|organisation|organization|institute|party|union|"
    "newspaper|channel|network|website|charity|council|association|consultancy|startup|"
    "airline|retailer|manufacturer|insurer|broadcaster|label|studio|publisher"
)
_NOT_DESCRIBING: Final = "of|for|at|in|on|with|to|from|by|who|whose|which|that|as|said|says"
_AFTER_THE_NOUN: Final = (
    "based|that|which|whose|where|in|from|with|and|owned|backed|founded|headquartered|run|"
    "set|known|focused|specialising|specializing"
)
_BODY_APPOSITIVE: Final = re.compile(
    rf", (?:an?|the) (?:(?!(?:{_NOT_DESCRIBING})\b)[\w'’.&-]+ ){{0,4}}(?:{_BODY_NOUNS})"
    rf"(?=[,.;:]|\s(?:{_AFTER_THE_NOUN})\b)"
)


def called_a_body(text: str) -> list[int]:
    """The offsets in ``text`` at which an appositive that calls the name before it a body
    starts (the comma after "Hale Brothers" in "Hale Brothers, a research firm, said")."""
    if ", a" not in text and ", the" not in text:
        return []  # (the pattern's only openings: two substring tests settle most paragraphs)
    return [match.start() for match in _BODY_APPOSITIVE.finditer(text)]


# "The label that owns her songs, Red Harbor, says", "The company that runs the fair, Lund
# Events, denies": a sentence that opens with the noun for a body, and what it does, and sets
# the body's name off after it.
# The pattern opens with the word itself, which the regex engine scans for; where the
# sentence starts is checked after.
_BODY_NOUN_BEFORE: Final = re.compile(
    rf"The (?:[\w'’-]+ ){{0,2}}(?:{_BODY_NOUNS})"
    rf"(?: (?:that|which) [^,.;:!?“”\"]{{1,60}})?, (?=[A-Z])"
)


def named_after_a_body_noun(text: str) -> list[int]:
    """The offsets in ``text`` at which a name set off after a body's noun starts (where "Red
    Harbor" starts in "The label that owns her songs, Red Harbor, says"). Tried only where
    "The " opens a sentence: found with ``str.find``, far quicker than a regex scan."""
    found = []
    start = text.find("The ")
    while start >= 0:
        if _opens_sentence(text[max(0, start - 4) : start]):
            match = _BODY_NOUN_BEFORE.match(text, start)
            if match is not None:
                found.append(match.end())
        start = text.find("The ", start + 4)
    return found


def _opens_sentence(before: str) -> bool:
    """Whether the few characters before a word end a sentence, or there are none."""
    before = before.rstrip().rstrip("\"”’")
    return not before or before.endswith((".", "!", "?"))


def bodies_starting_at(text: str, starts: list[int], mentions: list[Mention]) -> set[str]:
    """The names among ``mentions`` of ``text`` that start at one of ``starts`` and close the
    apposition with a comma: not a place."""
    return {mention.name for mention in mentions
            if mention.at[1] in starts and mention.name_like and not is_place(mention.name)
            and text.startswith(",", mention.at[1] + len(mention.name))}


def bodies_ending_at(text: str, ends: list[int], mentions: list[Mention]) -> set[str]:
    """The names among ``mentions`` of ``text`` that end at one of ``ends``: a full name, not a
    place ("In Ohio, a bank…") nor a word that opens a sentence as an adverb does ("Meanwhile,
    a firm…"; "Indivisible, the grassroots organization, said" names one)."""
    found = set()
    for mention in mentions:
        start = mention.at[1]
        if start + len(mention.name) in ends and mention.name_like and not is_place(mention.name):
            before = text[:start].rstrip()
            if " " in mention.name or (before and before[-1] not in ".!?\"”") \
                    or not opens_as_adverb(mention.name):
                found.add(mention.name)
    return found


def joins_body_name(text: str, runs: list[tuple[int, str]], i: int) -> bool:
    """Is run ``i`` the first half of a body's name joined by "and" to the next run, which
    goes on to a person ("Metro Fire" in "Metro Fire and Rescue Services Station Officer Dean
    Pike")? Then it names no person. (The cheap test first: few runs are followed by "and".)"""
    end = runs[i][0] + len(runs[i][1])
    return text.startswith(" and ", end) and opens_body_name(text, end, runs, i)


def names_in_headline(found: list[Mention], body: str) -> list[Mention]:
    """Title mentions cut to the longest start the body also writes, or dropped.

    In a headline whose every word is capitalised, a capitalised run is the whole headline
    ("George Zimmerman Auctioning Off Gun Used To Kill Trayvon Martin"): only the body
    shows where a name ends (``body``: the article's paragraphs after the title).
    """
    kept = []
    for mention in found:
        words = mention.name.split()
        while words and " ".join(words) not in body:
            words.pop()
        described = describe(tuple(words)) if words else None
        if described is not None:
            name, _, person, name_like = described
            kept.append(mention._replace(
                name=name, person=person or bool(mention.title), name_like=name_like
            ))
    return kept
