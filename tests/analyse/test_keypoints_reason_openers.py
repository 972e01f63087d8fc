"""A sentence that opens by calling the one before its reason ("It is for that reason that NASA
on Monday enlisted…", "That is why the council…", "This is why…") reads alone without those
words, as one without its "As a result," does: the rest states its own fact."""

from __future__ import annotations

import pytest

from digests.analyse.keypoints import key_points
from digests.analyse.trim import without_connective
from digests.article import CleanArticle


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "It is for that reason that NASA on Monday enlisted Blue Origin and SpaceX.",
            "NASA on Monday enlisted Blue Origin and SpaceX.",
        ),
        (
            "It was for this reason that the council closed the bridge.",
            "The council closed the bridge.",
        ),
        ("That is why the airline cut 30 routes.", "The airline cut 30 routes."),
        ("That’s why the airline cut 30 routes.", "The airline cut 30 routes."),
        ("This is why Nissan redesigned the Sentra.", "Nissan redesigned the Sentra."),
    ],
)
def test_an_opening_that_points_to_the_reason_before_goes(sentence: str, expected: str) -> None:
    assert without_connective(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "That is why we are here, the mayor said.",  # a quote's words: "why we" stays lower
        "This is whyte's third season at the club.",
        "It is for the reason of safety that the road stays shut.",
    ],
)
def test_an_opening_that_is_the_sentences_own_stays(sentence: str) -> None:
    assert without_connective(sentence) == sentence


def test_a_point_does_not_open_by_pointing_to_a_reason_the_reader_cannot_see() -> None:
    body = [
        "Staying on the Moon and reaching Mars is anything but easy, engineers say.",
        "It is for that reason that NASA on Monday enlisted Blue Origin and SpaceX to prepare "
        "the ground for its planned 2024 crewed moon shot.",
        "A year ago, NASA said nine companies could bid for contracts to land cargo on the moon.",
    ]
    points = key_points(CleanArticle(title="NASA adds SpaceX to moon bidders", paragraphs=body))
    assert not any(point.startswith("It is for that reason") for point in points)
    assert any(point.startswith("NASA on Monday enlisted") for point in points)
