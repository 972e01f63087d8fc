"""Measurements of one line of page text, shared by the HTML and the plain-text cleaners.

Both cleaners decide what to keep from how a line looks: its length in words, whether it reads
like a sentence, how much of it is capitalised like a menu or a headline. The measures must work
for any language, so words are counted by spaces where a script uses them and by characters where
it does not (Chinese, Japanese): about two CJK characters carry what one spaced word carries.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property
from typing import Final

from digests.clean.end_marks import END_MARKS

# Han, kana, hangul: scripts that write sentences without spaces between words.
_CJK: Final = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
# Characters that print as nothing (zero-width spaces and joiners, soft hyphens, byte-order
# marks): editors leave them at line ends, where they hide a full stop from a test for "$".
# Words: a line this long is prose even without a full stop; a headline, a label or a caption
# is no longer.
RUN_ON_WORDS: Final = 25
MAX_HEADLINE_WORDS: Final = RUN_ON_WORDS
INVISIBLE: Final = "\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff"
# Marks that close a sentence, possibly followed by closing quotes (German ones included: „so.“,
# »so.«) or brackets. A quotation closing without a mark inside is a headline's ('Mayor: "No"').
_SENTENCE_MARKS: Final = ".!?…。！？؟।"
_SENTENCE_CLOSERS: Final = f"\"'”’“‘»«)]{INVISIBLE}"
_SENTENCE_INSIDE: Final = re.compile(r"[.!?؟।][\"'”’“‘»«)]*\s+(\S)|[。！？]")
_BULLET_MARKS: Final = "•·▪▸►‣◦●○■□-–—*"
_BULLET: Final = re.compile(rf"^\s*[{re.escape(_BULLET_MARKS)}]\s+")
_NUMBERED: Final = re.compile(r"^\s*\d{1,2}[.)]\s+\S")
_WORD_INITIAL: Final = re.compile(r"(?:^|\s)[\W\d_]*?([^\W\d_])")
_LETTERS: Final = re.compile(r"[^\W\d_]+")


def _combining_marks_class(first: int, last: int) -> str:
    """A character class of the combining marks (Unicode category M) between two code points."""
    ranges: list[tuple[int, int]] = []
    for point in range(first, last + 1):
        if unicodedata.category(chr(point)).startswith("M"):
            if ranges and ranges[-1][1] == point - 1:
                ranges[-1] = (ranges[-1][0], point)
            else:
                ranges.append((point, point))
    return "[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in ranges) + "]"


# Vowel signs and other combining marks, which Devanagari, Tamil, Thai and their neighbours
# write for most vowels (and Arabic for its short ones): Unicode does not call them letters, yet
# they are as much a word's as its consonants. Up to U+1DFF: the scripts of the news.
_MARKS: Final = re.compile(_combining_marks_class(0x0300, 0x1DFF))


# Characters that print as nothing and that no reader sees split or join a word: soft hyphens
# (German sites break long words with them, "Bundes\u00adkanzler"), zero-width spaces, word
# joiners, byte-order marks. Inside a word they cut it in two for every test of words and
# names, so the cleaners drop them first. Zero-width joiners and non-joiners stay (Persian and
# Indic words and emoji need them), and so do the marks of writing direction.
DROPPED_INVISIBLE: Final = "\u00ad\u200b\u2060\ufeff"


def without_invisible(text: str) -> str:
    """``text`` without :data:`DROPPED_INVISIBLE`. Each is looked for, then replaced where
    found: most pages hold none, and ``str.translate`` on a whole page costs ~40 times more."""
    for character in DROPPED_INVISIBLE:
        if character in text:
            text = text.replace(character, "")
    return text


def normalise(text: str) -> str:
    """Collapse runs of whitespace and trim: the form lines are compared in."""
    return " ".join(text.split())


def strip_bullet(text: str) -> tuple[str, bool]:
    """The line without its bullet, and whether it is a list item.

    Numbers of a numbered list stay: "1." is part of what the item says.
    """
    opening = text.lstrip()[:1]
    match = _BULLET.match(text) if opening in _BULLET_MARKS else None
    if match is None:
        return text.strip(), opening.isdigit() and _NUMBERED.match(text) is not None
    return text[match.end():].strip(), True


def word_count(text: str) -> int:
    """Words in ``text``; CJK characters count as half a word each."""
    if text.isascii() or _CJK.search(text) is None:  # isascii is O(1) and spares most lines a scan
        return len(text.split())
    cjk = len(_CJK.findall(text))
    spaced = len(_CJK.sub(" ", text).split())
    return spaced + (cjk + 1) // 2


def counted_words(text: str, words: int | None) -> int:
    """``words`` when the caller has counted them already, else :func:`word_count`."""
    return word_count(text) if words is None else words


def ends_like_sentence(text: str) -> bool:
    # What _SENTENCE_END matches, read from the line's end: a pattern held to "$" is still tried
    # at every position of the line.
    last = text.rstrip().rstrip(_SENTENCE_CLOSERS)[-1:]
    if last and last in END_MARKS:  # a magazine's mark where its story ends ("… next. ■")
        last = text.rstrip(END_MARKS + " \u00a0").rstrip(_SENTENCE_CLOSERS)[-1:]
    return last != "" and last in _SENTENCE_MARKS


def is_blank(text: str) -> bool:
    """Whether a line shows nothing: only whitespace and invisible characters."""
    return not text.strip().strip(INVISIBLE).strip()


def has_inner_sentence_end(text: str) -> bool:
    """Whether a sentence ends inside the line (not counting its own end).

    A full stop followed by a lower-case word closes an abbreviation ("Co.", "ca.", "e.g."), not
    a sentence: a headline with one is still a headline.
    """
    match = _SENTENCE_INSIDE.search(text)
    while match is not None:
        if match.group(1) is None or not match.group(1).islower():
            return True
        match = _SENTENCE_INSIDE.search(text, match.end())
    return False


def capitalised_share(text: str) -> float:
    """Share of words starting with an upper-case letter: high for menus and headlines.

    Scripts without case (Arabic, CJK) give 0, so this never speaks against them.
    """
    firsts = [f for f in _WORD_INITIAL.findall(text) if f.isupper() or f.islower()]
    if not firsts:
        return 0.0
    return sum(1 for f in firsts if f.isupper()) / len(firsts)


def letter_share(text: str) -> float:
    """Share of characters that are letters (with their combining marks): low for dates,
    prices, scores and symbol rows."""
    if not text:
        return 0.0
    letters = sum(map(len, _LETTERS.findall(text)))
    if not text.isascii():  # O(1): ASCII text has no combining marks to count
        letters += len(_MARKS.findall(text))
    return letters / len(text)


@dataclass(frozen=True)
class LineInfo:
    """One non-blank line of a page with the measures the cleaners decide on."""

    index: int  # position among the page's lines (blank lines included)
    raw: str  # the line as the page gave it, bullet included
    text: str  # normalised, without a list marker
    bullet: bool
    words: int
    sentence_end: bool
    inner_sentence_end: bool
    blank_before: bool

    @cached_property
    def capitals(self) -> float:
        return capitalised_share(self.text)

    @cached_property
    def letters(self) -> float:
        return letter_share(self.text)

    @property
    def sentence_like(self) -> bool:
        """Reads like prose: ends as a sentence does, or holds several sentences."""
        return self.sentence_end or self.inner_sentence_end


# What a tracking pixel's picture is called, which a scraper prints glued to the line after it
# ("comscore Headline | Site").
_TRACKER_WORDS: Final = ("comscore ", "ComScore ", "Comscore ", "quantcast ", "Quantcast ",
                  "chartbeat ", "Chartbeat ", "scorecardresearch ")


def describe(index: int, raw: str, blank_before: bool) -> LineInfo:
    text, bullet = strip_bullet(normalise(raw))
    if text.startswith(_TRACKER_WORDS):
        text = text.partition(" ")[2]
    return LineInfo(
        index=index,
        raw=raw,
        text=text,
        bullet=bullet,
        words=word_count(text),
        sentence_end=ends_like_sentence(text),
        inner_sentence_end=has_inner_sentence_end(text),
        blank_before=blank_before,
    )
