"""Text mode: what stands around a byline does not hide it. A picture's caption between the
deck and the byline, a reading time on the date line under a bare name, today's date in the
page's top over the headline, a caption without a credit over a "By" line; and the writer's
job under a name is no second writer."""

from __future__ import annotations

import pytest

from digests.clean import clean_text
from tests.clean.harbour_story import BODY

HEADLINE = "Harbour pier to be rebuilt after storm damage"
DECK = ("Facing years of delays, the port has signed a contract to rebuild the pier that a "
        "storm closed three winters ago.")
CAPTION = ("Workers inspect the damaged pier in Portsmouth on Feb. 23, 2025. "
           "(AP Photo/Dana Lee)")


def page(*parts: str) -> str:
    return "\n".join(parts)


@pytest.mark.parametrize("kicker", [[], ["News"]])
def test_a_caption_between_the_deck_and_the_byline_leaves_the_byline(kicker: list[str]) -> None:
    text = clean_text(page(*kicker, HEADLINE, DECK, CAPTION, "March 3, 2025", "By Dana Lee",
                           *BODY))
    assert text.byline == "Dana Lee"
    assert "By Dana Lee" not in text.paragraphs
    assert text.paragraphs[-len(BODY):] == BODY


@pytest.mark.parametrize("date", [
    "Updated Thu, May 15, 2025, 4:21 PM 3 min read",
    "Published Thursday, May 15, 2025, 4:21 PM · 6 min read",
])
def test_a_bare_name_over_a_date_with_the_reading_time_is_the_byline(date: str) -> None:
    text = clean_text(page(HEADLINE, "Dana Lee", date, *BODY))
    assert text.byline == "Dana Lee"
    assert text.paragraphs == BODY


def test_todays_date_over_the_headline_is_no_list_of_stories() -> None:
    # The page's top prints today's date; under the headline, the writer's name over the date.
    text = clean_text(page("COAST HERALD", "Home", "Latest", "Business",
                           "Today's Paper | March 12, 2025", HEADLINE, "Dana Lee",
                           "Published March 12, 2025", "Updated about 3 hours ago", *BODY))
    assert text.byline == "Dana Lee"
    assert text.paragraphs == BODY
    # Under the headline, more dates still make a list of other stories.
    listed = clean_text(page(HEADLINE, "Dana Lee", "March 12, 2025",
                             "Ferry fares to rise in spring", "March 11, 2025", *BODY))
    assert listed.byline == ""


def test_the_writers_job_under_the_name_is_no_second_writer() -> None:
    text = clean_text(page(HEADLINE, DECK, "Mon Aug 11 2025 - 18:45", "Dana Lee",
                           "Political Correspondent", *BODY))
    assert text.byline == "Dana Lee"


def test_a_by_line_under_an_uncredited_caption_and_a_long_date_is_the_byline() -> None:
    caption = ("A nurse prepares a dose of the vaccine at a clinic in Lubbock, Texas, on "
               "Tuesday, as officials urge parents to act")
    date = "Oct. 14, 2025, 6:02 PM EDT / Updated Oct. 14, 2025, 8:47 PM EDT"
    text = clean_text(page(HEADLINE, DECK, caption, date, "By Dana Lee and Tom Berg", *BODY))
    assert text.byline == "Dana Lee and Tom Berg"
    assert "By Dana Lee and Tom Berg" not in text.paragraphs
