"""A role no one in the article is named with ("the prime minister") stands for the person the
story is about when the article gives that person no role of their own; else it stays a role."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def speakers(title: str, *paragraphs: str) -> list[str | None]:
    article = CleanArticle(title=title, paragraphs=list(paragraphs), language="en")
    return [q.speaker for q in find_quotes(article)]


_STARLING = (
    "Sir Ed Starling has told broadcasters there will be \u201cno more U-turns\u201d on his"
    " watch, hours after one of his ministers quit.",
    "Speaking on a visit to a hospital in Leicester, the prime minister said: \u201cI understand"
    " colleagues have strong views. But we will not change course.\u201d",
)


def test_a_role_is_the_titles_person_named_just_before() -> None:
    assert speakers("Starling says \u2018no more U-turns\u2019 as minister quits",
                    *_STARLING) == ["Ed Starling"]


def test_a_role_is_no_one_the_title_does_not_name() -> None:
    assert speakers("Minister quits over welfare climbdown", *_STARLING) == ["the prime minister"]


def test_a_role_is_not_a_person_named_with_another_role() -> None:
    assert speakers(
        "Judge Ann Lowe rejects Reed appeal",
        "Judge Ann Lowe rejected the appeal on Monday.",
        "\u201cThe ruling is wrong and we will fight it,\u201d the senator said.",
    ) == ["the senator"]


def test_a_role_is_not_a_person_just_named_in_another_story() -> None:
    assert speakers(
        "Potholes anger Elm Street",
        "Resident John Smith complained about the potholes on Elm Street.",
        "\u201cWe are fixing them as fast as we can,\u201d the mayor said.",
    ) == ["the mayor"]
