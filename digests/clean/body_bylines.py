"""A byline printed as a line of the body ("By Ann Lee", "Von Clemens Brandt").

trafilatura keeps the line that names the writer when the template prints it inside the text,
above the first paragraph or, in magazines, under the last. It is not prose: it is the byline,
worth more than an author field that names only the site.
"""

from __future__ import annotations

from typing import Final

from digests.clean.bylines import (
    BYLINE_PREFIX,
    MAX_BYLINE_WORDS,
    clean_byline,
    looks_like_names,
    writer_names,
)
from digests.clean.lines import word_count

# The lead word, the names and what may trail them on the line: a date, a place.
_MAX_LINE_WORDS: Final = MAX_BYLINE_WORDS + 6


def byline_line(text: str) -> str:
    """The names on a line that is a byline and nothing more, else ""."""
    if word_count(text) > _MAX_LINE_WORDS or BYLINE_PREFIX.match(text) is None:
        return ""
    names = clean_byline(text)
    # Two words or more, all names: "By Friday" or "Von Anfang an" open a sentence.
    return names if writer_names(names) and looks_like_names(names) else ""
