"""What a page prints above its headline that is not its title: a menu printed one entry to
a line, the site's logo over it, a search box's prompt, a breadcrumb, a kicker; and the shape
of a line that may be the headline (:func:`title_like`)."""

from __future__ import annotations

import re
from typing import Final

from digests.clean import chrome
from digests.clean.bylines import (
    BYLINE_PREFIX,
    LONE_PREFIX,
    LONE_WRITER_LABEL,
    MAX_BYLINE_WORDS,
    is_date_line,
    looks_like_names,
    without_writer_job,
)
from digests.clean.credited_captions import is_over_credit
from digests.clean.header_bylines import is_paragraph
from digests.clean.lines import LineInfo, word_count
from digests.clean.titles import match_key

MIN_TITLE_WORDS: Final = 3  # words: fewer are a label, not a headline
_MAX_TITLE_WORDS: Final = 30
_HEADLINE_SEARCH: Final = 40  # lines under a logo searched for the headline
_MENU_ENTRIES: Final = 4  # a menu printed one entry to a line: this many short lines in a row
_MENU_ENTRY_WORDS: Final = 2
_MENU_REACH: Final = 3  # lines from a site's logo to its menu: a skip link, a second logo line
_MAX_KICKER_WORDS: Final = 4
_MAX_LOGO_LINE_WORDS: Final = 4  # a headline this short over a menu is one the page repeats
_MAX_CRUMB_WORDS: Final = 3
_CODE: Final = re.compile(r"[<>{}=]|https?://")
_TITLE_SEPARATOR: Final = re.compile(r"\s(?:[|–—·•»]|-|::)(?:\s|$)")
# A breadcrumb: the section and its subsection ("Sport / Cricket", "News › World").
_BREADCRUMB: Final = re.compile(r"[^/>»›|]{2,30}(?: [/>»›] [^/>»›|]{2,30})+")


def among_menu_entries(lines: list[LineInfo], position: int) -> bool:
    """A menu entry of a few words between two of one or two ("Culture", "Idées et Débats",
    "Environnement")."""
    return 0 < position < len(lines) - 1 and lines[position].words <= _MAX_LOGO_LINE_WORDS \
        and not lines[position].sentence_end \
        and in_menu(lines, position - 1) and lines[position + 1].words <= _MENU_ENTRY_WORDS


def logo_over_menu(lines: list[LineInfo], position: int) -> bool:
    """The site's name over its menu ("WELT", "Estadão", "la Repubblica"), or a search box's
    prompt ("Search the news archive"): a scraper that printed no document title starts with
    the page's logo and menu, and the headline comes further down. A short document title
    over a menu is one the page prints again (as the heading over its text: "Prendre la
    parole"), which a logo is not, as a whole line (other than as the writer: "Texte par :"
    over "FRANCE 24")."""
    line = lines[position]
    if line.words > _MAX_LOGO_LINE_WORDS or line.sentence_end or _TITLE_SEPARATOR.search(line.text):
        return False  # "Gefällt mir – jovelblog": a document title's shape, its site's name apart
    below = range(position + 1, min(len(lines), position + 1 + _MENU_REACH))
    if not any(in_menu(lines, p) for p in below):
        return False
    # A headline must follow: a page of one short title, its menu and its text has no other.
    if not any(title_like(lines[p]) and lines[p].words > line.words
               for p in range(position + 1, min(len(lines), position + _HEADLINE_SEARCH))):
        return False
    # Printed again as a heading, it stands above the text; the site's name comes again in the
    # footer, under it ("Manchester Evening News" over "© 2025 a Reach plc subsidiary").
    key = match_key(line.text)
    above_text = range(position + 1, next(
        (p for p in range(position + 1, len(lines)) if is_paragraph(lines[p])), len(lines)))
    return not any(
        len(lines[p].text) == len(line.text) and match_key(lines[p].text) == key
        and not _labels_writer(lines[p - 1])
        for p in above_text
    )


def _labels_writer(line: LineInfo) -> bool:
    """A label the writer's name follows on the next line ("By", "Texte par :"): the site named
    there as the writer is no heading."""
    return bool(LONE_PREFIX.match(line.text) or LONE_WRITER_LABEL.match(line.text)) \
        or (line.words <= _MAX_KICKER_WORDS and line.text.endswith(":"))


def is_breadcrumb(line: LineInfo) -> bool:
    """Where the page sits among its sections ("Sport / Cricket"), a few words a part, or the
    sections after the home page's link, their marks lost ("Accueil Actualité Éducation")."""
    if _HOME_CRUMBS.fullmatch(line.text) is not None:
        return True
    return _BREADCRUMB.fullmatch(line.text) is not None and all(
        word_count(part) <= _MAX_CRUMB_WORDS for part in re.split(r" [/>»›] ", line.text))


# The home page's link and one to three sections, every word capitalised. Not "Home": a
# headline opens with it ("Home Office Reviews Visa Rules").
_HOME_CRUMBS: Final = re.compile(
    r"(?:Accueil|Startseite|Inicio|Portada|Главная|Strona główna)"
    r"(?: [A-ZÀ-ÞА-ЯЁ][\w'’-]*){1,3}"
)


