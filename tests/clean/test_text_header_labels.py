"""Text mode: labels and names a template prints around the headline, mistaken for the header."""

from __future__ import annotations

import pytest

from digests.clean import clean_text
from tests.clean.harbour_story import BODY

HEADLINE = "Harbour pier to be rebuilt after storm damage"


def page(*parts: str) -> str:
    return "\n\n".join(parts)


@pytest.mark.parametrize("above", [
    ["Coast Herald"],  # the publication's name, printed as a logo
    ["Community Notes"],  # a section's name of two words
    ["Our Topic Pages", ":"],  # a label, then a stray colon
])
def test_a_short_name_printed_over_the_headline_is_not_the_title(above: list[str]) -> None:
    text = clean_text(page(*above, HEADLINE, "By Dana Lee", *BODY))
    assert text.title == HEADLINE
    assert text.paragraphs == BODY


def test_a_short_headline_over_its_labels_glued_to_it_again_stays_the_title() -> None:
    text = clean_text(page(
        "Pier Rebuilt", "Exclusive Harbour Works Pier Rebuilt Updated 3 May", *BODY,
    ))
    assert text.title == "Pier Rebuilt"


def test_a_short_name_over_a_lead_sentence_stays_the_title() -> None:
    # No headline-shaped line between the short first line and the text: nothing to prefer.
    text = clean_text(page("Pier Rebuilt", *BODY))
    assert text.title == "Pier Rebuilt"
    assert text.paragraphs == BODY


CAPTION = "Crews lift the broken deck of the old pier onto a barge on Tuesday morning."


@pytest.mark.parametrize("credit", ["(Photo by Sam Berg)", "(Sam Berg)", "(Sam K. Berg)"])
def test_a_caption_with_its_credit_printed_first_is_not_the_title(credit: str) -> None:
    text = clean_text(page(f"{CAPTION} {credit}", HEADLINE, *BODY))
    assert text.title == HEADLINE
    assert text.paragraphs == BODY


@pytest.mark.parametrize("credit", ["(Sam Berg)", "(Coast Herald Archive)"])
def test_a_caption_ending_in_a_bracketed_name_is_not_body(credit: str) -> None:
    text = clean_text(page(HEADLINE, BODY[0], BODY[1], f"{CAPTION} {credit}", *BODY[2:]))
    assert text.paragraphs == BODY


@pytest.mark.parametrize("closing", [
    "The works were approved by the council on Monday. (All figures in euros)",
    "The works were approved by the council on Monday (see the map above).",
])
def test_a_paragraph_ending_in_other_brackets_stays(closing: str) -> None:
    text = clean_text(page(HEADLINE, *BODY, closing))
    assert text.paragraphs == [*BODY, closing]


def test_a_long_headline_in_title_case_that_ends_as_a_sentence_is_not_body() -> None:
    headline = (
        "The Old Harbour Pier Has Been Closed For Years. But What Will The New One Look Like?"
    )
    text = clean_text(page("Latest News", headline, *BODY))
    assert text.title == headline
    assert text.paragraphs == BODY


def test_a_long_first_sentence_in_ordinary_case_stays_body() -> None:
    first = (
        "The Old Harbour pier has been closed for years, and the town still asks what the new "
        "one will look like."
    )
    text = clean_text(page(first, *BODY))
    assert text.paragraphs[0] == first


@pytest.mark.parametrize("dated", [
    "Local Saturday, 29 August 2020", "LocalSaturday, 29 August 2020",
])
def test_a_section_label_with_the_days_date_is_not_the_title(dated: str) -> None:
    text = clean_text(page(dated, HEADLINE, *BODY))
    assert text.title == HEADLINE


def test_a_headline_that_names_a_date_stays_the_title() -> None:
    headline = "Harbour storm of 29 August 2020 remembered"
    assert clean_text(page(headline, *BODY)).title == headline


def test_a_menu_printed_one_entry_to_a_line_is_not_the_title() -> None:
    # A scraper that printed no document title starts at the menu; its entries are no title.
    menu = ["Home", "Local", "World", "Business", "Sport", "Download the Coast Herald App"]
    text = clean_text("\n".join([*menu, HEADLINE, "By Dana Lee", *BODY]))
    assert text.title == HEADLINE
    assert text.paragraphs == BODY


def test_a_short_document_title_over_a_menu_stays_the_title() -> None:
    text = clean_text("\n".join(["Harbour Pier", "Home", "About us", "Members", "Contact",
                                 *BODY]))
    assert text.title == "Harbour Pier"
