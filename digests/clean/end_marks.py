"""The mark some magazines print where a story ends ("… sink pistachio prices next. ■"): a
piece of typography, no part of the last sentence."""

from __future__ import annotations

from typing import Final

END_MARKS: Final = "■∎◼◾▪◆♦"


def without_end_mark(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` with the end mark taken off the last one (and that one left out if it
    was the mark alone)."""
    if not paragraphs or paragraphs[-1][-1:] not in END_MARKS:
        return paragraphs
    last = paragraphs[-1].rstrip(END_MARKS + " \u00a0")
    return [*paragraphs[:-1], last] if last else paragraphs[:-1]
