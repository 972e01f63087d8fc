"""A quantity standing alone for a person ("Another said:", "…,” wrote another", "Others
told us") names nobody: the quote has no speaker, not "Another" as if it were a name."""

from __future__ import annotations

import pytest

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def who(*paragraphs: str) -> list[str | None]:
    article = CleanArticle(title="Fans split over the new album", paragraphs=list(paragraphs),
                           language="en")
    return [q.speaker for q in find_quotes(article)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "One fan praised the songs. Another wrote: “The old albums had more heart in them.”",
        "“The old albums had more heart in them,” wrote another.",
        "Others posted: “The old albums had more heart in them.”",
    ],
)
def test_a_quantity_alone_is_no_speaker(paragraph: str) -> None:
    assert who("Fans were split over the band's new album on Friday.", paragraph) == [None]


def test_a_quantity_with_its_noun_is_still_a_description() -> None:
    assert who(
        "Fans were split over the band's new album on Friday.",
        "“The old albums had more heart in them,” one fan wrote.",
    ) == ["one fan"]


def test_some_of_a_group_before_the_quote_is_that_group_not_the_last_speaker() -> None:
    # "some Indiana protesters chanted, “…”": a group speaks, not whoever was quoted before.
    assert who(
        "Fans were split over the band's new album on Friday.",
        "“The songs are the best they have written,” said Tom Reed, who runs the fan club.",
        "While some longtime fans chanted, “Play the old songs,” in a hallway, the band’s "
        "manager spoke to reporters.",
    ) == ["Tom Reed", "some longtime fans"]
    assert who(
        "Fans were split over the band's new album on Friday.",
        "“The songs are the best they have written,” said Tom Reed, who runs the fan club.",
        "Several fans wrote: “The old albums had more heart in them.”",
    ) == ["Tom Reed", "Several fans"]
