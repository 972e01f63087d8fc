"""The lines above a page's body: which one is the title, the byline, the summary bullets.

Pages put these right above the article's prose, between menus and pictures. The title is the
line the page repeats (as the document title and as the heading) or the heading nearest the body;
the byline is a short "By ..." line or a short bullet of names; the standfirst is the bullets of
whole sentences where the body begins.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Final

from digests.clean import captions, chrome, story_links
from digests.clean.article_head import (
    headline_over_head,
    headline_under_date,
    heads_article,
    is_head_furniture,
    shares_content_words,
)
from digests.clean.bylines import (
    BYLINE_PREFIX,
    MAX_BYLINE_WORDS,
    SIGNED_PREFIX,
    WRITER_LABEL,
    clean_byline,
    is_bare_date,
    is_labelled_date,
    looks_like_names,
    writer_names,
)
from digests.clean.header_bylines import (
    MAX_HEADER_LINES,
    bare_byline,
    byline_at,
    byline_of,
    dateless_byline,
    header_stop,
    lead_byline_stop,
    named_over_job,
    without_logo_outlet,
)
from digests.clean.lines import LineInfo, word_count
from digests.clean.page_top import (
    MIN_TITLE_WORDS,
    among_menu_entries,
    headline_over_byline,
    in_menu,
    is_breadcrumb,
    is_top_strip,
    kicker_over_headline,
    logo_over_menu,
    repeats_menu_entry,
    section_over_headline,
    title_like,
)
from digests.clean.reader_notices import is_reader_notice
from digests.clean.titles import (
    longest_part,
    match_key,
    names_besides_headline,
    reads_as_clause,
    repeated_parts,
    site_parts,
    strip_site_name,
    title_runs,
)

_LOOK_BACK: Final = 40  # lines above the body searched for the title
_BYLINE_REACH: Final = 3  # lines into the body searched for the byline
# Past its lead, the byline can stand among the short lines before the text goes on (a photo
# credit, a "share" button, the date): at most this many lines below the body's first.
_SIGNED_REACH: Final = 5  # lines from the body's last one searched for a blog's signature
# The details box that names the writer after a label may follow the recommended stories.
_DETAILS_REACH: Final = 15
_MAX_SLOGAN_WORDS: Final = 4
_MIN_STANDFIRST_WORDS: Final = 5
_MAX_LOGO_WORDS: Final = 5
_WORD: Final = re.compile(r"[^\W\d_]{2}")  # two letters in a row: a word, not a unit ("21.5 C")
_SECTION_REACH: Final = 4  # a section's name, then labels ("Save", "Share"), then the headline
_HEADLINE_REACH: Final = 4  # lines from a headline to the text: byline, date, a picture's credit
_DECK_REACH: Final = 3  # the headline and the deck's lines under it


@dataclass
class Header:
    title: str = ""
    byline: str = ""
    standfirst: list[str] = field(default_factory=list)
    body_start: int = 0  # position in the page's lines where body paragraphs begin
    used: set[int] = field(default_factory=set)  # line indexes taken by the header
    # Line index of the byline; inside the body it stays among the lines (as a boundary
    # between the lead and the text) but is not printed.
    byline_at: int | None = None
    # The document title's parts besides the headline, case-folded: the site's name among them.
    site_names: set[str] = field(default_factory=set)

    def take_byline(self, byline: str, lines: list[LineInfo], first: int, last: int) -> None:
        """``byline``, printed on ``lines[first]`` to ``lines[last]``: those above the body are
        the header's."""
        self.byline = without_logo_outlet(byline, lines)
        self.byline_at = lines[last].index
        self.used.update(lines[p].index for p in range(first, last + 1) if p < self.body_start)


_TITLE_PARTS: Final = re.compile(r"\s+(?:[|–—·•»:]|-|::)\s+")


def document_title(lines: list[LineInfo]) -> tuple[int, str]:
    """Position and text of the page's document title: scrapers print it first.

    An ad label, a menu word, a banner or the day's date can come before it, so it is the
    first line that is none of these. A title can open with what elsewhere marks a link or a
    credit ("VIDEO: ...").
    """
    position, title, _ = _document_title(lines)
    return position, title


