"""A parent quoted by the family word alone ("“…”, dit la maman", "the mother said", "sagte
die Mutter"), where the article names that parent by the same word or its synonym: "Natalie
Fernando, mère d'un petit garçon autiste", "his mother, Jane Hale", "Jane Hale, the boy's
mother". Stories about a child quote the parent so; the family word is no one a reader can
place once the name is given. Only the one such parent named before the quote: two, or none,
and the description stays as written (a wrong name is worse).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from digests.analyse.name_index import NameIndex

_MOTHER: Final = (
    "mother", "mum", "mom", "mère", "maman", "madre", "mamá", "mutter", "mama", "мать", "мама"
)
_FATHER: Final = ("father", "dad", "père", "papa", "padre", "papá", "vater", "отец", "папа")
_WORDS_OF: Final = {word: words for words in (_MOTHER, _FATHER) for word in words}
# The definite article a speaker so described opens with ("la maman", "el padre"); Russian
# writes none.
_DEFINITE: Final = frozenset("the la le el die der".split())
_REACH: Final = 40  # characters between a name and the family word beside it


def _beside(words: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    alternation = "|".join(words)
    # After the name, as an appositive: ", mère d'un…", ", the boy's mother", ", a mother of
    # three".
    after = re.compile(
        rf",\s+(?:(?:the|a|la|une|el|una|die|eine)\s+)?(?:[\w-]+['’]s\s+)?(?:{alternation})"
        r"(?![\w-])", re.IGNORECASE)
    # Before the name: "his mother, Jane Hale", "sa mère Natalie Fernando".
    before = re.compile(rf"(?<![\w-])(?:{alternation}),?\s+$", re.IGNORECASE)
    return after, before


_PATTERNS: Final = {words: _beside(words) for words in (_MOTHER, _FATHER)}


def parent_named(index: NameIndex, lowered: str, at: tuple[int, int]) -> str | None:
    """The fullest name of the one parent the article names, before ``at``, by the family
    word a speaker phrase (``lowered``) is: "la maman" -> "Natalie Fernando"; else None."""
    first, _, rest = lowered.partition(" ")
    word = rest if first in _DEFINITE and " " not in rest else lowered
    words = _WORDS_OF.get(word)
    if words is None or (word == lowered and not "а" <= word[0] <= "я"):
        return None  # only Russian writes the bare word as the subject
    after, before = _PATTERNS[words]
    found: set[str] = set()
    for i, text in enumerate(index.paragraphs[1 : at[0] + 2]):
        lowered_text = text.lower()
        if not any(w in lowered_text for w in words):
            continue  # the usual case, settled without the patterns
        for mention in index.mentions_in(i):
            if (i, mention.at[1]) >= at or not mention.person or " " not in mention.name:
                continue
            start = text.find(mention.name, mention.at[1])
            if start < 0:
                continue
            end = start + len(mention.name)
            if after.match(text, end, end + _REACH) \
                    or before.search(text, max(0, start - _REACH), start):
                found.add(index.fullest(mention.name))
    return next(iter(found)) if len(found) == 1 else None
