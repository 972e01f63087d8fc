"""A politician called by home state and office or party right after being named ("the Arizona
Democrat said", "the Florida senator told reporters"): that person, when they are the one person
in view; else the epithet as written, "the" and all, never its capitalised words as a name."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def speakers(*paragraphs: str) -> list[str | None]:
    article = CleanArticle(title="A budget fight", paragraphs=list(paragraphs), language="en")
    return [q.speaker for q in find_quotes(article)]


def test_a_party_epithet_is_the_politician_just_named() -> None:
    assert speakers(
        "Sen. Mary Colton toured a school in Tucson on Monday.",
        "Ms. Colton, who sits on the budget committee, called the plan “reckless.”",
        "“This bill takes money from our classrooms,” the Arizona Democrat said.",
    ) == ["Mary Colton"]


def test_an_office_epithet_is_the_politician_just_named() -> None:
    assert speakers(
        "Sen. Mark Rubin spoke to farmers in Ocala on Tuesday.",
        "“Nobody here asked for this tax,” the Florida senator said.",
    ) == ["Mark Rubin"]


def test_an_epithet_two_people_may_fit_stays_a_description() -> None:
    assert speakers(
        "Sen. Mark Rubin spoke to farmers in Ocala on Tuesday.",
        "“Nobody here asked for this tax,” the Florida senator said.",
        "Rep. Jane Holt of Ohio disagreed.",
        "“The tax is fair,” the Ohio Republican said.",
    ) == ["Mark Rubin", "the Ohio Republican"]


def test_an_epithet_goes_to_the_subject_of_its_own_paragraph() -> None:
    assert speakers(
        "Sen. Mark Rubin spoke to farmers in Ocala on Tuesday.",
        "“Nobody here asked for this tax,” the Florida senator said.",
        "Rep. Jane Holt of Ohio disagreed. “The tax is fair,” the Ohio Republican said.",
    ) == ["Mark Rubin", "Jane Holt"]


def test_another_of_a_kind_is_nobody_named() -> None:
    quoted = speakers(
        "Party insiders were split on the result.",
        "“The polls were wrong,” another New Hampshire Republican added.",
    )
    assert quoted == ["another New Hampshire Republican"]
