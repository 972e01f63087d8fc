"""Quoted items one after another, with only a comma between them ("(“The Discovery,” “The One
I Love”)"), are a list of titles, names or slogans: none of them is a quote, however few of
its words are capitalised."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def quotes(*paragraphs: str) -> list[tuple[str, str | None]]:
    article = CleanArticle(title="A story", paragraphs=list(paragraphs), language="en")
    return [(q.text, q.speaker) for q in find_quotes(article)]


def test_a_second_film_title_after_a_comma_is_no_quote() -> None:
    assert quotes(
        "Her son, filmmaker Charlie McDowell (“The Discovery,” “The One I Love”), also "
        "remembers it as a trying time.",
    ) == []


def test_a_list_of_chants_is_no_quote() -> None:
    assert quotes(
        "The crowd moved from “lock them up,” “we want our jobs back” to “build the wall” "
        "within minutes of the rally opening.",
    ) == []


def test_two_quotes_with_a_full_stop_between_them_still_count() -> None:
    assert quotes(
        "Mara Lind has run the bakery on Dock Street for forty years.",
        "“We open at six.” “We close when the bread is gone,” Lind said.",
    ) == [("We open at six.", "Mara Lind"), ("We close when the bread is gone", "Mara Lind")]
