"""Reporting clauses: the verb pattern finds exactly the listed words, longest first."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from digests.analyse.clauses import (
    _FOREIGN,
    _PHRASAL,
    _SENTENCE_END,
    _VERBS,
    REPORTING,
)
from digests.analyse.quote_spans import OPENING_MARKS

_WORDS = sorted({*_VERBS, *_FOREIGN, *_PHRASAL}, key=len, reverse=True)
# The plain alternation the branched pattern stands for.
_PLAIN = re.compile(r"\b(?:[Aa]ccording to|" + "|".join(_WORDS) + r")\b")


def found(pattern: re.Pattern[str], text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in pattern.finditer(text)]


def test_the_longest_listed_phrase_wins_and_words_inside_words_do_not_count() -> None:
    text = "“No,” she chimed in. He wrote back, unsaid, According to Reuters, сказал он; saidx"
    assert found(REPORTING, text) == [
        (text.index("chimed"), "chimed in"),
        (text.index("wrote"), "wrote back"),
        (text.index("According"), "According to"),
        (text.index("сказал"), "сказал"),
    ]


_PIECES = st.sampled_from(
    [*_WORDS, "According to", "according", "to", "un", "x", "in", "back", "s", "on", " ",
     ",", ".", "-", "_", "3", "“", "\n", "é"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_the_branched_pattern_matches_as_the_plain_alternation(text: str) -> None:
    assert found(REPORTING, text) == found(_PLAIN, text)


# The plain forms of the patterns written to open with a character class (which the regex
# engine scans for quickly): the same matches, at the same places.
_PLAIN_FORMS = [
    (_SENTENCE_END, re.compile(r"[.!?]+[”\"’')\]]*\s+(?=[^\s])")),
    (OPENING_MARKS, re.compile(r"``|''|[“„«‹»‚‘\"]")),
]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=".!?”\"’')] \n\tAa`'“„«‹»‚‘", max_size=30), st.sampled_from(_PLAIN_FORMS))
def test_patterns_match_where_their_plain_forms_do(
    text: str, forms: tuple[re.Pattern[str], re.Pattern[str]]
) -> None:
    fast, plain = forms
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_place_that_ends_the_clause_before_a_role_is_no_subject() -> None:
    from digests.analyse.reporting import subject_before_verb

    assert subject_before_verb(
        "Two hikers were found alive after a night on the moor near Hexham, the rescue team"
    ) == "the rescue team"


def test_the_name_before_a_role_that_ends_with_a_body() -> None:
    from digests.analyse.reporting import subject_before_verb

    assert subject_before_verb(
        "On Monday, Jo Hale, editor of The Courier, a weekly paper for farmers in Kent,"
    ) == "Jo Hale"
