"""A speaker described by an age ("the 48-year-old said") far from the last name: the one person
the article gives that age with their name ("Lena Varga, 48,"), never a guess."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def speakers(*paragraphs: str) -> list[str | None]:
    article = CleanArticle(title="A story", paragraphs=list(paragraphs), language="en")
    return [q.speaker for q in find_quotes(article)]


_MIDDLE = (
    "The club had been without a permanent manager since March, when Tom Reeve left.",
    "Talks with the board dragged on for weeks.",
    "Several players had asked for a quick decision.",
)


def test_an_age_is_the_person_given_that_age_paragraphs_before() -> None:
    assert speakers(
        "Lena Varga, 48, has been named manager of Harbour City.",
        *_MIDDLE,
        "The 48-year-old said after her appointment: “I cannot wait to start.”",
    ) == ["Lena Varga"]
    assert speakers(
        "Harbour City named 48-year-old Lena Varga as manager.",
        *_MIDDLE,
        "“I cannot wait to start,” the 48-year-old told reporters.",
    ) == ["Lena Varga"]


def test_an_age_no_one_is_given_stays_a_description() -> None:
    assert speakers(
        "Lena Varga, 51, has been named manager of Harbour City.",
        *_MIDDLE,
        "The 48-year-old said after her appointment: “I cannot wait to start.”",
    ) == ["The 48-year-old"]


def test_an_age_two_people_are_given_stays_a_description() -> None:
    assert speakers(
        "Lena Varga, 48, has been named manager; her deputy is Paul Orr, 48.",
        *_MIDDLE,
        "The 48-year-old said after the appointment: “I cannot wait to start.”",
    ) == ["The 48-year-old"]
