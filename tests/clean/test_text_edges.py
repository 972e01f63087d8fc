"""Text mode at the edges of an article: what sits just above its body and just below it."""

from __future__ import annotations

import textwrap

import pytest

from digests.clean import clean_text
from digests.clean.lines import ends_like_sentence, has_inner_sentence_end
from digests.clean.text import page_lines
from tests.clean.harbour_story import BODY


def page(*parts: str) -> str:
    return "\n".join(parts)


def test_menu_row_above_the_body_is_not_a_lead() -> None:
    # A row of capitalised menu entries is long enough to pass for a teaser, but a teaser, even
    # one in title case, leaves its small words in lower case.
    menu_row = "Local News Sports Weather Traffic Business Technology Health Video Shop"
    text = clean_text(page(
        "Old pier will reopen after storm damage - Coast Herald",
        "Home", "Log In", menu_row, "Station Info", "Follow Us:", "Your Account",
        "Harbour pier to be rebuilt",
        "By Dana Lee",
        *BODY,
        "Share", "Contact",
    )).text
    assert menu_row not in text
    assert BODY[0] in text


def test_abbreviation_is_not_a_sentence_end() -> None:
    assert not has_inner_sentence_end("Harbour Co. wins contract to rebuild the old pier")
    assert not has_inner_sentence_end("Die Arbeiten dauern ca. zwei Jahre und kosten viel")
    assert has_inner_sentence_end("The pier is closed. Work starts in March")
    assert has_inner_sentence_end("Er kam. 2024 war alles anders")
    assert has_inner_sentence_end("码头将重建。工程三月开始")


def test_headlines_with_abbreviations_after_the_body_are_not_prose() -> None:
    headlines = [
        "Harbour Co. to double its ferry fleet by the end of next year",
        "Tram Ltd. starts work on the new line to the airport next month",
    ]
    text = clean_text(page(
        "Harbour pier to be rebuilt - Coast Herald",
        "Home", "News", "Sport", "Log In",
        "Harbour pier to be rebuilt",
        "By Dana Lee",
        *BODY,
        "Share",
        *headlines,
        "Contact",
    )).text
    assert BODY[-1] in text
    for headline in headlines:
        assert headline not in text


TEASERS = [
    "Pressemitteilung 12.03.2026",
    "Neue Fähre verbindet die Inseln ab Mai",
    "Die Reederei setzt ab dem Frühjahr ein Schiff ein, das mit Strom aus Batterien fährt.",
    "Aktuell 10.03.2026",
    "Hafenfest fällt in diesem Jahr aus",
    "Wegen der Bauarbeiten an der Kaimauer findet das beliebte Fest erst im nächsten Jahr statt.",
    "Pressemitteilung 08.03.2026",
    "Leuchtturm wird zum Museum",
    "Der alte Turm am Nordstrand soll ab dem Sommer Besucherinnen und Besucher empfangen.",
]


def test_teasers_under_a_related_heading_after_the_body_are_dropped() -> None:
    # One sentence under each headline: other stories' summaries, not the article's paragraphs.
    text = clean_text(page(
        "Harbour pier to be rebuilt - Coast Herald",
        "Home", "News", "Log In",
        "Harbour pier to be rebuilt",
        *BODY,
        "Share", "Print",
        "Weitere Artikel",
        *TEASERS,
        "Impressum", "Kontakt",
    )).text
    assert BODY[-1] in text
    for teaser in TEASERS:
        assert teaser not in text


def test_related_headlines_inside_the_body_do_not_end_it() -> None:
    article = clean_text(page(
        "Harbour pier to be rebuilt - Coast Herald",
        "Home", "News", "Log In",
        "Harbour pier to be rebuilt",
        *BODY[:2],
        "Read more",
        "Ferry fares to rise in April",
        "Lighthouse to become a museum",
        *BODY[2:],
        "Share", "Contact",
    ))
    assert article.paragraphs == BODY


