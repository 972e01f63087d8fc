"""A body's name that runs of capitals joined by small words make ("the Food and Drug
Administration", "the Department for Work and Pensions", "Harbor & Pine Capital", "the Owyhee
County Sheriff’s Office"): the whole name speaks, not its last run alone.
"""

from __future__ import annotations

from typing import Final

from digests.analyse.name_parts import person_part
from digests.analyse.name_words import OCCUPATIONS
from digests.analyse.names import NameRun, is_function_word, is_org, is_place, is_title_word

# The small words that join the runs of a body's name, and the same as they stand between runs.
BODY_NAME_JOINS: Final = frozenset({"of", "and", "&", "for"})
NAME_JOINTS: Final = frozenset(f" {word} " for word in BODY_NAME_JOINS)


def joined_body_name(segment: str, runs: list[NameRun]) -> str | None:
    """A body's whole name where it joins runs of capitals with "and", "of" or "for" ("the Food
    and Drug Administration", "the Association of American Railroads", "the Department for
    Work and Pensions"), and a word of one of its ends says it is a body: not its last run
    alone."""
    if len(runs) < 2 or _titled_person(runs[-1].words):
        return None  # "… and House Speaker Tim Moore": a person after a role, no body's part
    joint = segment[runs[-2].end : runs[-1].start]
    if runs[-2].raw.endswith(("'s", "’s")):
        return _office_of_holder(segment, runs) if joint == " " else None
    if joint in (" of ", " for ") and is_place(" ".join(runs[-1].words)):
        return None  # "the Government of Canada" names a place's government; "of Ohio" a place
    if joint == " & " and runs[-2].words[0] not in _ARTICLES_IN_CAPITALS:
        # "Harbor & Pine Capital", "Marcus & Millichap": names joined by "&" are one firm's
        return segment[runs[-2].start : runs[-1].end]
    # Back over the runs the body's name joins ("Department for Work and Pensions", "Centers
    # for Disease Control and Prevention"), to the one that opens it.
    head = len(runs) - 1
    while head > 0 and segment[runs[head - 1].end : runs[head].start] in NAME_JOINTS \
            and not runs[head - 1].raw.endswith(("'s", "’s")):
        head -= 1
    # "and" joins inside a body's name after its "of" or "for", or before its noun ("Food and
    # Drug Administration"); else it joins two subjects ("Acme Bank and John Smith").
    named_for = False
    for at in range(head + 1, len(runs)):
        joint = segment[runs[at - 1].end : runs[at].start]
        named_for = named_for or joint in (" of ", " for ")
        if joint in (" and ", " & ") and not named_for and not is_org(" ".join(runs[-1].words)):
            head, named_for = at, False
    if head == len(runs) - 1 or not (
        is_org(runs[head].words[-1]) or is_org(" ".join(runs[-1].words))
    ):
        return None
    # The whole first run, but for a sentence's opening word ("The Food and …"): a body's name
    # holds words a person's would drop ("British Beer").
    first = [word for word in runs[head].words if not is_function_word(word)]
    if not first:
        return None
    start = runs[head].start + runs[head].raw.find(first[0])
    return segment[start : runs[-1].end]


_ARTICLES_IN_CAPITALS: Final = frozenset({"The", "A", "An"})


def _titled_person(words: tuple[str, ...]) -> bool:
    """Whether a run is a person's name of two words or more after a role ("House Speaker Tim
    Moore"), not a body's ("American Railroads")."""
    person = person_part(words)
    return 2 <= len(person) < len(words) \
        and any(is_title_word(word) for word in words[: len(words) - len(person)])


def _office_of_holder(segment: str, runs: list[NameRun]) -> str | None:
    """"the Owyhee County Sheriff’s Office", "the Children’s Hospital": a body named by whose
    it is, where that is an office's holder or a group of people, not a person's name; "the
    Alzheimer's Association", "the Parkinson's Foundation": a charity named after a disease or
    its founder."""
    owner = runs[-2].words[-1][:-2]
    first = [word for word in runs[-2].words if not is_function_word(word)]
    if not is_org(" ".join(runs[-1].words)) or not (
        is_title_word(owner) or owner.lower() in OCCUPATIONS or owner in _PEOPLE_OWNING
        or (len(first) == 1 and runs[-1].words[-1] in _NAMED_AFTER_SOMEONE
            and len(runs[-1].words) == 1 and not is_place(owner))
    ):
        return None
    start = runs[-2].start + runs[-2].raw.find(first[0])
    return segment[start : runs[-1].end]


_PEOPLE_OWNING: Final = frozenset({"Children", "Women", "Men", "People"})
# Bodies named after a disease or a founder in the possessive ("Alzheimer's Association"),
# where the possessor owns nothing: the name is whole.
_NAMED_AFTER_SOMEONE: Final = frozenset({"Association", "Foundation", "Society", "Trust"})
