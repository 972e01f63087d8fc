"""A sentence that opens with a role qualified by a capitalised word ("Shadow chancellor Giles
Whitmore mocked…") has the name as its subject, so a "he said" after it is that person's, not
the last speaker's."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle

_TREASURY = (
    "The Treasury insists nothing fundamental has changed. A spokesman said: \u201cWe remain"
    " committed to the fiscal rules.\u201d"
)


def speakers(*paragraphs: str) -> list[str | None]:
    article = CleanArticle(title="A story", paragraphs=list(paragraphs), language="en")
    return [q.speaker for q in find_quotes(article)]


def test_a_qualified_role_before_the_name_opens_the_sentence() -> None:
    assert speakers(
        _TREASURY,
        "Shadow chancellor Giles Whitmore mocked the retreat. \u201cThis is a government that"
        " has lost its nerve,\u201d he said.",
    ) == ["Treasury", "Giles Whitmore"]


def test_a_comma_of_the_sentence_before_does_not_set_the_name_off() -> None:
    assert speakers(
        _TREASURY,
        "The opposition, for once, had a good week. Shadow chancellor Giles Whitmore, whose"
        " memoir is still in the bargain bins, was quick to mock the retreat. \u201cThis is a"
        " government that has lost its nerve,\u201d he said.",
    ) == ["Treasury", "Giles Whitmore"]

