"""A speaker after the verb with an abbreviated local, legal or church title ("said Ald. Tom
Harper.", "said Msgr. Tom Hale,"): the dot ends neither the sentence nor the name, so the
speaker is the person, not "Ald", and the quote after it stays one. "Jun", a given name in
Chinese, Korean and Japanese names, is part of the name, as "Jan" is."""

from __future__ import annotations

import pytest

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def quotes(*paragraphs: str) -> list[tuple[str, str | None]]:
    article = CleanArticle(title="Vote", paragraphs=["The council voted.", *paragraphs],
                           language="en")
    return [(q.text, q.speaker) for q in find_quotes(article)]


@pytest.mark.parametrize("title", ["Ald.", "Del.", "Atty.", "Msgr.", "Fr.", "Commr.", "Pres.",
                                   "Amb.", "Cllr.", "Dist. Atty."])
def test_an_abbreviated_title_after_the_verb(title: str) -> None:
    assert quotes(
        f'"This is a good day for the ward," said {title} Tom Harper. "We waited years."'
    ) == [("This is a good day for the ward. We waited years.", "Tom Harper")]


def test_jun_is_a_first_name() -> None:
    assert quotes(
        "Analyst Jun Harper of Northstar said prices rose on Jun 5. "
        '"It is a start," he said.'
    ) == [("It is a start", "Jun Harper")]
