"""Another story's headline glued to the end of a paragraph, in text and HTML mode."""

from __future__ import annotations

import pytest

from digests.clean import clean_html, clean_text
from digests.clean.glued_headlines import without_glued_headline
from tests.clean.harbour_story import BODY

HEADLINE = "Harbour pier to be rebuilt after storm damage"
LINKED = "Ferry Company Announces Winter Timetable With Fewer Crossings to Islay."


def page(*parts: str) -> str:
    return "\n\n".join(parts)


def test_a_title_case_headline_closing_a_paragraph_is_cut_in_text_mode() -> None:
    text = clean_text(page(HEADLINE, HEADLINE, BODY[0], f"{BODY[1]} {LINKED}", *BODY[2:]))
    assert text.paragraphs == BODY


def test_a_title_case_headline_closing_a_paragraph_is_cut_in_html_mode() -> None:
    paragraphs = [BODY[0], f"{BODY[1]} <a href='/ferry-timetable'>{LINKED}</a>", *BODY[2:]]
    inner = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    html = f"""<!DOCTYPE html><html><head><title>{HEADLINE} | Coast Herald</title></head>
<body><article><h1>{HEADLINE}</h1>
{inner}
</article></body></html>"""
    assert clean_html(html).paragraphs == BODY


@pytest.mark.parametrize("paragraph", [
    # the story's own last sentence names people and places, with a verb in lower case
    BODY[1] + " The contract was signed by Harbour Master Jane Doe and Mayor Peter Brown.",
    # names after a label are a credits line
    BODY[1] + " Director: Jane Doe · Cast: Peter Brown, Mary Smith and Julia Roberts",
    # a quotation ends the paragraph
    BODY[1] + " “Welcome Back, Ferry Passengers Of Islay And Jura,” the banner read.",
    # too little before it to be a paragraph of its own
    "The pier reopens. Ferry Company Announces Winter Timetable With Fewer Crossings.",
    # the stop of an abbreviation ("St.", "Mt.", an initial) ends no sentence: the capitalised
    # words after it finish a sentence that began in lower case
    "Visitors can tour the old mill, the river boathouse, historic St. Louis, Mo., and the"
    " Regional National Archives Personnel Records Center.",
    "The choir sang at the opening of the new hall, a gift to the town from the Mary M."
    " Donnelly Memorial Concert Hall Building Foundation.",
])
def test_a_paragraph_ending_in_capitalised_names_stays(paragraph: str) -> None:
    assert without_glued_headline(paragraph) == paragraph
