"""Which lines of an article's stretch are printed, and how they join into paragraphs.

Inside the stretch the text cleaner found, prose stays; list items stay under the sentence that
announces them; short headings between paragraphs stay; stray labels, a picture's caption and
the lines the header took (title, byline, summary bullets) go. Lines the scraper broke inside a
sentence join again.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Final

from digests.clean import chrome, story_links
from digests.clean.alt_text import without_alt_text
from digests.clean.blocks import Block, drop_chrome_blocks
from digests.clean.bylines import is_bare_date, is_date_line, is_labelled_date
from digests.clean.glued_headlines import without_glued_headline
from digests.clean.glued_prefix import without_glued_prefix
from digests.clean.header import Header
from digests.clean.lines import RUN_ON_WORDS, LineInfo
from digests.clean.pull_quotes import without_pull_quotes
from digests.clean.reader_pitches import is_sponsor_label
from digests.clean.titles import alnum_key

# Arrows and guillemets that mark a line as a link (">>> Headline", "Headline »"), and the
# separators of "Section | Site" labels.
_LINK_MARK: Final = re.compile(r"^(?:>{2,}|»|→|▶|►|&gt;)|(?:»|→|›|\.\.\.|…)$|\s\|\s")
# Guillemets around a quotation («so», »so«) are quote marks, not arrows.
_GUILLEMET_QUOTE: Final = re.compile(r"«[^«»]*»|»[^«»]*«")
_SHORT_SENTENCE_WORDS: Final = 4
_PROSE_WORDS: Final = 10
_MAX_SUBHEADING_WORDS: Final = 8
MAX_LIST_ITEMS: Final = 12
_TITLE_SLACK: Final = 3  # characters: a full stop, quotes typeset apart


def link_marked(text: str, at_start: bool = False) -> bool:
    """Whether an arrow or a separator marks the line as a link or a "Section | Site" label."""
    if "«" in text or "»" in text:
        text = _GUILLEMET_QUOTE.sub("q", text)
    return bool(_LINK_MARK.match(text) if at_start else _LINK_MARK.search(text))


def _is_prose(line: LineInfo) -> bool:
    if line.words < _PROSE_WORDS or link_marked(line.text, at_start=True):
        return False
    return line.sentence_like or line.words >= RUN_ON_WORDS


def _keeps(body: list[LineInfo], position: int) -> bool:
    """Inside the article's stretch: prose and list items stay, stray labels go."""
    line = body[position]
    if _is_caption_text(body, position) or _points_elsewhere(body, position):
        return False
    if position and is_sponsor_label(body[position - 1].text):
        return False  # the sponsor's message under its label
    if _is_prose(line):
        return True
    if line.bullet and line.words >= _SHORT_SENTENCE_WORDS:
        return True
    if line.text.endswith(":") and line.words >= _SHORT_SENTENCE_WORDS \
            and position + 1 < len(body) and _is_prose(body[position + 1]) \
            and not chrome.is_chrome(line.text, line.words):
        return True  # it announces the quote or the paragraph below ("…, reads:")
    if line.sentence_like and line.words >= 3 and not is_bare_date(line.text) \
            and not is_labelled_date(line.text):
        # A short sentence belongs to the text around it; alone between chrome it is a prompt.
        # A date that ends in an abbreviation's full stop ("26. Nov. 2025") is no sentence.
        neighbours = body[max(0, position - 1):position] + body[position + 1:position + 2]
        return any(_is_prose(n) for n in neighbours) or (
            # Under prose already, a short sentence or two more may stand between it and the
            # next paragraph; over the first, short lines are the headline's and deck's. (The
            # walk of a few lines first: the search for prose above may read the whole page.)
            (_next_to_prose(body, position, -1) or _next_to_prose(body, position, 1))
            and any(_is_prose(n) for n in islice(body, position)))
    return False


_SHORT_SENTENCES_TO_PROSE: Final = 2


def _next_to_prose(body: list[LineInfo], position: int, step: int) -> bool:
    """Is there prose next to the short sentence at ``position``, on the side ``step`` says,
    past another short sentence or two ("Mayor Ann Lee welcomed the announcement." then
    "“This is a lifeline,” he said." then the paragraph): together they are the story's
    text, after a related link as much as anywhere else."""
    at = position + step
    for _ in range(_SHORT_SENTENCES_TO_PROSE + 1):
        if not 0 <= at < len(body):
            return False
        line = body[at]
        if _is_prose(line):
            return True
        if not (line.sentence_like and line.words >= _SHORT_SENTENCE_WORDS) \
                or chrome.is_chrome(line.text, line.words):
            return False
        at += step
    return False


def _points_elsewhere(body: list[LineInfo], position: int) -> bool:
    """A headline under a "Related article" or "Read more" heading inside the text: another
    story's, however long (one may hold two sentences: "The Cybertruck is finally here. Here’s
    what you need to know"), as it does not end as a sentence does."""
    for above in range(position, max(-1, position - 1 - _MAX_POINTED_HEADLINES), -1):
        line = body[above]
        if above < position and story_links.is_read_more_heading(line.text, line.words):
            return True
        # A headline may ask ("Tarifstreit bei der Bahn: Worum geht es?"), and the line itself
        # may be one written in title case as two sentences ("The Gas Boom Is Reshaping the
        # Coast. Residents Say Nobody Asked Them."); what stands under it is no more a link.
        if line.sentence_end and not line.text.endswith("?") \
                and (above < position or line.capitals < _HEADLINE_CAPITALS):
            return False
    return False


_MAX_POINTED_HEADLINES: Final = 3
_HEADLINE_CAPITALS: Final = 0.8  # a headline's share of capitalised words; prose has less


