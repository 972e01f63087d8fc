"""Quoted spans: where each quote mark opens and closes, within and across paragraphs."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from digests.analyse.marked_search import search_at_marks
from digests.analyse.quote_spans import (
    _DOUBLE_CLOSE,
    MAX_CHARS,
    OPENING_MARKS,
    Span,
    _search_closer,
    find_spans,
    openers_held,
)


def test_a_quote_closed_in_its_paragraph_has_its_words_and_place() -> None:
    para = "He said “we  will\twin” today."
    assert find_spans([para]) == [
        Span("we will win", 0, para.index("“"), 0, para.index("”") + 1, True, "“")
    ]


def test_a_quote_over_paragraphs_runs_to_the_mark_that_closes_it() -> None:
    paragraphs = ["Intro.", "“First part,", "“second part.” Then more.", "No marks here."]
    [span] = find_spans(paragraphs)
    assert (span.text, span.para, span.start, span.end_para, span.closed) == (
        "First part, second part.", 1, 0, 2, True
    )
    assert paragraphs[2][: span.end] == "“second part.”"


def test_an_unclosed_quote_ends_with_its_paragraph_when_the_next_does_not_open_one() -> None:
    paragraphs = ["She said “this never closes", "A plain paragraph with “a quote.”"]
    first, second = find_spans(paragraphs)
    assert (first.text, first.end_para, first.end, first.closed) == (
        "this never closes", 0, len(paragraphs[0]), False
    )
    assert (second.text, second.para, second.closed) == ("a quote.", 1, True)


def test_a_long_unclosed_quote_is_not_carried_into_the_next_paragraph() -> None:
    paragraphs = ["“" + "word " * (MAX_CHARS // 4), "“Its own quote.”"]
    first, second = find_spans(paragraphs)
    assert (first.end_para, first.closed) == (0, False)
    assert (second.text, second.para) == ("Its own quote.", 1)


def test_apostrophes_and_closing_marks_open_nothing() -> None:
    assert find_spans(["It's the man's car, isn't it?", "Done” and dusted’"]) == []


def test_several_quotes_in_one_paragraph_come_in_order() -> None:
    para = "“One,” he said, «deux», and ''three'' and ``four''."
    assert [(s.text, s.mark) for s in find_spans([para])] == [
        ("One,", "“"), ("deux", "«"), ("three", "''"), ("four", "``")
    ]


def test_a_paragraph_whose_only_marks_are_doubled_apostrophes_or_backticks_is_read() -> None:
    # Such a paragraph is told from one without marks by its single ' or `, then the pair.
    paragraphs = ["It isn't ''a quote'' yet.", "Now ``one more'' here.", "Plain 'text' only."]
    assert [(s.text, s.para, s.mark) for s in find_spans(paragraphs)] == [
        ("a quote", 0, "''"), ("one more", 1, "``")
    ]


_PIECES = st.sampled_from(
    ["“", "”", "‘", "’", '"', "'", "''", "``", "«", "»", "„", "“", "word", "said", "It's",
     " ", "  ", "\t", ",", ".", "(", ":"]
)
_PARAGRAPHS = st.lists(st.lists(_PIECES, max_size=25).map("".join), max_size=5)


@settings(max_examples=300, deadline=None)
@given(_PARAGRAPHS)
def test_spans_are_in_order_start_at_their_mark_and_hold_normalised_text(
    paragraphs: list[str],
) -> None:
    previous = (-1, 0)
    for span in find_spans(paragraphs):
        assert (span.para, span.start) >= previous
        assert paragraphs[span.para].startswith(span.mark, span.start)
        assert span.end_para >= span.para
        assert span.text == " ".join(span.text.split())
        if span.closed and span.end_para == span.para:
            inside = paragraphs[span.para][span.start + len(span.mark) : span.end]
            assert " ".join(inside.split()).startswith(span.text)
        previous = (span.end_para, span.end)


def test_an_opening_mark_followed_by_a_space_closes_the_quote() -> None:
    para = "“If she loses Iowa, that could create real problems,“ said Jim Clay. “It is early.”"
    assert [s.text for s in find_spans([para])] == [
        "If she loses Iowa, that could create real problems,", "It is early."
    ]


def test_a_mark_with_a_space_after_it_opens_a_new_sentence_before_a_capital() -> None:
    # Scraped copy may leave a space inside the mark that opens a sentence's quote; after a
    # comma the same spaced mark still closes ("…problems,“ said Jim Clay").
    para = "“Operating is a lot different,” Mayer said. “ I love what I’m doing.”"
    assert [s.text for s in find_spans([para])] == [
        "Operating is a lot different,", "I love what I’m doing."
    ]
    para = '"I run my business on my phone," he told Cook. " You guys have done a good job."'
    assert [s.text for s in find_spans([para])] == [
        "I run my business on my phone,", "You guys have done a good job."
    ]


def test_an_unclosed_fragment_is_not_carried_into_the_next_paragraph() -> None:
    # A lower-case fragment woven into the writer's sentence whose closing mark is missing is
    # a typo, not the first paragraph of a long quotation.
    paragraphs = [
        "Grayson said the plan is “really an amorphous position to have.",
        "“What we do here is legislate,” Grayson said. “We debate bills.”",
    ]
    assert [s.text for s in find_spans(paragraphs)] == [
        "really an amorphous position to have.", "What we do here is legislate,", "We debate bills."
    ]


def test_a_straight_mark_closes_a_curly_single_quote_after_its_punctuation() -> None:
    # Scraped text mixes the marks: "‘…,' Hazard said" closes the quote at the straight mark,
    # and an apostrophe inside ("don't", "the players' room") does not.
    spans = find_spans(["‘I don't know the players' room,' Hazard said. 'Also, I was unhappy."])
    assert [s.text for s in spans] == ["I don't know the players' room,"]


def test_a_straight_pair_inside_a_curly_quote_is_a_quote_within_it() -> None:
    spans = find_spans(["“He called the plan \"a disaster\" and left the room early,” she said."])
    assert [span.text for span in spans] == [
        'He called the plan "a disaster" and left the room early,'
    ]


def test_a_curly_quote_closed_with_a_guillemet_ends_there() -> None:
    # A writer whose keyboard mixes conventions opens with “ and closes with »: the quote ends
    # at the guillemet, and the reporting clause and the next sentence stay out of it.
    para = ("“We will not sign this deal as it stands,» the minister told reporters. "
            "She left before the vote. “It is a bad day,» she added later.")
    assert [s.text for s in find_spans([para])] == [
        "We will not sign this deal as it stands,", "It is a bad day,",
    ]


def test_guillemets_inside_a_curly_quote_stay_part_of_it() -> None:
    para = "“He called the plan «a joke» and walked out,” the mayor said."
    assert [s.text for s in find_spans([para])] == ["He called the plan «a joke» and walked out,"]


def test_two_curly_apostrophes_close_a_curly_quote() -> None:
    # Some wire copy closes “ with two ’ where ” belongs; a single ’ inside stays an apostrophe.
    para = (
        "“It was the workers’ own idea,’’ Ann Lee, head of the union, told the radio. “Nobody"
        " asked them to.”"
    )
    spans = find_spans([para])
    assert [span.text for span in spans] == [
        "It was the workers’ own idea,",
        "Nobody asked them to.",
    ]


_MARKED_TEXT = st.text(alphabet="ab\n '`\"“”„«»‹›‚‘’.", max_size=40)


@settings(max_examples=500, deadline=None)
@given(_MARKED_TEXT, st.integers(min_value=0, max_value=40))
def test_the_opener_found_with_str_find_is_the_one_the_pattern_finds(para: str, pos: int) -> None:
    found = search_at_marks(OPENING_MARKS, para, openers_held(para), pos)
    expected = OPENING_MARKS.search(para, pos)
    assert (found and found.span()) == (expected and expected.span())


@settings(max_examples=500, deadline=None)
@given(_MARKED_TEXT, st.integers(min_value=0, max_value=40), st.sampled_from(["“", '"', "«"]))
def test_the_closer_found_with_str_find_is_the_one_the_pattern_finds(
    para: str, start: int, mark: str
) -> None:
    found = _search_closer(mark, para, start)
    expected = (_DOUBLE_CLOSE if mark != "«" else re.compile("»")).search(para, start)
    assert (found and found.span()) == (expected and expected.span())