def test_a_related_headline_of_two_sentences_inside_the_body_is_dropped() -> None:
    article = clean_text(page(
        "Harbour pier to be rebuilt - Coast Herald",
        "Harbour pier to be rebuilt",
        *BODY[:2],
        "Related article",
        "The new ferry is finally here. Here is what you need to know about it",
        "Ad Feedback",
        *BODY[2:],
        "Ad Feedback",
    ))
    assert article.paragraphs == BODY


def test_a_short_sentence_under_related_headlines_and_over_a_short_quote_stays() -> None:
    # The short sentence has a short quote, not prose, below it; the paragraph after the quote
    # shows both to be the story's text, not one more headline of the list above.
    short = [
        "Mayor Ann Lee welcomed the announcement.",
        "“For our town, this is a lifeline,” she said.",
    ]
    article = clean_text(page(
        "Harbour pier to be rebuilt - Coast Herald",
        "Harbour pier to be rebuilt",
        *BODY[:2],
        "Related articles",
        "Ferry fares to rise in April",
        "Lighthouse bill: What you need to know",
        *short,
        *BODY[2:],
        "Share", "Contact",
    ))
    assert article.paragraphs == [*BODY[:2], *short, *BODY[2:]]


def test_a_deck_of_short_sentences_over_the_first_paragraph_is_no_paragraph() -> None:
    # Over the article's first prose, a short sentence two lines from it is the headline's
    # second line or the deck, not a paragraph (one right over the prose may be the lead).
    article = clean_text(page(
        "Harbour pier to be rebuilt;",
        "Council finds the money at last.",
        "The town has waited ten years.",
        *BODY,
    ))
    assert "Council finds the money at last." not in article.paragraphs
    assert article.paragraphs[-len(BODY):] == BODY


def test_prose_wrapped_into_short_lines_is_kept() -> None:
    # Plain text wrapped at 50 columns: no piece is long enough to read as prose on its own.
    wrapped = [
        "The harbour authority has signed a contract to",
        "rebuild the old pier, which has been closed to",
        "the public since a storm damaged it three",
        "winters ago.",
        "",
        "Work will start in March and should take about",
        "eighteen months, a spokeswoman said, adding that",
        "the ferry service will run from a temporary",
        "landing in the meantime.",
    ]
    article = clean_text(page(
        "Harbour pier to be rebuilt - Coast Herald",
        "Home", "News", "Log In",
        "",
        *wrapped,
        "",
        "Share", "Contact",
    ))
    assert article.paragraphs == BODY[:2]


def test_german_closing_quotes_end_a_sentence() -> None:
    assert ends_like_sentence("Sie sagte: „Wir erhöhen die Preise nicht.“")
    assert ends_like_sentence("Er sagte: »Das bleibt so.«")
    assert has_inner_sentence_end("„Wir bauen.“ Das sagte die Sprecherin am Dienstag")


def test_german_paragraph_ending_in_a_quote_is_kept() -> None:
    body = [
        "Die Hafenbehörde hat den Auftrag für den Neubau der alten Seebrücke vergeben, die seit "
        "einem Sturm vor drei Jahren gesperrt ist.",
        "Die Sprecherin der Behörde sagte: „Wir beginnen im März mit den Arbeiten.“",
        "Die Fähre legt in dieser Zeit an einem provisorischen Anleger an, der bereits im Winter "
        "gebaut worden ist.",
    ]
    article = clean_text(page(
        "Seebrücke wird neu gebaut - Küstenbote",
        "Startseite", "Lokales", "Anmelden",
        "Seebrücke wird neu gebaut",
        *body,
        "Teilen", "Impressum",
    ))
    assert article.paragraphs == body


def test_quotation_at_the_end_does_not_make_a_headline_a_sentence() -> None:
    assert not ends_like_sentence('Mayor: "We will not raise the fares"')
    assert ends_like_sentence('The mayor said: "We will not raise the fares."')


def test_headlines_quoting_someone_after_the_body_are_not_prose() -> None:
    headlines = [
        'Ferry captain after the storm: "I have never seen waves like these before"',
        'Harbour master on the new pier: "It will be the finest on the whole coast"',
    ]
    text = clean_text(page(
        "Harbour pier to be rebuilt - Coast Herald",
        "Home", "News", "Log In",
        "Harbour pier to be rebuilt",
        *BODY,
        "Share",
        *headlines,
        "Contact",
    )).text
    assert BODY[-1] in text
    for headline in headlines:
        assert headline not in text


