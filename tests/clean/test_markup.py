"""Markup a scraper printed as text (an embed code, a consent form) is no article's prose."""

from __future__ import annotations

import pytest

from digests.clean import clean_html, clean_text
from digests.clean.markup import is_markup
from tests.clean.harbour_story import BODY

CONSENT_FORM = (
    '<form class="third-party-services__configuration-form" method="post" id="form-1"> '
    '<input type="hidden" name="form_id" value="services" /> <blockquote class="twitter-tweet">'
    '<p lang="en" dir="ltr">The pier has stood for a hundred years and it will stand again.</p>'
    '</blockquote> <script async src="https://platform.twitter.com/widgets.js"></script>'
)
EMBED_CODE = (
    '<iframe width="476" height="267" src="https://harbour.example/video/embed/?pid=14030919" '
    'frameborder="0" allowfullscreen></iframe>'
)


@pytest.mark.parametrize("line", [CONSENT_FORM, EMBED_CODE, "<br/><br/>"])
def test_a_line_of_tags_is_markup(line: str) -> None:
    assert is_markup(line)


@pytest.mark.parametrize("line", [
    "Wrap the words in a <b> tag to make them bold, and in <i> to set them in italics.",
    "The vote was 5 <> 4, with one member absent and the chair abstaining.",
    "Prices fell to <$5 a share as trading opened on Monday.",
    "",
])
def test_prose_that_writes_a_tag_or_an_angle_bracket_is_not_markup(line: str) -> None:
    assert not is_markup(line)


def test_markup_inside_the_body_of_scraped_text_is_dropped() -> None:
    text = clean_text("\n\n".join(
        ["Harbour pier to be rebuilt", *BODY[:2], CONSENT_FORM, *BODY[2:], EMBED_CODE]))
    assert text.paragraphs == BODY


def test_markup_printed_as_text_in_a_page_is_dropped() -> None:
    escaped = CONSENT_FORM.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paragraphs = "".join(f"<p>{p}</p>" for p in [*BODY[:2], escaped, *BODY[2:]])
    page = (f"<html><head><title>Harbour pier to be rebuilt</title></head><body><article>"
            f"<h1>Harbour pier to be rebuilt</h1>{paragraphs}</article></body></html>")
    assert clean_html(page).paragraphs == BODY
