"""A sentence that says someone would not comment or could not be reached tells the reader
nothing that happened: it is no point, in the languages the bot reads."""

from __future__ import annotations

import pytest

from digests.analyse.keypoints import key_points
from digests.analyse.routine_lines import declines_comment
from digests.clean import CleanArticle


@pytest.mark.parametrize(
    "sentence",
    [
        "A spokesman for the ferry company declined to comment.",
        "The harbour office had no immediate comment.",
        "The council did not immediately respond to a request for comment on Monday.",
        "Lawyers for the skipper could not be reached for comment.",
        "Ein Sprecher der Reederei wollte sich dazu nicht äußern.",
        "La compagnie n'a pas souhaité commenter.",
        "La naviera declinó hacer comentarios.",
        "В компании отказались от комментариев.",
    ],
)
def test_a_refusal_to_comment_is_told(sentence: str) -> None:
    assert declines_comment(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The ferry company said it would cut two crossings a day from March.",
        # What comes after the refusal is news of its own.
        "The mayor declined to comment on the vote but said the harbour would stay open all"
        " winter and that the town would buy a second ferry.",
    ],
)
def test_other_sentences_are_not(sentence: str) -> None:
    assert not declines_comment(sentence)


def test_a_refusal_to_comment_is_no_point() -> None:
    body = [
        "The town council voted on Tuesday to sell the old ferry to a museum in the north.",
        "The ferry company that runs the crossing declined to comment.",
        "The sale will bring the town two million euros, the treasurer said.",
    ]
    points = key_points(CleanArticle(title="Town sells old ferry", paragraphs=body))
    assert not any("declined to comment" in point for point in points)
