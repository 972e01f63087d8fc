"""The credits a wire or a newsroom prints under its story: who reported and edited it
("Reporting by …; Editing by …"), who helped ("— With assistance from …"), what a later
version added ("(Updates with …)"), a German editor's initials over the agencies used."""

from __future__ import annotations

import pytest

from digests.clean import clean_html, clean_text
from digests.clean.chrome import is_sign_off
from tests.clean.harbour_story import BODY

HEADLINE = "Harbour pier to be rebuilt after storm damage"


@pytest.mark.parametrize("line", [
    "Reporting by Francesco Canepa and Balazs Koranyi; Editing by Catherine Evans",
    "(Reporting by Ann Lee in Kelby; Additional reporting by Tom Berg; Writing by Jo Roe)",
    "Editing by Catherine Evans",
    "— With assistance from Paul-Alain Hunt",
    "(Updates with comment from analyst in 10th paragraph.)",
    "sk/pg (dpa, afp, br)",
])
def test_a_wire_credit_is_a_sign_off(line: str) -> None:
    assert is_sign_off(line)


@pytest.mark.parametrize("line", [
    "Reporting by the numbers shows a rise in crime.",
    "Editing by machines is common now, she said.",
    "The updates with the new figures were published on Monday.",
])
def test_prose_about_reporting_or_updates_is_no_sign_off(line: str) -> None:
    assert not is_sign_off(line)


def test_the_credit_under_a_story_is_no_paragraph() -> None:
    credit = "Reporting by Ann Lee; Editing by Tom Berg"
    text = clean_text("\n".join([HEADLINE, "By Ann Lee", *BODY, credit]))
    assert text.paragraphs == BODY
    body = "".join(f"<p>{paragraph}</p>" for paragraph in [*BODY, credit])
    page = (f"<html><head><title>{HEADLINE} | Coast Herald</title></head><body><article>"
            f"<h1>{HEADLINE}</h1>{body}</article></body></html>")
    assert clean_html(page).paragraphs == BODY
