"""A photo's caption (someone, in the present tense, doing what the picture shows) is no point."""

from __future__ import annotations

import pytest

from digests.analyse.captions import is_photo_caption
from digests.analyse.keypoints import key_points
from digests.article import CleanArticle


@pytest.mark.parametrize(
    "sentence",
    [
        "Lena Ortiz, 7, holds her father's hand as volunteers carry sandbags along Mill Street.",
        "Tom Bell, 9, holds the hand of a St. Luke's nurse as patients are moved out.",
        "Coach Dan Reeve looks on as his side lose to their rivals at the Riverside ground.",
        "Firefighter Amy Cole, left, stands beside a burnt-out car as smoke rises over the hills.",
        "Mayor Ann Holt looks on during the opening of the new ferry terminal.",
    ],
)
def test_a_caption_is_told(sentence: str) -> None:
    assert is_photo_caption(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # News in the present tense: a party, a title, a record hold no pose.
        "The Silver State holds its caucuses on Saturday, and a new poll shows a dead heat.",
        "Lena Ortiz, 42, faces one count of fraud after the audit of the charity.",
        "The club holds the record for the most titles, as its fans like to remind rivals.",
        "Lena Ortiz held her father's hand as volunteers carried sandbags along Mill Street.",
        "Inflation, 4%, holds steady, as prices of food fall.",
        "Clinton looks ahead to contests that are more delegate-heavy.",
    ],
)
def test_news_in_the_present_tense_is_no_caption(sentence: str) -> None:
    assert not is_photo_caption(sentence)


def test_a_caption_is_not_a_key_point() -> None:
    article = CleanArticle(
        title="Flooding forces hundreds from their homes in river towns",
        paragraphs=[
            "Hundreds of residents left their homes on Sunday as the river burst its banks.",
            "Lena Ortiz, 7, holds her father's hand as volunteers carry sandbags through the"
            " flooded streets of the river towns.",
            "More rain is expected on Monday, the weather service said.",
        ],
    )
    points = key_points(article)
    assert points
    assert not any(point.startswith("Lena Ortiz") for point in points)
