"""The line that closes a page's text by pointing at what the page shows under it: a podcast's
player, a video, a form ("Listen to “It’s All Good: A Block Club Chicago Podcast”:", "Watch the
full interview:"). The player is no text, so nothing follows the colon; the line tells the
reader to do something, as the story's own sentences do not.

Only the last paragraph: higher up, a line that ends in a colon introduces a list or a quote
that the text goes on with, and a sentence of the story ("Asked about it, she said:") may lose
its quote to the cleaning without being furniture.
"""

from __future__ import annotations

import re
from typing import Final

from digests.clean.lines import word_count

_MAX_PROMPT_WORDS: Final = 20

# An imperative that sends the reader to a player or a form, at the line's start.
_PROMPT: Final = re.compile(
    r"(?:listen|watch|subscribe|tune in|hear|play|see|view|check out|take a look|sign up|"
    r"hören sie|schauen sie|écoutez|regardez|escucha|mira)\b",
    re.IGNORECASE,
)
_SENTENCE_INSIDE: Final = re.compile(r"[.!?][\"'”’)]*\s")


def is_closing_prompt(text: str) -> bool:
    """A short imperative line ending in a colon, with no sentence before it."""
    return text.endswith(":") and word_count(text) <= _MAX_PROMPT_WORDS \
        and _PROMPT.match(text) is not None and _SENTENCE_INSIDE.search(text) is None


def without_closing_prompt(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without a last one that points at a player or form under the text."""
    if len(paragraphs) > 1 and is_closing_prompt(paragraphs[-1]):
        return paragraphs[:-1]
    return paragraphs
