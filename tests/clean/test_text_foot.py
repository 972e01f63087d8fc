"""Text mode below an article: what a page prints after the body and must not join it."""

from __future__ import annotations

import pytest

from digests.clean import clean_text
from tests.clean.harbour_story import BODY

TEASERS = [
    "Press release 12.03.2026",
    "New ferry links the islands from May",
    "The shipping company will run a vessel from spring that is powered by batteries alone.",
    "News 10.03.2026",
    "Harbour festival cancelled this year",
    "Because of the works on the quay wall the popular festival will only return next year.",
    "Press release 08.03.2026",
    "Lighthouse to become a museum",
    "The old tower on the north beach is to welcome visitors from the summer onwards, it said.",
]


def page(*parts: str) -> str:
    return "\n".join(parts)


def test_form_blurb_left_above_cut_teasers_is_dropped() -> None:
    # Once the teasers that close the page are cut, a newsletter form's two sentences stand
    # alone after the share buttons: an island past chrome, like any other.
    blurb = [
        "With your postcode you receive news from your region, a feature we are still testing "
        "and improving week by week.",
        "Don't worry, if it gets too much you can cancel your subscription at any time.",
    ]
    text = clean_text(page(
        "Harbour pier to be rebuilt - Coast Herald",
        "Home", "News", "Log In",
        "Harbour pier to be rebuilt",
        *BODY,
        "Tags", "Harbour", "Share this article", "Facebook", "Twitter", "E-Mail", "Print",
        "Stay", "Informed", "My details",
        *blurb,
        "First name*", "Last name*", "E-mail address*", "Postcode*",
        "Related articles",
        *TEASERS,
        "Imprint", "Contact",
    )).text
    assert BODY[-1] in text
    for line in blurb + TEASERS:
        assert line not in text


def test_author_box_named_after_the_byline_is_dropped() -> None:
    # The box that closes a blog post or a column names its writer again, alone on a line or
    # at the head of the bio, and then the page goes on with links to the writer's other pieces.
    bio = (
        "Dana Lee writes about ports, ferries and the people who work on them, and has covered "
        "the coast for the Herald for more than ten years."
    )
    others = [
        "12.03.2026 - Ferries: New boat links the islands from May, the company says after tests.",
        "10.03.2026 - Harbour: The festival is cancelled this year because of the quay works.",
    ]
    for box in (["Dana Lee", bio], [bio.replace("Dana Lee", "DANA LEE")]):
        text = clean_text(page(
            "Harbour pier to be rebuilt - Coast Herald",
            "Home", "News", "Log In",
            "Harbour pier to be rebuilt",
            "By Dana Lee",
            *BODY,
            "Share", "Tweet",
            *box,
            *others,
            "Imprint", "Contact",
        )).text
        assert BODY[-1] in text
        for line in [bio, *others]:
            assert line not in text


def test_writer_named_inside_the_article_keeps_it_whole() -> None:
    # The writer quoted or named in the first half of the text is part of the story, and a
    # question put by name in an interview ("Dana Lee: ...") is no bio.
    named = (
        "Dana Lee asked the harbour master what the works would mean for the fishing boats "
        "that land their catch at the old pier every morning."
    )
    question = "Dana Lee: Will the fishing boats still land at the pier during the works?"
    body = [BODY[0], named, BODY[1], question, *BODY[2:]]
    article = clean_text(page(
        "Harbour pier to be rebuilt - Coast Herald",
        "Home", "News", "Log In",
        "Harbour pier to be rebuilt",
        "By Dana Lee",
        *body,
        "Share", "Contact",
    ))
    assert article.paragraphs == body


def test_list_of_long_headlines_after_the_body_is_not_prose() -> None:
    # A sidebar of other stories prints one headline to a line, no blank line between them;
    # each runs as long as a paragraph, but none ends as a sentence does.
    headlines = [
        "Singer shows off her toned figure in a tiny bikini as she enjoys a family beach day and "
        "tucks into a burger before her final date night with her husband Exclusive",
        "Actor tries to keep a low profile in a face mask, shades and a beanie as he steps out in "
        "Venice (but is stopped by a few fans along the way) Spotted",
        "TV presenter reveals she has been for an 'uncomfortable' biopsy after doctors found "
        "abnormal cells during a routine check at her local surgery Brave",
        "Footballer tells court he thought he was doing 97 KILOMETRES rather than MILES an hour "
        "as he admits speeding on the motorway in his brand new car Oops",
        "Reality star commands attention in a thigh-skimming pinstriped co-ord as she hits the "
        "town for one 'last hurrah' before the new lockdown rules begin Glam",
        "Comedian gets into a Twitter spat with a breakfast host after he poked fun at his new "
        "book about his years in the army and on the road Hilarious",
    ]
    body = [*BODY, *BODY]
    text = clean_text(page(
        "Harbour pier to be rebuilt - Coast Herald",
        "Home", "News", "Log In",
        "Harbour pier to be rebuilt",
        "",
        *(line for paragraph in body for line in (paragraph, "")),
        "Share or comment on this article:",
        "Harbour pier to be rebuilt",
        "Don't miss",
        *headlines,
        "Advertisement",
        *headlines[::-1],
        "",
        "Imprint", "Contact",
    )).text
    assert BODY[0] in text
    assert BODY[-1] in text
    for headline in headlines:
        assert headline not in text


