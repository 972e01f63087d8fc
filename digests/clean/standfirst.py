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
from digests.clean.credited_captions import is_over_credit
from digests.clean.header import Header
from digests.clean.lines import RUN_ON_WORDS, LineInfo
from digests.clean.page_top import MIN_TITLE_WORDS
from digests.word_runs import shares_run

_MIN_WORDS: Final = 8
_MIN_UNSTOPPED_WORDS: Final = 15
_MAX_WORDS: Final = 45
_MAX_INNER_ENDS: Final = 1  # two sentences at most
_ABOVE_REACH: Final = 3  # lines between the headline and the summary: a label, a date
_BELOW_REACH: Final = 15  # lines between the summary and the text: byline, date, buttons
_PARAGRAPH_WORDS: Final = 10
_MAX_LABEL_WORDS: Final = 6
_RETOLD_RUN: Final = 6
_HEADLINE_REACH: Final = 40  # lines from the page's top to the headline
_MIN_BULLETS: Final = 2
_MAX_BULLETS: Final = 5
_MIN_BULLET_WORDS: Final = 6
# A dateline ("PORTHAVEN -", "LONDON, May 3 (Reuters) -", "MONTERREY, Nuevo León.-"): a place in
# capitals that opens the story's first paragraph.
_DATELINE: Final = re.compile(r"^[A-ZÀ-ÞА-Я][A-ZÀ-ÞА-Я .'-]{2,}(?:[,(:]|\s[-–—])")
_SENTENCE_INSIDE: Final = re.compile(r"[.!?][\"'”’»)]*\s+[A-ZÀ-ÞА-Я\"“‘«]")


def plain_standfirst(
    lines: list[LineInfo], body: list[LineInfo], header: Header, repeats: Counter[str]
) -> LineInfo | None:
    """The first line of ``body`` when it is the page's summary rather than its first paragraph."""
    if header.standfirst or not header.title:
        return None
    # The headline itself can open the body's lines (the cleaner drops it when printing them).
    first = next((line for line in body[:2] if line.text != header.title), None)
    if first is None:
        return None
    position = bisect_left(lines, first.index, key=lambda line: line.index)
    below = lines[position + 1:position + 1 + _BELOW_REACH]
    subhead = _subhead_over_dateline(first, below)
    # A summary without a full stop is no paragraph of the story: a short label under it is
    # no subheading either ("From our archive"). Under a label taken for the headline, the
    # line is the headline, and the deck under it no picture's caption.
    headline = len(header.title.split()) > MIN_TITLE_WORDS
    gap = _header_gap(below, header, repeats, loose=not first.sentence_end, captions=headline)
    # Over the byline or the date, between the headline and the text, the line is the deck,
    # without a full stop too; over the date, of three sentences ("Über Nacht stehen … da. Die
    # Behörde … Verbraucherschützer …" over "12.11.2026, 16.27 Uhr").
    headed = headline and any(_heads(line, header) for line in below[:gap])
    dated = headed and any(_dated(line) for line in below[:gap])
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
    if _retold(first, [line for line in below[:gap + 1]
                       if not chrome.is_chrome(line.text, line.words)]):
        return None  # a teaser that the first paragraph retells
    return first


def _subhead_over_dateline(first: LineInfo, below: list[LineInfo]) -> bool:
    """Whether ``first``, a line without a full stop, stands right over the story's first
    paragraph, which opens with its dateline ("MILLBROOK, Ohio – Tri-River Connect will…"): a
    press release's subhead, as no line of the story above its dateline is."""
    return not first.sentence_end and bool(below) and _paragraph(below[0]) \
        and _DATELINE.match(below[0].text) is not None