# A market strip's reading: an index or a price and its change ("Dow 41,892.10 -0.61%",
# "10 Yr Note 4.612% +0.071", "EUR/USD 1.0842 +0.12%"). A headline does not end in two numbers.
_MARKET_READING: Final = re.compile(r"^.{1,30}?\s[-+−]?\d[\d,.]*%?\s+[-+−]\d[\d,.]*%?$")
# What a page's logo and buttons are labelled for screen readers ("TechCrunch Desktop Logo",
# "Site Search Toggle", "Toggle navigation").
_CONTROL_LABEL: Final = re.compile(
    r"^(?:\S+ ){0,4}(?:logo|toggle)$|^toggle (?:\S+ )?(?:navigation|menu|search)$|"
    r"^(?:\S+ ){0,3}(?:[-–|] )?(?:back|return|go) to (?:the )?home(?: ?page)?$", re.IGNORECASE)
# A live-score strip's result ("Harwick Athletic 1-4 Kelderton City"): a headline that opens
# with the score goes on after it ("Arsenal 2-1 Chelsea: Saka seals it").
_SCORE_LINE: Final = re.compile(r"^[\w'.&-]+(?: [\w'.&-]+){0,3} \d{1,3} ?[-–] ?\d{1,3}"
                                r"(?: [\w'.&-]+){1,4}$")
_MENU_ROW_PARTS: Final = 3
_MENU_ROW_ENTRY_WORDS: Final = 2


def is_top_strip(line: LineInfo) -> bool:
    """A line of the strips a page prints over its headline that no document title is: a market
    reading, a match's score, a logo's or a button's label, or a menu on one line ("Home |
    World | India | Business", each entry a word or two; a document title has a headline among
    its parts)."""
    text = line.text
    if line.words <= _MAX_LOGO_LINE_WORDS + 1 and _MARKET_READING.match(text) is not None:
        return True
    if _SCORE_LINE.match(text) is not None:
        return True
    if _CONTROL_LABEL.match(text) is not None:  # (its own few words)
        return True
    if " | " not in text:
        return False
    parts = text.split(" | ")
    return len(parts) >= _MENU_ROW_PARTS \
        and all(word_count(part) <= _MENU_ROW_ENTRY_WORDS for part in parts)


_DASHED_PARTS: Final = re.compile(r" [-–] ")
_LABEL_REACH: Final = 3  # lines from a section's label to its headline: a "Subscribers" tag


def section_over_headline(lines: list[LineInfo], position: int) -> bool:
    """A section's label set off by a dash over the headline ("Cyclisme - Tour de Lombardie"),
    each part a few words: a scraper that printed no document title printed the menus first,
    and this is no title, though it is shaped as one with the site's name. The first line is
    where a document title stands, however short."""
    line = lines[position]
    if position == 0 or (" - " not in line.text and " – " not in line.text):
        return False
    parts = _DASHED_PARTS.split(line.text)
    if any(word_count(part) > _MAX_CRUMB_WORDS for part in parts):
        return False
    below = (lines[p] for p in range(position + 1, min(len(lines), position + 1 + _LABEL_REACH))
             if lines[p].words > _MENU_ENTRY_WORDS)
    headline = next(below, None)
    return headline is not None and title_like(headline) and headline.words > line.words


def repeats_menu_entry(lines: list[LineInfo], position: int) -> bool:
    """A few words that a line above already printed: the section's name over the headline,
    which the menu listed ("Women's Super League"). A document title comes first."""
    line = lines[position]
    return line.words <= _MAX_KICKER_WORDS and not line.sentence_end \
        and any(lines[p].text == line.text for p in range(position))


def kicker_over_headline(lines: list[LineInfo], position: int) -> bool:
    """A few words and a colon over the headline ("Urteil in Karlsruhe:"): the kicker a
    scraper printed on its own line, where the document title would have been the headline.
    Or a few words right under a menu, over a longer headline: the series' or the section's
    tag ("Prime minister's questions", "Axios Pro Rata") that the menu ran into."""
    line = lines[position]
    if line.words > _MAX_KICKER_WORDS or position + 1 >= len(lines):
        return False
    if line.text.endswith(":"):
        return title_like(lines[position + 1])
    if line.sentence_end or not _under_menu(lines, position):
        return False
    return any(title_like(below) and below.words > line.words
               for below in lines[position + 1:position + 1 + _LABEL_REACH])


def _under_menu(lines: list[LineInfo], position: int) -> bool:
    """Whether the lines right above ``position`` are a menu's entries, of three words at most
    ("Sign In", "Free Sign Up")."""
    return position > _MENU_ENTRIES and all(
        line.words <= _MENU_ENTRY_WORDS + 1 for line in lines[position - _MENU_ENTRIES:position])