def test_paragraph_after_a_table_of_figures_stays() -> None:
    # A table's rows are short lines of figures, like chrome by their shape; the paragraph
    # after them is still the article's, not an island past a run of chrome.
    table = [
        "The ferry's figures since 2020:",
        "Year 2020 2021 2022 2023",
        "Crossings 1,204 1,310 998 1,402",
        "Passengers 88,120 91,004 70,331 95,870",
        "Late (%) 4.1 3.8 6.2 2.9",
        "Cancelled 12 9 31 7",
        "Fare (€) 3.50 3.50 3.80 4.00",
    ]
    closing = [
        "The harbour authority expects the number of passengers to rise again once the new pier "
        "opens and the ferries can land closer to the market.",
        "It also plans a second landing for the night ferry, which would spare the residents of "
        "the old town the noise of the engines after midnight.",
    ]
    text = clean_text(page(
        "Harbour pier to be rebuilt - Coast Herald",
        "Home", "News", "Log In",
        "Harbour pier to be rebuilt",
        *BODY,
        *table,
        "Outlook for the years after the works",
        *closing,
        "Share", "Contact",
    )).text
    assert BODY[-1] in text
    assert all(paragraph in text for paragraph in closing)


@pytest.mark.parametrize("closing", [
    # "Okafor is a ... researcher" after the story introduced Grace Adaeze Okafor is about her,
    # not the writer's bio that closes a page.
    [
        "The harbour museum will run an evening course on the port's history taught by the "
        "local historian Grace Adaeze Okafor, who has written two books about the docks.",
        "Okafor is a nationally known lecturer and maritime researcher with more than twenty "
        "years of experience in the city's archives.",
        "Students will learn how to read shipping registers, customs ledgers and old maps.",
    ],
    # "“It …,” says X, a researcher" opens with the quote's "It is a…", not a writer's name.
    [
        "“It is a useful result,” says Tomasz Wrona, an independent maritime researcher based "
        "in Gdańsk.",
        "The museum will also publish the old shipping registers online next spring.",
    ],
])
def test_a_closing_line_about_a_researcher_in_the_story_is_no_sign_off(
    closing: list[str],
) -> None:
    course = [*BODY, *closing]
    text = clean_text(page(
        "Harbour pier to be rebuilt - Coast Herald", "Home", "News",
        "Harbour pier to be rebuilt", *course, "Share this article", "Imprint", "Contact",
    ))
    assert text.paragraphs == course


def test_writer_labelled_in_the_details_under_the_text_is_the_byline() -> None:
    # Some templates name the writer only in the details box under the story, a label before
    # the name ("Autor: ...", or "Author" in its own cell, which the scraper joins to the name).
    for label, name in (
        ("Autor:", "Jana Weber"), ("Author", "Antonio Cascais"), ("Auteur :", "Claire Martin"),
        ("Автор:", "Ирина Петрова"),
    ):
        text = clean_text(page(
            "Harbour pier to be rebuilt - Coast Herald", "Home", "News",
            "Harbour pier to be rebuilt", *BODY, "Date 21.05.2020", f"{label} {name}",
            "Share this article", "Imprint",
        ))
        assert text.byline == name
        assert text.paragraphs == BODY


def test_a_label_before_words_that_are_no_names_is_no_byline() -> None:
    text = clean_text(page(
        "Harbour pier to be rebuilt - Coast Herald", "Home", "News",
        "Harbour pier to be rebuilt", *BODY, "Author of the week", "Share this article",
    ))
    assert text.byline == ""


def test_writer_labelled_in_the_details_under_recommended_stories_is_the_byline() -> None:
    # The details box can follow the recommended stories that close the article.
    text = clean_text(page(
        "Harbour pier to be rebuilt - Coast Herald", "Home", "News",
        "Harbour pier to be rebuilt", *BODY, "Coast Herald recommends",
        "New ferry links the islands from May",
        "The shipping company will run a vessel from spring that is powered by batteries alone, "
        "the company said. (20.05.2020)",
        "Harbour festival cancelled this year",
        "Because of the works on the quay wall the popular festival will only return next year, "
        "organisers said. (01.04.2019)",
        "Date 21.05.2020", "Author Antonio Cascais", "Keywords Harbour, Ferry", "Print",
    ))
    assert text.byline == "Antonio Cascais"
    assert text.paragraphs == BODY


