"""Text mode when the scraper printed no document title: the page starts with a skip link, the
site's logo and its menu, and the headline comes further down, above the text."""

from __future__ import annotations

import pytest

from digests.clean import clean_text
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
