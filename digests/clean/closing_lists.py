"""Text mode: the lists of figures an article closes on.

A story can end on its tables rather than a paragraph: the year's best sellers, a race's
results, the standings, an election's tally, each list under the sentence or heading that
announces it ("The best-selling electric cars of 2023:"). Such lines score as chrome by their
length, so the article's densest stretch of prose stops above them. They are taken back when
every item of each list gives a figure; a list of other stories' headlines after the article
("More stories from the coast:") gives none, and a numbered one only its numbers.
"""

from __future__ import annotations

import re
from typing import Final

from digests.clean import chrome, story_links
from digests.clean.lines import LineInfo
from digests.clean.paragraphs import MAX_LIST_ITEMS, is_figure_row, is_list_item

_MIN_INTRO_WORDS: Final = 4
_MIN_ITEMS: Final = 2
# The rank in front of an item ("1. ", "2) "): a number, but not a figure the list gives.
_RANK: Final = re.compile(r"^\d{1,2}[.)]\s+")


def _gives_figure(line: LineInfo) -> bool:
    """An item of a table set as a list: short, and a number in it besides its rank."""
    if not any(ch.isdigit() for ch in line.text):
        return False
    if not (is_list_item(line) or is_figure_row(line)):
        return False
    return any(ch.isdigit() for ch in _RANK.sub("", line.text, count=1))


def _announces_list(line: LineInfo) -> bool:
    return (
        line.text.endswith(":")
        and line.words >= _MIN_INTRO_WORDS
        and not story_links.is_read_more_heading(line.text, line.words)
        and not chrome.is_chrome(line.text, line.words)
    )


def extend_over_closing_lists(lines: list[LineInfo], end: int) -> int:
    """The last position of the article once the lists of figures right after ``end`` (each
    under the line that announces it, its items one to a line) are counted in.

    Example: after the last paragraph, "The best-selling electric cars of 2023:" over "Tesla
    Model Y: 6,833 units" and "Tesla Model 3: 6,116 units" belongs to the story.
    """
    position = end + 1
    while position < len(lines) and _announces_list(lines[position]):
        item = position + 1
        # The items are printed one to a line, without blank lines between them.
        while (
            item < len(lines)
            and item - position <= MAX_LIST_ITEMS
            and (item == position + 1 or not lines[item].blank_before)
            and _gives_figure(lines[item])
        ):
            item += 1
        if item - position - 1 < _MIN_ITEMS:
            break
        end = item - 1
        position = item
    return end
