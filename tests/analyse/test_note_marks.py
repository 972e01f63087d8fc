"""Footnote marks a page's links left in the text ("…sanctions[1]") are not a point's words."""

from __future__ import annotations

from digests.analyse.keypoints import key_points
from digests.analyse.trim import without_note_marks
from digests.article import CleanArticle


def test_note_marks_set_close_to_a_word_go() -> None:
    assert without_note_marks("The mill closed in 1998[3] after a long strike[4][5].") == (
        "The mill closed in 1998 after a long strike."
    )


def test_brackets_that_are_words_stay() -> None:
    for sentence in (
        "The court heard the letter [read aloud] on Monday.",
        "Rule [12] of the code bans the practice.",
        "The chart [2] shows the river's level.",
    ):
        assert without_note_marks(sentence) == sentence


def test_key_points_carry_no_note_marks() -> None:
    article = CleanArticle(
        title="Mill town votes on a new bridge",
        paragraphs=[
            "Voters in the mill town approved a new river bridge[1] on Sunday by a wide margin.",
            "The bridge will replace a crossing that was closed after the floods of 2021[2].",
        ],
    )
    points = key_points(article)
    assert points
    assert not any("[" in point for point in points)