def _retold(summary: LineInfo, lines: list[LineInfo]) -> bool:
    """Whether one of ``lines`` retells ``summary``, a run of its words word for word."""
    words = summary.text.lower().split()
    return any(shares_run(words, line.text.lower().split(), _RETOLD_RUN) for line in lines)


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
    dated = any(_dated(line) for line in lines[position:position + _DATE_UNDER_BYLINE + 1])
    if len({line.sentence_end for line in deck}) > 1 or not all(
            _summary_shaped(line, header.title, True, min_words=_MIN_DECK_WORDS,
                            inner_ends=_MAX_DECK_INNER_ENDS if dated else _MAX_INNER_ENDS)
            and not is_date_line(line.text) and not _retells(line.text, header.title)
            and not _EDITORS_NOTE.fullmatch(line.text) for line in deck):
        return []
    # A teaser the first paragraph retells, or that paragraph itself above the byline.
    text = next((line for line in lines[position + 1:position + 1 + _BELOW_REACH]
                 if _paragraph(line)), None)
    return [] if text is not None and any(_retold(line, [text]) for line in deck) else deck


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
    gap = _header_gap(below, header, repeats, loose=True)
    if not gap or not any(_signed(line, header) or _dated(line) for line in below[:gap]):
        return []  # a list the story opens with, or lines of a page with no byline under them
    return [line.text for line in lines[first:last]]


def _header_gap(
    below: list[LineInfo], header: Header, repeats: Counter[str], loose: bool,
    captions: bool = False,
) -> int:
    """How many of the lines ``below`` a summary are the header's (the byline, the date, labels,
    a caption) before the text goes on; 0 when the text does not go on right below them.

    The text must go on below, with only the header's lines between: a subheading, a list or a
    date there belongs to the story, and the line above it is the story's first paragraph. A
    date under the byline is the header's; under a summary with a full stop and no byline, it
    may be a date the story's first paragraph gives before the text goes on.
    """
    gap = 0
    signed = headed = False
    while gap < len(below) and (
        # (Under the byline, a short label is a button, no subheading of the story.)
        _header_matter(below[gap], header, repeats, loose or signed)
        or ((loose or signed or _over_byline(below, gap, header, repeats)
             or _over_tools(below, gap, header, repeats)) and _dated(below[gap]))
        # a picture's caption over its credit, below the header's other lines (a paragraph
        # with a picture right under it is the story's first, not a summary)
        or (gap > 0 and is_over_credit(below, gap))
        # or right under the summary, when the byline or the date stands below it
        or (captions and gap < _CAPTION_LINES and _caption_over_head(below, gap, header, repeats))
        # or under the byline or the date, whatever its credit ("… (Metropolitan Police)")
        or (headed and _caption_shaped(below[gap]) and not _paragraph(below[gap]))
    ):
        signed = signed or _signed(below[gap], header)
        headed = headed or _heads(below[gap], header)
        gap += 1
    return gap if 0 < gap < len(below) and _text_goes_on(below, gap) else 0


# A live blog's entry opens with its time alone on a line ("12:47", "9.05am", "14h20").
_ENTRY_TIME: Final = re.compile(r"\d{1,2}[:.h]\d{2}(?: ?[ap]\.?m\.?)?", re.IGNORECASE)


def _text_goes_on(below: list[LineInfo], at: int) -> bool:
    """Whether the story's text starts at ``below[at]``: a paragraph, or a live blog's first
    entry under its time, its heading over its text."""
    if _paragraph(below[at]):
        return True
    return at + 1 < len(below) and _ENTRY_TIME.fullmatch(below[at - 1].text) is not None \
        and not below[at].sentence_end and _paragraph(below[at + 1])


def _over_byline(below: list[LineInfo], at: int, header: Header, repeats: Counter[str]) -> bool:
    """Whether the byline stands under the date lines from ``below[at]`` on, among the header's
    lines ("November 28, 2026 6:04 pm CET" or "12. März 2026" and "Lesezeit: 4 Min." over "By
    Ann Lee"): those dates are the header's too."""
    for line in below[at:]:
        if _signed(line, header):
            return True
        if not (_dated(line) or _header_matter(line, header, repeats, loose=False)):
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
        if _heads(under, header):
            return True
        credit = position == at + 1 and under.words <= _MAX_CREDIT_WORDS \
            and not under.text[:1].islower()
        if not (credit or is_credit(under.text, under.words)
                or _header_matter(under, header, repeats, loose=True)):
            return False
    return False


