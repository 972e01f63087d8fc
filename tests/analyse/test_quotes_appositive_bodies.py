"""A name the article calls a body in an appositive ("Hale Brothers, a research firm, said")
is a body for that article: it keeps the quotes it says, but a later "he" or "she" is a
person, and a bare surname it shares with a person is that person's."""

from __future__ import annotations

from digests.analyse.name_index import NameIndex
from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def speakers(*paragraphs: str) -> list[str | None]:
    found = find_quotes(CleanArticle(title="A story", paragraphs=list(paragraphs)))
    return [quote.speaker for quote in found]


def test_a_pronoun_after_a_firm_named_in_an_appositive_is_the_person() -> None:
    assert speakers(
        "Owen Marsh has run the bakery on Quay Street for twenty years.",
        "Hale Brothers, a research firm, found that flour prices rose again last month.",
        "“We cannot keep raising what a loaf costs,” he said.",
    ) == ["Owen Marsh"]


def test_a_pronoun_after_a_company_that_spoke_is_not_the_company() -> None:
    assert speakers(
        "Nadia Flores told the meeting that the plant would stay open.",
        "Dunmore Analytics, a consulting company based in Ohio, said: “Demand for the parts "
        "has never been higher.”",
        "“We will hire again in the spring,” she added.",
    ) == ["Dunmore Analytics", "Nadia Flores"]


def test_the_body_that_said_a_quote_keeps_it() -> None:
    assert speakers(
        "“The market is cooling faster than anyone expected,” said L.H. Pryce, a small "
        "research firm in Leeds.",
    ) == ["L.H. Pryce"]


def test_a_role_in_a_firm_is_no_appositive_body() -> None:
    index = NameIndex.build("A story", [
        "Tom Reed, a partner at the law firm, and Ann Cole, the bank manager, spoke first.",
    ])
    assert index.last_person((0, 40)) == "Tom Reed"
    assert index.last_person((0, 200)) == "Ann Cole"


def test_a_name_called_a_firm_is_not_a_person() -> None:
    index = NameIndex.build("A story", [
        "Sara Lind met the buyers. Hale Brothers, a family-owned grain firm, sold the mill.",
    ])
    assert index.last_person((0, 200)) == "Sara Lind"
    assert index.last_org((0, 200), (-2, 0)) == "Hale Brothers"
