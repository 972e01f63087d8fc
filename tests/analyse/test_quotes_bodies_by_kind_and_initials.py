"""A body speaking by a noun for its kind ("the utility", "the company", "the church") is the body
the sentence before opened with, when no person is ever called by that noun, whatever it did
there ("Southern California Edison cut power…"); and a body speaking by its initials ("EIA") is
given the name the article spells out for them, brackets or not, as the fullest name."""

from __future__ import annotations

import pytest

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def who(*paragraphs: str) -> list[str | None]:
    article = CleanArticle(title="News", paragraphs=["Prices fell.", *paragraphs],
                           language="en")
    return [q.speaker for q in find_quotes(article)]


@pytest.mark.parametrize(("opening", "noun", "body"), [
    ("Southern California Edison cut power to 3,200 customers.", "utility",
     "Southern California Edison"),
    ("Halvorsen Realty Partners bought the tower in 2019.", "company",
     "Halvorsen Realty Partners"),
])
def test_a_body_called_by_its_kind_after_it_opened_a_sentence(
    opening: str, noun: str, body: str,
) -> None:
    assert who(opening, f'"We did what we had to do," the {noun} said in a statement.') \
        == [body]


def test_a_person_is_never_the_utility() -> None:
    assert who(
        "Jo Roe cut the power to her shop.",
        '"We did what we had to do," the utility said in a statement.',
    ) == ["the utility"]


def test_the_church_named_in_full_before() -> None:
    assert who(
        "Grace Fellowship Church was founded in 1950.",
        "Grace Fellowship has since installed a new committee.",
        '"We are a smaller church today, but an honest one," the church said.',
    ) == ["Grace Fellowship Church"]


@pytest.mark.parametrize(("named", "initials", "body"), [
    ("Prices rose, against the forecasts the U.S. Energy Information Administration published.",
     "The EIA, for its part, has not changed its view. \"Our outlook holds,\" the agency said.",
     "U.S. Energy Information Administration"),
    ("The Department for Environment, Food and Rural Affairs set out plans.",
     '"We are backing farmers," DEFRA said.',
     "Department for Environment, Food and Rural Affairs"),
    ("The Food and Drug Administration set out plans. Fiona Diaz Amos was there.",
     '"We are backing farmers," FDA said.', "Food and Drug Administration"),
])
def test_initials_are_given_the_name_spelt_out(named: str, initials: str, body: str) -> None:
    assert who(named, initials) == [body]


def test_initials_never_spelt_out_stay() -> None:
    assert who("Fiona Diaz Amos was there.", '"We are backing farmers," FDA said.') == ["FDA"]


def test_a_body_after_its_aside_of_what_it_is_known_as() -> None:
    assert who(
        "The Turkish American Society of Chicago, known by its acronym TASC, welcomed the "
        "resolution in a written statement.",
        '"Today the city we love recognized us as part of its fabric," the group said.',
    ) == ["Turkish American Society of Chicago"]


@pytest.mark.parametrize("firm", ["Harbor & Pine Capital", "Marcus & Millichap"])
def test_names_joined_by_an_ampersand_are_one_firm(firm: str) -> None:
    assert who(f'"We like the deal," said {firm} in a statement.') == [firm]
