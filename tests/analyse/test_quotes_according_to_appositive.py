""""According to his aunt, Jane Starner, “…”": the name set off after the role is who speaks,
as it is after an inverted verb ("said the chief executive, Tim Cook")."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def quotes(*paragraphs: str) -> list[tuple[str, str | None]]:
    article = CleanArticle(title="A story", paragraphs=list(paragraphs), language="en")
    return [(q.text, q.speaker) for q in find_quotes(article)]


def test_according_to_a_relative_then_her_name() -> None:
    assert quotes(
        "Tom Reed was born in East Chicago in 1957, the first child of two pharmacists.",
        "According to his aunt, Jane Starner, “He was brilliant from the start, reading at an "
        "adult level in kindergarten.”",
    ) == [("He was brilliant from the start, reading at an adult level in kindergarten.",
           "Jane Starner")]


def test_according_to_a_role_then_the_name() -> None:
    assert quotes(
        "The plant will close in March.",
        "According to the company spokesman, Tom Hale, “The site has lost money for a decade "
        "and cannot be saved.”",
    ) == [("The site has lost money for a decade and cannot be saved.", "Tom Hale")]
