"""Where a scraped article's head stands: its byline or date line, and the headline over it.

A page copied without its document title opens with the site's top: a logo and its tagline, menus,
a metering or sign-in line, a ticker of other stories, a cookie banner. None of it stands right
over the article's byline or date; the headline does, with a deck of a sentence or two between
them at most, and the writer's name or job, a label or a player's button under the deck. Part of
:mod:`header`.
"""

from __future__ import annotations

import re
from typing import Final

from digests.clean import chrome
from digests.clean.bylines import is_date_line, looks_like_names, opens_with_date
from digests.clean.header_bylines import byline_of, is_paragraph
from digests.clean.lines import LineInfo
from digests.clean.page_top import MIN_TITLE_WORDS, title_like

_HEAD_REACH: Final = 60  # lines under the page's top searched for the article's head
_MAX_HEAD_WORDS: Final = 16  # a byline with its date and reading time, a date with its labels
_MAX_DECK_LINES: Final = 2
_MAX_TITLE_WORDS: Final = 30
_MAX_DECK_WORDS: Final = 60
_MIN_LETTERS: Final = 0.6
_MAX_SHORT_WORDS: Final = 4  # a writer's name or job, a label: what stands under a deck
_SHARED_WORDS: Final = 2
_TAG_COMMAS: Final = 2
_MIN_NAME_WORDS: Final = 2
_CAPTION_WORDS: Final = 8
_TAG_CAPITALS: Final = 0.95
_CONTENT_WORD: Final = re.compile(r"[^\W\d_]{4,}")

# Lines that sites print over the headline and that no article's title is: a press release's
# header, a cookie banner, a sign-in or metering line, a reprint notice; and the audio player's
# lines under a deck.
_FURNITURE: Final = re.compile(
    r"^(?:for immediate release\b|cookies on\b|we use (?:some )?(?:essential )?cookies\b|"
    r"(?:accept|reject|view|manage) (?:\w+ )?cookies$|sign in to your .{1,40} account$|"
    r"create (?:a|an|your) (?:\w+ )?account\b|you have \S* ?(?:free )?(?:articles?|stories) left|"
    r"this copy is for your personal,? non-commercial use only|"
    r"(?:media |press )?contacts?:|(?:press play|listen) to (?:listen to )?this article$|"
    r"(?:voiced|audio generated) by (?:artificial intelligence|AI)\b|"
    r"\d{1,2}:\d{2}(?: ?/ ?\d{1,2}:\d{2})?$)",
    re.IGNORECASE,
)


def is_head_furniture(text: str) -> bool:
    """A line of the page's top or of the article's player that is never its headline; nor is
    a dateline cut off its paragraph, ending in its dash ("Law360 (March 4, 2026) --")."""
    return _FURNITURE.match(text) is not None or text.endswith(_DATELINE_DASHES)


_DATELINE_DASHES: Final = (" --", " –", " —")


def headline_over_head(lines: list[LineInfo], top: int) -> int | None:
    """The position of the headline over the first byline or date line under ``lines[top]``
    that has one, below ``top``; None when none does.

    Walking up from that line: the writer's name, job and labels, then at most two lines of
    deck, then the headline, under a line that is none of these (a section's label, a menu's
    entry). More lines that could be a headline or a deck make it a list of other stories.
    """
    for anchor in range(top + 1, min(len(lines), top + _HEAD_REACH)):
        if not _is_head_line(lines[anchor]):
            continue
        block, above = _block_over(lines, anchor, top)
        boundary = lines[above] if above >= 0 else None
        if not block:
            if above == top:
                return None  # the top line stands over the head: it is the headline
            continue
        if boundary is not None and _headline_or_deck(boundary) \
                and (above == top or len(block) > _MAX_DECK_LINES):
            return None  # the line at the top heads the article, or a list of stories ends here
        if len(block) > 1 and lines[block[-1]].words <= _MAX_SHORT_WORDS:
            block.pop()  # a kicker over the headline ("Mongabay Series: Indonesian Nickel")
        if _headline_shaped(lines[block[-1]]) and (boundary is None or _may_head(boundary)):
            return block[-1]
    return None