def test_subheading_ending_in_a_guillemet_quote_stays() -> None:
    subheading = "Umbau ist «dringend»"
    body = [
        "Die Hafenbehörde hat den Auftrag für den Neubau der alten Seebrücke vergeben, die seit "
        "einem Sturm vor drei Jahren gesperrt ist.",
        "Die Arbeiten beginnen im März und dauern etwa achtzehn Monate, sagte eine Sprecherin am "
        "Dienstag in der Stadt.",
        "Die Fähre legt in dieser Zeit an einem provisorischen Anleger an, der bereits im Winter "
        "gebaut worden ist.",
    ]
    article = clean_text(page(
        "Seebrücke wird neu gebaut - Küstenbote",
        "Startseite", "Lokales", "Anmelden",
        "Seebrücke wird neu gebaut",
        body[0], subheading, *body[1:],
        "Teilen", "Impressum",
    ))
    assert article.paragraphs == [body[0], subheading, *body[1:]]


def test_subheading_over_a_list_stays() -> None:
    section = [
        "What happens next",
        "The council has set out three steps:",
        "Close the pier in March",
        "Build the new deck over the summer",
        "Reopen it to walkers in the autumn",
    ]
    article = clean_text(page(
        "Harbour pier to be rebuilt - Coast Herald",
        "Home", "News", "Log In",
        "Harbour pier to be rebuilt",
        *BODY[:1],
        *section,
        *BODY[1:],
        "Share", "Contact",
    ))
    assert article.paragraphs == [*BODY[:1], *section, *BODY[1:]]


def test_invisible_characters_do_not_hide_sentence_ends() -> None:
    # Editors leave zero-width characters at the end of paragraphs, and lines holding only one.
    # Short paragraphs (a recipe's steps) read as prose only by their full stops.
    steps = [
        "Wash the leeks well and cut them into thin rings before you start.",
        "Melt the butter in a wide pan and soften the leeks for ten minutes.",
        "Stir in the flour, then add the stock a little at a time.",
        "Season with salt and pepper and let it simmer gently for twenty minutes.",
        "Serve the soup hot with fresh bread and a little grated cheese on top.",
    ]
    marked = [step + "\u2063" for step in steps]
    text = clean_text(page(
        "Leek soup - Kitchen Notes",
        "Home", "Recipes", "Sport", "Log In",
        "Leek soup",
        "By Dana Lee",
        "",
        *(line for paragraph in marked for line in (paragraph, "\u200b", "")),
        "Share", "Related", "Potato and onion soup for the winter season",
    )).text
    assert all(paragraph in text for paragraph in marked)
    assert "\u200b" not in text  # dropped as the text is read: it only ever cuts words
    assert "Potato and onion" not in text


def test_paragraphs_after_a_closing_list_stay() -> None:
    # A list under a sentence that announces it is a row of short lines without full stops,
    # like a menu; the paragraph after it is still the article's, not an island past chrome.
    items = [
        "Ferries every twenty minutes on weekdays",
        "Ferries every half hour at weekends",
        "A night ferry on Fridays and Saturdays",
        "Bicycles carried free of charge",
        "Tickets sold on board only",
        "A shuttle bus from the station",
    ]
    closing = (
        "The temporary landing will stay in use until the new pier opens, and the harbour "
        "authority has promised to publish any change to the timetable at least a week in "
        "advance on its website and at the landing itself."
    )
    text = clean_text(page(
        "Harbour pier to be rebuilt - Coast Herald",
        "Home", "News", "Sport", "Log In",
        "Harbour pier to be rebuilt",
        "By Dana Lee",
        "",
        *(line for paragraph in BODY for line in (paragraph, "")),
        "The ferry service from the temporary landing will run as follows:",
        "",
        *items,
        "",
        closing,
        "",
        "Share", "Tweet", "Comments",
    )).text
    assert all(item in text for item in items)
    assert closing in text