def _document_title(lines: list[LineInfo]) -> tuple[int, str, bool]:
    """:func:`document_title`, and whether it is the headline over the "By" line a page
    without a document title prints (:func:`headline_over_byline`) or that stands over its
    byline or date all the same."""
    for position, line in enumerate(lines[:_LOOK_BACK]):
        if is_top_strip(line):
            continue  # a market strip's "S&P 500 5,688.42 -0.48%" has no word, yet more follows
        if _never_a_title(lines, position):
            break  # chrome that a document title never follows: the page printed none
        if not (_is_furniture(line) or _section_above_headline(lines, position)
                or in_menu(lines, position) or among_menu_entries(lines, position)
                or logo_over_menu(lines, position)
                or is_breadcrumb(line) or section_over_headline(lines, position)
                or repeats_menu_entry(lines, position)
                or kicker_over_headline(lines, position)):
            headline = headline_over_byline(lines, position)
            # (Right under a headline-shaped line that is no logo, the line right over the "By"
            # line is the deck: "Budget talks collapse" over "Finance chiefs blame each other…".)
            if headline is not None and not (
                    headline == position + 1 and title_like(line) and not _is_logo(line)
                    and headline + 1 < len(lines)
                    and BYLINE_PREFIX.match(lines[headline + 1].text)):
                return headline, lines[headline].text, True
            headline = _headline_under_top(lines, position)
            if headline is not None:
                return headline, lines[headline].text, True
            return position, line.text, position > 0 and heads_article(lines, position)
    return 0, "", False


def _headline_under_top(lines: list[LineInfo], position: int) -> int | None:
    """The headline over the article's byline or date (:func:`headline_over_head`), when the
    line at ``position`` is the site's top rather than the page's document title: the page
    prints no part of it again as a line, and it shares no words with that headline. The first
    line is where a scraper prints the document title, which may name the story otherwise than
    its heading does: there only the site's name, or its name and what it offers ("Sky News -
    breaking news, video, headlines and top stories"), gives way."""
    line, logo = lines[position], _is_logo(lines[position])
    if position == 0 and not (logo or _site_description(line.text)):
        return None
    if any(other.words >= MIN_TITLE_WORDS and other.text in line.text
           for other in lines[position + 1:]):
        return None
    headline = headline_over_head(lines, position) or headline_under_date(lines, position, logo)
    # (The deck under the headline counts: a blog's tagline can stand over its headline.)
    if headline is None or any(shares_content_words(line.text, other.text)
                               for other in lines[headline:headline + _DECK_REACH]):
        return None
    return headline


def _site_description(title: str) -> bool:
    """A document title of the site's name and a part that opens in lower case, as a headline
    never does: what the site offers ("breaking news, video, headlines and top stories")."""
    parts = _TITLE_PARTS.split(title)
    return len(parts) > 1 and any(part[:1].islower() for part in parts)


def _never_a_title(lines: list[LineInfo], position: int) -> bool:
    """A line without words (a weather reading, "21.5 C"), a handle, an address or a contact
    label, or the site's name printed twice as a logo: the top of a page that printed no
    document title."""
    line = lines[position]
    if not _WORD.search(line.text) or chrome.is_contact(line.text, line.words):
        return True
    following = lines[position + 1].text if position + 1 < len(lines) else ""
    return following == line.text and _is_logo(line)


def _is_logo(line: LineInfo) -> bool:
    """A site's name as its logo prints it: a few words, every part of them a name."""
    return line.words <= _MAX_LOGO_WORDS \
        and not any(reads_as_clause(part) for part in site_parts(line.text))


def _is_furniture(line: LineInfo) -> bool:
    return chrome.is_label(line.text, line.words) or chrome.is_banner(line.text, line.words) \
        or story_links.is_read_more_heading(line.text, line.words) or is_bare_date(line.text) \
        or is_labelled_date(line.text) or _is_slogan(line) or chrome.is_glued_menu(line.text) \
        or is_reader_notice(line.text) or is_head_furniture(line.text) \
        or captions.is_wire_caption(line.text, line.words)  # a picture's caption, its credit last