def headline_under_date(lines: list[LineInfo], top: int, logo: bool = False) -> int | None:
    """The position of the headline a page prints under its date, when ``lines[top]`` is no
    headline but a label or the site's name over its menu ("News Flash", then "Police News
    Releases", then "Posted on: November 6, 2026"): the line right under the first date below
    the menu's entries and labels, the text under it a few notes apart ("Incident #: 26-044817",
    "For Immediate Release", "Contact: …"); None if none. ``logo`` says the top line is
    shaped as the site's name ("City of Ashford Falls, OH"): it may be title-like all the same.
    """
    if title_like(lines[top]) and not logo:
        return None
    date = top + 1
    while date < len(lines) and date - top <= _MAX_MENU_LINES \
            and not is_date_line(lines[date].text):
        if lines[date].words > _MAX_SHORT_WORDS or _closes_sentence(lines[date]):
            return None
        date += 1
    headline = date + 1
    if headline >= len(lines) or date - top > _MAX_MENU_LINES \
            or not (_headline_or_deck(lines[headline]) and _headline_shaped(lines[headline])) \
            or is_paragraph(lines[headline]):  # the text's first paragraph under a date
        return None
    text = headline + 1
    while text < len(lines) and text - headline <= _MAX_NOTES and not is_paragraph(lines[text]):
        if lines[text].words > _MAX_HEAD_WORDS:
            return None
        text += 1
    return headline if text < len(lines) and is_paragraph(lines[text]) else None


# The site's menu and a section's and a module's labels over the date ("Home", "How Do I...",
# "News Flash", "Police Department"); a press release's notes under its headline ("For Immediate
# Release", its number, its contact's name and phone).
_MAX_MENU_LINES: Final = 12
_MAX_NOTES: Final = 5


def _closes_sentence(line: LineInfo) -> bool:
    """Whether a short line ends as a sentence, not as a menu's entry trailing off ("How Do
    I...")."""
    return line.sentence_end and not line.text.endswith(("...", "…"))


def _block_over(lines: list[LineInfo], anchor: int, top: int) -> tuple[list[int], int]:
    """The positions of the lines of headline or deck over the head line at ``anchor``, the
    lowest first, and the position of the line above them."""
    above = anchor - 1
    while above > top and _under_deck(lines[above]):
        above -= 1
    block: list[int] = []
    while above > top and len(block) <= _MAX_DECK_LINES and _headline_or_deck(lines[above]):
        block.append(above)
        above -= 1
        if above - 1 >= top and _writer_between(lines[above]) \
                and _headline_or_deck(lines[above - 1]):
            above -= 1  # the writer's name between the headline and the deck
    return block, above


def _may_head(boundary: LineInfo) -> bool:
    """Whether a headline can stand under ``boundary``: not a value under its field's label
    ("From:" over the department's name), nor a line under a picture's caption (the writer's
    "Ann Lee at Meadow Lane" under it)."""
    return not boundary.text.endswith(":") and not (
        boundary.words >= _CAPTION_WORDS and chrome.is_chrome(boundary.text, boundary.words))


def shares_content_words(text: str, other: str) -> bool:
    """Whether the two lines share two words of four letters or more: a page's document title
    and its headline do, where a section's name ("Heat") or a site's ("Education Week") may
    share one with the headline."""
    words = {word.casefold() for word in _CONTENT_WORD.findall(text)}
    shared = {word.casefold() for word in _CONTENT_WORD.findall(other)} & words
    return len(shared) >= _SHARED_WORDS


def heads_article(lines: list[LineInfo], position: int) -> bool:
    """Whether the line at ``position`` is the headline over the article's byline or date."""
    return headline_over_head(lines, position - 1) == position


def _is_head_line(line: LineInfo) -> bool:
    if line.words > _MAX_HEAD_WORDS:
        return False
    return is_date_line(line.text) or opens_with_date(line.text) \
        or bool(byline_of(line, bare_bullet=False))


def _under_deck(line: LineInfo) -> bool:
    """What stands between a deck and the byline or date: the writer's name or job, a label,
    a share button, the audio player's lines."""
    return (line.words <= _MAX_SHORT_WORDS and not line.sentence_end) \
        or (line.words <= _MAX_SHORT_WORDS and looks_like_names(line.text)) \
        or chrome.is_chrome(line.text, line.words) or is_head_furniture(line.text)


def _writer_between(line: LineInfo) -> bool:
    return _MIN_NAME_WORDS <= line.words <= _MAX_SHORT_WORDS and looks_like_names(line.text)


def _headline_or_deck(line: LineInfo) -> bool:
    return MIN_TITLE_WORDS <= line.words <= _MAX_DECK_WORDS and line.letters >= _MIN_LETTERS \
        and not line.bullet and not is_date_line(line.text) \
        and not chrome.is_chrome(line.text, line.words) and not is_head_furniture(line.text)


def _headline_shaped(line: LineInfo) -> bool:
    """A headline: one without a full stop, or one written as a sentence or two ("California's
    new heat rule was supposed to protect warehouse workers. A year later, few know it
    exists.")."""
    if line.words > _MAX_TITLE_WORDS or line.text.endswith(("…", "...")) \
            or (line.text.count(",") >= _TAG_COMMAS and line.capitals >= _TAG_CAPITALS):
        return False  # a tagline trailing off, a list of topics ("Housing, Planning, Labour")
    return title_like(line) or line.sentence_end