def in_menu(lines: list[LineInfo], position: int) -> bool:
    """A line of a menu the scraper printed one entry to a line ("Home", "India", "World"):
    one of several lines in a row a word or two long, where a document title is followed by
    its page's longer lines soon."""
    if position == 0 or lines[position].words > _MENU_ENTRY_WORDS:
        return False  # the first line is where a scraper prints the document title, however short
    first = last = position
    # An entry of three words ("Idées et Débats") does not break the run.
    while first > 0 and lines[first - 1].words <= _MENU_ENTRY_WORDS + 1:
        first -= 1
    while last + 1 < len(lines) and lines[last + 1].words <= _MENU_ENTRY_WORDS + 1 \
            and last - first + 1 < _MENU_ENTRIES:
        last += 1
    return last - first + 1 >= _MENU_ENTRIES


def title_like(line: LineInfo) -> bool:
    return (
        MIN_TITLE_WORDS <= line.words <= _MAX_TITLE_WORDS
        and not line.text.endswith((".", ",", ":", ";", "..."))
        and line.letters >= 0.6
        and not _CODE.search(line.text)
        and not chrome.is_chrome(line.text, line.words)
        and not BYLINE_PREFIX.match(line.text)
        and not chrome.is_glued_menu(line.text)
    )


_BYLINE_SEARCH: Final = 60  # lines under a short first line searched for a "By" line
_MAX_STANDFIRST_ABOVE: Final = 1  # summary lines between a headline and its "By" line


def headline_over_byline(lines: list[LineInfo], position: int) -> int | None:
    """Where the headline stands, when the short line at ``position`` that a page without a
    document title prints first is its logo, a series' or a menu's label ("The Sydney
    Morning Herald", "The Friday Cover"), the site's tagline over its menu, or a picture's
    caption over its credit: the
    headline-shaped line right above the first "By" line further down, a summary sentence
    between them at most; longer than a short first line. None when there is no such line,
    or it is the first line itself."""
    first = lines[position]
    if first.sentence_end:
        if not is_over_credit(lines, position):
            return None  # a sentence, not a picture's caption over its credit: a lead
    elif _TITLE_SEPARATOR.search(first.text):
        return None
    tagline = first.words > _MAX_LOGO_LINE_WORDS + 2 and not first.sentence_end
    if tagline and not _is_tagline(lines, position):
        return None
    reach = range(position + 1, min(len(lines), position + _BYLINE_SEARCH))
    # (The word count first: the lead word's pattern is the costly part, on most lines.)
    by = next((p for p in reach
               if lines[p].words <= MAX_BYLINE_WORDS and _names_writers(lines[p])), None)
    if by is None:
        return None
    above = by - 1
    summaries = 0
    while above > position and lines[above].sentence_end \
            and summaries < _MAX_STANDFIRST_ABOVE:
        above -= 1
        summaries += 1
    if above <= position or not title_like(lines[above]) \
            or (lines[above].words <= first.words and not first.sentence_end and not tagline) \
            or (tagline and lines[above].words <= _MAX_LOGO_LINE_WORDS):
        return None  # (a tagline's headline is no "3 days ago" over the "By" line)
    # A dek without a full stop under a headline in title case ("Stocks Slip as Treasury
    # Yields Climb" over "Dow falls nearly 280 points; oil tumbles…"): the headline is above.
    upper = above - 1
    if upper > position and title_like(lines[upper]) and _in_title_case(lines[upper].text) \
            and not _in_title_case(lines[above].text) and not is_breadcrumb(lines[upper]):
        return upper
    return above


_TITLE_CASE_SHARE: Final = 0.7  # of a line's longer words capitalised, in a title-case headline
_SHORT_WORD: Final = 3  # letters: "a", "of", "the" stay in lower case in a title-case headline


def _is_tagline(lines: list[LineInfo], position: int) -> bool:
    """Whether the long line at ``position`` is the site's tagline over its menu ("Exclusive
    news, data and analytics for financial market professionals"): a document title there
    names its site apart ("… | Reuters"), and the page prints its headline, a part of it, again
    further down. Only under the page's top (a skip link): a scraper prints a document title
    first, however unlike the headline it reads. A date between the two says the line is the
    headline, and the row under it its tools ("Listen", "Copy link", "Print", "Share")."""
    if position == 0:
        return False
    for below in range(position + 1, min(len(lines), position + 1 + _MENU_REACH)):
        if is_date_line(lines[below].text):
            return False
        if in_menu(lines, below):
            break
    else:
        return False
    text = lines[position].text
    return not any(line.words >= MIN_TITLE_WORDS and line.text in text
                   for line in lines[position + 1:])


def _in_title_case(text: str) -> bool:
    longer = [word for word in text.split() if len(word) > _SHORT_WORD and word[:1].isalpha()]
    return bool(longer) and sum(word[:1].isupper() for word in longer) \
        >= _TITLE_CASE_SHARE * len(longer)


def _names_writers(line: LineInfo) -> bool:
    """A "By" line: the lead word and the writers' names ("By Lucy Carroway"), not a sentence
    that opens with "By" ("By the end of the year, …")."""
    lead = BYLINE_PREFIX.match(line.text)
    return lead is not None and looks_like_names(
        without_writer_job(line.text[lead.end():]).replace(" and ", " , "))
