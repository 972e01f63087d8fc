"""A paragraph that is only a few quoted words with no full stop, perhaps after a list number
("2. “A problem of trust”"), is a section heading that borrows a witness's words, not a quote:
the quote is in the paragraphs under it, with its speaker."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def quotes(*paragraphs: str) -> list[tuple[str, str | None]]:
    article = CleanArticle(title="Key moments from the hearing", paragraphs=list(paragraphs))
    return [(q.text, q.speaker) for q in find_quotes(article)]


def test_numbered_quoted_heading_is_no_quote() -> None:
    assert quotes(
        "Two former officials, Anna Ek and Lars Berg, spoke to the committee on Tuesday.",
        "1. “The budget was never frozen”",
        "“At no point was the money held back, and I said so at the time,” Ek said.",
        "2. “A problem of trust”",
        "Berg said the agency had “a problem of trust” with the ministry.",
    ) == [("At no point was the money held back, and I said so at the time", "Anna Ek")]


def test_a_whole_paragraph_quote_with_a_stop_is_still_a_quote() -> None:
    assert quotes(
        "Anna Ek spoke to the committee on Tuesday.",
        "“I said so at the time.”",
    ) == [("I said so at the time.", "Anna Ek")]
