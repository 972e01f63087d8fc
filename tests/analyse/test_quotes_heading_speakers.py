"""Headings, captions and credits are no people: a run in capitals ("FULL TEXT", "POOL
New/Reuters") or a title-case heading longer than any name is not who a pronoun or a role
stands for."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def speakers(*paragraphs: str) -> list[str | None]:
    found = find_quotes(CleanArticle(title="A story", paragraphs=list(paragraphs)))
    return [quote.speaker for quote in found]


def test_a_heading_in_capitals_is_not_who_she_means() -> None:
    assert speakers(
        "SUMMARY.",
        "The race has turned on who can be trusted with the budget.",
        "FULL TEXT.",
        "In her campaign, Governor Ana Reyes has stressed her record. She often repeats the "
        "line: “Nobody works harder for this state than we do.”",
    ) == ["Ana Reyes"]


def test_a_title_case_heading_after_a_role_is_not_its_holder() -> None:
    found = speakers(
        "Anchor Voiced Fear About Future Bias Against Her Young Son.",
        "Getty.",
        "After a Telenova host was fired over his remarks, the network's evening news anchor Ilia "
        "Moreno answered with a letter to her son. The Colombian journalist was worried by "
        "those who defended the host. “As one of a minority within a minority, I worry when "
        "people shrug at such words,” she wrote.",
    )
    assert found == ["Ilia Moreno"]
