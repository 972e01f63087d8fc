"""A costly pattern tried only on the lines that hold one of its literal key words."""

from __future__ import annotations

import re

# A node of the key words' trie: the next character to the node after it; "" marks a key's end.
_Trie = dict[str, "_Trie"]


class GatedPattern:
    """A costly pattern tried only on lines holding one of its literal key words.

    Python's regex engine tries every alternative at every position; a plain alternation of
    lower-case literals rejects the great majority of lines (prose) about twenty times faster.
    The key words are searched for as a trie ("c(?:o(?:okie|pyright)|lick )|r…"), not as a flat
    alternation: at each position the engine then tries the few keys that share its character,
    where it tried all ninety of the banner's keys before (a quarter of the scraped-text
    cleaner's time went to these gates).
    """

    def __init__(self, pattern: re.Pattern[str], keys: tuple[str, ...]) -> None:
        self._pattern = pattern
        self._gate = re.compile(any_key_pattern(keys))

    def search(self, text: str) -> bool:
        return self._gate.search(text.lower()) is not None and bool(self._pattern.search(text))


def any_key_pattern(keys: tuple[str, ...]) -> str:
    """A pattern that matches wherever one of ``keys`` starts: whether a text holds any of them
    is all a gate asks, so a key that another key starts with is enough alone ("comment" for
    "comments")."""
    trie: _Trie = {}
    for key in keys:
        node = trie
        for character in key:
            node = node.setdefault(character, {})
        node[""] = {}
    return _alternatives(trie)


def _alternatives(node: _Trie) -> str:
    if "" in node:
        return ""  # a key ends here: what follows does not matter
    parts = [re.escape(character) + _alternatives(child) for character, child in node.items()]
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
