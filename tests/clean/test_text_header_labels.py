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

