"""A sentence only a little over a point's length is kept whole rather than cut before its end."""

from __future__ import annotations

from digests.analyse.trim import MAX_CHARS, trim

# Just over 200 characters: a cut at 200 would keep "…running through the winter" and lose
# "months", which the phrase needs.
_JUST_OVER = (
    "The island council said on Thursday that the harbour would close to all visiting yachts"
    " and fishing boats until the new breakwater is finished, leaving only the ferry to the"
    " mainland running through the winter months."
)
# The same sentence with a long tail: cutting it still saves the reader a good deal.
_FAR_OVER = (
    _JUST_OVER[:-1]
    + ", while the council looks for a contractor willing to rebuild the old stone pier before"
    " the spring storms arrive."
)


def test_a_sentence_with_a_short_tail_past_the_limit_is_kept_whole() -> None:
    assert len(_JUST_OVER) > MAX_CHARS
    assert trim(_JUST_OVER) == _JUST_OVER


def test_a_sentence_with_a_long_tail_past_the_limit_is_still_cut() -> None:
    point = trim(_FAR_OVER)
    assert point.endswith("…")
    assert len(point) <= MAX_CHARS + 1
