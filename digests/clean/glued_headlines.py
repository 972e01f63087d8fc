"""Another story's headline a template glues to the end of a paragraph.

Some sites link a related story by printing its headline as the paragraph's last "sentence"
("... before he could be admitted. Train Carrying Vaccine Breaks Down Near City."). It reads as
part of the paragraph, but it is written in title case: every word of four letters and more
capitalised. A sentence of the story has a verb and the words around it in lower case; one made
only of capitalised words is a headline.
"""

from __future__ import annotations

import re
from typing import Final

# Where one sentence ends and the next begins: a stop, maybe a closing quote, then a space.
_SENTENCE_END: Final = re.compile(r"[.!?][\"”’)]?\s+")
# The word before a stop that ends no sentence: an initial ("Mary M. Donnelly") or a short
# title-case abbreviation of a title or a place ("St. Louis", "Mt. Hood", "Dr. Lee", "Mo.,").
# Both are followed by capitalised words, which would read as a headline of their own.
_ABBREVIATION: Final = re.compile(
    r"(?:^|[\s(])(?:[A-Z]|[A-Z][a-z]|Mrs|Gov|Sen|Rep|Gen|Col|Sgt|Rev)$"
)
_ABBREVIATION_SPAN: Final = 5  # characters before the stop that hold the space and the abbreviation
_EDGE: Final = "\"“”‘’'()[],.:;!?"
_MIN_CAPITALISED: Final = 6  # a name or two in a row is no headline
_MIN_LONG_WORD: Final = 4  # "in", "of", "at", "the" stay lower case in a title-case headline
_MIN_REST_WORDS: Final = 10


def without_glued_headline(paragraph: str) -> str:
    """``paragraph`` without a title-case headline that closes it, if what is left is still a
    paragraph of the story."""
    last_word = paragraph[paragraph.rfind(" ") + 1:].strip(_EDGE)
    if not last_word[:1].isupper():
        return paragraph  # the common case: a sentence ends in a lower-case word or a figure
    # A sentence that ends in a name ("..., said Jane Doe.") has a lower-case word just before.
    if _lower_case_word_near_end(paragraph):
        return paragraph
    # The last sentence's start: the last stop, after a word that is no abbreviation.
    boundary = next((end for end in reversed(list(
        _SENTENCE_END.finditer(paragraph, 0, len(paragraph) - 1)
    )) if _ABBREVIATION.search(
        paragraph, max(0, end.start() - _ABBREVIATION_SPAN), end.start()
    ) is None), None)
    if boundary is None:
        return paragraph
    head, tail = paragraph[:boundary.end()].rstrip(), paragraph[boundary.end():]
    # A label and its names ("Director: Jane Doe · Stars: ...") is a credits line, not a link.
    if tail[:1] in _EDGE or ":" in tail or "·" in tail or len(head.split()) < _MIN_REST_WORDS \
            or not _is_title_case(tail):
        return paragraph
    return head


def _lower_case_word_near_end(paragraph: str) -> bool:
    """Whether one of the paragraph's last words is a long word in lower case (a quick no)."""
    for word in paragraph.rsplit(maxsplit=_MIN_CAPITALISED)[1:]:
        if word[:1].islower() and len(word) >= _MIN_LONG_WORD:
            return True
    return False


def _is_title_case(text: str) -> bool:
    long_words = [word for word in (w.strip(_EDGE) for w in text.split())
                  if sum(c.isalpha() for c in word) >= _MIN_LONG_WORD]
    return len(long_words) >= _MIN_CAPITALISED and all(word[0].isupper() for word in long_words)
