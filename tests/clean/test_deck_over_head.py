"""The deck over the header's byline or date in scraped text, with a picture's caption, the
date or the site's buttons between them: the standfirst, however short, and no part of the
text; the caption under it no paragraph either. A story's first paragraph over its second stays
body, whatever word the second opens with."""

from __future__ import annotations

from digests.clean import clean_text
from tests.clean.test_text_decks import BODY, page

MENU = ["Accueil", "Actualités", "Faits divers", "Politique", "Sports", "Abonnez-vous"]
TITLE = "Harbour authority drops its case against the island ferry operator"
DECK = "The authority closed its two-year inquiry on Tuesday without taking any action."


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


def test_a_deck_that_shares_a_phrase_with_the_first_paragraph_is_the_standfirst() -> None:
    deck = "Ferry boss, 59, left the harbour master with a broken arm after a row over a £14 fare"
    first = ("A ferry boss who attacked a harbour master in a row over a £14 fare has been "
             "jailed for two years at the crown court on Friday.")
    article = clean_text(page(*MENU, "Court", TITLE, deck, "By Liam Thorne", "Court reporter",
                              "16:12, 13 Mar 2025", first, *BODY))
    assert article.standfirst == [deck]
    assert article.paragraphs == [first, *BODY]


def test_a_wire_s_deck_over_a_caption_and_the_story_s_dateline_is_the_standfirst() -> None:
    deck = "The governor said the port would take the icebreaker in until mid-March"
    first = ("MURMANSK, November 29. /TASS/. The new icebreaker will spend its first winter in "
             "the port at the start of December, after its last convoy of the season.")
    article = clean_text(page(*MENU, TITLE, deck, "The icebreaker in Kola Bay",
                              "© Lev Fedoseev/TASS", first, *BODY))
    assert article.standfirst == [deck]
    assert article.paragraphs[0] == first


def test_a_deck_over_the_tools_a_caption_and_the_byline_with_its_times_is_the_standfirst() -> None:
    deck = ("A ferry that ran for forty years sold fewer than 900 tickets in its last season. "
            "A new operator has doubled that in six weeks.")
    article = clean_text(page(
        *MENU, TITLE, deck, "Listen to this article · 7:12 min Learn more", "Share full article",
        "312", "Ruth Dane at the quay in 1961, the year the ferry first sailed.Credit...Dane "
        "family", "By Priya Raman", "Reporting from Porthaven", "Aug. 13, 2025",
        "Updated 5:04 p.m. ET", *BODY))
    assert article.standfirst == [deck]
    assert article.paragraphs[-len(BODY):] == BODY
    assert deck not in article.paragraphs


def test_a_caption_and_its_credit_between_the_deck_and_the_dates_leave_the_text() -> None:
    caption = ("Les marins ont déployé une banderole devant l'entrée du port, lundi 23 novembre "
               "2026. | OUEST-FRANCE")
    article = clean_text(page(*MENU, "Santé", TITLE, DECK, caption, "Ouest-France Yann LE DANTEC.",
                              "Publié le 24/11/2026 à 18h42", "Modifié le 24/11/2026 à 19h15",
                              "Écouter", "Partager", *BODY))
    assert article.standfirst == [DECK]
    assert article.paragraphs == BODY


def test_the_writer_s_name_and_outlet_between_dots_is_no_summary_bullet() -> None:
    deck = "Minister calls walkout 'premature'; union says the port is at the breaking point"
    article = clean_text(page(*MENU, "Montreal", TITLE, deck, "Verity Sauvé · CBC News ·",
                              "Posted: Nov 26, 2026 4:12 PM EST | Last Updated: 2 hours ago",
                              "Social Sharing", *BODY))
    assert article.standfirst == [deck]


def test_a_deck_over_the_date_and_a_key_points_box_is_the_standfirst() -> None:
    deck = ("The harbour master insists the port will not back down again after a councillor "
            "resigned in protest at the decision to pause the works.")
    points = ["Port insists 'no more U-turns' after works climbdown",
              "Harbour councillor Tom Greaves resigns over the pause"]
    article = clean_text(page(*MENU, "Politics", TITLE, deck, "Friday 28 November 2026 16:40, UK",
                              "Key points", *points, *BODY))
    assert article.standfirst[0] == deck
    assert deck not in article.paragraphs
