"""A summary printed as a plain line under the headline: the standfirst, not the first paragraph."""

from __future__ import annotations

import pytest

from digests.clean import clean_text

TITLE = "Harbour pier to be rebuilt after storm damage"
SUMMARY = "The pier that a storm wrecked three winters ago will reopen in two years."
BODY = [
    "PORTHAVEN - The harbour authority has signed a contract to rebuild the old pier, which has "
    "been closed to the public since a storm damaged it three winters ago.",
    "Work will start in March and should take about eighteen months, a spokeswoman said, "
    "adding that the ferry service will run from a temporary landing in the meantime.",
    "Local traders welcomed the news but asked for the works to pause during the summer, when "
    "most visitors come to the waterfront and the market is busiest.",
]


def page(*parts: str) -> str:
    return "\n\n".join(parts)


def test_a_summary_between_the_headline_and_the_byline_is_the_standfirst() -> None:
    article = clean_text(page("Follow us", TITLE, SUMMARY, "By: Dana Lee", *BODY, "Share"))
    assert article.standfirst == [SUMMARY]
    assert article.paragraphs == BODY


def test_a_summary_without_a_full_stop_above_a_label_is_the_standfirst() -> None:
    summary = "According to the port, the new pier will be longer and stand a metre higher"
    article = clean_text(page("News", TITLE, summary, "From our archive", *BODY))
    assert article.standfirst == [summary]
    assert article.paragraphs == BODY


def test_a_summary_above_a_caption_printed_twice_is_the_standfirst() -> None:
    caption = ("The old pier seen from the harbour wall in the winter after the storm, when the "
               "council closed it to the public")
    article = clean_text(page(TITLE, SUMMARY, caption, caption, *BODY))
    assert article.standfirst == [SUMMARY]
    assert article.paragraphs == BODY


def test_a_lead_that_runs_straight_into_the_text_stays_body() -> None:
    article = clean_text(page(TITLE, SUMMARY, *BODY))
    assert article.standfirst == []
    assert article.paragraphs == [SUMMARY, *BODY]


def test_a_long_first_paragraph_above_the_byline_stays_body() -> None:
    first = " ".join([SUMMARY, "The council agreed the cost on Monday.", "Work starts soon."])
    article = clean_text(page(TITLE, first, "By: Dana Lee", *BODY))
    assert article.standfirst == []
    assert article.paragraphs == [first, *BODY]


def test_a_first_paragraph_opening_with_a_dateline_stays_body() -> None:
    first = "PORTHAVEN, May 3 - The pier will reopen in two years, the port said."
    article = clean_text(page(TITLE, first, "By: Dana Lee", *BODY[1:]))
    assert article.standfirst == []
    assert article.paragraphs == [first, *BODY[1:]]


def test_a_teaser_the_first_paragraph_repeats_is_not_a_standfirst() -> None:
    teaser = "The harbour authority has signed a contract to rebuild the old pier"
    article = clean_text(page(TITLE, teaser, "By: Dana Lee", *BODY))
    assert article.standfirst == []


def test_the_headline_under_a_section_name_taken_for_the_title_is_no_standfirst() -> None:
    article = clean_text(page("Follow us", "PORTHAVEN NEWS", TITLE + " and flooding", "Published",
                              *BODY))
    assert article.standfirst == []


def test_the_line_right_above_a_photo_credit_is_the_picture_caption() -> None:
    # The lead picture's description and its credit, printed under the headline: neither the
    # summary nor the story's first paragraph.
    caption = "The old pier seen from the harbour wall in the winter after the storm."
    article = clean_text(
        page(TITLE, caption, "Credit: Dana Lee/Harbour Press View full size image", *BODY)
    )
    assert article.standfirst == []
    assert article.paragraphs == BODY


BULLETS = [
    "The pier was closed to the public after a storm wrecked it three winters ago",
    "Work on the new one starts in March and takes about eighteen months",
    "Traders want the works to pause during the busy summer season",
]


def test_summary_bullets_printed_as_plain_lines_are_the_standfirst() -> None:
    # The scraper prints the bullets one to a line with no blank line between them, then the
    # byline and the date, then the text.
    article = clean_text(page(
        f"{TITLE} | Coast Herald", "Home News Sport Travel", TITLE, "\n".join(BULLETS),
        "By DANA LEE FOR COASTHERALD", "Published: 14:22 GMT, 27 November 2026 | Updated: "
        "15:40 GMT, 27 November 2026", "View comments", *BODY,
    ))
    assert article.standfirst == BULLETS
    assert article.byline == "Dana Lee"
    assert article.paragraphs == BODY


def test_summary_bullets_over_a_live_blog_s_first_entry_are_the_standfirst() -> None:
    # A live blog's text opens with its first entry: the time, the entry's heading, its text.
    heading = "Harbour master: “Nobody should go near the old pier”"
    article = clean_text(page(
        f"{TITLE} | Coast Herald", "Home News Sport Travel", TITLE, "\n".join(BULLETS),
        "By Dana Lee", "Updated Friday, 27 November 2026 - 12:47", "Share", "12:47", heading,
        *BODY,
    ))
    assert article.standfirst == BULLETS
    assert article.paragraphs[-len(BODY):] == BODY