def _is_caption_text(body: list[LineInfo], position: int) -> bool:
    """A picture's description printed again just below with its credit ("Nicola Sturgeon in
    Irvine, today." then "Nicola Sturgeon in Irvine, today. Photograph: WPA/Getty Images"):
    the first copy is the same caption, without the credit that gives it away."""
    following = body[position + 1] if position + 1 < len(body) else None
    text = body[position].text
    return following is not None and len(following.text) > len(text) \
        and following.text.startswith(text) and chrome.is_chrome(following.text, following.words)


def _is_subheading(body: list[LineInfo], position: int) -> bool:
    """A short heading inside the article: prose on both sides of it."""
    line = body[position]
    if not (1 <= line.words <= _MAX_SUBHEADING_WORDS) or line.letters < 0.5:
        return False
    # A heading opens in capitals; a lone word in lower case is what a label left behind ("on"
    # of "Published on" without its date).
    if line.words == 1 and line.text.isalpha() and line.text.islower():
        return False
    if link_marked(line.text) or _points_elsewhere(body, position):
        return False  # the last of the headlines under "Mehr zum Thema", prose right after it
    if is_labelled_date(line.text):
        return False  # "Aktualisiert am 27. November 2026, 14:05 Uhr" over the text
    following = body[position + 1] if position + 1 < len(body) else None
    if following is None or not (_is_prose(following) or _is_list_intro(body, position + 1)):
        return False
    if chrome.is_chrome(line.text, line.words):
        return False
    before = body[max(0, position - 3):position]
    earlier = [ln for ln in before if not chrome.is_chrome(ln.text, ln.words)]
    return bool(earlier) and (_is_prose(earlier[-1]) or earlier[-1].sentence_like)


def _is_list_intro(body: list[LineInfo], position: int) -> bool:
    """A sentence ending in a colon with short items under it ("Our demands:")."""
    line = body[position]
    if not line.text.endswith(":") or line.words < _SHORT_SENTENCE_WORDS \
            or is_sponsor_label(line.text):
        return False
    following = body[position + 1] if position + 1 < len(body) else None
    return following is not None and is_list_item(following)


def is_list_item(line: LineInfo) -> bool:
    return (
        1 <= line.words <= RUN_ON_WORDS
        and line.letters >= 0.5
        and not link_marked(line.text)
        and not chrome.is_chrome(line.text, line.words)
    )


def is_figure_row(line: LineInfo) -> bool:
    """A row of a table set as a list item, more figures than letters ("Fiat 500: 2,022
    units", "Verstappen 1:32.4"): under the line that announces it, an item like any other. A
    date alone is not one: it heads a teaser or a comment."""
    return (
        line.letters < 0.5
        and 1 <= line.words <= RUN_ON_WORDS
        and any(ch.isdigit() for ch in line.text)
        and not is_date_line(line.text)
    )


def _labels_a_turn(paragraphs: list[str]) -> bool:
    """Does the first paragraph open with a label that opens others too ("Harbour Gazette:
    Minister, …?" in an interview)? Then it is the speaker of a transcript's turn, no site's
    dateline."""
    label, colon, _ = paragraphs[0][:_MAX_LABEL_CHARS].partition(": ")
    return bool(colon) and any(p.startswith(f"{label}: ") for p in paragraphs[1:])


_MAX_LABEL_CHARS: Final = 40


def _continues_sentence(text: str) -> bool:
    # A line broken mid-sentence goes on in lower case; one that opens with a capital, a digit or
    # a quote mark is a paragraph of its own (quotes, list-like lines, attributions).
    first = text.lstrip()[:1]
    return first.islower() or first in ",;)]–-"


def _repeats_title(text: str, title: str, title_key: str) -> bool:
    """The headline printed again, maybe typeset apart or closed with a full stop."""
    # Only a line about as long as the title is keyed: keying every line costs time.
    return bool(title) and abs(len(text) - len(title)) <= _TITLE_SLACK \
        and alnum_key(text) == title_key


def body_paragraphs(body: list[LineInfo], header: Header, lead: set[int]) -> list[str]:
    # Summary bullets printed again as the first paragraph, maybe typeset apart ('/’).
    standfirst = {alnum_key(item) for item in header.standfirst}
    title_key = alnum_key(header.title)
    blocks: list[Block] = []
    previous: LineInfo | None = None
    items_left = 0  # how many more short lines may follow as items of a list
    for position, line in enumerate(body):
        in_list = items_left > 0 and (is_list_item(line) or is_figure_row(line)) \
            and not _is_prose(line)
        items_left = items_left - 1 if in_list else 0
        intro = _is_list_intro(body, position)
        keep = (
            in_list
            or intro
            or line.index in lead
            or _keeps(body, position)
            or _is_subheading(body, position)
        )
        repeats_header = line.text == header.byline or line.index == header.byline_at \
            or _repeats_title(line.text, header.title, title_key) \
            or (standfirst and alnum_key(line.text) in standfirst)
        if repeats_header or not keep:
            previous = None
            continue
        if intro:
            items_left = MAX_LIST_ITEMS
        wrapped = (
            previous is not None
            and not in_list
            and not line.blank_before
            and not line.bullet
            and not previous.bullet
            and not previous.sentence_end
            and not previous.text.endswith(":")
            and _continues_sentence(line.text)
        )
        text = line.text if in_list else without_alt_text(body, position)
        if wrapped and blocks:
            blocks[-1] = Block(text=f"{blocks[-1].text} {text}")
        else:
            blocks.append(Block(text=text))
        previous = None if in_list else line
    paragraphs = [without_glued_headline(block.text) for block in drop_chrome_blocks(blocks)]
    if paragraphs and not _labels_a_turn(paragraphs):
        paragraphs[0] = without_glued_prefix(paragraphs[0], header.site_names)
    return without_pull_quotes(paragraphs)
