"""Sentences a reporter writes by routine, which tell nothing that happened: no key point.

A wire story's reminder of earlier news ("Ранее в Минсельхозе заявили…", "Pour rappel, …",
"Cabe recordar que…") is background about something else; a line that someone would not
comment or could not be reached ("…declined to comment.", "…wollte sich dazu nicht äußern.")
says only that the story has no answer from them.
"""

from __future__ import annotations

from typing import Final

from digests.analyse import sentence_kind_words


def is_background(text: str) -> bool:
    """Does the sentence open a reminder of earlier news ("Ранее…", "Напомним, что…")?"""
    # (Its openers' first letters settle most sentences without the pattern.)
    return text[:1] in _BACKGROUND_INITIALS \
        and sentence_kind_words.BACKGROUND.match(text) is not None


_BACKGROUND_INITIALS: Final = frozenset("РНКCVRPZ")


def declines_comment(text: str) -> bool:
    """Does the sentence only say that someone would not comment or could not be reached (see
    :data:`sentence_kind_words.NO_COMMENT`)? Not when more news follows ("…declined to comment
    on the vote but said the harbour would stay open…")."""
    # Every form holds one of these: substring tests at memchr speed settle most sentences
    # (the pattern's search costs ~4 µs a sentence).
    if "omment" not in text and "oment" not in text and "reached" not in text \
            and "äußern" not in text and "erreich" not in text and "sollicit" not in text \
            and "омментари" not in text and "запрос" not in text:
        return False
    found = sentence_kind_words.NO_COMMENT.search(text)
    return found is not None and (
        len(text[found.end() :].split()) <= sentence_kind_words.NO_COMMENT_TAIL_WORDS
    )
