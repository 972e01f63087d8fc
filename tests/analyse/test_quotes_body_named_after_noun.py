"""A body named in apposition after the noun that says what it is ("The label that owns her
early songs, Red Harbor, says…", "The company that runs the fair, Lund Events, denies…"): a
later "they said" or "it says" is that body's, as with "Red Harbor, a record label, said"."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def who(*paragraphs: str) -> list[str | None]:
    article = CleanArticle(title="Singer wins row over old songs", paragraphs=list(paragraphs))
    return [q.speaker for q in find_quotes(article)]


def test_they_after_a_label_named_after_its_noun() -> None:
    assert who(
        "The label that owns her early songs, Red Harbor, says she may sing them on Sunday.",
        "Red Harbor have denied blocking the show.",
        "“We never stood in the way of any performance,” they said in a statement.",
    ) == ["Red Harbor"]


def test_they_after_a_company_named_after_its_noun() -> None:
    assert who(
        "The company that runs the fair, Lund Events, denies that anything is settled.",
        "“Any agreement must be made with her managers. We have nothing to add,” they said.",
    ) == ["Lund Events"]


def test_a_body_named_so_since_the_last_quote_takes_over_they() -> None:
    assert who(
        "Red Harbor, a record label, has denied blocking the show.",
        "“We never stood in the way of any performance,” they said.",
        "The company that runs the fair, Lund Events, denies that anything is settled.",
        "“Any agreement must be made with her managers. We have nothing to add,” they said.",
    ) == ["Red Harbor", "Lund Events"]
