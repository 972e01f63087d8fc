"""Titles: the headline, never the site's name, a menu row or a piece of the headline."""

from __future__ import annotations

from digests.clean import clean_text

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