def test_a_pointer_to_the_site_s_pictures_after_the_last_paragraph_is_dropped() -> None:
    # The site's pointers to its galleries close the story, printed without brackets and
    # before the footer's menu.
    pointers = ["See the Herald's Pictures of the Week.", "Watch our video of the new pier."]
    article = clean_text(page(
        "Harbour pier to be rebuilt - Coast Herald",
        "Home", "News", "Log In",
        "Harbour pier to be rebuilt",
        *BODY,
        *pointers,
        "Home", "News", "Sport", "Weather", "Contact", "Privacy Policy",
        "© 2026 Coast Herald. All rights reserved.",
    ))
    assert article.paragraphs[-1] == BODY[-1]
    for line in pointers:
        assert line not in article.text


SALES_TABLES = [
    "The best-selling cars of 2023, all engines:",
    "Dacia Sandero: 27,951 units",
    "Seat Arona: 21,639 units",
    "Toyota Corolla: 19,845 units",
    "The best-selling electric cars of 2023:",
    "Tesla Model Y: 6,833 units",
    "Tesla Model 3: 6,116 units",
    "MG4 Electric: 3,094 units",
    "Fiat 500: 2,022 units",
]


def test_lists_of_figures_that_close_the_article_are_kept() -> None:
    # A story that ends on its tables (the year's best sellers, results, standings) has no
    # prose after them; their headed items are the article's, up to the share buttons.
    text = page(
        "Car sales rise for a third year - Motor Desk",
        "Home", "News", "Cars",
        "Car sales rise for a third year",
        "", BODY[0], "", BODY[1], "", BODY[2], "", BODY[3], "",
        SALES_TABLES[0], "", *SALES_TABLES[1:4], "", SALES_TABLES[4], "", *SALES_TABLES[5:],
        "", "Share", "Facebook", "Twitter", "E-Mail",
        "Topics", "Cars", "Electric cars", "Spain",
        "Privacy policy", "Cookie settings",
    )
    article = clean_text(text)
    assert article.paragraphs[:4] == BODY
    assert "MG4 Electric: 3,094 units" in article.paragraphs
    assert "Fiat 500: 2,022 units" in article.paragraphs  # more figures than letters
    assert "The best-selling electric cars of 2023:" in article.paragraphs
    assert not any("Facebook" in p or "Cookie" in p for p in article.paragraphs)


def test_a_headed_list_of_other_stories_after_the_article_is_still_cut() -> None:
    text = page(
        "Harbour pier to be rebuilt - Coast Herald",
        "Home", "News", "Log In",
        "Harbour pier to be rebuilt",
        "", BODY[0], "", BODY[1], "", BODY[2], "", BODY[3], "",
        "More stories from the coast:", "",
        "Ferry links the islands from May",
        "Harbour festival cancelled this year",
        "Lighthouse to become a museum",
        "", "Share", "Facebook", "Twitter",
    )
    assert clean_text(text).paragraphs == BODY


def test_readers_comments_under_a_log_in_to_comment_notice_are_cut() -> None:
    # The notice that readers must log in to comment closes the article; what follows it is
    # their comments, however long and well written.
    comment = (
        "The pier was the heart of this town when I was a child, and it is about time somebody "
        "paid to fix it. I only hope the works are finished before my grandchildren grow up."
    )
    text = page(
        "Harbour pier to be rebuilt - Coast Herald",
        "Home", "News", "Log In",
        "Harbour pier to be rebuilt",
        "", BODY[0], "", BODY[1], "", BODY[2], "", BODY[3], "",
        "Login or register to post comments", "",
        "About time", "",
        "Submitted by harbourkid on Wed, 10/17/2018 - 12:17.", "",
        comment, "",
        "Login or register to post comments", "",
        "Copyright © 2018 Coast Herald",
    )
    assert clean_text(text).paragraphs == BODY


def test_an_author_box_under_its_field_label_is_cut() -> None:
    # "Author: Ann Lee" heads the box, the bio runs on in the same line; the byline above
    # named her, so the box is about the writer, not a person in the story.
    bio = (
        "Author: Ann Lee Ann covers the waterfront for the Coast Herald. She has lived in the "
        "old town since 1998 and still swims off the north beach every morning of the year."
    )
    text = page(
        "Harbour pier to be rebuilt - Coast Herald",
        "Home", "News", "Log In",
        "Harbour pier to be rebuilt",
        "By Ann Lee", "March 3, 2026",
        "", BODY[0], "", BODY[1], "", BODY[2], "", BODY[3], "",
        "Share this Article!", "Share on Facebook", "Share on Twitter",
        bio,
        "", "Search", "", "Copyright © 2026 Coast Herald",
    )
    article = clean_text(text)
    assert article.byline == "Ann Lee"
    assert article.paragraphs == BODY


