"""A scraped page's text as lines, measured: blank lines dropped, the pieces of a paragraph a
scraper hard-wrapped at a width (or broke mid-clause) joined into one line again."""

from __future__ import annotations

from typing import Final

from digests.clean import chrome
from digests.clean.bylines import (
    BYLINE_PREFIX,
    clean_byline,
    is_date_line,
    looks_like_names,
    opens_with_date,
)
from digests.clean.lines import LineInfo, describe, ends_like_sentence, is_blank
from digests.ending_words import NEVER_LAST

_MIN_WRAPPED_WORDS: Final = 6
# A hard-wrapped line is no longer than the lines it goes on from: the text was cut at one width.
# How much longer it may be (a first line indented or cut early) and still be taken for one.
_WRAP_SLACK: Final = 1.5


def page_lines(text: str) -> list[LineInfo]:
    """The page's non-blank lines, measured."""
    lines: list[LineInfo] = []
    blank_before = True
    # The last raw line, and the width the paragraph it ends was wrapped at: 0 when it is one
    # line, -1 when its lines were joined but not broken at a width (a sentence's clauses).
    piece, width = "", 0
    raws = text.splitlines()
    for index, raw in enumerate(raws):
        if is_blank(raw):
            blank_before = True
            continue
        if not blank_before and lines and not _writer_over_date(raws, index) and (
            _wraps_into(lines[-1], raw)
            or (width > 0 and _broken_at_width(lines[-1], piece, width, raw))
        ):
            previous = lines[-1]
            lines[-1] = describe(previous.index, f"{previous.raw} {raw}", previous.blank_before)
            if width >= 0:
                widest = max(width, len(piece.rstrip()), len(raw.rstrip()))
                width = widest if _too_long_for(piece, raw, widest) else -1
        else:
            lines.append(describe(index, raw, blank_before))
            width = 0
        piece = raw
        blank_before = False
    return lines


def _writer_over_date(raws: list[str], index: int) -> bool:
    """Whether ``raws[index]`` is the writer's name alone over the article's date ("Imran
    Ayub" over "Published March 12, 2025"): the byline, whatever the headline above it ends
    with ("… as Hub canal repairs drag on")."""
    name = raws[index].strip()
    if not (_MIN_NAME_WORDS <= len(name.split()) <= _MAX_NAME_WORDS and looks_like_names(name)):
        return False
    below = next((raw.strip() for raw in raws[index + 1:] if not is_blank(raw)), "")
    return is_date_line(below) or opens_with_date(below)


_MIN_NAME_WORDS: Final = 2
_MAX_NAME_WORDS: Final = 4


def _too_long_for(piece: str, raw: str, width: int) -> bool:
    """Whether the first word of ``raw`` would not have fit after ``piece`` in ``width``
    characters: the line was broken there for its width."""
    return len(piece.rstrip()) + 1 + len(raw.split()[0]) > width


def _broken_at_width(previous: LineInfo, piece: str, width: int, raw: str) -> bool:
    """Whether a paragraph seen to be wrapped at a width goes on in ``raw`` though it opens
    with a capital ("… said Vinod Nair, head of research at Geojit Financial" / "Services."):
    its first word would not have fit on the line before, so the line was broken there."""
    words = raw.split()
    return width >= _MIN_WRAP_WIDTH and len(piece.rstrip()) >= _FULL_LINE * width \
        and _too_long_for(piece, raw, width) \
        and not previous.sentence_end and not previous.text.endswith(":") \
        and not chrome.is_chrome(raw.strip(), len(words))


# A text wrapped at a width is wrapped at sixty characters or more (mail and terminal text at
# 70-80); a list of short items joined by their lower-case openings has no such width. A line
# broken because the next word did not fit fills most of that width.
_MIN_WRAP_WIDTH: Final = 60
_FULL_LINE: Final = 0.8


def _wraps_into(previous: LineInfo, raw: str) -> bool:
    """Whether ``raw`` goes on with the sentence ``previous`` broke off (hard-wrapped prose).

    Judged one line at a time, each piece of a wrapped paragraph looks like a short label.
    A headline ends with no full stop too, so what follows it in lower case must also be shaped
    like the rest of a wrapped line: not a whole paragraph, ending in a full stop, far longer
    than the line before (a first paragraph that opens with a scraper's "date …" label), and no
    page label ("top of page").
    """
    if not (
        previous.words >= _MIN_WRAPPED_WORDS
        and not previous.sentence_end
        and not previous.text.endswith(":")
        and (raw.lstrip()[:1].islower() or _breaks_mid_clause(previous.text))
    ):
        return False
    rest = raw.strip()
    if len(rest) > _WRAP_SLACK * len(previous.raw.strip()) and ends_like_sentence(rest):
        return False
    if rest[:1].islower() and BYLINE_PREFIX.match(rest) and _names_after_lead(rest):
        # "di Rosario Di Raimondo", "von Ann Lee", "by Kelsey Marchetti - 03/12/25 2:15 PM ET":
        # a byline under a summary or a headline, a date after it or not
        return False
    return not chrome.is_chrome(rest, len(rest.split()))


def _names_after_lead(line: str) -> bool:
    """Whether the names a byline gives stand right after its lead word."""
    names = clean_byline(line)
    return bool(names) and line.split(maxsplit=1)[-1].startswith(names)


def _breaks_mid_clause(text: str) -> bool:
    """Does the line stop where no sentence or heading ends: after a comma, or after a word
    that needs another after it ("…was sentenced on", "…bribes from")? The next line goes on
    with it, even when it opens with a capital ("Monday to five years…")."""
    return text.endswith(",") or text.rsplit(maxsplit=1)[-1].lower() in _NEVER_LAST_WORDS


# Words no sentence or heading ends with, and at the end of a line "on", "in" and "for" too
# ("…was sentenced on" / "Monday to five years…").
_NEVER_LAST_WORDS: Final = NEVER_LAST | frozenset({"on", "in", "for"})
