"""The box about the writer that closes a post: their name again, a bio, links to their pieces.

Blogs and columns close with it; a text-mode cleaner sees it as one more stretch of prose after
the article, separated by a share row at most. What gives it away is the byline's name.
"""

from __future__ import annotations

from typing import Final

from digests.clean.bylines import WRITER_LABEL, writer_names
from digests.clean.header import Header
from digests.clean.lines import LineInfo

_SHARE: Final = 0.5  # of the article's prose that must lie above the box
_WRITER_LABEL_INITIALS: Final = frozenset("AaАа")  # "Author", "Autor", "Auteur", "Автор"


def drop_author_box(
    lines: list[LineInfo], scores: list[float], header: Header, end: int, line_cap: float
) -> int:
    """Cut the box about the writer that closes a post, and the links to their pieces under it.

    It names the writer of the byline again: alone on a line as its heading, or at the head of
    the bio ("Ann Lee writes about...", "ANN LEE has done..."). Only in the article's second
    half: the writer named further up is part of the story. ``line_cap`` is the most one line
    scores as prose, so that the bonus under the title does not weigh as half an article.
    """
    names = [name.casefold() for name in writer_names(header.byline)]
    if not names:
        return end
    start = header.body_start
    prose = [min(max(score, 0.0), line_cap) for score in scores[start:end + 1]]
    mass = sum(prose)
    seen = 0.0
    for position in range(start, end + 1):
        seen += prose[position - start]
        line = lines[position]
        if seen > mass * _SHARE and line.index != header.byline_at and any(
            names_writer(line.text, name) for name in names
        ):
            end = position - 1
            while end > start and scores[end] <= 0:
                end -= 1
            return end
    return end


def names_writer(text: str, name: str) -> bool:
    """Whether ``text`` is the writer's ``name`` (case-folded) or a bio opening with it.

    The name followed by a colon is a question put in an interview, not a bio. Under the
    writer's field label the box is the writer's whatever follows the name ("Author: Ann Lee
    Ann covers the waterfront ...": the template's label, then the bio in the same line).
    """
    folded = text.casefold()
    if folded == name:
        return True
    if text[:1] in _WRITER_LABEL_INITIALS:
        labelled = WRITER_LABEL.match(text)
        if labelled is not None:
            rest = folded[labelled.end():]
            return rest.startswith(name) and not rest[len(name):len(name) + 1].isalnum()
    return folded.startswith(name + " ") and text[len(name) + 1:][:1].islower()
