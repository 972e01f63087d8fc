"""Speakers in the styles of press-conference round-ups, local news and features."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def speakers(*paragraphs: str, title: str = "A story") -> list[tuple[str, str | None]]:
    found = find_quotes(CleanArticle(title=title, paragraphs=list(paragraphs)))
    return [(q.text, q.speaker) for q in found]


def test_a_signature_naming_what_the_quote_is_about_is_the_first_name() -> None:
    # Team-news round-ups sign each answer "– Manager on Player": the manager speaks.
    assert speakers(
        "Rovers will check the fitness of their captain before the derby.",
        "“He felt his knee on Tuesday but he trained well today.” – Dan Hollis on Kieran Boyd",
    ) == [("He felt his knee on Tuesday but he trained well today.", "Dan Hollis")]

