"""What the words around a name show of a person's gender in French, Spanish and Italian: the
article of the noun before it ("le ministre Olivier Dumesnil", "la préfète, Sophie Lambert",
"el alcalde Juan Pérez") or a gendered noun set off after it ("Anne-Sophie Mérieux, chercheuse
à l'OFCE"). Those languages show it in articles and nouns, where English needs a pronoun or an
honorific; a "-t-elle" then goes to the woman, not to the man quoted before her.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from digests.analyse.epithet_words import DESCRIBING_NOUNS, DETERMINERS

if TYPE_CHECKING:
    from digests.analyse.name_index import NameIndex

# The languages whose articles and nouns show a person's gender where English shows none: a
# "-t-elle" may pass over a last speaker of unknown gender to the woman named since.
SHOWN_IN_ARTICLES: Final = frozenset({"fr", "es", "it", "pt"})

# The determiners that show a gender (not Portuguese "o"/"a", nor "l'": "a" is English too),
# with the indefinite articles and the prepositions joined to the definite ones.
_ARTICLE_GENDER: Final = {
    **{word: gender for language in ("fr", "es", "it")
       for word, gender in DETERMINERS[language].items()},
    **dict.fromkeys("du au un del al dello dal allo uno".split(), "m"),
    **dict.fromkeys("une una della dalla alla".split(), "f"),
}
_LOWER_WORD: Final = r"[a-zà-öø-ÿ][\w’'-]*"
# An article, its noun and at most two words more ("le jeune député", "la ministre déléguée"),
# perhaps a comma, right before the name; or set off by commas after what the noun is of ("la
# préfète de Haute-Garonne, Sophie Lambert").
_NOUN_BEFORE: Final = re.compile(
    rf"(?:^|(?<=[\s(«“\"]))(?P<article>(?i:{'|'.join(_ARTICLE_GENDER)})) "
    rf"(?P<words>(?:{_LOWER_WORD} ){{0,2}}"
    r"[a-zà-öø-ÿ][\w-]*)(?:,? ?| d(?:e|u|es|el|i|ella|o|a) [A-Z][\w'’-]*"
    r"(?: [A-Z][\w'’-]*){0,3}, )$"
)
# Words that join the noun to something else than the name after it ("le mari de", "la fille
# du", "el hijo de"): the name is then another person's.
_JOINING: Final = frozenset(
    "de des du à au aux et ou avec pour par selon chez sur contre entre sans y e o con por "
    "para sin del di da dal della in en que qui che of and".split()
)
_GENDER_REACH: Final = 48  # characters read before a name
# A noun set off after the name, with its article perhaps: "…, chercheuse à l'OFCE".
_NOUN_AFTER: Final = re.compile(r", (?:(?:une?|la|le|el|il|l['’])\s?)?([a-zà-öø-ÿ]+)")
_NOUN_GENDER: Final = {
    noun: gender
    for language in ("fr", "es", "it")
    for noun, gender in DESCRIBING_NOUNS[language].items()
    if gender
}


def gender_around(text: str, start: int, end: int) -> str:
    """"m" or "f" when the article of the noun right before the name at ``start`` shows it,
    or the noun set off right after it (ending at ``end``) does; else ""."""
    before = _NOUN_BEFORE.search(text, max(0, start - _GENDER_REACH), start)
    while before is not None and _ARTICLE_GENDER.keys() & before.group("words").split():
        # "ce mercredi la maire Anne Hidalgo": the article nearest the name is the noun's.
        before = _NOUN_BEFORE.search(text, before.start() + 1, start)
    if before is not None:
        gender = _ARTICLE_GENDER.get(before.group("article").lower(), "")
        # Not "le directeur de la compagnie, Olivier Kessler": the article is of a noun that
        # itself belongs to another.
        joined = text[max(0, before.start() - 6) : before.start()].rpartition(" ")[0]
        if gender and not _JOINING.intersection(before.group("words").split()) \
                and joined.rpartition(" ")[2].lower() not in _JOINING:
            return gender
    after = _NOUN_AFTER.match(text, end)
    return _NOUN_GENDER.get(after.group(1), "") if after is not None else ""


def shown_named_since(
    index: NameIndex, at: tuple[int, int], since: tuple[int, int], gender: str
) -> str | None:
    """The last person named between ``since`` and ``at``, outside quotes, whom the article
    shows to be of ``gender``."""
    for name, mention in index.people_backwards(at, since, gender):
        if not index.in_quote(mention.at) and index.gender(name) == gender:
            return name
    return None