def _is_slogan(line: LineInfo) -> bool:
    """A few words closed by a full stop ("One app.", "Journalism that matters."): a site's
    slogan or a pitch's line. A headline, however short, ends without one."""
    return line.words <= _MAX_SLOGAN_WORDS and line.text.endswith(".") \
        and not line.text.endswith("..")


def _section_above_headline(lines: list[LineInfo], position: int) -> bool:
    """A single word over a headline ("Politics", "Ratgeber"): the section's name, printed first
    by a scraper that did not print the document title. A document title has more words."""
    if lines[position].words != 1:
        return False
    reach = lines[position + 1:position + _SECTION_REACH]
    below = (line for line in reach if not _is_furniture(line))
    headline = next(below, None)
    return headline is not None and title_like(headline) and not headline.bullet


@dataclass(frozen=True)
class DocumentTitle:
    """The page's document title, its place, the parts of it that may be its headline, and the
    lines that repeat a part of it (by :func:`match_key`). Read once per page: finding the
    heading and picking the title both need it."""

    first: int
    title: str
    parts: list[str]
    recurring: dict[str, list[int]]
    over_byline: bool = False  # the headline over the "By" line of a page without a title


def read_document_title(lines: list[LineInfo]) -> DocumentTitle:
    """The document title and where the page repeats its parts as whole lines.

    The parts kept are those the page repeats; one much shorter than the title's longest part
    is the site's name (a logo, a footer), not the headline.
    """
    first, title, over_byline = _document_title(lines)
    # Only a line as long as one of the title's runs can repeat it: settled for most lines without
    # building their comparison key. (A line could differ in length only by a letter whose case
    # folds to two, "ß" against "SS": rare enough in one page's title and heading to ignore.)
    lengths = {len(run) for run in title_runs(title)}
    recurring: dict[str, list[int]] = {}
    for position in range(first + 1, len(lines)):
        text = lines[position].text
        if len(text) in lengths:
            recurring.setdefault(match_key(text), []).append(position)
    longest = word_count(longest_part(title))
    parts = [p for p in repeated_parts(title, recurring) if 2 * word_count(p) >= longest]
    return DocumentTitle(first, title, parts, recurring, over_byline)


def clean_document_title(document: DocumentTitle, before: int) -> str:
    """The page's document title without the site's name.

    The headline is the part of it that the page repeats as a line nearest above ``before``
    (the body); else the title's longest part.
    """
    nearest = [
        (max((p for p in document.recurring[match_key(part)] if p < before), default=-1), part)
        for part in document.parts
    ]
    position, part = max(nearest, default=(-1, ""))
    return part if position >= 0 else strip_site_name(document.title)


def title_headings(lines: list[LineInfo], document: DocumentTitle) -> list[int]:
    """Positions of lines that repeat the page's document title, the likeliest first.

    The article's own heading repeats the document title, often without the site name, and the
    article follows that heading. A line that is a whole part of the title comes before one that
    only contains a part or is contained in one.
    """
    first, title = document.first, document.title
    positions = [
        position
        for part in document.parts
        if word_count(part) >= MIN_TITLE_WORDS
        for position in document.recurring[match_key(part)]
    ]
    parts = [p for p in _TITLE_PARTS.split(title) if len(p.split()) >= MIN_TITLE_WORDS]
    if not parts:
        return positions
    wanted = max(parts, key=len)
    return positions + [
        position
        for position in range(first + 1, len(lines))
        if lines[position].words >= MIN_TITLE_WORDS
        and position not in positions
        and (wanted in lines[position].text or lines[position].text in wanted)
        and len(lines[position].text) <= 2 * len(wanted)
    ]


