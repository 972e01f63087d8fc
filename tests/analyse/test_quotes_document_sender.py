"""A quote from a document named with who sent it ("the letter from the residents' group
said"): the sender speaks, not the document."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def who(*paragraphs: str) -> list[str | None]:
    article = CleanArticle(title="Village fights quarry plan", paragraphs=list(paragraphs))
    return [q.speaker for q in find_quotes(article)]


def test_the_sender_of_a_statement_after_the_quote() -> None:
    assert who(
        "Plans for a quarry near Ashby were lodged with the council in May.",
        "“The lorries would pass the primary school forty times a day, and nobody has asked "
        "us,” the statement from the Ashby family trust said.",
    ) == ["the Ashby family trust"]


def test_the_sender_of_a_letter_before_the_quote() -> None:
    assert who(
        "Plans for a quarry near Ashby were lodged with the council in May.",
        "A letter from the parish council said: “We will oppose this plan at every stage, "
        "with every means the law gives us.”",
    ) == ["the parish council"]


def test_the_owner_of_a_release_named_by_a_common_noun() -> None:
    assert who(
        "Plans for a quarry near Ashby were lodged with the council in May.",
        "The company’s release continued, “Every lorry will be washed before it leaves the "
        "site, and no lorry will pass the school at its opening time.”",
    ) == ["the company"]


def test_the_owner_of_a_ruling_or_a_report_speaks() -> None:
    assert who(
        "The quarry plan was turned down on Friday.",
        "“The lorries would endanger children on their way to school,” the council's ruling"
        " said.",
        "“Dust would reach every house in the village,” the agency's report warned.",
    ) == ["the council", "the agency"]
