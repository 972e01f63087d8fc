"""Text mode: a picture's caption among the paragraphs, known by the credit printed under it,
is no paragraph of the story; a credit printed over its picture's caption leaves the story's
paragraph above it alone."""

from __future__ import annotations

import pytest

from digests.clean import clean_text
from digests.clean.captions import is_caption, is_credit, is_wire_caption
from tests.clean.harbour_story import BODY

HEADLINE = "Harbour pier to be rebuilt after storm damage"
CAPTION = "The old pier seen from the ferry landing last winter."


def page(*parts: str) -> str:
    return "\n".join(parts)


@pytest.mark.parametrize("credit", [
    "Bild: dpa",
    "(Foto: picture alliance/dpa)",
    "Peter Klaunzer / Keystone",
    "Андрей Гордеев / Ведомости",
    "Ansa",
    "EFE",
    "Joana Ribeiro for TIME",
    "Sam Hodgson for The New York Times",
])
def test_a_caption_over_its_credit_is_dropped(credit: str) -> None:
    text = clean_text(page(HEADLINE, "By Ann Lee", BODY[0], CAPTION, credit, *BODY[1:]))
    assert CAPTION not in text.paragraphs
    assert text.paragraphs == BODY


def test_a_paragraph_over_a_credit_over_its_caption_stays() -> None:
    # HuffPost prints the credit first, then the caption: the line above the credit is the story.
    short = "“We were surprised by how calm it was,” said the harbour master."
    caption = ("Workers inspect the damaged deck of the old pier during a visit by the "
               "harbour authority on Tuesday, two days after the storm.")
    text = clean_text(page(HEADLINE, "By Ann Lee", BODY[0], short, "Jonathan Drake / Reuters.",
                           caption, *BODY[1:]))
    assert short in text.paragraphs


def test_a_caption_over_its_credit_above_a_dateline_alone_is_dropped() -> None:
    # CNN prints the dateline on a line of its own, between the credit and the story.
    text = clean_text(page(HEADLINE, "By Ann Lee, CNN", CAPTION, "Matt Yorke/AP", "CNN —", *BODY))
    assert text.paragraphs == BODY


def test_a_caption_over_its_credit_and_the_player_s_buttons_is_dropped() -> None:
    # NPR: the credit, the caption's buttons, the credit again, then the story's dateline.
    first = "GEORGETOWN, Maine — The harbour authority has signed a contract to rebuild it."
    text = clean_text(page(
        HEADLINE, "By Ann Lee", CAPTION, "Julia Brennan/Maine Public", "hide caption",
        "toggle caption", "Julia Brennan/Maine Public", first, *BODY[1:],
    ))
    assert text.paragraphs == [first, *BODY[1:]]


@pytest.mark.parametrize("line", [
    "Item 1 of 2 A man counts pound notes at an exchange office in Cairo, Egypt, March 6, 2024."
    " REUTERS/Amr Saleh/File Photo",
    "[1/2]A man counts pound notes at an exchange office in Cairo, Egypt, March 6, 2024."
    " REUTERS/Amr Saleh/File Photo Purchase Licensing Rights, opens new tab",
])
def test_a_wire_gallery_s_numbered_captions_are_captions(line: str) -> None:
    assert is_wire_caption(line)
    assert clean_text(page(HEADLINE, "By Ann Lee", line, *BODY)).paragraphs == BODY


@pytest.mark.parametrize("line", [
    "Prime Minister Mark Carney speaks to reporters in Ottawa on Sunday. (Adrian Wyld/The "
    "Canadian Press)",
    "Floodwaters have inundated homes and businesses in Taree.(ABC Mid North Coast: Luke Ryan)",
    "El fiscal general del Estado, Álvaro García Ortiz, a su llegada al Tribunal Supremo el "
    "pasado mes de enero EFE",
    # the photographer and the agency after a slash set apart, the name's capital accented
    "La ministre de l’Éducation nationale, Hélène Verdier, le 12 novembre 2026 à Paris. "
    "Ludovic Marin / AFP",
    "Residents bail water out of a ground floor in Campanillas, Málaga, on Friday. Álvaro "
    "Cabrera / EFE",
    # the photographer in capitals, working for the paper
    "Une parcelle de vignes arrachée près de Tautavel, le 21 novembre 2026. IDRISS "
    "BIGOU-GILLES POUR « LE MONDE »",
    "A vineyard plot ripped up near Tautavel on November 21. JOHN SMITH FOR THE DAILY POST",
])
def test_a_caption_with_its_credit_glued_on_is_a_caption(line: str) -> None:
    assert is_wire_caption(line)
    assert clean_text(page(HEADLINE, "By Ann Lee", "28 November 2026", line, *BODY)) \
        .paragraphs == BODY


