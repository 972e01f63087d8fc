"""The deck under a scraped page's headline: one line or two, over the byline, the date or an
audio player's lines, is the standfirst and no part of the text."""

from __future__ import annotations

from digests.clean import clean_text

MENU = ["Latest", "Markets", "Policy", "Research", "Newsletters", "Subscribe"]
TITLE = "Harbour authority drops its case against the ferry operator"
DECK = [
    "The authority said on Tuesday that the two-year inquiry into the operator had been closed.",
    "A councillor called the outcome overdue and asked the port to publish its findings.",
]
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


def test_a_deck_of_two_sentences_over_the_byline_is_the_standfirst() -> None:
    article = clean_text(page(*MENU, "Policy", TITLE, "", *DECK, "", "By Nadia Petrakis", "",
                              *BODY))
    assert article.title == TITLE
    assert article.standfirst == DECK
    assert article.paragraphs == BODY


def test_a_deck_of_two_lines_under_the_date_and_the_tools_row_is_the_standfirst() -> None:
    """Bloomberg Law: the headline, its dates, a row of tools, then the deck's two lines over
    the byline. The headline is the title, not the deck's second line."""
    headline = "Harbour Authority Drops Its Case Against the Ferry Operator"
    deck = ["Inquiry closed after two years without any action taken against the company",
            "Councillor says the outcome is overdue and asks the port to publish findings"]
    article = clean_text(page(
        "Skip to content", "Harbour News", *MENU, "", "Shipping Law", headline, "",
        "March 4, 2026, 4:05 PM EST", "Updated: March 4, 2026, 6:30 PM EST", "",
        "Listen", "Copy link", "Print", "Email", "Share", "", *deck, "",
        "By Julia Harmon and Marcus Feld", "", *BODY,
    ))
    assert article.title == headline
    assert article.standfirst == deck
    assert article.paragraphs == BODY


def test_a_sentence_over_a_credited_caption_is_no_deck_of_two_lines() -> None:
    caption = "Ferries stayed in the harbour on Wednesday morning. LP/Nadia Benhamou"
    article = clean_text(page(*MENU, TITLE, DECK[0], caption, "By Julia Harmon", *BODY))
    assert caption not in article.standfirst


def test_an_agency_s_note_in_brackets_over_the_byline_is_no_deck() -> None:
    note = "(ATTN: ADDS comments from the ministry's spokesperson in paras 6-8, details throughout)"
    article = clean_text(page(*MENU, TITLE, "All News 16:41 October 14, 2026", note,
                              "By Kang Yoo-jin", *BODY))
    assert article.standfirst == []


def test_a_deck_over_an_audio_player_the_date_and_the_byline_is_the_standfirst() -> None:
    """Politico Europe: the player's "Press play to listen" lines and the date stand between
    the deck and the byline."""
    first = "BRUSSELS — " + BODY[0]
    article = clean_text(page(
        "POLITICO", *MENU, "NEWS", "EU Budget", TITLE, DECK[0],
        "Press play to listen to this article", "Voiced by artificial intelligence.",
        "November 28, 2026 6:04 pm CET", "By Giulia Ferrante and Jakob Lindqvist",
        first, *BODY[1:],
    ))
    assert article.standfirst == [DECK[0]]
    assert article.paragraphs == [first, *BODY[1:]]


RELEASE_TITLE = "Transit agency to open its first rapid bus line on Jan. 11"
SUBHEAD = "New line will connect the downtown with the medical center and the community college"
RELEASE_BODY = [
    "MILLBROOK, Ohio – Tri-River Connect will open its first bus rapid transit line on Sunday, "
    "Jan. 11, the agency announced Thursday.",
    "The new line replaces the current local route, which carried about 4,200 riders a day in "
    "2025, making it the agency's busiest route.",
]


def test_a_press_release_s_subhead_over_its_dateline_is_the_standfirst() -> None:
    article = clean_text(page(RELEASE_TITLE, SUBHEAD, *RELEASE_BODY))
    assert article.title == RELEASE_TITLE
    assert article.standfirst == [SUBHEAD]
    assert article.paragraphs == RELEASE_BODY


def test_a_subhead_under_a_release_s_header_is_the_standfirst() -> None:
    article = clean_text(page(
        "FOR IMMEDIATE RELEASE", "November 20, 2026",
        "Media contact: Keisha Arnott, Communications Manager",
        "(555) 318-4400 | media@ridetrc.org", RELEASE_TITLE, SUBHEAD, *RELEASE_BODY,
    ))
    assert article.standfirst == [SUBHEAD]
    assert article.paragraphs == RELEASE_BODY


def test_a_sentence_over_the_dateline_stays_the_text() -> None:
    lead = "The agency says the line will cut the trip downtown by a third for most riders."
    article = clean_text(page(RELEASE_TITLE, lead, *RELEASE_BODY))
    assert article.standfirst == []
    assert article.paragraphs == [lead, *RELEASE_BODY]


def test_a_deck_of_three_sentences_over_the_byline_is_the_standfirst() -> None:
    deck = ("Die Hafenbehörde stellt ihre Ermittlungen ein. Die Reederei muss nichts zahlen. "
            "Ein Stadtrat spricht von einem überfälligen Schritt.")
    article = clean_text(page(*MENU, "Mobilität", TITLE, deck, "Von Lena Petersen",
                              "Aktualisiert am 29. November 2026, 10:14 Uhr", *BODY))
    assert article.standfirst == [deck]
    assert article.paragraphs == BODY


def test_a_deck_over_the_date_a_reading_time_and_the_byline_is_the_standfirst() -> None:
    article = clean_text(page(
        *MENU, TITLE, DECK[0], "12. März 2026, 18:42 Uhr", "Lesezeit: 4 Min.",
        "Von Katharina Brenninger und Tobias Aichner", "Anhören", "Merken", "Teilen", *BODY,
    ))
    assert article.standfirst == [DECK[0]]
    assert article.paragraphs == BODY


def test_a_deck_over_the_byline_and_an_audio_player_s_lines_is_the_standfirst() -> None:
    article = clean_text(page(
        *MENU, TITLE, DECK[0], "Thandeka Mabuza", "Journalist",
        "Published 14 March 2025 at 17:42", "Share", "Save", "Listen to this article",
        "00:00", "Audio generated by AI", *BODY,
    ))
    assert article.standfirst == [DECK[0]]
    assert article.paragraphs == BODY


def test_a_deck_over_the_byline_a_time_and_date_line_and_buttons_is_the_standfirst() -> None:
    deck = ("A councillor says the investigation of the company that runs the boats took too long "
            "and cost the port dearly")
    article = clean_text(page(
        *MENU, TITLE, deck, "News", "By Amber Hicks", "Trends Reporter",
        "15:42, 3 Mar 2026 Updated 16:10, 3 Mar 2026", "Bookmark", *BODY,
    ))
    assert article.standfirst == [deck]
    assert article.paragraphs == BODY


def test_a_deck_over_the_byline_and_two_word_buttons_is_the_standfirst() -> None:
    article = clean_text(page(
        *MENU, TITLE, DECK[0], "Par Claire Dumoulin (Perpignan, envoyée spéciale)",
        "Publié le 28 novembre 2026 à 05h30", "Lecture 5 min.", "Offrir l’article",
        "Ajouter à vos sélections", "Partager", *BODY,
    ))
    assert article.standfirst == [DECK[0]]
    assert article.paragraphs == BODY
