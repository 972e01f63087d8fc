"""The deck over the header's byline or date in scraped text, with a picture's caption, the
date or the site's buttons between them: the standfirst, however short, and no part of the
text; the caption under it no paragraph either. A story's first paragraph over its second stays
body, whatever word the second opens with."""

from __future__ import annotations

from digests.clean import clean_text

MENU = ["Accueil", "Actualités", "Faits divers", "Politique", "Sports", "Abonnez-vous"]
TITLE = "Harbour authority drops its case against the island ferry operator"
DECK = "The authority closed its two-year inquiry on Tuesday without taking any action."
BODY = [
    "The harbour authority has closed its inquiry into the island ferry operator without "
    "taking any action against it, according to a letter the company published on Wednesday.",
    "The operator said the inquiry had cost it more than a million pounds in legal fees and "
    "two years of planning, and that it had cooperated fully from the start.",
    "Local traders welcomed the news but asked for the timetable to stay as it is during the "
    "summer, when most visitors come to the island and the market is busiest.",
]


def page(*parts: str) -> str:
    return "\n".join(parts)


def test_a_deck_over_a_credited_caption_and_the_byline_is_the_standfirst() -> None:
    caption = "The ferries stayed in the harbour on Wednesday morning. LP/Nadia Benhamou"
    article = clean_text(page(*MENU, "Faits divers", TITLE, DECK, caption, "Par Julien Morel",
                              "Le 25 novembre 2026 à 11h32", *BODY))
    assert article.standfirst == [DECK]
    assert article.paragraphs == BODY


def test_a_deck_without_a_full_stop_over_the_date_and_the_byline_is_the_standfirst() -> None:
    """Not a picture's caption in its place, which its credit in brackets ends."""
    deck = "Traders say the authority gave them no warning and little explanation"
    article = clean_text(page(*MENU, "News", TITLE, deck, "27 Nov 2026", "By Jocelyn Harwood",
                              "Share:", *BODY))
    assert article.standfirst == [deck]
    assert article.paragraphs == BODY
    caption = "A guide leads visitors through the harbour during a trial night tour. (SPA)"
    article = clean_text(page(*MENU, "News", TITLE, caption, "27 Nov 2026",
                              "By Jocelyn Harwood", "Share:", *BODY))
    assert caption not in article.standfirst


def test_a_wire_s_deck_without_a_byline_over_its_date_is_the_standfirst() -> None:
    deck = "Felt across the island. No damage reported, the port closed for checks"
    article = clean_text(page(*MENU, TITLE, deck, "Redazione", "PORTHAVEN", "29 novembre 2026",
                              "07:42", "Facebook", "Whatsapp", *BODY))
    assert article.standfirst == [deck]
    assert article.paragraphs == BODY


def test_a_deck_of_three_sentences_over_a_date_under_a_long_label_is_the_standfirst() -> None:
    deck = ("Overnight, the island lost its only ferry. The authority blames the operator. "
            "Traders fear for the summer.")
    article = clean_text(page(*MENU, TITLE, deck, "Mis à jour le 11 octobre 2025 à 20h05",
                              "Partager", *BODY))
    assert article.standfirst == [deck]
    assert article.paragraphs == BODY


def test_a_first_paragraph_over_one_that_opens_with_by_stays_body() -> None:
    second = ("By voting to delay the tax, the council knocked out the pillar of the harbour's "
              "budget, and the operator says it will now have to raise its fares.")
    first = "The harbour has survived two storms and a decade of cuts to its budget."
    body = [first, second, *BODY]
    article = clean_text(page(*MENU, TITLE, *body))
    assert article.standfirst == []
    assert article.paragraphs == body
