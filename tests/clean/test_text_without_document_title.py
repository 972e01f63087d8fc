"""Text mode when the scraper printed no document title: the page starts with a skip link, the
site's logo and its menu, and the headline comes further down, above the text."""

from __future__ import annotations

import pytest

from digests.clean import clean_text
from digests.clean.reader_notices import is_reader_notice
from tests.clean.harbour_story import BODY

HEADLINE = "Harbour pier to be rebuilt after storm damage"
MENU = ["Home", "News", "Sport", "Business", "Culture", "Opinion", "Weather"]


def page(*parts: str) -> str:
    return "\n".join(parts)


@pytest.mark.parametrize("skip_link", [
    "Skip Navigation",
    "Zum Hauptinhalt springen",
    "Direkt zum Inhalt",
    "Aller au contenu principal",
    "Ir al contenido",
    "Ir para o conteúdo",
    "Vai al contenuto principale",
    "Перейти к основному содержанию",
])
def test_a_skip_link_is_no_title(skip_link: str) -> None:
    text = clean_text(page(skip_link, *MENU, HEADLINE, "By Ann Lee", *BODY))
    assert text.title == HEADLINE
    assert text.paragraphs[0] == BODY[0]


@pytest.mark.parametrize("logo", ["COAST HERALD", "la Gazzetta", "Coast Herald 24", "Газета.Ru"])
def test_the_sites_logo_over_its_menu_is_no_title(logo: str) -> None:
    text = clean_text(page(logo, *MENU, HEADLINE, "By Ann Lee", *BODY, "Copyright 2025 " + logo))
    assert text.title == HEADLINE
    assert text.paragraphs[0] == BODY[0]


def test_the_logo_named_as_the_writer_is_still_a_logo() -> None:
    text = clean_text(page("Coast Herald", *MENU, HEADLINE, "Text by:", "COAST HERALD", *BODY))
    assert text.title == HEADLINE


def test_a_breadcrumb_a_search_prompt_and_a_long_menu_entry_are_no_title() -> None:
    text = clean_text(page(
        "Skip to main content", "Home", "News", "Ideas and Debates", "Weather", "Sport",
        "Search quotes, news & videos", "Create free account", "News / Local",
        HEADLINE, *BODY,
    ))
    assert text.title == HEADLINE


@pytest.mark.parametrize("crumbs", ["Accueil Actualité Éducation", "Startseite Politik Ausland"])
def test_a_breadcrumb_without_its_marks_is_no_title(crumbs: str) -> None:
    # Over a headline, its summary and the "By" line; the breadcrumb is in title case, the
    # headline is not: still no deck under a title-case headline.
    summary = "The harbour authority will rebuild the old pier within eighteen months."
    buttons = ["Listen to this article", "00:00/05:48", "Copy link", "Share", "Comment", "127"]
    text = clean_text(page(
        "Coast Herald", "Menu", "Search", "Subscribe", "Log in", "News", "Politics", "Business",
        "Culture", "Sport", "Coast Herald Premium", crumbs, HEADLINE, summary, "By Ann Lee",
        "Published 27/11/2026 at 18:42", *buttons, *BODY,
    ))
    assert text.title == HEADLINE


def test_a_kicker_with_its_colon_is_no_title() -> None:
    text = clean_text(page("Skip to main content", *MENU, "Storm damage:", HEADLINE, *BODY))
    assert text.title == HEADLINE


def test_a_consent_notice_in_russian_is_no_title() -> None:
    text = clean_text(page(
        "Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с условиями",
        *MENU, HEADLINE, *BODY,
    ))
    assert text.title == HEADLINE


@pytest.mark.parametrize("title", [
    "Pier Rebuild",  # short, and printed again as the heading over the text
    "Pier rebuild – Coast Herald",  # a document title's shape, the site's name apart
])
def test_a_short_document_title_over_a_menu_stays_the_title(title: str) -> None:
    heading = title.partition(" – ")[0]
    text = clean_text(page(title, *MENU, heading, *BODY))
    assert text.title == heading


SUMMARY = "The council will spend $4m on a new pier after winter storms tore away half the old one."


