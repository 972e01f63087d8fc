"""Who "the Ohio Democrat" is: the person the article labels with party and state in brackets,
"Rep. Sarah Collins (D-Ohio)", as US papers write a member of Congress after the name.

Two members of Congress who share a surname, or a senator and a representative quoted in turn,
are often told apart by nothing else: "the Ohio Democrat" is the one labelled "(D-Ohio)", not
the last person who spoke.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from digests.analyse.name_index import NameIndex

# Each state by its name, then the forms a label writes it in: the AP's abbreviation and the
# postal code (a state the AP writes out has only its code).
_STATE_FORMS: Final = """
alabama Ala. AL|alaska AK|arizona Ariz. AZ|arkansas Ark. AR|california Calif. CA|colorado Colo. CO
connecticut Conn. CT|delaware Del. DE|florida Fla. FL|georgia Ga. GA|hawaii HI|idaho ID
illinois Ill. IL|indiana Ind. IN|iowa IA|kansas Kan. Kans. KS|kentucky Ky. KY|louisiana La. LA
maine ME|maryland Md. MD|massachusetts Mass. MA|michigan Mich. MI|minnesota Minn. MN
mississippi Miss. MS|missouri Mo. MO|montana Mont. MT|nebraska Neb. Nebr. NE|nevada Nev. NV
new hampshire N.H. NH|new jersey N.J. NJ|new mexico N.M. NM|new york N.Y. NY
north carolina N.C. NC|north dakota N.D. ND|ohio OH|oklahoma Okla. OK|oregon Ore. Oreg. OR
pennsylvania Pa. Penn. PA|rhode island R.I. RI|south carolina S.C. SC|south dakota S.D. SD
tennessee Tenn. TN|texas Tex. TX|utah UT|vermont Vt. VT|virginia Va. VA|washington Wash. WA
west virginia W.Va. W.V. WV|wisconsin Wis. Wisc. WI|wyoming Wyo. WY
"""


def _forms_by_state() -> dict[str, frozenset[str]]:
    """Each state's name (lower case) -> the forms of it a label may hold, lower-cased."""
    forms = {}
    for entry in _STATE_FORMS.replace("\n", "|").split("|"):
        words = entry.split()
        name = [word for word in words if word.islower()]
        if name:
            forms[" ".join(name)] = frozenset(
                [" ".join(name), *(word.lower() for word in words[len(name):])]
            )
    return forms


_FORMS_OF: Final = _forms_by_state()
_PARTY_LETTERS: Final = {"democrat": "d", "republican": "r", "independent": "i"}
PARTIES: Final = frozenset(_PARTY_LETTERS)
# The label right after a name: "(D-Ohio)", "(R-Ind.)", "(D-N.Y.)", "(R-TX)".
_LABEL: Final = re.compile(r"\s*\(([DRI])-\s?([A-Z][\w.]*(?: [A-Z][\w.]*)?)\)")


def labelled_person(index: NameIndex, words: list[str], at: tuple[int, int]) -> str | None:
    """The fullest name of the one person labelled with the party and state that ``words``
    give ("ohio democrat"), named before ``at``; None when no one, or two people, are."""
    party = _PARTY_LETTERS.get(words[-1])
    forms = _FORMS_OF.get(" ".join(words[:-1]))
    if party is None or forms is None:
        return None
    found = set()
    for mention in index.backwards(at, (-1, 0)):
        text = index.paragraphs[mention.at[0] + 1]
        start = text.find(mention.name, mention.at[1])
        if start < 0:
            continue
        label = _LABEL.match(text, start + len(mention.name))
        if label and label.group(1).lower() == party and label.group(2).lower() in forms:
            found.add(index.fullest(mention.name))
    return next(iter(found)) if len(found) == 1 else None
