"""A quote read from a document that a sentence before says who issued ("Mayor Carver released a
statement … “…,” the statement said"): the issuer speaks, not the document."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def who(*paragraphs: str) -> list[str | None]:
    article = CleanArticle(title="Bridge reopens after floods", paragraphs=list(paragraphs))
    return [q.speaker for q in find_quotes(article)]


def test_the_issuer_who_released_the_statement() -> None:
    assert who(
        "Floodwater closed the Dover bridge for a week.",
        "In Dover, Mayor Ellen Carver released a statement on Tuesday praising the crews.",
        "“Our crews worked through the night and kept everyone safe,” the statement said.",
    ) == ["Ellen Carver"]


def test_the_body_that_said_it_in_a_statement() -> None:
    assert who(
        "Floodwater closed the Dover bridge for a week.",
        "The Harbour Trust said in a statement that it would pay for the repairs.",
        "“We will rebuild the bridge before the winter comes,” the release said.",
        "“The ferry will run until then,” the statement added.",
    ) == ["the release", "Harbour Trust"]


def test_the_subject_after_in_a_statement() -> None:
    assert who(
        "Floodwater closed the Dover bridge for a week.",
        "In a statement, the county board said it backed the plan.",
        "“Repairs will start next week on the eastern side,” the statement added.",
    ) == ["the county board"]


def test_a_statement_nobody_is_said_to_have_issued_stays() -> None:
    assert who(
        "Floodwater closed the Dover bridge for a week, and Joan Hale was stranded.",
        "“The ferry will run until the bridge reopens,” the statement said.",
    ) == ["the statement"]


def test_the_issuer_after_a_quote_that_names_someone_else() -> None:
    assert who(
        "Floodwater closed the Dover bridge for a week.",
        "“We spoke to Mayor Carver twice – there was no row with Carver,” the Harbour Trust "
        "said in a statement.",
        "“The ferry will run until then,” the statement added.",
    )[1] == "Harbour Trust"


def test_the_issuer_after_a_clause_that_ends_with_a_place() -> None:
    assert who(
        "Two lorries were stuck on the Dover bridge in the flood, the Harbour Trust said in a "
        "statement on Friday.",
        "“Both drivers were rescued without injury,” the statement said.",
    ) == ["Harbour Trust"]


def test_the_sender_named_after_the_document() -> None:
    assert who(
        "Floodwater closed the Dover bridge for a week.",
        "On Friday every household received a letter from the Harbour Trust.",
        "“The ferry will run free of charge until the bridge reopens,” the letter said.",
    ) == ["Harbour Trust"]
