"""Titles: the headline, never the site's name, a menu row or a piece of the headline."""

from __future__ import annotations

import pytest

from digests.clean import clean_html, clean_text
from digests.clean.titles import title_runs

BODY = [
    "The city council voted on Tuesday to close the old harbour bridge to cars from the spring, "
    "after engineers found cracks in two of its supporting piers.",
    "Buses and cyclists will still be allowed to cross, and the council said it would review "
    "the decision once the repairs, expected to take eighteen months, are finished.",
    "Shop owners on both banks said they feared losing customers, while residents welcomed "
    "the prospect of quieter streets during the long summer evenings.",
]


def text_page(document_title: str, heading: str, logo: str = "Harbour Gazette") -> str:
    return "\n".join([
        document_title,
        "",
        logo,
        "Home",
        "News",
        "Sport",
        "",
        heading,
        "",
        "By Ann Lee",
        "",
        *BODY,
        "",
        "Related stories",
        "Ferry timetable changes next week",
        "",
        f"© 2026 {logo}",
    ])


def test_text_title_keeps_a_dash_that_belongs_to_the_headline() -> None:
    heading = "Harbour bridge closes to cars – buses may still cross"
    article = clean_text(text_page(f"{heading} – Harbour Gazette", heading))
    assert article.title == heading


def test_text_title_is_not_a_tagline_that_repeats_a_piece_of_it() -> None:
    heading = "No summer market on the harbour front this year"
    article = clean_text(text_page(f"{heading} | Harbour Market", heading,
                                   logo="Harbour Market\non the harbour front"))
    assert article.title == heading


def test_text_title_keeps_a_kicker_the_heading_repeats() -> None:
    heading = "Bridge works - Council closes the old harbour bridge to cars"
    article = clean_text(text_page(f"{heading} - Harbour Gazette", heading))
    assert article.title == heading


def html_page(head: str, banner: str, article_heading: str) -> str:
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in BODY)
    return (
        f"<html><head>{head}</head><body><header>{banner}<nav><a href='/'>Home</a></nav>"
        f"</header><main><article>{article_heading}{paragraphs}</article></main></body></html>"
    )


def test_html_title_drops_the_site_name_from_the_declared_title() -> None:
    head = ("<meta property='og:title' content='Harbour bridge closes to cars - Harbour Gazette'>"
            "<meta property='og:site_name' content='Harbour Gazette'>")
    page = html_page(head, "<h1>Main menu</h1><h1>Local news</h1>", "<h2>Other stories</h2>")
    assert clean_html(page, "https://news.example/bridge").title == "Harbour bridge closes to cars"


def test_html_title_is_not_a_banner_heading_linking_home() -> None:
    head = "<title>Harbour Notes » Blog Archive » Why the harbour bridge closes</title>"
    banner = "<h1><a href='https://harbour-notes.example/'>Harbour Notes</a></h1>"
    page = html_page(head, banner, "<h2>Why the harbour bridge closes</h2>")
    article = clean_html(page, "https://harbour-notes.example/2026/bridge")
    assert article.title == "Why the harbour bridge closes"


def test_html_title_leaves_out_a_label_inside_the_heading() -> None:
    head = "<meta property='og:title' content='Council closes the old harbour bridge to cars'>"
    heading = ("<h1><span>Local News</span> | "
               "<span>Council closes the old harbour bridge to cars</span></h1>")
    page = html_page(head, "", heading)
    assert clean_html(page).title == "Council closes the old harbour bridge to cars"


def test_text_title_is_the_document_title_not_a_menu_row_the_page_repeats() -> None:
    # The page's heading reads differently from its document title, and its menu is printed
    # twice (desktop and mobile): the repeated row is not the headline.
    menu = "North Shore West End Old Town Harbour Front"
    page = "\n".join([
        "Council closes the harbour bridge to cars - Harbour Gazette",
        "", menu, "Log in", "", menu, "Weather",
        "", "Bridge to close for repairs",
        "", *BODY,
    ])
    assert clean_text(page).title == "Council closes the harbour bridge to cars"


