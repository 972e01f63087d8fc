"""A family that speaks as "they" after a sentence about it ("His family paid tribute. In a
statement released through police, they said: …"): the family, not the police named in the
clause, and not no one."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def who(*paragraphs: str) -> list[str | None]:
    article = CleanArticle(title="Tributes paid to crash victim", paragraphs=list(paragraphs))
    return [q.speaker for q in find_quotes(article)]


def test_they_after_a_family_in_the_same_paragraph() -> None:
    assert who(
        "Tom Reed, 34, died after his car left the road near Alton on Friday.",
        "His family paid tribute to him on Monday. In a statement released through police, "
        "they said: “Tom was the kindest man and we will miss him every day.”",
    ) == ["His family"]


def test_they_is_not_the_force_that_released_the_statement() -> None:
    assert who(
        "Tom Reed, 34, died after his car left the road near Alton on Friday.",
        "The family of Tom Reed paid tribute to him on Monday.",
        "In a statement released through Hampshire Police, they said: “Tom was the kindest "
        "man and we will miss him every day.”",
    ) == ["The family of Tom Reed"]


def test_they_after_a_body_still_is_the_body() -> None:
    assert who(
        "Hampshire Police closed the A31 for six hours on Friday after a crash.",
        "“We thank drivers for their patience while officers worked at the scene,” they said.",
    ) == ["Hampshire Police"]


def test_their_statement_is_the_family_before() -> None:
    assert who(
        "Tom Reed, 34, died after his car left the road near Alton on Friday.",
        "The Reed family statement also thanked the paramedics.",
        "“They did everything they could for Tom, and we will never forget it,” their "
        "statement said.",
    ) == ["The Reed family"]
