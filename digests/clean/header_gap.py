"""The header's lines between a summary and the story's text in scraped text.

Under the headline's summary a page prints the byline, the date and its update, the row of its
tools, a picture's caption and its credit, before the story's text goes on. A line counts as a
summary only when such lines, and nothing of the story, stand between it and the text: a date,
a short label or a caption under a paragraph may be the story's own. Part of :mod:`standfirst`.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Final

from digests.clean import chrome
from digests.clean.article_head import is_head_furniture
from digests.clean.bylines import BYLINE_PREFIX, is_date_line
from digests.clean.captions import is_credit
from digests.clean.credited_captions import is_over_credit
from digests.clean.header import Header
from digests.clean.lines import RUN_ON_WORDS, LineInfo

# A dateline ("PORTHAVEN -", "LONDON, May 3 (Reuters) -", "MONTERREY, Nuevo León.-"): a place in
# capitals that opens the story's first paragraph.
DATELINE: Final = re.compile(r"^[A-ZÀ-ÞА-Я][A-ZÀ-ÞА-Я .'-]{2,}(?:[,(:]|\s[-–—])")
_MAX_CAPTION_WORDS: Final = 45
_MAX_LABEL_WORDS: Final = 6
_PARAGRAPH_WORDS: Final = 10


def header_gap(
    below: list[LineInfo], header: Header, repeats: Counter[str], loose: bool,
    captions: bool = False, boxed: frozenset[int] = frozenset(),
) -> int:
    """How many of the lines ``below`` a summary are the header's (the byline, the date, labels,
    a caption) before the text goes on; 0 when the text does not go on right below them.

    The text must go on below, with only the header's lines between: a subheading, a list or a
    date there belongs to the story, and the line above it is the story's first paragraph. A
    date under the byline is the header's; under a summary with a full stop and no byline, it
    may be a date the story's first paragraph gives before the text goes on.
    """
    gap = captioned = 0
    bylined = headed = False
    while gap < len(below):
        line = below[gap]
        # (the header's other lines first: a caption's count is of what none of them is)
        matter = header_matter(line, header, repeats, loose or headed)
        caption = captions and not matter and not headed and captioned < _CAPTION_LINES \
            and _caption_over_head(below, gap, header, repeats)
        if not (
            # (Under the byline or the date, a short label is a button, no subheading.)
            matter
            # (the date a caption stands over is the header's)
            or ((loose or bylined or headed or captioned
                 or _over_byline(below, gap, header, repeats)
                 or _over_tools(below, gap, header, repeats, boxed)) and is_dated(line))
            # a picture's caption over its credit, below the header's other lines (a paragraph
            # with a picture right under it is the story's first, not a summary)
            or (gap > 0 and is_over_credit(below, gap))
            # or right under the summary, when the byline or the date stands below it
            or caption
            # or under the byline or the date, whatever its credit ("… (Metropolitan Police)"),
            # and an update's time there ("Updated 5:04 p.m. ET")
            or (headed and _caption_shaped(line) and not reads_as_text(line))
            or (headed and _dated_part(line.text))
            # and a summary box there
            or (headed and line.index in boxed)
        ):
            break
        bylined = bylined or is_signed(line, header)
        headed = headed or is_head_line(line, header)
        captioned += caption
        gap += 1
    return gap if 0 < gap < len(below) and _text_goes_on(below, gap) else 0


# A live blog's entry opens with its time alone on a line ("12:47", "9.05am", "14h20").
_ENTRY_TIME: Final = re.compile(r"\d{1,2}[:.h]\d{2}(?: ?[ap]\.?m\.?)?", re.IGNORECASE)


def _text_goes_on(below: list[LineInfo], at: int) -> bool:
    """Whether the story's text starts at ``below[at]``: a paragraph, or a live blog's first
    entry under its time, its heading over its text."""
    if reads_as_text(below[at]):
        return True
    return at + 1 < len(below) and _ENTRY_TIME.fullmatch(below[at - 1].text) is not None \
        and not below[at].sentence_end and reads_as_text(below[at + 1])


def _over_byline(below: list[LineInfo], at: int, header: Header, repeats: Counter[str]) -> bool:
    """Whether the byline stands under the date lines from ``below[at]`` on, among the header's
    lines ("November 28, 2026 6:04 pm CET" or "12. März 2026" and "Lesezeit: 4 Min." over "By
    Ann Lee"): those dates are the header's too."""
    for line in below[at:]:
        if is_signed(line, header):
            return True
        if not (is_dated(line) or header_matter(line, header, repeats, loose=False)):
            return False
    return False


# A picture's caption and its credit ("Les bus … LP/Nadia Benhamou", "Ouest-France Yann LE
# DANTEC.") between the summary and the byline or the date.
_CAPTION_LINES: Final = 2
_MAX_CREDIT_WORDS: Final = 6


def _caption_over_head(
    below: list[LineInfo], at: int, header: Header, repeats: Counter[str]
) -> bool:
    """Whether ``below[at]``, right under a summary, is a picture's caption (or its credit)
    over the header's byline or date: its lines and buttons, and the caption's credit, may
    stand between. The story's text starts under the byline, never over it."""
    if not _caption_shaped(below[at]):
        return False
    for position, under in enumerate(below[at + 1:], at + 1):
        if is_head_line(under, header):
            return True
        credit = position == at + 1 and under.words <= _MAX_CREDIT_WORDS \
            and not under.text[:1].islower()
        if not (credit or is_credit(under.text, under.words)
                or header_matter(under, header, repeats, loose=True)):
            return False
    return False


def captions_over_head(
    below: list[LineInfo], header: Header, repeats: Counter[str]
) -> set[int]:
    """Indexes of the lines of ``below`` that are a picture's caption over the byline or the
    date, among the header's other lines."""
    found: set[int] = set()
    for at, line in enumerate(below):
        if is_head_line(line, header) or len(found) == _CAPTION_LINES:
            break
        if not header_matter(line, header, repeats, loose=False):
            if not _caption_over_head(below, at, header, repeats):
                break
            found.add(line.index)
    return found


def _caption_shaped(line: LineInfo) -> bool:
    return line.words <= _MAX_CAPTION_WORDS and line.letters >= 0.6 and not line.bullet \
        and DATELINE.match(line.text) is None


def is_head_line(line: LineInfo, header: Header) -> bool:
    """Whether ``line`` is the header's byline or date line."""
    return is_signed(line, header) or is_dated(line)


def _over_tools(
    below: list[LineInfo], at: int, header: Header, repeats: Counter[str], boxed: frozenset[int]
) -> bool:
    """Whether the page's tools or its summary box stand right under ``below[at]``
    ("12.11.2026, 16.27 Uhr" over "Artikel zum Hören • 4 Min", "Partager"; "Friday 28 November
    2026 16:40, UK" over "Key points"): a date there is the header's."""
    for under in below[at + 1:at + 1 + _TOOLS_UNDER_DATE]:
        if under.index in boxed or header_matter(under, header, repeats, loose=False):
            return True
        if under.words > _MAX_LABEL_WORDS or under.sentence_like:
            return False
    return False


_TOOLS_UNDER_DATE: Final = 2  # lines: a label or a reading time may stand over the buttons


def is_signed(line: LineInfo, header: Header) -> bool:
    return line.index == header.byline_at or _by_line(line)


def _by_line(line: LineInfo) -> bool:
    """A short "By …" line, not a sentence that opens with the word ("By voting to delay the
    tax, Democrats knocked out …")."""
    return BYLINE_PREFIX.match(line.text) is not None and line.words < RUN_ON_WORDS \
        and not line.sentence_like


def is_dated(line: LineInfo) -> bool:
    """A date line, or dates one beside the other ("Published: … | Updated: …", "Publié le
    11 mars 2025 à 18h05, modifié le 11 mars 2025 à 19h12")."""
    return is_date_line(line.text) or any(
        all(_dated_part(part) for part in parts) and any(is_date_line(part) for part in parts)
        for parts in (line.text.split(mark) for mark in _DATES_APART)
    ) or _labelled_date(line.text)


def _labelled_date(text: str) -> bool:
    """A date under a longer label ("Mis à jour le 11 octobre 2025 à 20h05", "Last modified on
    Wed 18 Nov 2026 09.14 GMT"): a few words, then the date."""
    words = text.split()
    return len(words) <= _MAX_LABELLED_DATE_WORDS \
        and _DATE_LABEL.fullmatch(" ".join(words[:-_DATE_WORDS])) is not None \
        and is_date_line(" ".join(words[-_DATE_WORDS:]))


_MAX_LABELLED_DATE_WORDS: Final = 12
_DATE_WORDS: Final = 7
_DATE_LABEL: Final = re.compile(r"[^\W\d_]+(?: [^\W\d_]+){0,4}:?")


_DATES_APART: Final = (" | ", " / ", ", ")
# An update's time without its date beside the first date ("mis à jour hier à 21:05").
_CLOCK: Final = re.compile(r"\b\d{1,2}[:h]\d{2}\b")
_MAX_PART_WORDS: Final = 8


def _dated_part(part: str) -> bool:
    return is_date_line(part) or (
        len(part.split()) <= _MAX_PART_WORDS
        and (_CLOCK.search(part) is not None or _TIME_AGO.search(part) is not None)
    )


# An update's time told from now ("Last Updated: 2 hours ago").
_TIME_AGO: Final = re.compile(r"\b\d{1,2} ?(?:min(?:ute)?s?|hours?|hrs?|days?) ago\b",
                              re.IGNORECASE)


def header_matter(
    line: LineInfo, header: Header, repeats: Counter[str], loose: bool
) -> bool:
    """A line of what stands between a standfirst and the text: the byline, a label, a picture's
    caption or credit (a caption can come twice: as the picture's description, then below it)."""
    return (
        line.index == header.byline_at
        or line.text == header.byline  # a bare name over the writer's job ("Journalist")
        or _by_line(line)
        or repeats[line.text] > 1
        or chrome.is_chrome(line.text, line.words)
        or is_head_furniture(line.text)
        or (loose and line.words <= _MAX_LABEL_WORDS and not line.sentence_like)
        or _BUTTON_COUNT.fullmatch(line.text) is not None
    )


# A count a button shows beside it, alone on its line: comments, shares ("127", "1,2K").
_BUTTON_COUNT: Final = re.compile(r"\d{1,5}|\d{1,3}(?:[.,]\d)?[KkMm]")


def reads_as_text(line: LineInfo) -> bool:
    """A line of the story's text: long, and a sentence (or long enough to be one anyway)."""
    return line.words >= _PARAGRAPH_WORDS and (line.sentence_like or line.words >= RUN_ON_WORDS)
