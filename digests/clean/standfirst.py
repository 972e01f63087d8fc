"""A summary printed as a plain line under the headline: the standfirst of scraped text.

Many pages print one or two sentences that sum the story up right under the headline, set
apart from the text by the byline, a label or a picture's caption; printed as a plain line, it
would read as the first paragraph. The story's own first paragraph also sits under the headline,
so only a line shaped like a summary and cut off from the text below it counts: short (a
sentence or two), no dateline (that opens the story itself), not retold by the paragraph under
it (a teaser of the lead), and with something that is not the text between the two.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from typing import Final

from digests.clean import chrome
from digests.clean.article_head import is_head_furniture
from digests.clean.bylines import BYLINE_PREFIX, is_bare_date, is_date_line
from digests.clean.captions import is_credit
from digests.clean.header import Header
from digests.clean.header_gap import (
    DATELINE,
    captions_over_head,
    header_gap,
    is_dated,
    is_head_line,
    is_signed,
    reads_as_text,
)
from digests.clean.lines import LineInfo
from digests.clean.page_top import MIN_TITLE_WORDS
from digests.word_runs import shares_run

_MIN_WORDS: Final = 8
_MIN_UNSTOPPED_WORDS: Final = 15
_MAX_WORDS: Final = 45
_MAX_INNER_ENDS: Final = 1  # two sentences at most
_ABOVE_REACH: Final = 3  # lines between the headline and the summary: a label, a date
_BELOW_REACH: Final = 15  # lines between the summary and the text: byline, date, buttons
_RETOLD_RUN: Final = 6
_HEADLINE_REACH: Final = 40  # lines from the page's top to the headline
_MIN_BULLETS: Final = 2
_MAX_BULLETS: Final = 5
_MIN_BULLET_WORDS: Final = 6
_SENTENCE_INSIDE: Final = re.compile(r"[.!?][\"'”’»)]*\s+[A-ZÀ-ÞА-Я\"“‘«]")


def plain_standfirst(
    lines: list[LineInfo], body: list[LineInfo], header: Header, repeats: Counter[str],
    boxed: frozenset[int] = frozenset(),
) -> LineInfo | None:
    """The first line of ``body`` when it is the page's summary rather than its first paragraph
    (``boxed``: the indexes of a labelled summary box's lines, under the byline or the date
    the header's too: Sky's "Key points" under its deck)."""
    if header.standfirst or not header.title:
        return None
    # The headline itself can open the body's lines (the cleaner drops it when printing them).
    first = next((line for line in body[:2] if line.text != header.title), None)
    if first is None:
        return None
    position = bisect_left(lines, first.index, key=lambda line: line.index)
    below = lines[position + 1:position + 1 + _BELOW_REACH]
    # A summary without a full stop is no paragraph of the story: a short label under it is
    # no subheading either ("From our archive"). Under a label taken for the headline, the
    # line is the headline, and the deck under it no picture's caption.
    headline = len(header.title.split()) > MIN_TITLE_WORDS
    gap = header_gap(below, header, repeats, loose=not first.sentence_end, captions=headline,
                     boxed=boxed)
    subhead = _subhead_over_dateline(first, below[gap:])
    # Over the byline or the date, between the headline and the text, the line is the deck,
    # without a full stop too; over the date, of three sentences ("Über Nacht stehen … da. Die
    # Behörde … Verbraucherschützer …" over "12.11.2026, 16.27 Uhr").
    headed = headline and any(is_head_line(line, header) for line in below[:gap])
    dated = headed and any(is_dated(line) for line in below[:gap])
    # A headline the document title printed first repeats is the headline: a line under it
    # is no headline of its own, however short; nor is one over the story's dateline.
    confirmed = subhead or headed or (
        bool(lines) and lines[0].index != first.index and header.title in lines[0].text)
    if not _summary_shaped(first, header.title, confirmed,
                           inner_ends=_MAX_DECK_INNER_ENDS if dated else _MAX_INNER_ENDS) \
            or not _under_headline(lines, position, header):
        return None
    if not gap and not subhead:
        return None
    # (Not a picture's caption: it names the same people as the summary.)
    captions = captions_over_head(below, header, repeats)
    if _retold(first, [line for line in below[:gap + 1] if line.index not in captions
                       and not chrome.is_chrome(line.text, line.words)], loosely=headed):
        return None  # a teaser that the first paragraph retells
    return first


def _subhead_over_dateline(first: LineInfo, below: list[LineInfo]) -> bool:
    """Whether ``first``, a line without a full stop, stands over the story's first paragraph,
    which opens with its dateline ("MILLBROOK, Ohio – Tri-River Connect will…", "МУРМАНСК, 29
    ноября. /ТАСС/. …"), the header's lines apart: a press release's subhead or a wire's deck,
    as no line of the story stands above its dateline."""
    return not first.sentence_end and bool(below) and reads_as_text(below[0]) \
        and DATELINE.match(below[0].text) is not None


def _retold(summary: LineInfo, lines: list[LineInfo], loosely: bool = False) -> bool:
    """Whether one of ``lines`` retells ``summary``, a run of its words word for word; half
    its words in a row, ``loosely``: a deck over the byline or the date may share a phrase
    with the story's first paragraph ("… after a row over a £14 fare in Walton" over "… in a
    row over a £14 fare"), as a teaser cut from it shares most of it."""
    words = summary.text.lower().split()
    run = max(_RETOLD_RUN, len(words) // 2) if loosely else _RETOLD_RUN
    return any(shares_run(words, line.text.lower().split(), run) for line in lines)


def deck_over_byline(lines: list[LineInfo], header: Header) -> list[LineInfo]:
    """The lines between the headline and the byline right under it: the deck, of one line or
    two, which a page sets in a summary's place, with or without a full stop ("Panel splits 9-2
    despite emotional pleas from patients" between its headline and "By Helen Marsh"). The
    headline's date and its tools' row ("Listen", "Print", "Share") may stand over the deck."""
    if header.standfirst or header.byline_at is None or not header.title:
        return []
    position = bisect_left(lines, header.byline_at, key=lambda line: line.index)
    above = position - 1
    while position - above <= _MAX_DECK_LINES and above >= 0 \
            and lines[above].text != header.title and not _over_deck(lines[above]):
        above -= 1
    deck = lines[above + 1:position]
    while above >= 0 and position - above <= _TOOLS_REACH and _over_deck(lines[above]):
        above -= 1
    if not deck or above < 0 or lines[above].text != header.title:
        return []
    # (Its place says it is no headline: no full stop needed, a shorter one will do. The lines
    # of one deck end alike: a sentence over "… LP/Nadia Benhamou" is over a picture's caption.)
    # A deck of three sentences only over a dated byline: the story's first paragraph can
    # stand over a bare one.
    dated = any(is_dated(line) for line in lines[position:position + _DATE_UNDER_BYLINE + 1])
    if len({line.sentence_end for line in deck}) > 1 or not all(
            _summary_shaped(line, header.title, True, min_words=_MIN_DECK_WORDS,
                            inner_ends=_MAX_DECK_INNER_ENDS if dated else _MAX_INNER_ENDS)
            and not is_date_line(line.text) and not _retells(line.text, header.title)
            and not _EDITORS_NOTE.fullmatch(line.text) for line in deck):
        return []
    # A teaser the first paragraph retells, or that paragraph itself above the byline.
    text = next((line for line in lines[position + 1:position + 1 + _BELOW_REACH]
                 if reads_as_text(line)), None)
    return [] if text is not None and any(_retold(line, [text], loosely=True) for line in deck) \
        else deck


def _over_deck(line: LineInfo) -> bool:
    """What a page prints between its headline and the deck: the date, a label, the row of
    its tools ("Listen", "Copy link", "Print"), an audio player's lines."""
    return is_date_line(line.text) or chrome.is_chrome(line.text, line.words) \
        or is_head_furniture(line.text) \
        or (line.words <= _MAX_TOOL_WORDS and not line.sentence_like)


_MAX_DECK_LINES: Final = 2
# Between the headline and a dated byline, a deck of three sentences is still one ("Bremen will …
# staffeln. Schwere Autos würden deutlich teurer. Der Senat erhofft sich mehr Platz …").
_MAX_DECK_INNER_ENDS: Final = 2
_DATE_UNDER_BYLINE: Final = 1  # lines
# A note in brackets over the byline: an agency's "(ATTN: ADDS comments …)", "(Updates with …)".
_EDITORS_NOTE: Final = re.compile(r"\(.*\)|\[.*\]")
_TOOLS_REACH: Final = 12  # lines from the byline up to the headline: the deck, a date, tools
_MAX_TOOL_WORDS: Final = 3
_MIN_DECK_WORDS: Final = 6
_RETOLD_SHARE: Final = 0.6


def _retells(deck: str, title: str) -> bool:
    """Whether most of the deck's words are the headline's: a shorter headline the page
    prints again ("Barisic: „Dann hau' ich mein Handy zam“" under "Rapids Barisic
    geschlaucht: …"), no summary."""
    words = {word for word in _WORD.findall(deck.casefold()) if len(word) > _SHORT_WORD}
    title_words = set(_WORD.findall(title.casefold()))
    return bool(words) and len(words & title_words) >= _RETOLD_SHARE * len(words)


_WORD: Final = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_SHORT_WORD: Final = 2  # letters: "a", "of", "le" say nothing of what the deck adds


def summary_bullets(lines: list[LineInfo], header: Header, repeats: Counter[str]) -> list[str]:
    """The summary's bullets printed as plain lines right under the headline, one to a line
    with no blank line between them, the byline and the date below them and then the text (the
    Daily Mail's "Margaret Hill was phoned by a man claiming…" over "By JAMES WILSON").

    Only a block of two to five lines, each of a summary's length, none closed as a sentence
    (the story's paragraphs are) and none a label, a date or a line the page prints twice, with
    the byline or the date below it; a line that opens in lower case goes on from the one
    above, as a hard-wrapped paragraph does.
    """
    if header.standfirst or not header.title:
        return []
    headline = next((p for p, line in enumerate(lines[1:_HEADLINE_REACH], 1)
                     if line.text == header.title), None)
    if headline is None:
        return []
    first = headline + 1
    while first < len(lines) and first - headline <= _ABOVE_REACH \
            and chrome.is_chrome(lines[first].text, lines[first].words):
        first += 1
    last = first
    while last < len(lines) and last - first < _MAX_BULLETS \
            and (last == first or not lines[last].blank_before) \
            and _bullet_shaped(lines[last], repeats):
        last += 1
    if not _MIN_BULLETS <= last - first <= _MAX_BULLETS:
        return []
    below = lines[last:last + _BELOW_REACH]
    gap = header_gap(below, header, repeats, loose=True)
    if not gap or not any(is_signed(line, header) or is_dated(line) for line in below[:gap]):
        return []  # a list the story opens with, or lines of a page with no byline under them
    return [line.text for line in lines[first:last]]


def _bullet_shaped(line: LineInfo, repeats: Counter[str]) -> bool:
    return (
        _MIN_BULLET_WORDS <= line.words <= _MAX_WORDS
        # (words, not the dots between a name and its outlet: "Verity Sauvé · CBC News ·")
        and len(_WORD.findall(line.text)) >= _MIN_BULLET_WORDS
        and line.letters >= 0.6
        and repeats[line.text] == 1
        and not line.text[:1].islower()
        and not line.sentence_end
        and not line.text.endswith((":", "…", "..."))
        and DATELINE.match(line.text) is None
        and BYLINE_PREFIX.match(line.text) is None
        and not is_bare_date(line.text)
        and not chrome.is_chrome(line.text, line.words)
    )


def lead_picture_caption(
    lines: list[LineInfo], body: list[LineInfo], header: Header
) -> LineInfo | None:
    """The first line of ``body`` when a photo's credit follows it right below: the description
    of the picture under the headline ("Magic mushrooms can create vivid hallucinations…" above
    "Credit: WhiteHaven/Shutterstock.com"), which is neither the summary nor the story. A
    credit may stand above the caption instead, which then has no full stop (the BBC's "Getty
    Images" over "The deal covers about 70,000 nurses…"), or does have one when the story's
    first paragraph, known by its dateline, follows it ("WASHINGTON, Sept. 17, 2025 – …"), a
    line of chrome apart at most."""
    if not header.title:
        return None
    first = next((line for line in body[:2] if line.text != header.title), None)
    if first is None or first.words > _MAX_WORDS:
        return None
    position = bisect_left(lines, first.index, key=lambda line: line.index)
    if position + 1 >= len(lines):
        return None
    below = lines[position + 1]
    if position > 0 and is_credit(lines[position - 1].text, lines[position - 1].words) and (
        (not first.sentence_end and reads_as_text(below)) or _dateline_lead_after(body, first)
    ):
        return first  # under its credit ("Getty Images" over "The deal covers about…")
    if not is_credit(below.text, below.words):
        return None
    return first if _under_headline(lines, position, header) else None


# A label in capitals that a summary opens with ("EXCLUSIF - La ministre…", "EXCLUSIVE: The
# pier…"): what kind of story it is, not a wire's dateline.
_KICKER_LABEL: Final = re.compile(
    r"(?:EXCLUSI(?:VE|F|VO|V)|BREAKING|ANALYSIS|ANALYSE|ENQUÊTE|RÉCIT|DÉCRYPTAGE|REPORTAGE|"
    r"ENTRETIEN|TRIBUNE|INFO [A-ZÀ-Þ]+|VIDÉO|VIDEO|WATCH|UPDATE|OPINION|ANÁLISIS|EXKLUSIV)"
    r"\s*[-–—:|]\s+"
)


def without_kicker_label(text: str) -> str:
    """A summary without the label in capitals it opens with ("EXCLUSIF - ")."""
    label = _KICKER_LABEL.match(text)
    return text[label.end():] if label is not None else text


def _summary_shaped(
    line: LineInfo, header_title: str, confirmed: bool, min_words: int = _MIN_WORDS,
    inner_ends: int = _MAX_INNER_ENDS,
) -> bool:
    text = line.text
    return (
        min_words <= line.words <= _MAX_WORDS
        # Without a full stop, only a line longer than most headlines: the real headline under a
        # wrongly picked title (a section's name) is no summary.
        and (line.sentence_end or confirmed or line.words >= _MIN_UNSTOPPED_WORDS)
        and not line.bullet
        and line.letters >= 0.6
        and not text.endswith((":", "…", "..."))
        and len(_SENTENCE_INSIDE.findall(text)) <= inner_ends
        and (DATELINE.match(text) is None or _KICKER_LABEL.match(text) is not None)
        and BYLINE_PREFIX.match(text) is None
        and _CREDIT_END.search(text) is None
        and header_title not in text
        and not chrome.is_chrome(text, line.words)
    )


# A picture's credit in brackets after the caption's last sentence ("… night tour. (SPA)").
_CREDIT_END: Final = re.compile(r"[.!?][\"”’]? \([^()]{2,40}\)$")


def _under_headline(lines: list[LineInfo], position: int, header: Header) -> bool:
    """Whether the headline stands right above ``lines[position]``, a label or a date apart."""
    for line in reversed(lines[max(0, position - _ABOVE_REACH):position]):
        if header.title in line.text:
            return True
        if not (chrome.is_chrome(line.text, line.words) or is_bare_date(line.text)):
            return False
    return False


def _dateline_lead_after(body: list[LineInfo], first: LineInfo) -> bool:
    """Whether the line of ``body`` after ``first`` that is no chrome (a pitch for a trial, an
    ad's label) is the story's first paragraph, opening with its dateline."""
    after = (line for line in body if line.index > first.index
             and not chrome.is_chrome(line.text, line.words))
    lead = next(after, None)
    return lead is not None and reads_as_text(lead) and DATELINE.match(lead.text) is not None


def captions_under_summary(
    lines: list[LineInfo], summary: LineInfo, header: Header, repeats: Counter[str]
) -> set[int]:
    """Indexes of the picture's caption and credit between ``summary`` and the byline or the
    date under it ("Les bus de la ligne 148 sont restés au dépôt mercredi matin. LP/Nadia
    Benhamou"): the header's, no paragraph of the story."""
    position = bisect_left(lines, summary.index, key=lambda line: line.index)
    return captions_over_head(lines[position + 1:position + 1 + _BELOW_REACH], header, repeats)