@pytest.mark.parametrize("line", [
    "2. U.N. PANEL RULES FOR WIKILEAKS FOUNDER.",  # a numbered heading in capitals
    "Voters were asked to pick one. VOTE FOR CHANGE",
])
def test_a_heading_in_capitals_with_for_is_no_credit(line: str) -> None:
    assert not is_wire_caption(line)


def test_a_caption_over_its_credit_under_the_date_is_dropped_however_short_the_lead() -> None:
    # The lead picture between the header and the story: its caption is as long as the
    # story's first paragraph, yet no paragraph of it.
    lead = "Work on the old pier will start in March, the harbour authority said on Monday."
    caption = "Residents watch the demolition of the old pier from the ferry landing on Monday."
    text = clean_text(page(HEADLINE, "By Ann Lee", "28 November 2026", caption,
                           "Photo: Jane Roe / EFE", lead, *BODY[1:]))
    assert text.paragraphs == [lead, *BODY[1:]]


@pytest.mark.parametrize("line", [
    "The plan was announced by the minister (John Smith).",
    "He spoke to the press on Monday, according to Reuters",
    "Berlin / Brandenburg",
    "Mercedes / Daimler",
])
def test_prose_and_a_pair_of_places_are_no_credit(line: str) -> None:
    assert not is_wire_caption(line)
    assert not is_credit(line) or line.endswith("Reuters")


def test_the_summary_over_the_byline_and_a_credited_caption_is_the_standfirst() -> None:
    summary = "The harbour authority will rebuild the old pier within eighteen months."
    text = clean_text(page(
        "Skip to main content", "Home", "News", "Sport", "Business", HEADLINE, summary,
        "By Ann Lee", "Updated 09/06/2025 14:12", "Share", CAPTION, "Photo: Jane Roe/Reuters",
        *BODY,
    ))
    assert text.standfirst == [summary]
    assert text.paragraphs == BODY


@pytest.mark.parametrize("label", [
    "Comparte", "Condividi", "Поделиться", "Поддержать", "Реклама", "Duration 2:14",
    "Lea además:", "Читайте также:",
])
def test_buttons_and_labels_in_the_other_languages_are_chrome(label: str) -> None:
    text = clean_text(page(HEADLINE, "By Ann Lee", BODY[0], label, *BODY[1:]))
    assert text.paragraphs == BODY


@pytest.mark.parametrize("line", [
    # the photographer in capitals after the caption's last sentence
    "Un cartel de se alquila en un balcón del barrio de Lavapiés, en Madrid, el pasado "
    "febrero. CLAUDIO ÁLVAREZ",
    # the credit glued to the caption's last word by the scraper
    "Mirta Oyarzábal en el hall del Teatro Maipo, durante los ensayos de la obraSantiago "
    "Filipuzzi",
    # glued on, for the magazine
    "Walter Pasko at the helm of the Silver Heron, the last car ferry on the upper "
    "Niagara.Photograph by Marisol Teague for The New Yorker",
    # the photographer and the agency, through a picture library
    "Transmission lines outside Columbus, Ohio, where power rates rose 19 percent this year. "
    "Andrew Spear/Bloomberg via Getty Images",
])
def test_a_caption_with_a_photographers_credit_at_its_end_is_dropped(line: str) -> None:
    assert clean_text(page(HEADLINE, "By Ann Lee", "28 November 2026", BODY[0], line,
                           *BODY[1:])).paragraphs == BODY


@pytest.mark.parametrize("line", [
    "Why It Matters for Voters",
    "Votes for Women",
    "Voters were asked to pick one. VOTE FOR CHANGE",
])
def test_a_heading_with_for_or_a_slogan_in_capitals_is_no_credit(line: str) -> None:
    assert not is_credit(line)
    assert not is_caption(line)


def test_the_mark_that_ends_a_magazine_story_is_no_part_of_its_last_sentence() -> None:
    text = clean_text(page(HEADLINE, "By Ann Lee", *BODY[:-1], BODY[-1] + " ■"))
    assert text.paragraphs == BODY


def test_a_caption_under_its_credit_over_a_dateline_lead_is_dropped() -> None:
    """Agri-Pulse: the credit, the caption (a full sentence), a trial's pitch, then the story's
    first paragraph with its dateline; the caption is no paragraph of the story."""
    lead = "WASHINGTON, Sept. 17, 2025 – " + BODY[0]
    text = clean_text(page(
        HEADLINE, "By Hannah Corliss", "Sep 17, 2025", "Photo: Joshua Reed/Agri-Pulse",
        "Rep. Dale Whitford, R-Kan., chairs Wednesday's House Agriculture Committee markup.",
        "Get the latest ag policy news delivered to your inbox. Start your free trial of "
        "Agri-Pulse.",
        lead, *BODY[1:],
    ))
    assert text.paragraphs == [lead, *BODY[1:]]
