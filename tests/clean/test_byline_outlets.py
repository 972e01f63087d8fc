"""Bylines: the outlet printed after the writer's name is no second writer: one opened by
"The", or the site's name as the page's logo prints it, with its bureau."""

from __future__ import annotations

import pytest

from digests.clean import clean_text
from digests.clean.bylines import clean_byline
from tests.clean.harbour_story import BODY

HEADLINE = "Harbour pier to be rebuilt after storm damage"


def page(*parts: str) -> str:
    return "\n".join(parts)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("By Rebecca Thorne, The Associated Press", "Rebecca Thorne"),
        ("Ann Lee and Tom Berg, The Texas Tribune", "Ann Lee and Tom Berg"),
    ],
)
def test_an_outlet_opened_by_the_is_cut_from_the_names(text: str, names: str) -> None:
    assert clean_byline(text) == names
    # A second writer after the comma stays.
    assert clean_byline("Ann Lee, Theo Berg") == "Ann Lee, Theo Berg"


def test_the_sites_name_and_bureau_after_the_name_are_no_second_writer() -> None:
    text = clean_text(page("Harbourwire", "Boston", "Dallas-Fort Worth", "Events", "Office",
                           HEADLINE, "September 9, 2025", "Kyle Brennan, Harbourwire Dallas",
                           *BODY))
    assert text.byline == "Kyle Brennan"
    # Under another logo, the line names two writers.
    other = clean_text(page("Coast Herald", "Boston", "Dallas-Fort Worth", "Events", "Office",
                            HEADLINE, "September 9, 2025", "Kyle Brennan, Tom Berg", *BODY))
    assert other.byline == "Kyle Brennan, Tom Berg"