@pytest.mark.parametrize("above", [["Politics"], ["Ratgeber", "Artikel merken"], ["Posted on"]])
def test_a_section_name_printed_first_is_not_the_title(above: list[str]) -> None:
    text = clean_text(page(*above, "Harbour pier to be rebuilt after storm damage", *BODY))
    assert text.title == "Harbour pier to be rebuilt after storm damage"
    assert text.paragraphs == BODY


def test_a_one_word_document_title_over_prose_stays_the_title() -> None:
    assert clean_text(page("index", *BODY)).title == "index"


def test_summary_bullet_printed_again_as_the_first_paragraph_is_kept_once() -> None:
    summary = "The old pier will reopen next year after a storm closed it, the city’s port says."
    retyped = summary.replace("’", "'")
    text = clean_text(page("Harbour pier to be rebuilt", "", f"  • {summary}", "", retyped, *BODY))
    assert text.standfirst == [summary]
    assert text.paragraphs == BODY


def test_a_date_between_the_lead_and_the_text_is_not_a_paragraph() -> None:
    text = clean_text(page("Harbour pier to be rebuilt", BODY[0], "26. Nov. 2025", *BODY[1:]))
    assert text.paragraphs == BODY


def test_a_sentence_announcing_the_quote_below_it_stays() -> None:
    intro = "The notice the council pinned to the pier gate on Monday reads:"
    quote = ("“The pier is closed until further notice for the safety of the public, and anyone "
             "found on it will be asked to leave by the harbour staff.”")
    text = clean_text(page("Harbour pier to be rebuilt", BODY[0], BODY[1], intro, quote, *BODY[2:]))
    assert text.paragraphs == [BODY[0], BODY[1], intro, quote, *BODY[2:]]


def test_a_pictures_alt_text_glued_to_the_paragraph_above_its_caption_is_cut() -> None:
    alt = "A crane lifts a beam onto the pier."
    caption = "A crane lifts the first new beam onto the pier on Monday. Photo: Jane Doe/Reuters"
    text = clean_text(page("Harbour pier to be rebuilt", BODY[0], BODY[1] + alt, caption,
                           *BODY[2:]))
    assert text.paragraphs == BODY


def test_a_sentence_glued_to_the_one_before_without_a_caption_below_stays() -> None:
    glued = BODY[1] + "Work starts in March."
    text = clean_text(page("Harbour pier to be rebuilt", BODY[0], glued, *BODY[2:]))
    assert text.paragraphs == [BODY[0], glued, *BODY[2:]]


def test_a_story_whose_only_paragraph_opens_with_a_dash_is_body_not_standfirst() -> None:
    story = "- " + BODY[0] + " " + BODY[1]
    text = clean_text(page("© Harbour Agency - All rights reserved", "", story))
    assert text.standfirst == []
    assert text.paragraphs == [story.removeprefix("- ")]


def test_a_pointer_to_the_full_story_printed_first_is_not_the_title() -> None:
    assert clean_text(page("Read the full story on Harbour Times", *BODY)).title == ""


def test_a_publishing_systems_editor_notes_above_the_heading_are_not_the_title() -> None:
    heading = "Harbour pier to be rebuilt after storm damage"
    text = clean_text(page(
        "Skip to main content", "You are the owner of this article.",
        "You have permission to edit this article.", "Edit", heading, "", heading, "",
        "{{featured_button_text}}", "", *BODY,
    ))
    assert text.title == heading
    assert text.paragraphs == BODY


def test_a_sentence_about_the_site_itself_is_not_body() -> None:
    # The site's name (as its document title gives it) opening a sentence in the present tense
    # about itself: a tagline printed over the story, or a plea for support inside it.
    text = clean_text(page(
        "Harbour pier to be rebuilt after storm damage - Coast Herald",
        "Coast Herald publishes local news and investigations from the harbour towns of the coast.",
        "Home » Local news »",
        *BODY[:2],
        "Coast Herald is funded by its readers and by member donations",
        *BODY[2:],
    )).text
    assert "Coast Herald" not in text
    assert all(paragraph in text for paragraph in BODY)


