"""An unnamed speaker picked out of a group after an inverted verb ("…,” said one of the
residents): the whole phrase, not the bare quantity word before "of"."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def who(*paragraphs: str) -> list[str | None]:
    article = CleanArticle(title="Flooded street waits for pumps", paragraphs=list(paragraphs))
    return [q.speaker for q in find_quotes(article)]


def test_one_of_a_group_after_the_verb() -> None:
    assert who(
        "Water stood a metre deep on Mill Lane for a third day on Friday.",
        "“We have been bailing out the kitchen since Tuesday and nobody has come to help,” "
        "said one of the residents who lives near the bridge.",
    ) == ["one of the residents"]


def test_two_of_a_group_with_an_aside() -> None:
    assert who(
        "Water stood a metre deep on Mill Lane for a third day on Friday.",
        "“The council knew the drains were blocked and did nothing about it for months,” "
        "said two of the shop owners, who asked not to be named.",
    ) == ["two of the shop owners"]


def test_a_role_of_a_body_still_ends_at_of() -> None:
    assert who(
        "Water stood a metre deep on Mill Lane for a third day on Friday.",
        "“The pumps will arrive on Saturday morning and work through the weekend,” said "
        "Tom Reed of the county council.",
    ) == ["Tom Reed"]
