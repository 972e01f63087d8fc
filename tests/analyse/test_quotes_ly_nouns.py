"""A noun that ends in "-ly" ("family", "ally", "assembly") right before the reporting verb
is the subject, not an adverb between the subject and the verb ("Smith emphatically said")."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def who(*paragraphs: str) -> list[str | None]:
    article = CleanArticle(title="A hiker is still missing", paragraphs=list(paragraphs))
    return [q.speaker for q in find_quotes(article)]


def test_the_family_said_before_the_quote() -> None:
    assert who(
        "The hiker has not been seen since Sunday, police said.",
        "In a statement on Monday the family said: “He is a kind son and we are asking "
        "anyone who saw him to call the police.”",
    ) == ["the family"]


def test_a_possessive_family_after_the_quote() -> None:
    assert who(
        "Jo Marsh has not been seen since Sunday, police said.",
        "“She is a kind daughter and we are asking anyone who saw her to call the police,” "
        "her family said.",
    ) == ["her family"]


def test_an_adverb_before_the_verb_still_goes() -> None:
    assert who(
        "Ann Cole chairs the housing committee in the city council.",
        "“We will not close a single shelter this winter, whatever the budget says,” Cole "
        "firmly said.",
    ) == ["Ann Cole"]


def test_a_family_named_by_its_surname() -> None:
    assert who(
        "Dan Hale, 19, has not been seen since Sunday, police said.",
        "“He is a kind son and we are asking anyone who saw him to call the police,” the "
        "Hale family said.",
    ) == ["the Hale family"]
