"""Text mode: a writer's name printed without "By" or a date, and the labels beside it."""

from __future__ import annotations

from digests.clean import clean_text
from tests.clean.harbour_story import BODY

HEADLINE = "Harbour pier to be rebuilt after storm damage"


def page(*parts: str) -> str:
    return "\n\n".join(parts)


def test_a_one_word_bullet_over_the_writers_name_is_not_the_byline() -> None:
    # A section's name printed as a bullet above the writer's: a byline names a person.
    text = clean_text(page("- Waterfront", "- Dana Lee", *BODY))
    assert text.byline == "Dana Lee"
