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

# With two that are English words too, and so no reporting verbs in every language's list; set
# between commas inside guillemets, they are French ("…, analyse-t-elle. …").
_VERBS: Final = trie(sorted([*VERBS["fr"].split(), "analyse", "note"]))
# Whom, where or when the words were said, after an inverted pronoun: "raconte-t-il à 20
# Minutes", "a-t-elle assuré mercredi matin sur France Inter".
_TO_WHOM: Final = r"(?:\s+(?:à|au|aux|sur|dans|lors|devant|auprès|en|ce|ces|mercredi|lundi|mardi" \
    r"|jeudi|vendredi|samedi|dimanche|hier)\b[^«»“”.!?,]{0,80}?)?"
# ", confirme le maire de Doubs, Paul Roux. " — a reporting verb (after its auxiliary if it is
# a participle) right after the comma, then its subject: a capital, an article, or a pronoun
# set after the verb ("assure-t-il", "a-t-il estimé"), an adverb between ("dit simplement Hassan
# Oubella"). The clause ends at the sentence's stop,
# or at the next comma, when the pronoun or the participle after it closes it.
_INCISE: Final = re.compile(
    rf",\s+(a-t-(?:il|elle)\s+(?:{_VERBS}){_TO_WHOM}(?=[.,])|(?:a\s+)?(?:{_VERBS})"
    rf"(?:(?:-t)?-(?:il|elle){_TO_WHOM}(?=[.,])|(?:\s+[a-zé]+ment)?\s+"
    r"(?=[A-ZÀ-Ý]|l[ae]\s|l['’]|les\s|M\.\s|Mme\s)[^«»“”.!?]{1,120}?(?=\.\s))"
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
