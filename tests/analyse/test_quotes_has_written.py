"""A quote introduced by what someone "has written" (a column, a book, a paper) is theirs;
"written" alone, as in "a written statement" or "co-written by", names no speaker."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def who(*paragraphs: str) -> list[str | None]:
    article = CleanArticle(title="Who pays for a levy on imports", paragraphs=list(paragraphs),
                           language="en")
    return [q.speaker for q in find_quotes(article)]


def test_what_a_person_has_written_is_theirs() -> None:
    assert who(
        "Levies on imported bicycles rose again in March.",
        "“When a levy falls on imported bicycles, the shop that imports them pays it,” Nadia "
        "Orwell, a fellow at the Harbour Institute, has written.",
    ) == ["Nadia Orwell"]


def test_what_a_person_had_written_before_a_quote_is_theirs() -> None:
    assert who(
        "Levies on imported bicycles rose again in March.",
        "As the economist Nadia Orwell had written years earlier, “Nobody abroad pays a cent "
        "of it.”",
    ) == ["Nadia Orwell"]


def test_a_written_statement_is_not_who_speaks() -> None:
    assert who(
        "Levies on imported bicycles rose again in March.",
        "The minister told the Harbour Gazette in a written statement, “We will keep the "
        "levy until the talks end.”",
    ) == ["The minister"]