def _pick_title(
    lines: list[LineInfo], document: DocumentTitle, start: int, heading: int | None,
    skip: set[int],
) -> tuple[str, int | None]:
    """The title and where it stands above the body (None when taken from the document title)."""
    first, page_title = document.first, document.title
    clean_page_title = clean_document_title(document, start)
    if heading is not None and heading < start:
        text = lines[heading].text
        # A breadcrumb row can hold the heading: then the document title is the cleaner text.
        if clean_page_title in text and len(text) > len(clean_page_title):
            return clean_page_title, heading
        return text, heading
    # No line repeats the document title: it is still the page's own word on its headline,
    # while a title-like line the page repeats is as often a menu row printed twice (desktop
    # and mobile menus) as the headline.
    if document.over_byline and start < first < start + _HEADLINE_REACH:
        # A headline found over its "By" line, a picture's caption and credit above it that
        # the body's stretch took in.
        return page_title, first
    if page_title and first < start:
        under = _headline_under_name(lines, first, start)
        if under is not None:
            return lines[under].text, under
        return clean_page_title, None
    window = range(max(0, start - _LOOK_BACK), start)
    if not page_title:
        # Without a document title, a lead in the shape of a headline is the headline: no
        # teaser above it would stand nearer the text.
        lead = [i for i in window if lines[i].index in skip]
        if lead and title_like(lines[lead[0]]):
            return lines[lead[0]].text, lead[0]
    counts = Counter(lines[i].text for i in range(start))
    for i in reversed(window):
        if lines[i].index not in skip and counts[lines[i].text] > 1 and title_like(lines[i]) \
                and not _is_logo(lines[i]):
            return lines[i].text, i
    nearby = [i for i in window if lines[i].index not in skip and title_like(lines[i])]
    return (lines[nearby[-1]].text, nearby[-1]) if nearby else ("", None)


def _headline_under_name(lines: list[LineInfo], first: int, start: int) -> int | None:
    """The headline printed right under a first line that is only a name ("Coast Herald",
    "Community News"): the publication's logo or a section's label, where a scraper printed no
    document title. Only a headline-shaped line next to it, longer than it and close above the
    text, counts; a short first line over the text alone is the title all the same.
    """
    name = lines[first]
    if not _is_logo(name):
        return None
    below = first + 1
    while below < start and not _WORD.search(lines[below].text):
        below += 1  # a stray separator (":", "|") printed on its own
    if below >= start or start - below > _HEADLINE_REACH:
        return None
    # A headline of ten words and more was taken for a lead: the body drops it as the title.
    # A line holding the name again is the headline glued to its labels and date ("Exclusive
    # Health Hidden Studies Updated: 21.03.2023"): the short first line was the headline.
    line = lines[below]
    if line.words <= name.words or not title_like(line) or name.text in line.text:
        return None
    return below


def _without_site_name(byline: str, site_names: set[str]) -> str:
    """The byline without the site's name printed after the writer's ("By Ashley Carnahan Fox
    News" under "… | Fox News"): the site, no part of the name."""
    folded = byline.casefold()
    for name in site_names:
        if folded.endswith(" " + name) and len(folded) > len(name) + 1:
            return byline[:-len(name)].rstrip(" ,|-–—")
    return byline


def _signed_byline(line: LineInfo, signature: bool) -> str:
    """The names of a signature under the text or of a labelled writer's field, "" if none.

    "Posted by Ann Lee at 2:33 PM" -> "Ann Lee"; "Autor: Jana Weber" -> "Jana Weber";
    "Author of the week" -> "" (no names after the label).
    """
    if signature and SIGNED_PREFIX.match(line.text):
        byline = byline_of(line)
        return byline if looks_like_names(byline) else ""
    if line.words > MAX_BYLINE_WORDS or line.sentence_end:
        return ""
    label = WRITER_LABEL.match(line.text)
    if label is None:
        return ""
    names = clean_byline(line.text[label.end():])
    return names if writer_names(names) else ""


