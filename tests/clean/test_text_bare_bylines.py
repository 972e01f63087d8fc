"""Text mode: a writer's name printed without "By" or a date, and the labels beside it."""

from __future__ import annotations

from digests.clean import clean_text
from tests.clean.harbour_story import BODY

HEADLINE = "Harbour pier to be rebuilt after storm damage"


def page(*parts: str) -> str:
    return "\n\n".join(parts)


def test_a_one_word_bullet_over_the_writers_name_is_not_the_byline() -> None:
    # A section's name printed as a bullet above the writer's: a byline names a person.
    text = clean_text(page("- Waterfront", "- Dana Lee", *BODY))
    assert text.byline == "Dana Lee"


def test_a_bare_name_between_the_headline_and_the_text_is_the_byline() -> None:
    summary = "The old pier will reopen after a storm closed it, the port says."
    text = clean_text(page(
        HEADLINE + " - Coast Herald", "Latest News", HEADLINE, summary,
        "Dana K. Lee", "Published", "on", *BODY,
    ))
    assert text.byline == "Dana K. Lee"
    assert "Dana K. Lee" not in text.paragraphs
    assert "on" not in text.paragraphs
    assert text.paragraphs[-len(BODY):] == BODY


def test_a_bare_name_is_no_byline_when_a_subheading_could_be_one() -> None:
    # Between two paragraphs of the text, a name-like line is a subheading, not a byline.
    text = clean_text(page(HEADLINE, BODY[0], "Market Traders", *BODY[1:]))
    assert text.byline == ""


def test_a_name_over_a_pictures_credit_is_a_caption_not_the_byline() -> None:
    text = clean_text(page(HEADLINE, "Enlarge", "Dana K. Lee", "Photo: Sam Berg", *BODY))
    assert text.byline == ""


def test_a_lone_lower_case_word_with_a_dot_stays_as_a_listed_item() -> None:
    # Only a plain word in lower case is a label's remnant; "app.permission.camera" is content.
    items = ["app.permission.camera", "app.permission.storage"]
    text = clean_text(page(HEADLINE, BODY[0], items[0], BODY[1], items[1], *BODY[2:]))
    assert all(item in text.paragraphs for item in items)


def test_a_bare_name_between_an_unstopped_summary_and_the_text_is_the_byline() -> None:
    # Headline, a summary printed without a full stop, the writer's name, then the text.
    summary = "Seven days before the works start, the traders still have no say in the plan"
    text = clean_text(page(HEADLINE, summary, "Dana K. Lee", *BODY))
    assert text.byline == "Dana K. Lee"
    assert "Dana K. Lee" not in text.paragraphs


def test_a_kicker_under_the_headline_is_not_the_byline() -> None:
    # No summary above it: a name-like line right under the headline is a kicker or a label.
    text = clean_text(page(HEADLINE, "Local News", *BODY))
    assert text.byline == ""


def test_a_subheading_under_a_pictures_caption_is_not_the_byline() -> None:
    caption = "Figure: the old pier and the new landing as the harbour plans show them"
    text = clean_text(page(HEADLINE, *BODY[:2], caption, "The New Landing", *BODY[2:]))
    assert text.byline == ""


def test_a_bare_name_over_the_sites_name_or_a_dates_label_and_the_date_is_the_byline() -> None:
    straits = clean_text("\n".join([
        HEADLINE, "Nadia Rahim", "Updated", "Mar 05, 2025, 07:42 PM", "Published",
        "Mar 05, 2025, 05:30 PM", *BODY,
    ]))
    assert straits.byline == "Nadia Rahim"
    usa_today = clean_text("\n".join([
        HEADLINE, "Natalie Brooks", "USA TODAY", "Published 11:02 a.m. ET Nov. 12, 2025", *BODY,
    ]))
    assert usa_today.byline == "Natalie Brooks"


def test_a_french_writers_label_opens_the_byline_and_the_outlet_after_it_goes() -> None:
    text = clean_text("\n".join([
        HEADLINE, "Article rédigé par Mathilde Sarrazin - franceinfo, avec France Bleu Gascogne",
        "Radio France", "Publié le 18/03/2025 16:40", *BODY,
    ]))
    assert text.byline == "Mathilde Sarrazin"
    assert text.paragraphs[0] == BODY[0]


def test_a_bare_name_over_a_line_of_two_dates_is_the_byline() -> None:
    text = clean_text("\n".join([
        HEADLINE, "Elsa Provost", "Publié le 18/03/25 à 07h15 — Mis à jour le 18/03/25 à 09h02",
        *BODY,
    ]))
    assert text.byline == "Elsa Provost"


def test_a_name_beside_its_outlet_and_dates_set_apart_by_dots_is_the_byline() -> None:
    # CBC: "Name · CBC News · Posted: … | Last Updated: …", longer than most byline lines.
    deck = "Traders want the works to pause during the busy summer season"
    text = clean_text("\n".join([
        "Skip to Main Content", "Coast Herald", "Search", "Sign In", "Menu", "News", "Local",
        "World", "Politics", "Business", "Nova Scotia", HEADLINE, deck,
        "Dana Lee · Coast Herald News · Posted: Nov 28, 2026 5:00 AM AST | Last Updated: 1 "
        "hour ago", "Social Sharing", *BODY,
    ]))
    assert text.byline == "Dana Lee"
    assert text.standfirst == [deck]
    assert text.paragraphs == BODY


def test_the_kind_of_story_between_the_date_and_the_name_leaves_the_name_the_byline() -> None:
    text = clean_text("\n".join([
        "Ports", HEADLINE, "25 Nov 2026", "Analysis", "Dana Lee", "@DanaLee_CH",
        "Share this article", *BODY,
    ]))
    assert text.byline == "Dana Lee"
    assert text.paragraphs == BODY


def test_a_kind_of_story_over_a_headline_like_line_under_a_list_s_date_is_no_byline() -> None:
    # A teaser list: date, kind, headline, date, kind, headline: no one's name.
    text = clean_text("\n".join([
        HEADLINE, "By Dana Lee", *BODY, "More from the port", "24 Nov 2026", "Analysis",
        "Harbour Traders", "23 Nov 2026", "Opinion", "Ferry Fares",
    ]))
    assert text.byline == "Dana Lee"
