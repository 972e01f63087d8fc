"""Which body the article means by the noun it calls it by ("the company", "the agency", "the
ministry") where that body speaks: a digest shows "Corvid" or "National Environment Agency",
which tells the reader who spoke, where "the company" does not.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from digests.analyse.mentions import Mention
    from digests.analyse.name_index import NameIndex

# Nouns for a body in English, as "the …" speaks for one the article has named. These are
# part of the body's name where it has one ("Ministry of Finance", "National Environment
# Agency"): only a name that holds the noun is the body it means.
NAMING_NOUNS: Final = frozenset("""
    agency ministry department authority commission council university hospital foundation
    society federation league institute union association board bank fund
""".split())
# These are not: "the company" is the body the story turned to last, whatever its name.
BODY_NOUNS: Final = NAMING_NOUNS | frozenset("""
    company firm group organisation organization charity startup airline retailer
    manufacturer insurer broadcaster publisher regulator watchdog operator utility carrier
    lender developer automaker carmaker maker chain club
""".split())
# Paragraphs back where a body the noun does not name may be.
_NEARBY: Final = 1
_MAX_WORDS: Final = 3  # "the company", "the auction house", "the Oslo-based company"


def body_called(index: NameIndex, lowered: str, at: tuple[int, int]) -> str | None:
    """The body "the <noun>" stands for: the last named before ``at`` whose name holds the noun
    ("the agency": "National Environment Agency"); for a noun no name holds ("the company"),
    the last body named, where it opened a sentence of this paragraph or the one before (the
    company that "said in a statement" above its quote)."""
    words = lowered.split()
    if not 2 <= len(words) <= _MAX_WORDS or words[0] != "the" or words[-1] not in BODY_NOUNS:
        return None
    noun = words[-1].capitalize()
    if words[-1] in NAMING_NOUNS:
        for mention in index.backwards(at, (-1, 0)):
            if noun in mention.name.split() and index.is_body(mention.name):
                return _whole_name(index, mention)
        return None
    # Only the last subject named, where it is a body: another name that opened a sentence
    # since may be the one meant ("The American Red Cross said… “…,” the organization said"
    # after the Storm Prediction Center: a body whose name says nothing of one).
    for mention in index.backwards(at, (at[0] - _NEARBY, 0), whole=True):
        if index.is_subject(mention):
            return mention.name if index.is_body(mention.name) else None
    return None

# The rest of a body's name after its first capitalised words: "… of Elections", "… for
# Education", "… of Housing, Communities and Local Government" is not taken (a comma ends it).
_OF_PART: Final = re.compile(r"(?: (?:of|for|and|&)(?: the)?(?: [A-Z][\w'’&.-]*)+)+")


def _whole_name(index: NameIndex, mention: Mention) -> str:
    """The body's name as the text writes it where ``mention`` is, its "of" part included
    ("Illinois Board of Elections", where the mention holds "Illinois Board")."""
    text = index.paragraphs[mention.at[0] + 1]
    start = text.find(mention.name, mention.at[1])
    if start < 0:
        return mention.name
    rest = _OF_PART.match(text, start + len(mention.name))
    return mention.name + rest.group() if rest else mention.name
