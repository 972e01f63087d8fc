"""A body whose name joins runs of capitals with "for", "of" and "and" speaks by its whole name,
not its last run; two subjects joined by "and" are not one body."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def speaker(sentence: str) -> str | None:
    found = find_quotes(CleanArticle(title="A story", paragraphs=[
        "Winter fuel payments were cut for millions of pensioners last year.",
        f"{sentence} “Payments will be made as normal this year to everyone who qualifies.”",
    ]))
    return found[0].speaker


def test_a_department_named_for_its_portfolios_speaks_whole() -> None:
    assert speaker("The Department for Work and Pensions said:") \
        == "Department for Work and Pensions"
    assert speaker("The Department of Health and Social Care said:") \
        == "Department of Health and Social Care"
    assert speaker("The Department for Education said:") == "Department for Education"
    assert speaker("The Centers for Disease Control and Prevention said:") \
        == "Centers for Disease Control and Prevention"
    assert speaker("The Food and Drug Administration said:") == "Food and Drug Administration"


def test_a_body_and_a_person_are_two_subjects() -> None:
    assert speaker("Acme Bank and John Smith said:") == "John Smith"
    assert speaker("State Senate leader Phil Berger and House Speaker Tim Moore said:") \
        == "Tim Moore"


def test_a_department_that_lists_its_portfolios_with_commas_speaks_whole() -> None:
    assert speaker("A spokesperson for the Ministry of Housing, Communities and Local "
                   "Government said:") == "Ministry of Housing, Communities and Local Government"
    assert speaker("The Department for Digital, Culture, Media and Sport said:") \
        == "Department for Digital, Culture, Media and Sport"
    assert speaker("A spokesman for the Department for Business, Energy & Industrial "
                   "Strategy said:") == "Department for Business, Energy & Industrial Strategy"


def test_a_department_that_lists_its_portfolios_speaks_whole_after_the_verb() -> None:
    found = find_quotes(CleanArticle(title="A story", paragraphs=[
        "Farmers say the new payments come too late for this year's harvest.",
        "“We are looking at the scheme closely and will respond shortly,” said a spokesperson "
        "for the Department for Environment, Food and Rural Affairs.",
    ]))
    assert found[0].speaker == "Department for Environment, Food and Rural Affairs"


def test_people_listed_with_commas_are_no_body() -> None:
    assert speaker("Tom Hale, Sarah Lee and Mark Jones said:") == "Mark Jones"
