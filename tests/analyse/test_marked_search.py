"""Searching from the marks a pattern opens with: the same matches as the regex engine's own."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from digests.analyse.clauses import _END_MARKS, _SENTENCE_END
from digests.analyse.marked_search import finditer_at_marks, search_at_marks
from digests.analyse.sentence_kinds import _READER_ADDRESSED, _WE, _WRITERS_WE, _YOU

# The patterns searched this way in the analysis, with the marks each opens with; and patterns
# of marks of two characters that may overlap ("'''") or start just before a shorter one.
_PATTERNS = [
    (_SENTENCE_END, _END_MARKS),
    (_WRITERS_WE, _WE),
    (_READER_ADDRESSED, _YOU),
    (re.compile(r"(?:''|``)(?=\w)|“"), ("''", "``", "“")),
    (re.compile(r"we|e\b"), ("e", "we")),
]
_TEXT = st.text(alphabet="aeouwyWY .!?'`“”’-\n", max_size=50)


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(_PATTERNS), _TEXT, st.integers(min_value=0, max_value=50))
def test_a_search_from_the_marks_finds_what_the_pattern_finds(
    case: tuple[re.Pattern[str], tuple[str, ...]], text: str, pos: int
) -> None:
    pattern, marks = case
    found = search_at_marks(pattern, text, marks, pos)
    expected = pattern.search(text, pos)
    assert (found and found.span()) == (expected and expected.span())


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(_PATTERNS), _TEXT)
def test_every_match_from_the_marks_is_one_the_pattern_finds(
    case: tuple[re.Pattern[str], tuple[str, ...]], text: str
) -> None:
    pattern, marks = case
    assert [m.span() for m in finditer_at_marks(pattern, text, marks)] == [
        m.span() for m in pattern.finditer(text)
    ]


def test_a_mark_the_pattern_does_not_go_on_from_is_passed_over() -> None:
    text = "Don’t we know, we’re told."
    found = search_at_marks(_WRITERS_WE, text, _WE)
    assert found is not None and found.start() == text.index("we")
