"""A speaker described by an age or a role with words of its own ("the 48-year-old said", "the
Hungarian boss told") far from the last name: the one person the article gives that age or those
words with their name ("Lena Varga, 48,", "Lena Varga, the Hungarian boss,"), never a guess."""

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
    assert speakers(
        "Harbour City named Lena Varga (48) as manager.",
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


def test_a_role_with_words_of_its_own_is_the_person_it_was_set_beside() -> None:
    assert speakers(
        "Harbour City have named Lena Varga, the Hungarian boss, as their manager.",
        *_MIDDLE,
        "“I cannot wait to start,” the Hungarian boss told reporters.",
    ) == ["Lena Varga"]


def test_a_role_set_beside_two_people_names_neither() -> None:
    assert speakers(
        "Harbour City named Lena Varga, the Hungarian boss, over Ede Kis, the Hungarian boss "
        "of Lake FC.",
        *_MIDDLE,
        "“I cannot wait to start,” the Hungarian boss told reporters.",
    ) == ["the Hungarian boss"]