def test_text_title_opening_with_a_kicker_is_still_the_document_title() -> None:
    # "VIDEO: ..." reads like a link's or a credit's label, but the scraper's first line is the
    # document title; only labels (an ad marker, a menu word) come before it.
    title = "VIDEO: Council closes the harbour bridge to cars"
    assert clean_text(text_page(title, "Bridge to close for repairs")).title == title


def test_text_title_loses_a_separator_left_dangling_by_an_empty_site_name() -> None:
    article = clean_text(text_page("About the harbour trust |", "Who we are and what we do"))
    assert article.title == "About the harbour trust"


def test_text_title_keeps_a_question_after_a_dash() -> None:
    # No line repeats the title: its parts are judged by themselves, and a site's name never
    # ends in a question mark.
    title = "Harbour bridge repairs - What do drivers need to know?"
    assert clean_text("\n\n".join([title, *BODY])).title == title


HEADLINE = "Harbour bridge closes to cars after cracks found in its piers"


def test_text_title_is_not_a_sites_award_line_printed_first() -> None:
    page = "\n".join(["Tue 3 Mar 2026", "", "2025 newspaper of the year", "", HEADLINE, "",
                      *BODY])
    assert clean_text(page).title == HEADLINE


def test_text_title_is_not_a_follower_count_printed_first() -> None:
    for counter in ("412,5 тыс подписчиков", "12.4K followers", "3 Mio. Abonnenten"):
        assert clean_text("\n".join([counter, HEADLINE, *BODY])).title == HEADLINE


def test_text_title_is_not_an_app_pitch_printed_first() -> None:
    page = "\n".join(["Get all your news in one place.", "Hundreds of magazines.", "One app.",
                      "Start reading", "", HEADLINE, "", *BODY])
    assert clean_text(page).title == HEADLINE


def test_text_title_is_not_a_row_of_menu_words_glued_together() -> None:
    page = "\n".join(["HG Latest NewsHG NEWSLocal NewsWorldSPORT", "", HEADLINE, "", *BODY])
    assert clean_text(page).title == HEADLINE


def test_text_title_may_hold_a_brand_written_in_camel_case() -> None:
    heading = "YouTube and LinkedIn fined over iPhone tracking"
    assert clean_text("\n".join([heading, *BODY])).title == heading


def test_text_that_opens_with_its_first_sentence_under_a_counter_has_no_title() -> None:
    # No headline printed: the first line is the story's first sentence, not a title.
    first = ("The harbour bridge will close to cars from spring after cracks were found, the "
             "council said.")
    article = clean_text("\n".join(["12.4K followers", first, *BODY]))
    assert article.title == ""
    assert article.paragraphs == [first, *BODY]


def test_text_title_keeps_a_second_clause_after_a_dash() -> None:
    # With no line repeating it, the document title's parts are judged by themselves: a clause
    # with a verb and lower-case words ("der Senat hat ...") is part of the headline, wherever
    # the longer part stands; a short name at the end is the site's.
    for title, headline in (
        ("Hafenbrücke ist gesperrt - Senat hat Sanierung beschlossen",
         "Hafenbrücke ist gesperrt - Senat hat Sanierung beschlossen"),
        ("Brücke gesperrt: Ende der Geduld - Senat beschließt Sanierung der alten Hafenbrücke",
         "Brücke gesperrt: Ende der Geduld - Senat beschließt Sanierung der alten Hafenbrücke"),
        ("Senat sperrt die Hafenbrücke - die Geschichte eines Verfalls | Hafenblatt",
         "Senat sperrt die Hafenbrücke - die Geschichte eines Verfalls"),
        ("Harbour bridge closes - no cars allowed until spring - Harbour Gazette",
         "Harbour bridge closes - no cars allowed until spring"),
    ):
        assert clean_text("\n\n".join([title, *BODY])).title == headline


