"""Readers' comments under a blog post or a story, as a scraper prints them: each comment opens
with its writer ("Jasmin sagt:", "degski says:") and the date it was written on the next line.

Comments are prose, often more of it than the post, so the stretch of most prose runs on into
them or is them. The pair of lines that opens a comment is a blogging template's, in every
language, and no sentence of an article is written so.
"""

from __future__ import annotations

import re
from typing import Final

from digests.clean.bylines import is_date_line
from digests.clean.lines import LineInfo

# "Jasmin sagt:", "Art Edwards says:", "Marie dit :": a name (or a handle) and the verb.
_COMMENTER: Final = re.compile(
    r"\S.{0,60}? (?:says|said|wrote|sagt|schreibt|meint|dit|écrit|dice|escribió|diz|scrive|"
    r"napisał|zegt|schreef|skriver|пишет|говорит) ?:",
    re.IGNORECASE,
)
_MAX_COMMENTER_WORDS: Final = 8
# Lines between the writer and the date: a blank line, or an avatar's alt text.
_DATE_REACH: Final = 2


def comment_thread_start(lines: list[LineInfo]) -> int | None:
    """Where the readers' comments start (the first writer's line), if the page has any."""
    for position, line in enumerate(lines):
        if line.text.endswith(":") and line.words <= _MAX_COMMENTER_WORDS \
                and _COMMENTER.fullmatch(line.text) is not None \
                and any(is_date_line(after.text)
                        for after in lines[position + 1: position + 1 + _DATE_REACH]):
            return position
    return None
