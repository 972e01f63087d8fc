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
    pattern = re.compile(rf"\b{re.escape(word)}\s+([A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+)+)")
    for text in paragraphs:
        found = pattern.search(text)
        if found:
            return found.group(1)
    return word
