"""French reporting clauses set inside the guillemets: "« C'est inquiétant, confirme le maire,
Paul Roux. On attend un médecin. »", "« Nous tiendrons, assure-t-il, jusqu'au bout. »".

French typography keeps one pair of guillemets around a quote that a reporting clause
interrupts, the clause set off by commas inside it. Read as plain quoted text, the clause would
be printed as part of the words and its speaker missed.
"""

from __future__ import annotations

import re
from typing import Final

from digests.analyse.dash_attribution import Interrupted
from digests.analyse.language_words import VERBS, trie

_VERBS: Final = trie(sorted(VERBS["fr"].split()))
# ", confirme le maire de Doubs, Paul Roux. " — a reporting verb (after its auxiliary if it is
# a participle) right after the comma, then its subject: a capital, an article, or a pronoun
# set after the verb ("assure-t-il", "a-t-il estimé"). The clause ends at the sentence's stop,
# or at the next comma, when the pronoun or the participle after it closes it.
_INCISE: Final = re.compile(
    rf",\s+(a-t-(?:il|elle)\s+(?:{_VERBS})(?=[.,])|(?:a\s+)?(?:{_VERBS})"
    r"(?:(?:-t)?-(?:il|elle)(?=[.,])|\s+(?=[A-ZÀ-Ý]|l[ae]\s|l['’]|les\s|M\.\s|Mme\s)"
    r"[^«»“”.!?]{1,120}?(?=\.\s))"
    r")([.,])\s+(?=\S)"
)


def without_french_incise(text: str) -> Interrupted | None:
    """``text`` without the reporting clause French sets between commas inside a quote, and that
    clause ("C'est inquiétant, confirme le maire, Paul Roux. On attend." -> "C'est inquiétant.
    On attend." and "confirme le maire, Paul Roux"); None when no such clause interrupts it."""
    if ", " not in text:
        return None  # a clause inside a quote opens with a comma: most quotes have none
    found = _INCISE.search(text)
    if found is None:
        return None
    return Interrupted(f"{text[: found.start()]}{found.group(2)} {text[found.end():]}",
                       found.group(1).strip())
