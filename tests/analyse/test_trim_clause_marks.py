"""A long sentence is cut at the last mark that ends a clause within a point's length."""

from __future__ import annotations

from digests.analyse.trim import _last_clause_start, trim

_LONG_TAIL = (
    " and the council will meet again next month to choose a contractor for the new stone pier,"
    " which must be finished before the spring storms arrive on the island"
)


def test_each_kind_of_mark_ends_a_clause() -> None:
    assert _last_clause_start("The ferry stopped; the pier closed") == 17
    assert _last_clause_start("The ferry stopped, the pier closed") == 17
    assert _last_clause_start("The ferry stopped: the pier closed") == 17
    # A dash between spaces ends a clause from the space before it.
    assert _last_clause_start("The ferry stopped – the pier closed") == 17


def test_marks_that_end_no_clause_are_passed_over() -> None:
    # A comma in a number, a colon in a time, a hyphen inside a word.
    assert _last_clause_start("It cost 1,500 euros at 10:30 in a half-empty hall") == -1
    # The last mark counts, whatever its kind; the white space before it is its start.
    assert _last_clause_start("First, the ferry; then the pier - closed") == 31
    assert _last_clause_start("First - the ferry; then the pier, closed") == 32


def test_a_long_sentence_is_cut_after_its_last_clause_within_the_limit() -> None:
    sentence = "The harbour will close to yachts for the winter; the ferry runs" + _LONG_TAIL
    point = trim(sentence)
    assert point.startswith("The harbour will close to yachts for the winter; the ferry")
    assert point.endswith("…")
    assert len(point) < len(sentence)