def find_header(
    lines: list[LineInfo],
    document: DocumentTitle,
    start: int,
    end: int,
    heading: int | None = None,
    skip: set[int] | None = None,
) -> Header:
    """Title, byline and standfirst around the body stretch ``lines[start:end + 1]``.

    ``heading`` is the article's heading when it was found; lines whose index is in ``skip`` (a
    lead already taken into the body) are not title candidates.
    """
    header = Header(body_start=start)
    header.title, title_at = _pick_title(lines, document, start, heading, skip or set())
    if title_at is not None and title_at >= start:
        # The stretch taken for the body began above the headline, at a picture's caption:
        # the body begins under it, and what stood above it is the page's top.
        start = header.body_start = title_at + 1
    # The byline can also follow the lead that opens the body (heading, lead, byline, text).
    stop = min(max(start + _BYLINE_REACH, header_stop(lines, start),
                   lead_byline_stop(lines, start)), end + 1)
    above = None
    if title_at is None:
        first_after_title = max(0, start - _LOOK_BACK)
        searched = list(range(first_after_title, stop))
    else:
        # A repeated title: the byline may sit right under an earlier appearance of it. What
        # lies further down between the two is the menu (the scraper prints the document title
        # first, often word for word the heading).
        same = [i for i in range(title_at + 1) if lines[i].text == lines[title_at].text]
        header.used.update(lines[i].index for i in same)
        first_after_title = same[0] + 1
        under_earlier = {p for i in same[:-1] for p in range(i + 1, i + 1 + _BYLINE_REACH)}
        searched = sorted(p for p in under_earlier if p < title_at)
        searched += range(title_at + 1, stop)
        # Some templates print the byline right above the heading, the last place looked at;
        # a bullet there without a lead word or a date is a label ("Advertorial").
        if title_at - 1 not in searched and title_at - 1 > document.first:
            above = title_at - 1
            searched.append(above)
    # A template that prints the site's name as the writer may name the writer further down.
    names = header.site_names = names_besides_headline(document.title, header.title)
    for position in searched:
        byline, last = byline_at(lines, position, bare_bullet=position != above)
        byline = _without_site_name(byline, names)
        if byline and (not header.byline or byline.casefold() not in names):
            header.take_byline(byline, lines, position, last)
            if byline.casefold() not in names:
                break
    if not header.byline:
        # A bare name is the weakest sign of a byline: looked for only when no other is found.
        # (Above a document title the page printed none, only its top: menus, tags, a kicker.)
        menu = {line.text for line in lines[:title_at - 1 if title_at
                                             else max(first_after_title, document.first)]}
        for position in searched:
            if byline := bare_byline(lines, position, header.title, menu):
                header.take_byline(byline, lines, position, position)
                break
    if not header.byline:
        # A name with no date at all: only with the labels of its lost date under it.
        # The name stands right above the text, a few labels apart at most.
        after_title = max(title_at if title_at is not None else document.first,
                          start - MAX_HEADER_LINES)
        for position in searched:
            byline = dateless_byline(lines, position, header.title) \
                if position > after_title else ""
            if byline:
                header.take_byline(byline, lines, position, position)
                break
    if not header.byline:
        # A name over the writer's job ("Laura Goodwin" / "BBC Scotland health correspondent").
        for position in searched:
            byline, last = named_over_job(lines, position, header.title)
            if byline:
                header.take_byline(byline, lines, position, last)
                break
    if not header.byline:
        # A blog signs its post under the text ("Posted by Ann Lee at 2:33 PM"); a plain "By"
        # there is as likely the byline of another story's teaser. A template's details box,
        # which names the writer after a label ("Autor: Jana Weber"), may fall inside the
        # stretch taken for the body, its short lines being dropped as chrome.
        for position in range(start, min(end + _DETAILS_REACH, len(lines))):
            line = lines[position]
            if byline := _signed_byline(line, signature=end <= position < end + _SIGNED_REACH):
                header.byline = byline
                header.byline_at = line.index
                break
    position = start
    while position <= end:
        line = lines[position]
        if line.bullet and line.sentence_like and line.words >= _MIN_STANDFIRST_WORDS:
            header.standfirst.append(line.text)
        elif not chrome.is_chrome(line.text, line.words):
            break
        position += 1
    if position > end:
        # Bullets all the way down are the text itself (a story that opens with a dash).
        header.standfirst = []
    if header.standfirst:
        header.body_start = position
    return header
