"""Text mode: the headline is the line over the article's byline or date, not the furniture
a site prints over it (a tagline, a metering line, a ticker, a cookie banner)."""

from __future__ import annotations

import pytest

from digests.clean import clean_text
from tests.clean.harbour_story import BODY

HEADLINE = "Harbour pier to be rebuilt after storm damage"
DECK = "The city will share the cost with the regional government. Works start in March."
MENU = ["Home", "News", "Sport", "Business", "Opinion", "Culture"]


def page(*parts: str) -> str:
    return "\n".join(parts)


@pytest.mark.parametrize("top", [
    ["Coast Herald", "Independent Local Journalism Since 1971", *MENU],  # a masthead's tagline
    ["Coast Herald", "Award-winning, nonpartisan reporting on the issues facing our coast.",
     *MENU],
    [*MENU, "You have /5 articles left.", "Sign up for a free account or log in.", "Harbour"],
    [*MENU, "Just In", "Council confirms new budget chief", "Ferry fares to rise in spring",
     "Local"],  # a ticker of other stories' headlines
    ["Coast Herald - breaking news, weather and sport", *MENU],  # the site's own title
])
def test_the_headline_over_the_byline_is_the_title_not_the_furniture_above(
        top: list[str]) -> None:
    text = clean_text(page(*top, HEADLINE, DECK, "By Dana Lee - 11/28/26 3:14 PM ET", *BODY))
    assert text.title == HEADLINE
    assert text.standfirst == [DECK]
    assert text.paragraphs == BODY


@pytest.mark.parametrize("head", [
    ["Dana Lee", "22 November 2026"],  # a bare name over the date
    ["Published Nov 20, 2026"],
])
def test_a_date_line_under_the_headline_anchors_it_too(head: list[str]) -> None:
    text = clean_text(page("Coast Herald", "The Global Window on Coastal News", *MENU,
                           "EUROPE", "HARBOURS", HEADLINE, *head, *BODY))
    assert text.title == HEADLINE
    assert text.paragraphs == BODY


def test_a_headline_of_two_sentences_over_its_deck_is_the_title() -> None:
    headline = "The pier was supposed to reopen last summer. A year later, it is still closed."
    text = clean_text(page(headline, DECK, "Dana Lee", "Staff Writer", "Published Nov 20, 2026",
                           *BODY))
    assert text.title == headline
    assert text.standfirst == [DECK]
    assert text.paragraphs == BODY


@pytest.mark.parametrize("top", [
    ["This copy is for your personal, non-commercial use only. To order presentation-ready "
     "copies for distribution to your colleagues, clients or customers visit "
     "https://www.djreprints.com."],
    ["Sign in to your Coast Herald account"],
])
def test_a_banner_or_notice_over_the_headline_is_not_the_title(top: list[str]) -> None:
    text = clean_text(page(*top, *MENU, HEADLINE, DECK, "By Dana Lee", *BODY))
    assert text.title == HEADLINE
    assert text.byline == "Dana Lee"


def test_a_topic_list_over_the_byline_is_no_headline() -> None:
    text = clean_text(page(*MENU, "You have /5 articles left.", "Harbour", HEADLINE, DECK,
                           "Related Topics",
                           "Housing, Planning, Labour Party, Conservative Party",
                           "By Dana Lee", *BODY))
    assert text.title == HEADLINE
