"""Names side by side in a speaker's phrase: a person and the body they work for ("Dan Moss
of the City Police": Moss speaks), and a person described by someone else's name ("an aide to
Dan Moss": not Moss)."""

from __future__ import annotations

import re
from typing import Final

from digests.analyse.name_parts import person_part
from digests.analyse.names import name_runs

# A described person whose description ends with whom they serve or know: "an aide to", "a
# close friend of", "a lawyer for", "a source close to". The name after it is someone else.
_SOMEONE_ELSES: Final = re.compile(
    r"(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir) (?:[a-z][\w-]* ){1,3}"
    r"(?:of|for|to|on) (?:the )?"  # "on": "one user on Weibo", the site, not who wrote
)


# Between a person's name and the body they speak for: "Dan Moss of the City Police", "Ann
# Lee with the Red Cross", "Tom Berg at Harbor Airways", "Jo Hale from Acme".
_WORKS_FOR: Final = re.compile(r" (?:of|with|from|at)(?: the)? $")
_WORKS_FOR_WORDS: Final = (" of ", " with ", " from ", " at ")


def person_before_body(segment: str) -> str | None:
    """The person a clause fragment names in full right before the body it ends with ("Patrol
    Chief Dan Moss with the City Police Department"): the body is where they work; they speak.
    Not someone else's aide, friend or lawyer ("an aide to Dan Moss of the …")."""
    if not any(word in segment for word in _WORKS_FOR_WORDS) \
            or not segment.rstrip(" .")[-1:].isalnum():
        return None  # the common case, spared the search for names
    runs = name_runs(segment)
    if len(runs) < 2 or runs[-1].end < len(segment.rstrip(" .")):
        return None
    before, body = runs[-2], runs[-1]
    if _WORKS_FOR.fullmatch(segment, before.end, body.start) is None \
            or len(person_part(before.words)) < 2 or describes_by_another(segment, before.start):
        return None
    return before.raw


def describes_by_another(phrase: str, name_start: int) -> bool:
    """Is ``phrase`` up to ``name_start`` a description of someone by the person named there
    ("an aide to", "a close friend of", "a lawyer for") or by where they wrote ("a fan on")?"""
    return _SOMEONE_ELSES.fullmatch(phrase, 0, name_start) is not None