def test_the_headline_is_the_line_over_the_by_line_a_summary_apart() -> None:
    # A logo with an article before it, a menu, sections: the headline stands over its
    # summary and the "By" line, whatever the page printed first.
    text = clean_text(page(
        "Skip to sections navigation", "Skip to content", "Skip to footer", "The Coast Herald",
        "close", "Search Site", "Sections", "Network", "Subscribe", "Log in", "Our Network",
        "Advertisement", "National", "NSW", "Health", HEADLINE, SUMMARY, "By Ann Lee",
        "November 12, 2025 — 5.47pm", "Save", "Share", "Normal text size", "Larger text size",
        "Advertisement", *BODY,
    ))
    assert text.title == HEADLINE
    assert HEADLINE not in text.paragraphs


def test_a_headline_in_title_case_over_a_dek_without_a_full_stop_is_the_title() -> None:
    headline = "Harbour Pier to Be Rebuilt After Storm Damage"
    text = clean_text(page(
        "Skip to Main Content", "Skip to... Select", "Coast Media, a Harbour Group company",
        *MENU, "Markets", "Stocks", headline,
        "Council approves $4m plan; work starts in spring", "By Ann Lee",
        "Updated March 6, 2025 5:08 pm ET", *BODY,
    ))
    assert text.title == headline


def test_a_pictures_caption_above_the_headline_is_neither_title_nor_text() -> None:
    caption = "Workers inspect the damaged pier at Harbour Point on Tuesday morning."
    text = clean_text(page(
        "Skip to Main Content", "COAST HERALD", *MENU, "The Friday Cover", "Close", caption,
        "Jane Cole/COAST HERALD", "Q&A", HEADLINE, SUMMARY, "By Ann Lee",
        "06/13/2025 05:00 AM EDT", *BODY,
    ))
    assert (text.title, text.byline) == (HEADLINE, "Ann Lee")
    assert caption not in text.paragraphs


# A long menu, one entry to a line: more than the reach within which a logo's headline is sought.
LONG_MENU = [f"{desk} {n}" for n in range(9) for desk in ("Topic", "Area", "Desk", "Beat", "Ward")]
DECK = "Council says work will start in spring and take two years"


def test_a_market_strip_is_no_title() -> None:
    """"S&P 500 5,688.42 -0.48%" has no word of two letters: it ended the search for a title,
    and the deck became the title. A market reading is skipped, as is one with words."""
    text = clean_text(page(
        "Coast Herald", *MENU, "Dow 41,892.10 -0.61%", "S&P 500 5,688.42 -0.48%",
        "Gold 2,314.60 +0.19%", "Home", "Markets", HEADLINE, DECK, "By", "Ann Lee", *BODY,
    ))
    assert text.title == HEADLINE


@pytest.mark.parametrize("labels", [
    ["Coast Herald Desktop Logo", "Coast Herald Mobile Logo"],
    ["Coast Herald", *MENU, "Site Search Toggle", "Mega Menu Toggle"],
    ["Toggle navigation"],
    ["Coast Herald - Back to home"],
])
def test_a_logos_or_a_buttons_label_is_no_title(labels: list[str]) -> None:
    text = clean_text(page(*labels, *LONG_MENU, HEADLINE, "Ann Lee", "12 May 2025", *BODY))
    assert text.title == HEADLINE
    assert text.paragraphs[0] == BODY[0]


@pytest.mark.parametrize("strip", [
    "Home | News | Sport | Business | Local",
    "Harbour Athletic 1-4 Kelderton City",
])
def test_a_menu_on_one_line_or_a_score_is_no_title(strip: str) -> None:
    text = clean_text(page(strip, *MENU, HEADLINE, "Ann Lee", "12 May 2025", *BODY))
    assert text.title == HEADLINE


def test_a_document_title_with_a_menu_row_in_it_keeps_its_headline() -> None:
    text = clean_text(page(f"{HEADLINE} | Local | Coast Herald", *MENU, HEADLINE, *BODY))
    assert text.title == HEADLINE


def test_the_logo_the_footer_prints_again_is_still_a_logo() -> None:
    """The site's name comes again under the text, over the copyright line: that does not make
    the logo a title the page repeats as its heading."""
    text = clean_text(page(
        "Coast Herald", "Sign in", *MENU, HEADLINE, "By", "Ann Lee", *BODY,
        "Contact Us", "Coast Herald", "© 2025 Coast Media Group",
    ))
    assert text.title == HEADLINE


