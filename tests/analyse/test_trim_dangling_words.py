"""A point cut at a word boundary does not end on a word that needs the words cut after it."""

from __future__ import annotations

from digests.analyse.trim import trim

_LONG = (
    "Engineers tested every cable and bolt of the new bridge across the river during three"
    " long weeks of trials before its opening to cars and lorries and buses in the spring."
)


def test_a_cut_point_drops_the_function_words_it_would_end_on() -> None:
    # Cut after "before its": neither word says anything without what follows.
    assert trim(_LONG, max_chars=120) == (
        "Engineers tested every cable and bolt of the new bridge across the river during three"
        " long weeks of trials…"
    )
    assert trim(_LONG, max_chars=104).endswith(" long weeks…")  # not "weeks of…"


def test_a_cut_point_that_ends_on_a_content_word_keeps_it() -> None:
    assert trim(_LONG, max_chars=96) == (
        "Engineers tested every cable and bolt of the new bridge across the river during three"
        " long weeks…"
    )
