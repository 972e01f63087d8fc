"""Text mode at the start of an article: what a template prints on or above its first lines."""

from __future__ import annotations

import pytest

from digests.clean import clean_text
from tests.clean.harbour_story import BODY

HEADLINE = "Harbour pier to be rebuilt after storm damage"


def page(*parts: str) -> str:
    return "\n".join(parts)


@pytest.mark.parametrize(("document_title", "dateline"), [
    (HEADLINE + " - Coast Herald", "Coast Herald – "),
    (HEADLINE + " | Coast Herald", "Coast Herald- "),
    (HEADLINE, "Coast-Herald.com - "),  # a domain names the site without a document title
    (HEADLINE, "(harbour-news.co.uk) "),
])
def test_the_sites_name_as_a_dateline_is_cut(document_title: str, dateline: str) -> None:
    text = clean_text(page(
        document_title, "Home", "News", HEADLINE, dateline + BODY[0], *BODY[1:],
    ))
    assert text.paragraphs[0] == BODY[0]


@pytest.mark.parametrize("opening", [
    "Coast Herald – ",  # not the site's name: a name the story opens with
    "Amazon.com – ",  # the domain-like name, but the sentence runs on in lower case
])
def test_a_name_before_a_dash_that_is_not_the_sites_dateline_stays(opening: str) -> None:
    rest = BODY[0] if opening.startswith("Coast") else BODY[0][0].lower() + BODY[0][1:]
    first = opening + rest
    text = clean_text(page(
        HEADLINE + " - Harbour Times", "Home", "News", HEADLINE, first, *BODY[1:],
    ))
    assert text.paragraphs[0] == first


@pytest.mark.parametrize("icons", [
    "clock menu more-arrow no yes",
    "search close chevron-down share",
])
def test_a_row_of_icon_names_is_not_the_title(icons: str) -> None:
    # An icon sprite's labels, printed first by a scraper that printed no document title.
    text = clean_text(page(icons, "", "Filed under:", "", HEADLINE, "", *BODY))
    assert text.title == HEADLINE
    assert icons not in text.text
    assert text.paragraphs == BODY


@pytest.mark.parametrize("tracker", ["comscore ", "Quantcast "])
def test_a_tracking_pixels_word_glued_to_the_title_is_not_part_of_it(tracker: str) -> None:
    text = clean_text(page(
        tracker + HEADLINE + " | Coast Herald", "Top News", "", *BODY,
    ))
    assert text.title == HEADLINE
    assert text.paragraphs == BODY


@pytest.mark.parametrize("teaser", [
    "Mayor Ruth Hale: «We cannot wait another winter for the pier» ",
    'Politik | Mayor Ruth Hale: "We cannot wait another winter for the pier" ',
])
def test_a_teasers_headline_glued_to_the_first_paragraph_is_cut(teaser: str) -> None:
    # A headline of the "Speaker: «quote»" kind runs straight into the text: no stop after the
    # quotation, where a sentence that quotes someone has one.
    text = clean_text(page(HEADLINE, "Home", "News", teaser + BODY[0], *BODY[1:]))
    assert text.paragraphs[0] == BODY[0]


@pytest.mark.parametrize("first", [
    'Mayor Ruth Hale: "We cannot wait another winter." ' + BODY[0],
    'Mayor Ruth Hale: "We cannot wait another winter", she said, as ' + BODY[0].lower(),
])
def test_a_first_paragraph_opening_on_a_quotation_stays(first: str) -> None:
    text = clean_text(page(HEADLINE, "Home", "News", first, *BODY[1:]))
    assert text.paragraphs[0] == first


TEASERS = [
    "Ferry timetable changes for the winter season",
    "The ferry company has published its timetable for the coming winter months today.",
    "New bus line links the station with the hospital",
    "A new bus line will connect the railway station with the hospital from next spring.",
]


@pytest.mark.parametrize("heading", [
    "Lees ook", "Meer uit Binnenland", "Baca juga", "Berita terkait", "Ayrıca okuyun",
    "İlginizi Çekebilir", "Veja também", "Notícias relacionadas", "Leggi anche",
    "Articoli correlati",
])
def test_a_related_stories_heading_in_more_languages_ends_the_article(heading: str) -> None:
    text = clean_text(page(HEADLINE, "", *BODY, "", heading, "", *TEASERS))
    assert text.paragraphs == BODY


