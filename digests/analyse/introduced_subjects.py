"""Sentences that bring a person in as their subject without opening with the name: "По
словам … Павла Мартынова, …", "According to Mayor Ann Lee, …" (whose words the sentence
gives), "Among the objectors is Aoife Gilligan, …" (the person named after "is"), "Morgan
Stanley's Clara Beaumont was more upbeat" (after whom they work for). The story goes on with
that person: the next "he" or "она" is theirs."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from digests.analyse.clauses import SENTENCE_BREAK
from digests.analyse.name_words import POSSESSIVE_ENDINGS

if TYPE_CHECKING:
    from digests.analyse.mentions import Mention

_REACH: Final = 120  # characters: the opening before the name
_ROLE_REACH: Final = 80  # characters: a role and what it is of, before the name

# "По словам президента Российского зернового союза Павла Мартынова, …", "According to
# Mayor Ann Lee, …": a sentence that opens with whose words it gives; the story goes on with
# that person ("Он напомнил…").
_WORDS_OF: Final = re.compile(
    r"(?:по словам|according to|según|selon|laut|secondo|segundo)\s+(?:[\w'’.-]+\s+){0,6}$",
    re.IGNORECASE,
)


_WORDS_OF_OPENER: Final = re.compile(
    r"(?:по словам|according to|según|selon|laut|secondo|segundo)\s", re.IGNORECASE
)
_FIGURES: Final = re.compile(
    r"\b(?:datos|data|cifras|figures|estimates|données|chiffres|daten|angaben|zahlen|dati|"
    r"dados|данным|оценкам)\b",
    re.IGNORECASE,
)


# "Among the objectors is Aoife Gilligan, …", "The next speaker was Martin Okonkwo-Reyes, …":
# a sentence that brings a person in by naming them after "is"/"was", its subject.
_BROUGHT_IN: Final = re.compile(
    r"(?:The|Among|Also|Joining|Leading|Next)\b[^,.;:!?“”\"«»]{0,80}\b(?:is|was) $"
)


def named_by_copula(text: str, mention: Mention) -> bool:
    """Is the mention the person a sentence brings in after "is"/"was" ("Among the objectors
    is Aoife Gilligan")? The story goes on with them."""
    start = mention.at[1]
    if text[max(0, start - 4) : start] not in (" is ", "was ") or not mention.person:
        return False  # the usual case, settled by the two words before the name
    head = text[max(0, start - _REACH) : start]
    breaks = [m.end() for m in SENTENCE_BREAK.finditer(head)]
    if not breaks and start > _REACH:
        return False
    return _BROUGHT_IN.fullmatch(head[breaks[-1] if breaks else 0 :].lstrip()) is not None


def whose_words_open(text: str, mention: Mention) -> bool:
    """Is the mention the person whose words open its sentence ("По словам … Павла
    Мартынова, …")?"""
    start = mention.at[1]
    head = text[max(0, start - _ROLE_REACH) : start]
    if not mention.person or "," in head:
        return False
    # The opening's words are looked for first: the pattern, anchored at the name, would be
    # tried at every position of the text before it, for every name.
    opener = _WORDS_OF_OPENER.search(head)
    if opener is None:
        return False
    found = _WORDS_OF.match(head, opener.start())
    if found is not None and _FIGURES.search(found.group()):
        return False  # "Según datos del Banco de España": figures, not someone's words
    return found is not None and ((found.start() == 0 and start <= _ROLE_REACH)
                                  or head[: found.start()].rstrip()[-1:] in ".!?»”\"")


# A name, in capitalised words, and its possessive, opening a sentence: "Morgan Stanley's ",
# "Northgate Advisors' ", "Carrow & Lutz's ".
_OPENING_OWNER: Final = re.compile(
    r"(?:^|[.!?][\"”’)]?\s)\s*(?:(?:[A-Z][\w&.-]*|&)\s){0,3}[A-Z][\w&.-]*(?:['’]s|s['’]) $")
_OWNER_ENDS: Final = tuple(f"{ending} " for ending in POSSESSIVE_ENDINGS)


def named_after_owner(text: str, mention: Mention) -> bool:
    """Is the mention a person named after the body or the person they belong to, which opens
    the sentence ("Morgan Stanley's Clara Beaumont was more upbeat", "Citi's Ana Ruiz said")?
    The possessive opens the sentence; its subject is the person."""
    start = mention.at[1]
    if text[start - 3 : start] not in _OWNER_ENDS or not mention.person:
        return False  # the usual case, settled by the three characters before the name
    return _OPENING_OWNER.search(text[max(0, start - _ROLE_REACH) : start]) is not None
