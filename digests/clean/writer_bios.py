"""The writer's one-line bio that a page prints under the byline or in the text ("Eli Brandt is
a contributing writer for POLITICO Magazine.", "Andre Whitlock is an NBA reporter for ESPN who
covers the Kings"): about who wrote the story, not part of it, wherever it stands.

A bio at the end of the page is cut with all after it (:mod:`author_box`); this one is a line
of its own, often right under the byline, with the story going on below it.
"""

from __future__ import annotations

import re
from typing import Final

from digests.clean.bylines import writer_names

# What a writer is, after their name and "is a"/"is an"/"is the": a newsroom's job; or the beat
# the writer covers ("covers the Los Angeles Lakers for ESPN").
_WRITER_JOB: Final = re.compile(
    r"(?:is|has been) (?:a|an|the|[\w.'’-]+'s)\b[^.!?]{0,60}?\b(?:reporter|writer|columnist|"
    r"correspondent|editor|journalist|contributor|critic|reviewer|producer|blogger|staff writer|"
    r"contributing writer|fellow)s?\b|(?:covers|has covered) [^.!?]{3,80}? for (?:the )?[A-Z]",
    re.IGNORECASE,
)
_MAX_BIO_WORDS: Final = 45


def is_writer_bio(text: str, names: list[str]) -> bool:
    """Whether ``text`` is a short bio of one of the writers ``names`` (case-folded, as
    :func:`folded_writers` gives them)."""
    if not names or text.count(" ") >= _MAX_BIO_WORDS:
        return False
    folded = text[:_NAME_REACH].casefold()
    return any(folded.startswith(name + " ") and _WRITER_JOB.match(text, len(name) + 1)
               for name in names)


def folded_writers(byline: str) -> list[str]:
    """The names a byline gives, case-folded: asked once per page, not once per line."""
    return [name.casefold() for name in writer_names(byline)]


_NAME_REACH: Final = 60  # characters: a writer's name is shorter
