"""A wire dateline printed on a line of its own ("CNN —", "WASHINGTON (CNN) —"): a scraper sets
it apart from the first paragraph it opens. Alone it says nothing; the analysis strips the same
words where they open a paragraph."""

from __future__ import annotations

import re
from typing import Final

# A few capitalised words (a place, an outlet in brackets), then a dash that ends the line.
_DATELINE_ALONE: Final = re.compile(
    r"[A-Z][\w.'’]*(?:,? \(?[A-Z][\w.'’]*\)?){0,4} ?[—–-]"
)
_MAX_CHARS: Final = 50


def is_dateline_alone(text: str) -> bool:
    """Whether ``text`` is a dateline and nothing else."""
    return len(text) <= _MAX_CHARS and text[-1:] in "—–-" \
        and _DATELINE_ALONE.fullmatch(text) is not None


# A place in capitals, maybe its state or country, maybe the outlet in brackets, then a dash:
# "GEORGETOWN, Maine — …", "CAIRO, Aug 14 (Reuters) - …", "LONDON (AP) — …".
_DATELINE_OPENING: Final = re.compile(
    r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [\w.'’]+(?: [\w.'’]+){0,2})?"
    r"(?: \([A-Z][\w ]{1,20}\))? [—–-] "
)


def opens_with_dateline(text: str) -> bool:
    """Whether a wire's dateline opens ``text``: the story's first paragraph."""
    return text[:1].isupper() and _DATELINE_OPENING.match(text) is not None
