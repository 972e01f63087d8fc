"""A chat's include/exclude terms: whole words and phrases, case-insensitive, never a user regex.

Terms are escaped before they become patterns, so a user typing ``c++`` or ``a.b`` gets those
characters literally. A phrase matches across any run of whitespace between its words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

# ASCII words only: the SQL prefilter may use these safely (see ``prefilter_words``).
_ASCII_WORD = re.compile(r"^[A-Za-z0-9]+$")


def normalise_terms(terms: Iterable[str]) -> list[str]:
    """Casefolded terms with inner whitespace collapsed; blanks and duplicates dropped."""
    seen: dict[str, None] = {}
    for term in terms:
        words = str(term).casefold().split()
        if words:
            seen.setdefault(" ".join(words), None)
    return list(seen)


def _term_pattern(term: str) -> str:
    body = r"\s+".join(re.escape(word) for word in term.split(" "))
    # Lookarounds instead of \b, so terms that begin or end with punctuation ("c++") still work.
    return rf"(?<!\w){body}(?!\w)"


def _compile(terms: Sequence[str]) -> re.Pattern[str] | None:
    if not terms:
        return None
    return re.compile("|".join(_term_pattern(t) for t in terms))


class TermFilter:
    """Include terms (at least one must match, if any are set) and exclude terms (none may)."""

    def __init__(self, include: Iterable[str] = (), exclude: Iterable[str] = ()) -> None:
        self.include = tuple(normalise_terms(include))
        self.exclude = tuple(normalise_terms(exclude))
        self._include_re = _compile(self.include)
        self._exclude_re = _compile(self.exclude)

    @property
    def active(self) -> bool:
        return bool(self.include or self.exclude)

    def includes(self, text: str) -> bool:
        pattern = self._include_re
        return pattern is None or pattern.search(text.casefold()) is not None

    def excludes(self, text: str) -> bool:
        pattern = self._exclude_re
        return pattern is not None and pattern.search(text.casefold()) is not None

    def accepts(self, text: str) -> bool:
        return self.includes(text) and not self.excludes(text)

    def prefilter_words(self) -> list[list[str]] | None:
        """Words a database LIKE may require, as OR-of-ANDs over the include terms.

        A row can only match an include term if it contains each of the term's words as a
        substring, so ``OR(AND(word LIKE ...))`` is a superset of the true matches and never
        loses one. Only plain ASCII words are safe to hand to SQL: LIKE's case folding is
        ASCII-only on SQLite, and JSON columns may store other characters as ``\\u`` escapes.
        ``None`` means no prefilter can be used.
        """
        if not self.include:
            return None
        groups: list[list[str]] = []
        for term in self.include:
            words = term.split(" ")
            if not all(_ASCII_WORD.match(w) for w in words):
                return None
            groups.append(words)
        return groups


def searchable_text(title: str, key_points: Sequence[str], source_name: str) -> str:
    """What filters look at: the title, the key points and the source name."""
    return "\n".join([title, *key_points, source_name])
