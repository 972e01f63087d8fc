"""A spokesperson's words as their body's: "A spokesperson for Birmingham City Council said" is
the council speaking, and a digest credits the quote to "Birmingham City Council", as it
credits "The council said". The speaker rules keep the spokesperson while they read the
article (a later "the spokesperson said" goes back to them); the body is what is shown.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from digests.analyse.body_nouns import SPEAKING_ROLES
from digests.analyse.names import is_org, is_title_word

if TYPE_CHECKING:
    from digests.analyse.name_index import NameIndex

_ROLE: Final = rf"(?:{SPEAKING_ROLES}|spokespeople)"
# A name as a body writes it: capitalised words and numbers, with the small words of a body's
# name between them ("Department of Health and Social Care", "No 10", "TfW").
_NAME: Final = (
    r"[A-Z0-9][\w'’&.-]*(?:(?: | of | for | and | & | on | the )[A-Z0-9][\w'’&.-]*)*"
)
# "A spokesperson for Birmingham City Council", "the official spokesman of the Kremlin".
_ROLE_FOR_BODY: Final = re.compile(
    rf"(?:[Aa]n?|[Tt]he) (?:[a-z]+ )?{_ROLE} (?:for|of|at|from) (?:the )?(?P<body>{_NAME})"
)
# "A Downing Street spokesman", "a TfW spokesperson", "Stagecoach spokesperson", "the Russian
# Foreign Ministry's spokeswoman".
_BODY_BEFORE_ROLE: Final = re.compile(
    rf"(?:(?:[Aa]n?|[Tt]he) )?(?P<body>{_NAME}) (?:[a-z]+ )?{_ROLE}"
)
_ARTICLES: Final = frozenset({"A", "An", "The"})


def body_spoken_for(speaker: str | None, index: NameIndex) -> str | None:
    """The body a spokesperson ``speaker`` speaks for, where it is named and is no person
    ("Ann Lee's spokesman", "a spokesman for Donald Trump" stay as they are); else
    ``speaker``."""
    if not speaker or ("spokes" not in speaker and " represent" not in speaker \
            and "press officer" not in speaker):
        return speaker
    found = _ROLE_FOR_BODY.fullmatch(speaker) or _BODY_BEFORE_ROLE.fullmatch(speaker)
    if found is None:
        return speaker
    body = found.group("body")
    if body in _ARTICLES or is_title_word(body.partition(" ")[0]):
        return speaker  # "A spokesperson"; "a spokesman for Sen. Jane Roe": a person's
    owned = body.endswith(("'s", "’s"))
    body = body[:-2] if owned else body
    if is_org(body):
        return body
    # "Ann Lee's spokesman"; a person the article calls "he" or "she", or names more fully
    # ("Marcus" after "Marcus Hale"): their spokesperson's words, not theirs.
    return speaker if owned or _names_a_person(index, body) else body


def _names_a_person(index: NameIndex, name: str) -> bool:
    """Whether the article shows ``name`` to be a person: by gender, or by a fuller name."""
    full = index.fullest(name)
    if full == name and " " not in name:
        full = index.only_name_given(name) or full
    return bool(index.gender(full)) or (full != name and not index.is_body(full))
