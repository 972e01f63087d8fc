"""Labels a template glues to the front of an article's first paragraph.

A section's name with a bar ("Politik | Der Senat hat ..."), or an aggregator's date in brackets
and the agency it credits ("(Di mercoledì 11 settembre 2024) AGI - ...") are printed on the same
line as the text, so the line is prose and stays: the label is cut off its front. A dateline
("KOBE (Kyodo) – ...") and an agency's credit ("(Reuters) – ...") belong to the story and stay.
"""

from __future__ import annotations

import re

from digests.clean.bylines import is_date_line
from digests.clean.lines import word_count

# One to three words, the first capitalised, then a bar.
_SECTION = re.compile(r"^[^\W\d_][\w.&'’-]*(?: [\w.&'’-]+){0,2} \| (?=\S)")
# A bracketed text, then up to three words naming the agency, then a dash.
_BRACKETED = re.compile(r"^\(([^()]{4,60})\)\s+(?:\S+(?: \S+){0,2}\s+)?[-–—]\s+(?=\S)")
_MIN_REST_WORDS = 10  # what is left must still be a paragraph


def without_glued_prefix(text: str) -> str:
    """``text`` without a section's name or a bracketed date glued to its front."""
    cut = _label_end(text)
    rest = text[cut:]
    return rest if cut and word_count(rest) >= _MIN_REST_WORDS else text


def _label_end(text: str) -> int:
    """Where a label glued to the front of ``text`` ends; 0 when there is none."""
    if text[:1].isupper():
        section = _SECTION.match(text)
        return section.end() if section is not None else 0
    bracketed = _BRACKETED.match(text)
    return bracketed.end() if bracketed is not None and is_date_line(bracketed.group(1)) else 0
