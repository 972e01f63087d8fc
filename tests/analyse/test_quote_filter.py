"""The quote filter's word counting: the early stop agrees with counting every word."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from digests.analyse.quote_filter import has_words, is_whole_quote, words


def test_has_words_stops_at_the_count_it_needs() -> None:
    assert has_words("a disaster for all", 3)
    assert not has_words("a disaster", 3)
    assert not has_words("— … !", 1)
    assert has_words("", 0)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab '’-_.,3é “”", max_size=40), st.integers(min_value=0, max_value=6))
def test_has_words_agrees_with_the_word_list(text: str, count: int) -> None:
    assert has_words(text, count) == (len(words(text)) >= count)


def test_short_spans_and_titles_are_not_whole_quotes() -> None:
    assert not is_whole_quote("fake news", "")
    assert not is_whole_quote("The Lord Of The Rings", "")
    assert is_whole_quote("We will open the border next week.", "")
