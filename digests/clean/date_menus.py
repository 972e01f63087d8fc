"""A blog's archive menu printed as one line of text: months and their years.

A scraper prints the drop-down of a blog's archive ("Archives Select Month October 2018
September 2018 August 2018 ...") as one long line of words. It has no full stop, so it scores
as a run-on line of prose, and after an article it can carry the article's end past the share
buttons and the sidebar. Whatever the language, it is mostly names followed by a year.
"""

from __future__ import annotations

import re
from typing import Final

from digests.clean.lines import word_count

# A word (a month's name, maybe abbreviated) and a year after it: "October 2018", "Mär. 2018".
_NAMED_YEAR: Final = re.compile(r"(?<!\S)[^\W\d_]{3,}\.? (?:19|20)\d\d(?!\S)")
_MIN_NAMED_YEARS: Final = 4
_MIN_SHARE: Final = 0.6  # of the line's words that the named years make up


def is_date_menu(text: str) -> bool:
    """A run of months and years with next to nothing else ("Select Month October 2018
    September 2018 August 2018 July 2018"): an archive menu, not a sentence."""
    # Most lines name fewer than four years: two substring counts settle them.
    if text.count("19") + text.count("20") < _MIN_NAMED_YEARS:
        return False
    named = len(_NAMED_YEAR.findall(text))
    return named >= _MIN_NAMED_YEARS and 2 * named >= _MIN_SHARE * word_count(text)
