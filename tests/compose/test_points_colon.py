"""A point that introduces the shown quote's words with a colon says them twice."""

from __future__ import annotations

import pytest

from digests.compose.digest import EntryQuote
from digests.compose.points import points_beside

QUOTE = EntryQuote("Build the bridge first. The tunnel can wait another decade.", "Ana Ruiz")
NEWS = "The regional council voted on Tuesday to fund a new river crossing."


@pytest.mark.parametrize(
    "point",
    [
        "Ruiz answered the council's critics sharply: “Build the bridge first.”",
        'The mayor wrote on social media: "Build the bridge first."',
        "Руис ответила критикам: «Build the bridge first.»",
    ],
)
def test_a_point_that_introduces_the_quote_with_a_colon_is_left_out(point: str) -> None:
    assert points_beside((NEWS, point), QUOTE) == (NEWS,)


@pytest.mark.parametrize(
    "point",
    [
        # Another passage, or one that is not the quote's: the point's own.
        "Ruiz answered the council's critics sharply: “Fund the ferries instead.”",
        # Words quoted mid-sentence after a colon carry on with the point's news.
        "The plan has one slogan: “bridge first” and it won the vote by nine to two.",
        # Too short a passage to be the quote's rather than a stock phrase.
        "The council's verdict: “first.”",
    ],
)
def test_a_point_that_introduces_other_words_is_kept(point: str) -> None:
    assert points_beside((NEWS, point), QUOTE) == (NEWS, point)