def test_text_title_still_drops_a_short_site_name_after_a_dash() -> None:
    for title, headline in (
        ("Harbour bridge closes to cars after cracks found - Harbour Gazette",
         "Harbour bridge closes to cars after cracks found"),
        ("Hafenbrücke wird ab Frühjahr für Autos gesperrt – Hafenblatt Online",
         "Hafenbrücke wird ab Frühjahr für Autos gesperrt"),
        ("Harbour bridge closes to cars | The Harbour Times of Kiel",
         "Harbour bridge closes to cars"),
        ("Harbour bridge closes to cars - harbour gazette", "Harbour bridge closes to cars"),
        ("Harbour bridge closes to cars | Local news | Harbour Gazette",
         "Harbour bridge closes to cars"),
        ("Harbour bridge closes to cars – Ann Lee's blog", "Harbour bridge closes to cars"),
        ("Harbour bridge closes to cars « BLOG OFF!", "Harbour bridge closes to cars"),
    ):
        assert clean_text("\n\n".join([title, *BODY])).title == headline


LONG_HEADLINE = "Harbour bridge closes to cars after engineers find cracks in two of its piers"


@pytest.mark.parametrize("top", [
    ["21.5 C", "Kiel", "Tuesday, 3 March 2026"],  # a weather widget: a reading, a city, a date
    ["Tue 3 Mar 2026", "@ Contact us", "Story so far"],  # a contact label
    ["info@harbour-gazette.example", "Local"],
    ["Harbour Gazette - UK", "Harbour Gazette - UK", "World"],  # the logo, printed twice
])
def test_text_title_of_a_page_without_a_document_title_is_not_chrome(top: list[str]) -> None:
    # The page printed no document title; the headline stands right above the text.
    page = "\n".join([*top, "", HEADLINE, "", *BODY])
    assert clean_text(page).title == HEADLINE
    # A long headline passes for a lead: without a document title it is still the headline.
    page = "\n".join([*top, "", LONG_HEADLINE, "", *BODY])
    article = clean_text(page)
    assert article.title == LONG_HEADLINE
    assert LONG_HEADLINE not in article.paragraphs


def test_text_title_is_empty_rather_than_chrome_when_no_line_is_a_title() -> None:
    page = "\n".join(["21.5 C", "Kiel", "", *BODY])
    assert clean_text(page).title == ""


@pytest.mark.parametrize("mark", ["▷ ", "► ", "✅ ", "★ "])
def test_a_pictogram_set_before_the_title_for_search_results_is_not_the_headline(
    mark: str,
) -> None:
    # "▷ Felix Neureuther vor der Ski-WM: …" in the document title: the site's decoration in
    # search results, not a character of the headline.
    heading = "Council closes the old harbour bridge to cars"
    # No heading over the body: the title is read off the document title.
    article = clean_text(text_page(f"{mark}{heading} | Harbour Gazette", "Local news"))
    assert article.title == heading
    page_html = (f"<html><head><title>{mark}{heading} | Harbour Gazette</title></head><body>"
                 f"<article><h1>{heading}</h1>" + "".join(f"<p>{p}</p>" for p in BODY)
                 + "</article></body></html>")
    assert clean_html(page_html).title == heading


def test_a_title_is_cut_into_the_runs_of_its_parts() -> None:
    assert sorted(title_runs("Pier reopens | Local | Coast Herald")) == sorted([
        "Pier reopens | Local | Coast Herald", "Pier reopens | Local", "Local | Coast Herald",
        "Pier reopens", "Local", "Coast Herald",
    ])


def test_a_page_printed_on_one_line_is_no_title_of_many_runs() -> None:
    # A scraper that drops line breaks prints the whole page as the first line: its parts
    # between separators would make n(n+1)/2 runs, each as long as the page.
    page = " | ".join(f"Story {i} of the day, told at some length" for i in range(200))
    assert title_runs(page) == [page]
    article = clean_text(page)
    assert "Story 199 of the day" in article.text or "Story 199 of the day" in article.title
