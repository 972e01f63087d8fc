"""Words that are titles before a name ("Imam", "Sheikh", "Sultan") are also given and middle
names inside one ("Ali Imam Majumder", "Mohammed Sultan Khan"): after a first name they are
part of it. And a barrister or an advocate is titled so before the name ("Barrister Ajmalul")."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def who(*paragraphs: str) -> list[str | None]:
    article = CleanArticle(title="Officials told to save power", paragraphs=list(paragraphs),
                           language="en")
    return [q.speaker for q in find_quotes(article)]


def test_a_title_word_after_a_first_name_is_part_of_the_name() -> None:
    assert who(
        "Cabinet secretary Ali Imam Majumder has asked officials to save electricity.",
        "In a letter, the cabinet secretary said: \"This goes against the government order.\"",
    ) == ["Ali Imam Majumder"]


def test_a_title_word_opening_the_name_is_still_a_title() -> None:
    assert who(
        "Imam Tariq Hassan led the prayers on Friday.",
        "\"We pray for peace,\" Imam Hassan said.",
    ) == ["Tariq Hassan"]


def test_a_barrister_named_by_title_and_first_name() -> None:
    assert who(
        "Cherie Blair came at the invitation of barrister Ajmalul Hossain QC.",
        "Barrister Ajmalul told reporters: \"Cherie Blair was my colleague.\"",
    ) == ["Ajmalul Hossain"]
