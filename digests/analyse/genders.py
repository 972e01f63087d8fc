"""What an article shows of a person's gender: the honorific or gendered role written with the
name ("Mr.", "Congresswoman", "Innenministerin"). :mod:`namesakes` adds the family words,
pronouns and possessives around a mention; a "she" never goes to a person the article shows
to be a man.
"""

from __future__ import annotations

from typing import Final

from digests.analyse import language_words

_MALE: Final = frozenset({"mr.", "mr", "sir", "king", "prince", "father", "congressman", "chairman",
                   "spokesman"}) | language_words.MALE_TITLES
_FEMALE: Final = frozenset({"mrs.", "mrs", "ms.", "ms", "miss", "dame", "lady", "queen", "princess",
                     "congresswoman", "chairwoman", "spokeswoman", "madam"}) \
    | language_words.FEMALE_TITLES

def title_gender(title: str) -> str:
    """"m" or "f" when the role words written with a name show it ("mr.", "congresswoman",
    "innenministerin"), else "" (none, or both among several mentions' titles)."""
    if not title:
        return ""
    titles = set(title.split())
    male = bool(titles & _MALE)
    female = bool(titles & _FEMALE) or any(map(language_words.role_gender, titles))
    return "m" if male and not female else "f" if female and not male else ""