def test_the_section_printed_again_over_the_headline_is_no_title() -> None:
    text = clean_text(page(
        "Skip to main content", "Support the Coast Herald", *MENU, "Harbour Life",
        "Support us", "Harbour Life", "This article is more than 1 month old", HEADLINE,
        "By Ann Lee", *BODY,
    ))
    assert text.title == HEADLINE


FRENCH_BODY = [
    "Le conseil municipal a voté mardi soir un budget de quatre millions d'euros pour "
    "reconstruire la jetée du port.",
    "Les travaux doivent commencer au printemps et durer deux ans, selon la mairie, qui promet "
    "de garder le port ouvert.",
]


def test_a_dashed_section_label_over_a_headline_in_guillemets_is_no_title() -> None:
    """The label was taken for a document title ("Section - Site"), and a headline that quotes
    in « » was cut at them as at a title's separators."""
    headline = "Le maire promet un port « plus sûr » avant l'hiver"
    text = clean_text(page(
        "Ports", "Plages", "Météo", "Vidéos", "Ports - Côte d'Opale", "Abonnés", headline,
        "Le chantier durera deux ans.", "Anne Leroy", "Publié le 11 octobre 2025 à 18h42",
        *FRENCH_BODY,
    ))
    assert text.title == headline


def test_a_sites_tagline_over_its_menu_is_no_title() -> None:
    """Reuters prints its tagline where a document title would stand; the headline is the line
    over the "By" line further down."""
    text = clean_text(page(
        "Skip to main content",
        "Exclusive news, data and analytics for financial market professionals",
        "Learn more about Refinitiv", "Reuters home", *MENU, "Legal", "Litigation",
        HEADLINE, "By Ann Lee and Tom Berg", "October 14, 2026 7:31 PM UTC", *BODY,
    ))
    assert text.title == HEADLINE
    assert text.byline == "Ann Lee and Tom Berg"


@pytest.mark.parametrize("tag", ["Prime minister's questions", "Harbour Pro Rata", "Free Sign Up"])
def test_a_series_tag_under_the_menu_is_no_title_nor_a_byline(tag: str) -> None:
    """The Guardian's series tag, an Axios newsletter's name: a few words the menu runs into,
    over the headline (a date between them)."""
    text = clean_text(page(
        "Skip to main content", *MENU, tag, "Nov 24, 2026 - Energy & Environment", HEADLINE,
        *BODY,
    ))
    assert text.title == HEADLINE
    assert text.byline == ""


def test_a_short_headline_right_under_the_menu_stays_the_title() -> None:
    text = clean_text(page(*MENU, "Harbour pier rebuilt", "By Ann Lee", *BODY))
    assert text.title == "Harbour pier rebuilt"


def test_a_russian_agencys_date_in_capitals_is_no_title() -> None:
    body = [
        "КИРОВ, 13 марта. /ТАСС/. Движение по мосту через реку Вятку планируется восстановить "
        "к 1 июня, сообщил министр транспорта региона.",
        "По словам министра, стоимость работ составит около 340 млн рублей, средства выделят "
        "из областного бюджета.",
    ]
    headline = "Мост через Вятку откроют для легковых машин к 1 июня"
    text = clean_text(page("ТАСС", "Главная", "Политика", "В мире", "Экономика", "Общество",
                           "13 МАР, 11:20", "Обновлено 13 МАР, 12:05", headline, *body))
    assert text.title == headline


def test_a_deck_without_a_full_stop_over_the_by_line_is_the_standfirst() -> None:
    """Headline, a deck written as a headline, the "By" line: the deck is no title (the headline
    had been lost altogether)."""
    deck = "Harbour chiefs blame each other for the delay as winter storms loom"
    text = clean_text(page("Menu", "Pier repair talks collapse", deck, "By Ann Lee", *BODY))
    assert text.title == "Pier repair talks collapse"
    assert text.standfirst == [deck]
    assert text.byline == "Ann Lee"


def test_a_note_of_how_long_ago_the_story_was_published_is_no_title() -> None:
    """Over a short headline and its summary, it would be taken for the headline over a deck."""
    text = clean_text(page("The Harbour Gazette", *MENU, "This was published 3 hours ago",
                           "Pier repair talks collapse",
                           "The pier has been closed since the storm in March.",
                           "By Ann Lee", *BODY))
    assert text.title == "Pier repair talks collapse"
    assert is_reader_notice("This was published 3 hours ago")
