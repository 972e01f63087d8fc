"""A picture's alt text that a scraper glued to the end of the paragraph above the picture.

A page that sets a picture between two paragraphs gives it a description (its alt text) and a
caption with the credit. A scraper that prints the alt text without a break glues it to the
paragraph before: "... as the snow kept falling.A man clears the pavement." and then the caption
on its own line. Prose puts a space after its full stops; a sentence stuck to the one before it,
closing a paragraph that a caption follows, is the picture's description.
"""

from __future__ import annotations

import re
from typing import Final

from digests.clean import captions, chrome
from digests.clean.lines import LineInfo

# A full stop (or ! ?), a closing quote maybe, and a capital with no space between them.
_GLUED_SENTENCE: Final = re.compile(r"[.!?][\"'”’»)]?(?=[A-ZÀ-ÖØ-ÞА-ЯЁ])")
_MIN_ALT_WORDS: Final = 3
_MAX_ALT_WORDS: Final = 30
_MAX_CAPTION_WORDS: Final = 45  # captions.is_caption's bound
_ALT_REACH: Final = 300  # characters from the paragraph's end: thirty words and then some


def without_alt_text(body: list[LineInfo], position: int) -> str:
    """The text of ``body[position]`` less the picture description glued to its end, when the
    line after it is the picture's caption or credit."""
    text = body[position].text
    if text[-1:] not in ".!?" or position + 1 == len(body):
        return text
    following = body[position + 1]
    # is_chrome remembers its verdicts on short lines (a caption's was taken already); the
    # glued sentence is looked for before the costlier tests of what kind of chrome it is.
    if following.words > _MAX_CAPTION_WORDS \
            or not chrome.is_chrome(following.text, following.words):
        return text
    start = max(0, len(text) - _ALT_REACH)
    glued = max(_GLUED_SENTENCE.finditer(text, start), key=lambda match: match.end(), default=None)
    if glued is None or not _MIN_ALT_WORDS <= len(text[glued.end():].split()) <= _MAX_ALT_WORDS:
        return text
    if not (captions.is_caption(following.text) or captions.is_credit(following.text)):
        return text
    return text[:glued.end()]
