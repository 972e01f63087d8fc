"""A body's name as the text writes it around a mention that holds only its first capitalised
words: the "of" part ("Illinois Board of Elections"), a British force's lower-case "police"
("Northumbria police"), a French or Spanish name's lower-case words ("L'Office français de la
biodiversité")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from digests.analyse.mentions import Mention
    from digests.analyse.name_index import NameIndex


# The rest of a body's name after its first capitalised words: "… of Elections", "… for
# Education", "… of Housing, Communities and Local Government" is not taken (a comma ends it).
_OF_PART: Final = re.compile(r"(?: (?:of|for|and|&)(?: the)?(?: [A-Z][\w'’&.-]*)+)+")


def whole_name(index: NameIndex, mention: Mention) -> str:
    """The body's name as the text writes it where ``mention`` is, its "of" part included
    ("Illinois Board of Elections", where the mention holds "Illinois Board")."""
    return whole_name_at(index.paragraphs[mention.at[0] + 1], mention)[1]


def whole_name_at(text: str, mention: Mention) -> tuple[int, str]:
    """Where ``mention``'s name starts in ``text`` (-1 if nowhere), and its whole name."""
    start = text.find(mention.name, mention.at[1])
    if start < 0:
        return start, mention.name
    rest = _OF_PART.match(text, start + len(mention.name)) \
        or _FORCE_PART.match(text, start + len(mention.name))
    if rest:
        return start, mention.name + _without_full_stop(rest.group())
    romance = ROMANCE_HEAD.fullmatch(mention.name)
    if romance:
        rest = _ROMANCE_PART.match(text, start + len(mention.name))
        if rest and rest.group():  # (it matches everywhere, if only the empty string)
            return start, romance.group("head") + rest.group()
    return start, mention.name


def _without_full_stop(part: str) -> str:
    """A name's "of" part without the full stop of the sentence it ends ("of Finance."), but
    with an abbreviation's ("of the U.S.", "Smith & Co.")."""
    last = part.rpartition(" ")[2]
    if last.endswith(".") and "." not in last[:-1] and last.lower() not in _ABBREVIATIONS:
        return part[:-1]
    return part


_ABBREVIATIONS: Final = frozenset({"co.", "inc.", "corp.", "ltd.", "bros.", "dept.", "assn."})


# A French or Spanish body's name, whose words after the first are in lower case: "L'Office
# français de la biodiversité", "La Compagnie minière de Boké", "Agence régionale de santé".
ROMANCE_HEAD: Final = re.compile(
    r"(?:L['’]|La |Le |El )?(?P<head>Office|Agence|Compagnie|Direction|Institut|Caisse|Autorité"
    r"|Conseil|Cour|Fédération|Confédération|Union|Observatoire|Centre|Société|Banque|Régie"
    r"|Chambre|Établissement|Agencia|Instituto|Consejo|Dirección|Oficina|Compañía|Sociedad"
    r"|Confederación|Federación|Asociación|Sindicato|Syndicat|Association)"
)
# Its adjectives ("français", "minière", "régionale", "générale", "nacional") and one "de"
# complement ("de la biodiversité", "de santé", "des ressources humaines", "de Boké").
_ROMANCE_ADJECTIVE: Final = (
    r"[a-zà-ÿ]+(?:ais|aise|al|ale|aux|ique|ien|ienne|ier|ière|el|elle|if|ive|ée|aire|ino|ina"
    r"|ano|ana|ico|ica|ar|ense|és|esa|ario|aria|eur|ure)"
)
_ROMANCE_PART: Final = re.compile(
    rf"(?: {_ROMANCE_ADJECTIVE}(?=[ ,.]))*"
    rf"(?: (?:de la |de l['’]|de |du |des |d['’]|del |de los |de las )"
    rf"(?:[A-ZÀ-Ý][\w-]*|[a-zà-ÿ]+(?=[ ,.]))(?: {_ROMANCE_ADJECTIVE}(?=[ ,.]))*)?"
)


# A force named by its area, "police" in lower case as British papers write it ("Northumbria
# police", "Metropolitan police").
_FORCE_PART: Final = re.compile(r" police\b")
