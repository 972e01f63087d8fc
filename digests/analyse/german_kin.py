"""Family words German writes before a name, capitalised as its nouns are ("seiner Tochter Lea
Kühne", "seine Ehefrau Anna Berg"): no part of the name, and the one a later "Seine Tochter"
stands for."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

# Not "Mann", a surname too.
GERMAN_KIN: Final = frozenset("""
    tochter sohn ehefrau ehemann bruder schwester vater mutter enkel enkelin witwe witwer onkel
    tante neffe nichte cousine lebensgefährtin lebensgefährte schwiegersohn schwiegertochter
    großvater großmutter
""".split())


def introduced_as_kin(paragraphs: Sequence[str], word: str) -> str:
    """Whom the article named right after the family word ``word`` ("Tochter Lea Kühne"),
    else the word itself."""
    for text in paragraphs:
        # (Found with ``str.find``, the name after it with a pattern compiled once.)
        at = text.find(word)
        while at >= 0:
            found = _NAME_AFTER.match(text, at + len(word))
            if found and (at == 0 or not text[at - 1].isalnum()):
                return found.group(1)
            at = text.find(word, at + len(word))
    return word


# A full name after the family word: two capitalised words or more.
_NAME_AFTER: Final = re.compile(r"\s+([A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+)+)")
