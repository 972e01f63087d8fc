"""Whole words found without a regex for each: the same places the regexes they replace find."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from digests.analyse.people import _written_without, words_before
from digests.analyse.whole_words import find_whole, holds_whole, standalone_starts

# Letters, digits, "_", apostrophes, hyphens, dots and spaces, in several scripts: what decides
# where a word stands whole.
_CHARACTERS = st.sampled_from(list("abAB1_'’-. éЖ\u00a0"))
_TEXT = st.text(alphabet=_CHARACTERS, max_size=30)
_WORD = st.text(alphabet=_CHARACTERS, min_size=1, max_size=4)


def test_a_word_inside_another_is_not_found_whole() -> None:
    assert find_whole("Johnson met John", "John") == 12
    assert not holds_whole("Johnsons", "John")
    assert holds_whole("real-estate deal", "real")  # a hyphen is no letter to \b
    assert find_whole("St. Louis, St. Paul", "St.", 1) == -1  # "." then " ": no boundary after


def test_a_name_glued_to_another_word_is_not_standalone() -> None:
    text = "O'Brien met Brien, Jean-Brien and Brien-Smith; Brien."
    assert standalone_starts(text, "Brien") == [12, 47]
    assert standalone_starts(text, "") == []


def test_the_words_before_a_surname() -> None:
    text = "Bill Clinton and Hillary Clinton. Mrs Clinton said Clintons"
    assert list(words_before("Clinton", text)) == ["Bill", "Hillary", "Mrs"]
    assert list(words_before("B", "A B B")) == ["A"]  # the second "B" was taken by the first


@given(_TEXT, _WORD, st.integers(min_value=0, max_value=32))
def test_find_whole_finds_what_the_regex_finds(text: str, word: str, start: int) -> None:
    match = re.compile(rf"\b{re.escape(word)}\b").search(text, start)
    assert find_whole(text, word, start) == (match.start() if match else -1)


@given(_TEXT, _WORD)
def test_standalone_starts_are_where_the_regex_matches(text: str, word: str) -> None:
    pattern = re.compile(rf"(?<![\w'’-]){re.escape(word)}(?![\w-])")
    assert standalone_starts(text, word) == [match.start() for match in pattern.finditer(text)]


@given(_TEXT, _WORD)
def test_words_before_are_what_the_regex_finds(text: str, word: str) -> None:
    expected = []
    resume = 0
    for match in re.finditer(rf" {re.escape(word)}\b", text):
        start = match.start()
        while start > resume and not text[start - 1].isspace():
            start -= 1
        if start < match.start():
            expected.append(text[start : match.start()])
            resume = match.end()
    assert list(words_before(word, text)) == expected


@given(_TEXT, _WORD, st.text(alphabet=_CHARACTERS, min_size=1, max_size=3))
def test_a_name_written_without_the_word_before_it_as_the_regex_finds(
    text: str, tail: str, before: str
) -> None:
    pattern = re.compile(rf"(?<!(?i:{re.escape(before)}) )\b{re.escape(tail)}\b")
    assert _written_without(tail, before, text) == (pattern.search(text) is not None)