def captions_under_summary(
    lines: list[LineInfo], summary: LineInfo, header: Header, repeats: Counter[str]
) -> set[int]:
    """Indexes of the picture's caption and credit between ``summary`` and the byline or the
    date under it ("Les bus de la ligne 148 sont restés au dépôt mercredi matin. LP/Nadia
    Benhamou"): the header's, no paragraph of the story."""
    position = bisect_left(lines, summary.index, key=lambda line: line.index)
    below = lines[position + 1:position + 1 + _BELOW_REACH]
    found: set[int] = set()
    for at in range(min(_CAPTION_LINES, len(below))):
        if _heads(below[at], header) or not _caption_over_head(below, at, header, repeats):
            break
        found.add(below[at].index)
    return found


def _caption_shaped(line: LineInfo) -> bool:
    return line.words <= _MAX_WORDS and line.letters >= 0.6 and not line.bullet \
        and _DATELINE.match(line.text) is None


def _heads(line: LineInfo, header: Header) -> bool:
    """Whether ``line`` is the header's byline or date line."""
    return _signed(line, header) or _dated(line)


def _over_tools(
    below: list[LineInfo], at: int, header: Header, repeats: Counter[str]
) -> bool:
    """Whether the page's tools stand right under ``below[at]`` ("12.11.2026, 16.27 Uhr" over
    "Artikel zum Hören • 4 Min", "Partager"): a date there is the header's."""
    return at + 1 < len(below) and not _paragraph(below[at + 1]) \
        and _header_matter(below[at + 1], header, repeats, loose=False)


def _signed(line: LineInfo, header: Header) -> bool:
    return line.index == header.byline_at or _by_line(line)


def _by_line(line: LineInfo) -> bool:
    """A short "By …" line, not a sentence that opens with the word ("By voting to delay the
    tax, Democrats knocked out …")."""
    return BYLINE_PREFIX.match(line.text) is not None and line.words < RUN_ON_WORDS \
        and not line.sentence_like


def _dated(line: LineInfo) -> bool:
    """A date line, or dates one beside the other ("Published: … | Updated: …", "Publié le
    11 mars 2025 à 18h05, modifié le 11 mars 2025 à 19h12")."""
    return is_date_line(line.text) or any(
        all(_dated_part(part) for part in parts) and any(is_date_line(part) for part in parts)
        for parts in (line.text.split(mark) for mark in _DATES_APART)
    ) or (line.words <= _MAX_LABELLED_DATE_WORDS and not line.inner_sentence_end
          and is_date_line(" ".join(line.text.split()[-_DATE_WORDS:])))


# A date under a longer label ("Mis à jour le 11 octobre 2025 à 20h05", "Last modified on Wed
# 18 Nov 2026 09.14 GMT"): the date, then the label's words before it.
_MAX_LABELLED_DATE_WORDS: Final = 12
_DATE_WORDS: Final = 7


_DATES_APART: Final = (" | ", " / ", ", ")
# An update's time without its date beside the first date ("mis à jour hier à 21:05").
_CLOCK: Final = re.compile(r"\b\d{1,2}[:h]\d{2}\b")
_MAX_PART_WORDS: Final = 8


def _dated_part(part: str) -> bool:
    return is_date_line(part) or (
        len(part.split()) <= _MAX_PART_WORDS and _CLOCK.search(part) is not None
    )


def _bullet_shaped(line: LineInfo, repeats: Counter[str]) -> bool:
    return (
        _MIN_BULLET_WORDS <= line.words <= _MAX_WORDS
        and line.letters >= 0.6
        and repeats[line.text] == 1
        and not line.text[:1].islower()
        and not line.sentence_end
        and not line.text.endswith((":", "…", "..."))
        and _DATELINE.match(line.text) is None
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
        (not first.sentence_end and _paragraph(below)) or _dateline_lead_after(body, first)
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


def _header_matter(
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
        and (_DATELINE.match(text) is None or _KICKER_LABEL.match(text) is not None)
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
    return lead is not None and _paragraph(lead) and _DATELINE.match(lead.text) is not None


def _paragraph(line: LineInfo) -> bool:
    """A line of the story's text: long, and a sentence (or long enough to be one anyway)."""
    return line.words >= _PARAGRAPH_WORDS and (line.sentence_like or line.words >= RUN_ON_WORDS)