@pytest.mark.parametrize("date", [
    "Publié le 27/11/2026 à 18:42",
    "Publié le 27/11/2026 à 18:42, mis à jour hier à 21:05",  # the update's time alone
])
def test_a_labelled_summary_over_buttons_a_count_and_a_caption_is_the_standfirst(
    date: str
) -> None:
    # Le Figaro: a label in capitals opens the summary; a comment count stands alone under
    # its button; the lead picture's caption names the same people as the summary.
    summary = ("La ministre de l’Éducation nationale, Hélène Verdier, présentera mardi un projet "
               "qui bouleverse le calendrier du bac.")
    caption = ("La ministre de l’Éducation nationale, Hélène Verdier, le 12 novembre 2026 à "
               "Paris. Ludovic Marin / AFP")
    article = clean_text(page(
        TITLE, f"EXCLUSIF - {summary}", "Par Antoine Vallet", date, "Écouter cet article",
        "00:00/05:48", "Copier le lien", "Partager", "Commenter", "127", caption, *BODY,
    ))
    assert article.standfirst == [summary]
    assert article.paragraphs == BODY


@pytest.mark.parametrize("deck", [
    "Traders split over summer works despite the council's pleas",  # no full stop
    "The pier closed three winters ago. Here's what the works mean for the ferry.",
])
def test_the_deck_between_the_headline_and_the_by_line_is_the_standfirst(deck: str) -> None:
    # Whatever stands below the byline: a badge, a row of buttons and counts, a caption.
    article = clean_text(page(
        "Skip to main content", "Coast Herald", "Search", "Subscribe", "Log In", "News",
        "Sport", TITLE, deck, "By Dana Lee, Herald Staff", "Verified Staff Badge",
        "Nov 28, 2026 10:12 am ET", "|", "Reply (14)", "Thank", "Share", "Reprints", *BODY,
    ))
    assert article.standfirst == [deck]
    assert article.paragraphs == BODY


def test_the_headline_printed_again_shorter_over_the_byline_is_no_deck() -> None:
    article = clean_text(page(
        "Skip to main content", "Coast Herald", "Search", "News", "Sport", TITLE,
        "Harbour pier to be rebuilt", "By Dana Lee", "Nov 28, 2026", *BODY,
    ))
    assert article.standfirst == []


def test_lines_under_the_headline_that_run_straight_into_the_text_stay_body() -> None:
    article = clean_text(page(TITLE, "\n".join(BULLETS), *BODY))
    assert article.standfirst == []
    assert article.paragraphs[-len(BODY):] == BODY


def test_a_single_line_under_the_headline_is_no_list_of_bullets() -> None:
    article = clean_text(page(TITLE, BULLETS[0], "By Dana Lee", *BODY))
    assert article.standfirst in ([], [BULLETS[0]])
    assert article.paragraphs == BODY


def test_a_summary_over_the_byline_the_date_and_a_row_of_buttons_is_the_standfirst() -> None:
    summary = ("The pier that a storm wrecked will reopen in two years. Traders want the works to "
               "pause in summer.")
    buttons = ["Zur Merkliste hinzufügen", "X.com", "Facebook", "E-Mail", "Link kopieren",
               "Add to your saved stories", "Gift Article", "Comment on this story", "00:00/03:12"]
    article = clean_text(page(TITLE, summary, "By Dana Lee", "27.11.2026, 15.12 Uhr", *buttons,
                              *BODY))
    assert article.standfirst == [summary]
    assert article.paragraphs == BODY


def test_a_short_summary_under_the_headline_the_document_title_repeats_is_the_standfirst() -> None:
    # Thirteen words, no full stop: under a headline the page's document title confirms, no
    # second headline; the byline, the date and the page's buttons stand between it and the text.
    summary = "Traders vow to fight the plan as the council says the works will create jobs"
    article = clean_text(page(
        f"{TITLE} - Coast Herald", "Politics", TITLE, summary, "By Dana Lee", "and", "Tom Berg",
        "November 27, 2026 at 10:41 p.m. EST", "Listen", "4 min", "Share",
        "Comment on this story", "Comment", "Gift Article", "Add to your saved stories", "Save",
        *BODY,
    ))
    assert article.standfirst == [summary]
    assert article.byline == "Dana Lee and Tom Berg"
    assert article.paragraphs == BODY


def test_a_caption_under_its_picture_s_credit_is_neither_standfirst_nor_text() -> None:
    caption = "The old pier seen from the harbour wall in the winter after the storm"
    article = clean_text(page(f"{TITLE} - Coast Herald", TITLE, "27 November 2026", "Share",
                              "Dana Lee", "Coast Herald reporter", "Getty Images", caption,
                              *BODY))
    assert article.standfirst == []
    assert article.paragraphs == BODY


def test_a_summary_over_a_french_date_and_a_paywall_label_is_the_standfirst() -> None:
    # Libération's header: "par" and the writer, the date with its ordinal ("1er avril"), the
    # paywall's label and the share row's names.
    article = clean_text("\n".join([
        TITLE, SUMMARY, "par Théo Garnier", "publié le 1er avril 2025 à 19h48",
        "Article réservé aux abonnés", "Partager", "Facebook", "X", "Mail", *BODY,
    ]))
    assert article.byline == "Théo Garnier"
    assert article.standfirst == [SUMMARY]
    assert article.paragraphs == BODY


def test_a_summary_over_a_bare_name_and_its_job_is_the_standfirst() -> None:
    # News24's header: the writer's name alone over the job, then the date.
    article = clean_text("\n".join([
        TITLE, SUMMARY, "Lerato Mokoena", "Journalist", "Published 14 Sep 2025", "Share", *BODY,
    ]))
    assert article.byline == "Lerato Mokoena"
    assert article.standfirst == [SUMMARY]
    assert article.paragraphs == BODY