def test_a_video_players_fallback_notice_is_not_body() -> None:
    notice = "Your browser does not support the video tag."
    text = clean_text(page(HEADLINE, "", *BODY[:2], notice, *BODY[2:]))
    assert text.paragraphs == BODY


def test_a_related_heading_the_article_repeats_over_its_inline_links_does_not_end_it() -> None:
    # "Read also:" over a linked headline, more than once inside the text: the last one is not
    # the block of other stories that closes the page.
    text = clean_text(page(
        HEADLINE, "", BODY[0], "Leggi anche:", TEASERS[0], BODY[1], BODY[2], "Leggi anche:",
        TEASERS[2], "Marta Rossi", BODY[3], "©RIPRODUZIONE RISERVATA",
        "A note from the editor goes here, for example:",
        '"Everyone has the right to freedom of opinion and expression; this right includes..."',
    ))
    assert BODY[3] in text.paragraphs


@pytest.mark.parametrize("credit", [
    "Jane Doe/Getty Images",  # photographer and agency, glued to the bracket
    "Harbour Authority/Coast Police ",  # a slash, a space before the bracket
    "iStock",  # glued to the bracket without a slash
])
def test_a_pictures_credit_before_a_bracketed_dateline_is_cut(credit: str) -> None:
    first = "(PORT ELLEN, Islay) -- " + BODY[0]
    # A blank line apart from the headline: a line opening in lower case would go on with it.
    text = clean_text(page(HEADLINE, "Home", "News", HEADLINE, "", credit + first, *BODY[1:]))
    assert text.paragraphs[0] == first


@pytest.mark.parametrize("first", [
    "PORT ELLEN (AP) -- " + BODY[0],  # the dateline's city, then the agency
    "PORT ELLEN(AP) -- " + BODY[0],  # the same, with the space lost
    "Harbour Authority (PORT ELLEN) -- " + BODY[0],  # no slash, not glued: not known for a credit
])
def test_a_dateline_with_its_city_stays_whole(first: str) -> None:
    text = clean_text(page(HEADLINE, "Home", "News", HEADLINE, first, *BODY[1:]))
    assert text.paragraphs[0] == first


def test_the_headline_printed_again_with_a_full_stop_is_not_body() -> None:
    text = clean_text(page(HEADLINE, "Home", "News", HEADLINE, "", HEADLINE + ".", "", *BODY))
    assert text.paragraphs == BODY


def test_a_long_line_of_dates_and_times_over_the_body_is_no_lead() -> None:
    text = clean_text(page(
        HEADLINE + " | Coast Herald", "World", "Business", HEADLINE, "By Dana Lee",
        "March 7, 2024 1:45 PM GMT+1 Updated 3 hours ago", *BODY,
    ))
    assert text.paragraphs == BODY


def test_a_disclosure_over_an_academic_s_article_is_no_paragraph() -> None:
    text = clean_text(page(
        HEADLINE, "Author", "Dana Lee", "Lecturer in Coastal Engineering, Harbour University",
        "Disclosure statement",
        "Dana Lee receives funding from the Coastal Research Council.", *BODY,
    ))
    assert text.paragraphs == BODY


def test_a_site_s_name_that_labels_an_interviewer_s_turns_stays_on_the_first() -> None:
    # "Harbour Gazette:" opens the interviewer's every turn: on the first paragraph it is the
    # speaker's label, no dateline to cut.
    turns = [
        "Harbour Gazette: Minister, the deficit has doubled in two years. How will you close it?",
        "Lee: We will not raise taxes. We will cut spending where it does the least harm.",
        "Harbour Gazette: The opposition says your plan will hit the poorest hardest.",
        "Lee: That is simply not true. Pensions and child benefit are protected in full.",
    ]
    text = clean_text("\n\n".join([
        "Minister on the budget | Harbour Gazette", "Minister on the budget",
        "The finance minister, Dana Lee, talks about the new budget and the deficit.",
        "Interview by Tom Berg", "27 November 2026", *turns,
    ]))
    assert text.byline == "Tom Berg"
    assert text.paragraphs[-4:] == turns