def test_a_blogs_archive_menu_printed_as_one_line_is_not_body() -> None:
    # A drop-down of months ("Select Month October 2018 September 2018 ...") reads as one long
    # line of words; it is the blog's archive menu, not prose that extends the article.
    months = " ".join(f"{month} 2018" for month in (
        "October", "September", "August", "July", "June", "May", "April", "March",
        "February", "January"))
    text = page(
        "Harbour pier to be rebuilt - Coast Herald",
        "Home", "News", "Log In",
        "Harbour pier to be rebuilt",
        "", BODY[0], "", BODY[1], "", BODY[2], "", BODY[3], "",
        "Search", "", "Archives", "",
        f"Archives Select Month {months} August 2010",
        "Share on Facebook", "Comments", "",
        "Copyright © 2026 Coast Herald",
    )
    assert clean_text(text).paragraphs == BODY


def test_the_publisher_s_line_about_itself_under_the_story_is_dropped() -> None:
    text = clean_text(page(
        "Harbour pier to be rebuilt", *BODY, "___",
        "The Coast Herald is an independent regional news organization dedicated to "
        "factual reporting.",
        "Copyright 2025 The Coast Herald. All Rights Reserved.",
    ))
    assert text.paragraphs == BODY


def test_a_story_that_describes_a_news_agency_keeps_the_sentence() -> None:
    about = ("Reuters is a news agency that supplies reports to thousands of papers and "
             "broadcasters around the world.")
    text = clean_text(page("Agency opens harbour office", about, *BODY))
    assert text.paragraphs == [about, *BODY]


def test_the_text_runs_on_under_a_heading_over_bare_headlines() -> None:
    # "Mehr zum Thema" over two headlines inside the text: links, no teasers, and the article
    # goes on below them; the broadcaster's note on when it ran the story closes it.
    text = clean_text(page(
        "Harbour pier to be rebuilt - Coast Herald",
        "Home", "News",
        "Harbour pier to be rebuilt",
        *BODY[:3],
        "More on this story",
        "Ferry strike: what is it about?",
        "Passenger rights: what travellers need to know now",
        BODY[3],
        "Dieses Thema im Programm:",
        "Über dieses Thema berichtete die Coast Herald am 27. November 2026 um 17:00 Uhr.",
    ))
    assert text.paragraphs == BODY


def test_teasers_under_their_headlines_still_close_the_page() -> None:
    text = clean_text(page(
        "Harbour pier to be rebuilt - Coast Herald",
        "Harbour pier to be rebuilt",
        *BODY,
        "More on this story",
        *TEASERS[1:3], *TEASERS[4:6],
    ))
    assert text.paragraphs == BODY


def test_a_wire_story_s_closing_credit_is_no_paragraph() -> None:
    text = clean_text(page(
        "Harbour pier to be rebuilt - Coast Herald",
        "Harbour pier to be rebuilt",
        *BODY,
        "Source: Coast Herald and news agencies",
        "Sign up for Coast Herald",
        "Catch up on our coverage of the region, all in one place, every single week.",
    ))
    assert text.paragraphs == BODY


def test_a_footer_breadcrumb_ending_in_the_title_does_not_take_the_body() -> None:
    # A cut-down scrape: the document title, the story, then the footer's breadcrumb holding
    # the headline and a site blurb under it. The breadcrumb is no heading for the blurb.
    title = "Dhoop Chhaon Box Office Day 7: Kabir Malhotra's Film Crosses Rs 200 Crore"
    story = [
        "Kabir Malhotra's family drama Dhoop Chhaon has crossed the Rs 200 crore mark at the "
        "domestic box office in just seven days.",
        "The film, directed by Anurag Bhatia, has now overtaken the lifetime collection of "
        "Toofan Express, the action thriller that earned Rs 198 crore earlier this year.",
        "\"Nobody expected a film without a single action sequence to do this kind of "
        "business,\" trade analyst Ramesh Taurani said.",
    ]
    text = clean_text(page(
        title, "Curated By : Shreya Basak", *story,
        "Tags:", "Dhoop Chhaon", "Location :", "Mumbai, India",
        f"News movies bollywood {title}",
        "Read More",
        "Stay updated with the latest Bollywood news, Hollywood updates, and exclusive celebrity "
        "interviews. Find movie reviews and the latest trailers on News18 Showsha.",
    ))
    assert text.title == title
    assert text.paragraphs == story
