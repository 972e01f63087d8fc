"""Finding a word (a name, a noun) where it stands whole in a text, without a regex made for it.

A pattern such as ``rf"\\b{re.escape(surname)}\\b"`` is new for every name of every new article:
Python compiles it (in Python code, ~0.1 ms) and its cache of 512 patterns forgets the old ones,
so on articles met for the first time those compiles cost ~2% of all analysis (28 Nov 2026).
These functions find the same places with ``str.find`` and a test of the characters around;
:func:`whole_words` is the stricter test that name forms and namesakes read.
"""

from __future__ import annotations

from collections.abc import Iterator


def is_word_character(character: str) -> bool:
    """A regex's ``\\w`` (for a str pattern): a letter or digit of any script, or "_"."""
    return character.isalnum() or character == "_"


def is_boundary(text: str, at: int) -> bool:
    """A regex's ``\\b`` at ``at``: a word character on one side only."""
    before = at > 0 and is_word_character(text[at - 1])
    after = at < len(text) and is_word_character(text[at])
    return before != after


def find_whole(text: str, word: str, start: int = 0) -> int:
    """Where ``re.search(rf"\\b{re.escape(word)}\\b", text)`` first matches at or after
    ``start`` (-1 if nowhere): ``word`` with a word boundary on each side. ``word`` is not
    empty."""
    size = len(word)
    at = text.find(word, start)
    while at >= 0:
        if is_boundary(text, at) and is_boundary(text, at + size):
            return at
        at = text.find(word, at + 1)
    return -1


def holds_whole(text: str, word: str) -> bool:
    """Does ``text`` hold ``word`` with a word boundary on each side?"""
    return find_whole(text, word) >= 0


def standalone_starts(text: str, word: str) -> list[int]:
    """Where ``re.finditer(rf"(?<![\\w'’-]){re.escape(word)}(?![\\w-])", text)`` matches: the
    word neither glued to another word before it ("O'Brien", "Jean-Paul") nor after it (none
    for an empty word)."""
    starts: list[int] = []
    size = len(word)
    at = text.find(word) if word else -1
    while at >= 0:
        before = text[at - 1] if at > 0 else " "
        after = text[at + size] if at + size < len(text) else " "
        if not (is_word_character(before) or before in "'’-") \
                and not (is_word_character(after) or after == "-"):
            starts.append(at)
            at = text.find(word, at + size)  # matches do not overlap
        else:
            at = text.find(word, at + 1)
    return starts


def whole_words(text: str, words: str) -> Iterator[int]:
    """Where ``text`` writes ``words`` with no letter, digit, "_", apostrophe or hyphen glued
    to either side: stricter than :func:`find_whole`, as "O'Brien" and "Jean-Paul" name
    others than "Brien" and "Paul" (most texts hold the words nowhere, or only inside
    other words)."""
    at = text.find(words)
    while at >= 0:
        end = at + len(words)
        if (at == 0 or not _joins(text[at - 1])) and (end == len(text) or not _joins(text[end])):
            yield at
        at = text.find(words, at + 1)


def _joins(char: str) -> bool:
    return char.isalnum() or char in "_'’-"
