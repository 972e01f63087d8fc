"""A person the article calls "they" ("Kym Lino, a spokesperson for Instagram, confirmed … “…,”
they said"): when no family, group or body nearby can be the "they", the one person who opened
a sentence of the paragraph before the quote speaks."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def who(*paragraphs: str) -> list[str | None]:
    article = CleanArticle(title="A story", paragraphs=list(paragraphs), language="en")
    return [q.speaker for q in find_quotes(article)]


def test_they_after_the_one_person_who_opened_the_paragraph() -> None:
    assert who(
        "Kym Lino, a spokesperson for the app, confirmed that it tells people who may "
        "benefit from a business account. “We use a model which predicts the likely intent "
        "of an account,” they said in an email.",
    ) == ["Kym Lino"]


def test_they_after_two_people_is_no_one() -> None:
    assert who(
        "Kym Lino confirmed the change. Tom Reed, who runs the design team, agreed. “We use "
        "a model which predicts the likely intent of an account,” they said in an email.",
    ) == [None]


def test_they_after_a_body_is_still_the_body() -> None:
    assert who(
        "Kym Lino, a spokesperson for Hampshire Police, said the A31 was closed for six hours.",
        "“We thank drivers for their patience while officers worked at the scene,” they said.",
    ) == ["Hampshire Police"]
