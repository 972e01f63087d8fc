"""A pull quote: words of the story's own quote, set large again between its paragraphs.

A scraper prints it as one more paragraph, a quote with no one saying it. It is seldom quite
the words of the quote it comes from: cut short, its full stop dropped, set in title case, the
quote marks straightened. What gives it away is that nearly all of its words, in their order,
stand inside the quote marks of a longer paragraph of the same story. A paragraph that only
tells those words as indirect speech ("She said that …") leaves the quote to stand as the
story's own; so does a paragraph that goes on with the quote the one before it left open.

A page sets the writer's own words large the same way: one whole sentence of a longer
paragraph, word for word, printed again on its own.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from typing import Final

from digests.word_runs import shares_run

_OPENING_MARKS: Final = "“\"«„"
_CLOSING_MARKS: Final = "”\"»“"
_QUOTED: Final = re.compile(r"[“\"«„]([^”\"»“]+)[”\"»“]")
_MAX_WORDS: Final = 30  # a pull quote is a sentence or two
_MIN_RUN: Final = 5  # fewer words in a row are shared by chance ("we are not going to")
# of the pull quote's words, in a row, inside the other paragraph's quote
_RETOLD_SHARE: Final = 0.8
_WORD: Final = re.compile(r"\w+")


def without_pull_quotes(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` less those that only repeat words another, longer one quotes, or one
    whole sentence of another.

    "“We are not waiting any longer”" after "“We have waited ..., and we are not waiting any
    longer,” she said." goes; so does "A new project is emerging." when a longer paragraph
    holds that sentence.
    """
    paragraphs = _without_repeated_sentences(paragraphs)
    quoted = [
        position for position, text in enumerate(paragraphs)
        if _wholly_quoted(text) and not (position and _leaves_quote_open(paragraphs[position - 1]))
    ]
    if not quoted:
        return paragraphs
    dropped: set[int] = set()
    for position in quoted:
        own = _WORD.findall(paragraphs[position].lower())
        if not _MIN_RUN <= len(own) <= _MAX_WORDS:
            continue
        run = max(_MIN_RUN, math.ceil(_RETOLD_SHARE * len(own)))
        for other_position, other in enumerate(paragraphs):
            if other_position == position or other_position in dropped or len(other) <= len(
                paragraphs[position]
            ):
                continue
            inside = [w for span in _QUOTED.findall(other) for w in _WORD.findall(span.lower())]
            if shares_run(own, inside, run):
                dropped.add(position)
                break
    return [text for position, text in enumerate(paragraphs) if position not in dropped]


def _wholly_quoted(text: str) -> bool:
    """The paragraph opens with a quote mark and ends with one (or with a full stop after it)."""
    return text[:1] in _OPENING_MARKS and text.rstrip(".!?…")[-1:] in _CLOSING_MARKS


def _leaves_quote_open(text: str) -> bool:
    """A paragraph of a quote that runs on into the next: it opens a quote and does not close
    it ("“As she got worse, … battle." then "“She was burning up.”")."""
    return text[:1] in _OPENING_MARKS and text.rstrip()[-1:] not in _CLOSING_MARKS


_SENTENCE_END: Final = ".!?…"
_CLOSING_QUOTES: Final = "\"”’»"
_MIN_SENTENCE_WORDS: Final = 6  # fewer words are repeated by chance ("The vote is on Tuesday.")


def _without_repeated_sentences(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` less a short one that is word for word a whole sentence of a longer one."""
    # The paragraphs come with their spaces already collapsed.
    folded = [text.casefold() for text in paragraphs]
    may_hold = _may_hold(folded)
    dropped = set()
    for position, text in enumerate(folded):
        words = text.count(" ") + 1
        if not _MIN_SENTENCE_WORDS <= words <= _MAX_WORDS:
            continue
        sentence = text.rstrip(_SENTENCE_END)
        if any(
            other_position != position and other_position not in dropped
            and len(folded[other_position]) > len(text)
            and _holds_sentence(folded[other_position], sentence)
            for other_position in may_hold(sentence)
        ):
            dropped.add(position)
    if not dropped:
        return paragraphs
    return [text for position, text in enumerate(paragraphs) if position not in dropped]


def _may_hold(folded: list[str]) -> Callable[[str], Iterable[int]]:
    """The positions of the paragraphs that may hold a sentence.

    Most paragraphs are printed once: one count over the whole text rules them out, and the
    rest are looked for in every paragraph. On a text of thousands of paragraphs that count
    costs the text's length for each one (6.5 s for 16,000 paragraphs, 1.7 MB): there, only
    the paragraphs that write the sentence's rarest word may hold it. A sentence held as a
    whole sentence holds each of its words whole, so neither misses one.
    """
    whole = "\n".join(folded)
    if len(whole) <= _LONGEST_COUNTED:
        everyone = range(len(folded))
        return lambda sentence: everyone if whole.count(sentence) > 1 else ()
    writing: dict[str, set[int]] = {}
    for position, text in enumerate(folded):
        for word in set(_WORD.findall(text)):
            writing.setdefault(word, set()).add(position)

    def writing_the_rarest_word(sentence: str) -> Iterable[int]:
        words = _WORD.findall(sentence)
        if not words:
            return range(len(folded))
        return writing[min(words, key=lambda word: len(writing[word]))]

    return writing_the_rarest_word


_LONGEST_COUNTED: Final = 100_000  # characters of text for which one count per paragraph is cheap


def _holds_sentence(text: str, sentence: str) -> bool:
    """Whether ``sentence`` stands in ``text`` as a whole sentence: at its start or after a
    sentence's end, and ending one itself."""
    start = text.find(sentence)
    while start >= 0:
        before = text[:start].rstrip().rstrip(_CLOSING_QUOTES)
        after = text[start + len(sentence): start + len(sentence) + 1]
        if (not before or before[-1] in _SENTENCE_END) and (not after or after in _SENTENCE_END):
            return True
        start = text.find(sentence, start + 1)
    return False
