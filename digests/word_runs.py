"""Words in a row that two texts share: the sign that one retells the other.

Key points use it to pass over a sentence that retells a chosen point, and digests to leave out
a point that repeats the quote shown under it. It lives outside ``analyse`` and ``compose`` so
that composing a digest calls nothing of the analysis.
"""

from __future__ import annotations

from collections.abc import Sequence


def shares_run(words: Sequence[str], other: Sequence[str], length: int) -> bool:
    """Do ``words`` and ``other`` hold the same ``length`` words in a row? Then one text retells
    the other, whatever else either says."""
    # A run needs ``length`` words in a row of ``words`` that ``other`` has somewhere: one walk
    # through ``words`` rules out most pairs before any run is built (building them is what
    # costs).
    known = set(other)
    in_row = 0
    for word in words:
        in_row = in_row + 1 if word in known else 0
        if in_row == length:
            return not _runs(words, length).isdisjoint(_runs(other, length))
    return False


def _runs(words: Sequence[str], length: int) -> set[str]:
    return {" ".join(words[i : i + length]) for i in range(len(words) - length + 1)}