@pytest.mark.parametrize("notice", [
    "How to send us an opinion piece: Coast Herald welcomes articles from readers on local "
    "topics. Send them to opinion@coastherald.com with Opinion in the subject line.",
    "Got a story from the harbour? Email the newsroom at tips@news.coast-herald.co.uk.",
])
def test_a_notice_giving_the_sites_own_address_is_not_body(notice: str) -> None:
    text = clean_text(page(
        "Harbour pier to be rebuilt after storm damage - Coast Herald",
        "Home", "Local news", "Harbour pier to be rebuilt after storm damage",
        *BODY, notice,
    ))
    assert text.paragraphs == BODY


def test_an_appeal_giving_someone_elses_address_stays() -> None:
    appeal = ("Anyone who saw the storm damage the pier that night is asked to email the harbour "
              "police at witnesses@coastpolice.gov.uk or to call them.")
    text = clean_text(page(
        "Harbour pier to be rebuilt after storm damage - Coast Herald",
        "Home", "Local news", "Harbour pier to be rebuilt after storm damage",
        *BODY, appeal,
    ))
    assert appeal in text.paragraphs


def test_a_sentence_naming_the_site_as_the_source_of_news_stays() -> None:
    lead = ("Coast Herald learnt that the harbour authority had signed the contract on Monday, "
            "two days before the council was due to vote on the plan.")
    text = clean_text(page(
        "Harbour pier to be rebuilt after storm damage - Coast Herald",
        "Home", "Local news", "Harbour pier to be rebuilt after storm damage",
        lead, *BODY,
    )).text
    assert lead in text


@pytest.mark.parametrize("label", [
    "Politik | ",
    "Local news | ",
    "(Di mercoledì 11 settembre 2024) AGI - ",
    "(Wednesday, 11 September 2024) HNA – ",
])
def test_a_label_glued_to_the_first_paragraph_is_cut(label: str) -> None:
    # A section's name with a bar, or an aggregator's bracketed date and the agency it credits,
    # printed on the first paragraph's line.
    text = clean_text(page(
        "Harbour pier to be rebuilt after storm damage", "Home", "News",
        label + BODY[0], *BODY[1:],
    )).text
    assert text.startswith(BODY[0])


@pytest.mark.parametrize("opening", [
    "KOBE (Kyodo) – ",
    "(Reuters) – ",  # the agency's credit is the story's, as in a dateline
    "(Updated) ",
])
def test_a_dateline_or_a_bracket_that_is_no_date_stays(opening: str) -> None:
    first = opening + BODY[0][0].lower() + BODY[0][1:]
    text = clean_text(page(
        "Harbour pier to be rebuilt after storm damage", "Home", "News", first, *BODY[1:],
    )).text
    assert text.startswith(first)


def test_title_does_not_run_into_a_page_label_in_lower_case() -> None:
    # A headline ends with no full stop, so the label under it in lower case looked like the
    # rest of a hard-wrapped sentence and joined the title.
    article = clean_text(page(
        "Harbour pier to be rebuilt after storm damage",
        "top of page",
        "Search",
        *BODY,
    ))
    assert article.title == "Harbour pier to be rebuilt after storm damage"
    assert article.paragraphs == BODY


def test_title_keeps_apart_from_a_long_first_paragraph_in_lower_case() -> None:
    # The first paragraph opens with a scraper's field label in lower case: far longer than the
    # headline above it, it is no wrapped remainder of the headline, and the title stays.
    first = (
        "date 2024-03 The harbour authority has signed a contract to rebuild the old pier, "
        "which has been closed to the public since a storm damaged it three winters ago."
    )
    article = clean_text(page(
        "Harbour pier to be rebuilt after storm damage",
        " " + first,
        *BODY[1:],
    ))
    assert article.title == "Harbour pier to be rebuilt after storm damage"
    assert article.paragraphs[0].endswith("three winters ago.")
    assert article.paragraphs[1:] == BODY[1:]


