"""Pictures' captions inside the text, known by the credit printed right under them.

A scraper prints a picture's caption as a line among the paragraphs, and its credit on the next
line ("Evelyn Palla steht seit wenigen Wochen an der Spitze der Deutschen Bahn." over "(Foto:
picture alliance/dpa)", "Bundespräsidentin Karin Keller-Sutter informiert in Bern…" over "Peter
Klaunzer / Keystone"). The credit alone is chrome; the caption reads as a sentence, and the
story's key points would take it for one of its own. Some templates print the credit above
the caption instead (the BBC's "Getty Images", HuffPost's "Jonathan Drake / Reuters." over its
caption): there the line under the credit is the caption, and the line above it a paragraph of
the story, which stays.
"""

from __future__ import annotations

from typing import Final

from digests.clean.bylines import BYLINE_PREFIX, is_date_line
from digests.clean.captions import is_agency_alone, is_caption_button, is_credit
from digests.clean.datelines import is_dateline_alone, opens_with_dateline
from digests.clean.lines import LineInfo

_MAX_CAPTION_WORDS: Final = 45  # captions.is_caption's bound
# Fewer words over a credit are a subheading ("4. Worthy of your time" over "Illustration: …")
# or an editor's sign-off ("erb/ots"), not a picture's description.
_MIN_CAPTION_WORDS: Final = 6
# Under a caption's credit the story goes on, in a paragraph much longer than the caption; under
# a credit printed over its picture's caption (HuffPost's "Jonathan Drake / Reuters." over
# "Republican presidential candidate Donald Trump speaks…") stands that caption, about as long
# as the story's paragraph above the credit.
_LONGER: Final = 2
_PARAGRAPH_WORDS: Final = 40


def captions_over_credits(
    lines: list[LineInfo], body: list[LineInfo], title: str, byline_at: int | None = None
) -> set[int]:
    """Indexes of the lines of ``body`` that are a picture's caption over its credit, and of
    a credit that is an agency's name alone.

    Not the line right under the headline: over the agency's name ("EFE"), that is the
    subtitle and its byline. Nor a line whose "credit" ends the page: a sign-off naming the
    agencies ("(FRANCE 24 with AFP, REUTERS)") follows the story's last paragraph. Right under
    the byline or the date (``byline_at``: the byline's line), a line over a credit is the lead
    picture's caption however short the story's first paragraph is: a credit printed over its
    caption would stand there instead."""
    found: set[int] = set()
    position = 0
    for line in body:
        # The body's lines come in the page's order: one walk finds where each stands.
        while position < len(lines) and lines[position].index < line.index:
            position += 1
        if position + 2 >= len(lines) or (position > 0 and lines[position - 1].text == title) \
                or not _over_credit(line, lines[position + 1]):
            continue
        credit, after = lines[position + 1], _after_credit(lines, position + 2)
        if after.words < min(_LONGER * line.words, _PARAGRAPH_WORDS) \
                and not opens_with_dateline(after.text) \
                and not (position > 0 and _signs_or_dates(lines[position - 1], byline_at)):
            continue  # a credit over the next picture's caption: this line is the story's
        found.add(line.index)
        if is_agency_alone(credit.text):
            found.add(credit.index)  # no chrome by itself: it may name the story's agency
    return found


def _signs_or_dates(line: LineInfo, byline_at: int | None) -> bool:
    """Whether ``line`` is the header's byline or date line."""
    return line.index == byline_at or BYLINE_PREFIX.match(line.text) is not None \
        or is_date_line(line.text)


# Lines between a caption's credit and the story that a player or a template prints there:
# "hide caption", "toggle caption", the credit again, the dateline alone ("CNN —").
_BETWEEN_REACH: Final = 4


def _after_credit(lines: list[LineInfo], at: int) -> LineInfo:
    """The first line from ``at`` on (a few lines on at most) that is neither a caption's
    button, the credit at ``at - 1`` again nor a dateline alone; else the line at ``at``. (Not
    any label: "Advertisement:" under a chart's credit stands between two paragraphs.)"""
    credit = lines[at - 1].text
    for line in lines[at : at + _BETWEEN_REACH]:
        if line.text != credit and not is_dateline_alone(line.text) \
                and not is_caption_button(line.text):
            return line
    return lines[at]


def is_over_credit(below: list[LineInfo], at: int) -> bool:
    """Whether ``below[at]`` is a caption over its credit (the next line of ``below``)."""
    return at + 1 < len(below) and _over_credit(below[at], below[at + 1])


def _over_credit(line: LineInfo, credit: LineInfo) -> bool:
    """Whether ``line`` is shaped as a caption and the line under it is a credit."""
    return _MIN_CAPTION_WORDS <= line.words <= _MAX_CAPTION_WORDS \
        and (is_credit(credit.text, credit.words) or is_agency_alone(credit.text))
