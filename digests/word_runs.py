"""Words in a row that two texts share: the sign that one retells the other.

Key points use it to pass over a sentence that retells a chosen point, and digests to leave out
a point that repeats the quote shown under it. It lives outside ``analyse`` and ``compose`` so
that composing a digest calls nothing of the analysis.
"""

from __future__ import annotations

from collections.abc import Sequence


def shares_run(words: Sequence[str], other: Sequence[str], length: int) -> bool:
    """Do ``words`` and ``other`` hold the same ``length`` words in a row? Then one text retells
    the other, whatever else either says. (Words are compared as written, none holding a space:
    what ``str.split`` gives.)"""
    # A shared run is ``length`` words in a row of ``words`` that ``other`` each has somewhere:
    # one walk through ``words`` finds the only places one can end, and most pairs have none.
    # The runs of ``other`` are built at the first such place; those of ``words`` never are,
    # each place's run being looked up alone.
    known = set(other)
    in_row = 0
    runs: set[str] | None = None
    for end, word in enumerate(words, start=1):
        in_row = in_row + 1 if word in known else 0
        if in_row >= length:
            if runs is None:
                runs = _runs(other, length)
            if " ".join(words[end - length : end]) in runs:
                return True
    return False


def _runs(words: Sequence[str], length: int) -> set[str]:
    return {" ".join(words[i : i + length]) for i in range(len(words) - length + 1)}