def test_summary_points_full_of_figures_are_both_kept() -> None:
    # Two summary lines under the headline; the first is half figures ("949,359 ... 16.7% ...
    # 2022"), yet it is as much the summary as the second.
    points = [
        "In 2023 some 949,359 cars were sold in Spain, 16.7% more than in 2022",
        "The Dacia Sandero was the best-selling car of the year, with 27,951 units",
    ]
    text = clean_text(page(
        "Best-selling cars of 2023 - Motor Desk",
        "Home", "News", "Cars",
        "Best-selling cars of 2023",
        "", points[0], "", points[1], "",
        "Share", "Facebook", "Twitter",
        "", BODY[0], "", BODY[1], "", BODY[2], "", BODY[3],
        "", "Privacy policy",
    ))
    assert [*text.standfirst, *text.paragraphs] == [*points, *BODY]


def test_a_wrapped_line_broken_before_a_capital_goes_on_the_paragraph() -> None:
    # Wrapped at 72 columns: "Financial" filled the line, so "Services." had to go below it.
    quote = ('"Foreign investors have returned to Indian equities after three months of '
             'selling," said Vinod Nair, head of research at Geojit Financial Services.')
    wrapped = textwrap.wrap(quote, 72)
    assert wrapped[-1] == "Services."
    lines = page_lines("\n".join([*wrapped, "", BODY[0]]))
    assert [line.text for line in lines] == [quote, BODY[0]]


def test_list_items_are_not_joined_for_a_width_they_do_not_fill() -> None:
    items = ["keep the ferry running in winter", "open the market on Sundays",
             "Repair the lighthouse before the summer season begins"]
    lines = page_lines("\n".join(["The council promised to", *items]))
    assert lines[-1].text == items[-1]


@pytest.mark.parametrize("date", ["Aktualisiert am 27. November 2026, 14:05 Uhr",
                                  "Published 27 November 2026"])
def test_a_labelled_date_between_the_lead_and_the_text_is_not_a_paragraph(date: str) -> None:
    text = clean_text(page("Harbour pier to be rebuilt", BODY[0], date, *BODY[1:]))
    assert text.paragraphs == BODY


def test_a_short_sentence_that_gives_a_date_stays() -> None:
    short = "She died on 27 March 2020."
    text = clean_text(page("Harbour pier to be rebuilt", *BODY[:2], short, *BODY[2:]))
    assert short in text.paragraphs


def test_a_last_paragraph_signed_in_brackets_over_a_list_of_links_is_kept() -> None:
    # Der Standard closes every story with the writer and the date in brackets, and a list of
    # other stories' headlines follows: the paragraph ends as a sentence all the same.
    body = [
        "Die Stadt Wien erhöht die Mieten im Gemeindebau um durchschnittlich sieben Prozent, wie "
        "die zuständige Stadträtin am Donnerstag bei einer Pressekonferenz im Rathaus bekanntgab.",
        "Die Opposition kritisiert die Erhöhung scharf und fordert, dass die Stadt die "
        "Mehreinnahmen offenlegt und in die Sanierung der älteren Anlagen steckt.",
        "Die Mietervereinigung rechnet damit, dass sich mehr Menschen an ihre Beratungsstellen "
        "wenden werden, und hat ihre Sprechstunden bereits ausgeweitet.",
        "Die Erhöhung tritt mit 1. April in Kraft, wie die Stadt mitteilte. Ausnahmen gibt es für "
        "Haushalte mit geringem Einkommen. (Magdalena Pichler, 13.3.2025)",
    ]
    links = ["Weiterlesen", "Mietrecht: Die wichtigsten Fragen und Antworten",
             "Heizkosten: Fernwärme Wien senkt die Preise für alle Haushalte im Winter",
             "Wohnen: Warum Genossenschaftswohnungen immer schwerer zu bekommen sind",
             "Richtwerte: Was die Mieterhöhung für Altbauwohnungen bedeutet",
             "Abo-Hinweis", "Startseite", "Impressum"]
    article = clean_text("\n".join(["Mieten im Gemeindebau steigen um sieben Prozent",
                                    "Magdalena Pichler", *body, *links]))
    assert article.paragraphs[-1] == body[-1]
