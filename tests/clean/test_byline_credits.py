"""Bylines that print more than the writers: an editor's or a reviewer's credit, the writer's
job in an element of its own, a live blog's lead words."""

from __future__ import annotations

import pytest

from digests.clean import clean_html, clean_text
from digests.clean.bylines import clean_byline
from tests.clean.harbour_story import BODY as STORY
from tests.clean.test_html_body_bylines import page, paragraphs


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Sam Okafor, Edited by Priya Lal", "Sam Okafor"),
        ("By Karina Voss edited by Dean Calloway", "Karina Voss"),
        ("Reported by Deepa Shankar, Edited by Rohan Mitra", "Deepa Shankar"),
        ("By Lorna Reid, HealthDay Reporter Medically Reviewed by Neha Patel, MD", "Lorna Reid"),
        ("By Ann Lee Fact-checked by Tom Berg", "Ann Lee"),
        ("Live reporting by Hannah Okafor", "Hannah Okafor"),
    ],
)
def test_an_editor_s_credit_after_the_names_is_no_writer(text: str, names: str) -> None:
    assert clean_byline(text) == names


def test_html_byline_box_with_an_editor_s_credit_names_the_writer() -> None:
    box = (
        '<div class="byline"><div>By <a href="/author/sam-okafor/">Sam Okafor</a>, '
        '<span>Edited by <a href="/author/priya-lal/">Priya Lal</a></span></div>'
        '<div class="timestamps">Updated Mar 4, 2026, 11:02 a.m. UTC</div></div>'
    )
    head = "<meta name='author' content='Sam Okafor'>"
    article = clean_html(page(box + paragraphs(STORY), head), "https://example.org/a")
    assert article.byline == "Sam Okafor"


def test_text_byline_of_a_live_page_names_its_reporter() -> None:
    article = clean_text("\n".join([
        "Harbour pier to be rebuilt after storm damage",
        "Live reporting by Hannah Okafor",
        *STORY,
    ]))
    assert article.byline == "Hannah Okafor"
    assert article.paragraphs == STORY
