"""Text mode: a writer's name on its own line under the story's date ("27 ноября 2025, 16:12" /
"Ирина Кравцова"), a second writer on the next line, and a byline in lower case under a summary
("di Rosario Di Raimondo") is the byline; the headline again under its date, or a row of
buttons, is not."""

from __future__ import annotations

import pytest

from digests.clean import clean_text
from tests.clean.harbour_story import BODY

HEADLINE = "Harbour pier to be rebuilt after storm damage"
SUMMARY = "The old pier will reopen in two years under a contract signed on Monday"


def page(*parts: str) -> str:
    return "\n".join(parts)


@pytest.mark.parametrize(("under_date", "byline"), [
    (["Ann Lee"], "Ann Lee"),
    (["Ann Lee", "Tom Berg"], "Ann Lee, Tom Berg"),
    (["Ирина Кравцова"], "Ирина Кравцова"),
])
def test_names_under_the_date_are_the_byline(under_date: list[str], byline: str) -> None:
    text = clean_text(page(HEADLINE + " | Coast Herald", "Home", "News", HEADLINE, SUMMARY,
                           "27 November 2025, 16:12", *under_date, *BODY))
    assert text.byline == byline
    assert text.paragraphs == BODY


def test_published_and_updated_dates_above_the_name() -> None:
    text = clean_text(page(HEADLINE, "Published Wed, Oct 23 2024 7:31 AM EDT",
                           "Updated Wed, Oct 23 2024 11:02 AM EDT", "Leslie Josephs", *BODY))
    assert text.byline == "Leslie Josephs"


@pytest.mark.parametrize("line", ["Facebook Twitter Mail", "Pier Rebuild"])
def test_buttons_or_the_headline_under_the_date_are_no_byline(line: str) -> None:
    text = clean_text(page("Pier Rebuild - Coast Herald", "Home", "News", "14/01/2020", line,
                           *BODY))
    assert text.byline == ""


def test_a_lower_case_byline_under_a_summary_is_not_joined_to_it() -> None:
    text = clean_text(page(HEADLINE, SUMMARY, "di Rosario Di Raimondo",
                           "12 Febbraio 2026 alle 08:45", *BODY))
    assert text.byline == "Rosario Di Raimondo"
    assert all("Raimondo" not in paragraph for paragraph in text.paragraphs)
