"""The lines a site sets under or inside every story (its close, a correction's note, a link's
label for screen readers) and captions that end in their credit: no part of the story."""

from __future__ import annotations

import pytest

from digests.clean import chrome, clean_html, clean_text
from tests.clean.harbour_story import BODY


@pytest.mark.parametrize("line", [
    "Sign up here.",
    "Get in touch with our news team by emailing us at webnews@harbourtimes.example.",
    "For more stories like this, check our news page.",
    "For more on Rachel Dunmore, pick up this week's issue of PEOPLE, on newsstands Friday.",
    "Story developing ...",
    "Originally Published -- 10:15 AM PT",
    "View this post on Instagram",
    "Story continues",
    "Correction: An earlier version of this story gave the wrong capacity for the stadium.",
])
def test_a_site_s_close_under_every_story_is_chrome(line: str) -> None:
    assert chrome.is_chrome(line)


@pytest.mark.parametrize("line", [
    "Sign up here for the ferry, the harbour master said, and 400 residents did.",
    "For more than a decade the harbour's story continued to draw visitors.",
    "The correction to the harbour wall was finished in a week.",
    "Residents can view this post on the council's notice board until Friday.",
])
def test_story_sentences_that_share_their_words_are_not_chrome(line: str) -> None:
    assert not chrome.is_chrome(line)


def test_captions_ending_in_their_credit_are_no_paragraphs() -> None:
    text = clean_text("\n".join([
        "Harbour landlord fined over cold flats", "By Ann Lee",
        "Lorraine Baptiste said her flat on Quay Road dropped to 5 degrees in January. "
        "Stephen Yang for NY Post",
        "Jaden Roe and Charlotte Vance at the harbour gala in 2025. Getty Images",
        "Hugh Carrow/Harbour Basin Ledger via Imagn Images",
        *BODY,
    ]))
    assert text.paragraphs == BODY


def test_a_link_s_label_for_screen_readers_leaves_the_sentence() -> None:
    sentence = ("Shares in Acme Plc (ACME.L){} rose 5% on Monday after the harbour operator "
                "won the contract to run the ferry for another ten years.")
    page = ("<html><head><title>Acme wins ferry contract</title></head><body><article>"
            "<h1>Acme wins ferry contract</h1>"
            + "".join(f"<p>{p}</p>" for p in [sentence.format(
                '<a href="/q"><span>, opens new tab</span></a>'), *BODY])
            + "</article></body></html>")
    assert clean_html(page).paragraphs[0] == sentence.format("")
    scraped = clean_text("\n".join([
        "Acme wins ferry contract", "By Ann Lee", sentence.format(", opens new tab"), *BODY]))
    assert scraped.paragraphs[0] == sentence.format("")
