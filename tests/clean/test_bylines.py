"""Bylines: the writers' names, never the publisher, a placeholder, a date or a handle."""

from __future__ import annotations

import json

import pytest
from lxml import html as lxml_html

from digests.clean import clean_html, clean_text
from digests.clean.bylines import clean_byline, is_bare_date, is_date_line, writer_names
from digests.clean.html_head import _labelled_names
from tests.clean.harbour_story import BODY as STORY

BODY = "".join(
    f"<p>{sentence}</p>"
    for sentence in [
        "The city council voted on Tuesday to close the old harbour bridge to cars from the "
        "spring, after engineers found cracks in two of its supporting piers.",
        "Buses and cyclists will still be allowed to cross, and the council said it would "
        "review the decision once the repairs, expected to take eighteen months, are finished.",
        "Shop owners on both banks said they feared losing customers, while residents welcomed "
        "the prospect of quieter streets during the long summer evenings.",
    ]
)
URL = "https://harbour-gazette.example/news/bridge"


def page(head: str, byline: str = "") -> str:
    head = "<meta property='og:site_name' content='Harbour Gazette'>" + head
    return (
        f"<html><head><title>Bridge closes to cars</title>{head}</head><body><article>"
        f"<h1>Bridge closes to cars</h1>{byline}{BODY}</article></body></html>"
    )


def json_ld(data: object) -> str:
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("By Ann Lee on July 27, 2017", "Ann Lee"),
        ("Ann Lee 04 November 2020", "Ann Lee"),
        ("Harbour Trust • 15 January 2020", "Harbour Trust"),
        ("von Jonas Weber Foto: © Agentur", "Jonas Weber"),
        ("Ann Lee | alee@harbour-gazette.example", "Ann Lee"),
        ("Posted by Ann Lee, Tom Berg and Kim Nair - Web team", "Ann Lee, Tom Berg and Kim Nair"),
        ("Jose de la Cruz", "Jose de la Cruz"),
        ("Posted by Ann Lee, Tom Berg, Kim Nair and Jo Y Ma - Web team",
         "Ann Lee, Tom Berg, Kim Nair and Jo Y Ma"),
        ("Ann Lee and the whole harbour office team of volunteers", ""),
        ("Posted by Ann Lee in Travel", "Ann Lee"),
        ("No Author", ""),
        ("Unknown", ""),
        ("@harbourgazette", ""),
        ("November 8, 2023", ""),
        ("www.harbour-gazette.example", ""),
        ("Harbour Media GmbH, Hamburg", ""),
        ("ann_lee", ""),
        ("Por:Carolina Ruiz", "Carolina Ruiz"),
        ("By:Ann Lee", "Ann Lee"),
        # the lead word in an element of its own, no space left between it and the names
        ("ByAnn Lee", "Ann Lee"), ("VonJonas Weber", "Jonas Weber"), ("Byron Lee", "Byron Lee"),
        ("by Ann Lee , Harbour-Gazette.example", "Ann Lee"),
        ("Ann Lee, Tom Berg, harbourgazette.example", "Ann Lee, Tom Berg"),
        # the separators a template prints between the logo, the names and the date
        ("/ Ann Lee / 10:08 am Fri Jul 19, 2013", "Ann Lee"), ("| By Ann Lee |", "Ann Lee"),
        # whom the writer wrote for, after the names
        ("By JAMES WILSON FOR MAILONLINE", "James Wilson"),
        ("By Ann Lee for The Harbour Gazette", "Ann Lee"),
        ("By Ann Lee and Tom Berg For Harbourgazette.example", "Ann Lee and Tom Berg"),
        ("By ANN LEE AND TOM BERG", "Ann Lee and Tom Berg"),
        # who asked the questions or wrote the words, with what they did
        ("Interview by Ann Lee", "Ann Lee"), ("Words by Ann Lee", "Ann Lee"),
        ("Interview von Jonas Weber", "Jonas Weber"), ("Entretien par Jean Dupont", "Jean Dupont"),
        # where the story comes from, labelled: a credit, no writer
        ("Source: Reuters", ""), ("Источник: Meduza", ""), ("Quelle: dpa", ""),
        ("By Ann Lee And Tom Berg For The Harbour Gazette On Sunday", "Ann Lee and Tom Berg"),
        # a desk's name with a digit in it goes whole ("g1 RS"), not cut to its first letter
        ("Por Gustavo Chagas, Eduardo Paganella, g1 RS e RBS TV",
         "Gustavo Chagas, Eduardo Paganella"),
        ("Por g1 RS", ""),
        # the Russian labels of the writer
        ("Текст: Денис Шевелёв", "Денис Шевелёв"), ("Автор: Ольга Ившина", "Ольга Ившина"),
        # a writer's job after the name, up to the next name
        ("By Helena Horton, Environment Editor and Joe Pinkstone",
         "Helena Horton and Joe Pinkstone"),
        ("Fiona Hamilton, Crime and Security Editor", "Fiona Hamilton"),
        ("By Marcus Feeney, AccuWeather senior meteorologist", "Marcus Feeney"),
        ("By Ann Lee and Tom Berg, AccuWeather staff writers", "Ann Lee and Tom Berg"),
    ],
)
def test_clean_byline_keeps_only_the_names(text: str, names: str) -> None:
    assert clean_byline(text) == names


def test_a_by_line_with_the_writer_s_job_in_lower_case_marks_the_headline_above() -> None:
    # A page with no document title: the headline is the line over the deck over the "By"
    # line, whose job after the name is in lower case, not the ad-free pitch printed first.
    article = clean_text("\n".join([
        "Go Ad-Free with Harbour Weather Premium",
        "Hurricane",
        "Hurricane Talia to slam Gulf Coast as Category 3; millions told to evacuate",
        "Forecasters warn of a life-threatening storm surge near where Talia makes landfall.",
        "By Marcus Feeney, Harbour Weather senior meteorologist",
        "Published Sep 2, 2026 6:14 AM EDT",
        *STORY,
    ]))
    assert article.title.startswith("Hurricane Talia to slam Gulf Coast")
    assert article.byline == "Marcus Feeney"
    assert article.paragraphs == STORY


def test_structured_data_names_the_writer_the_author_field_does_not() -> None:
    head = ("<meta name='author' content='Harbour Media Group'>"
            + json_ld({"@type": "NewsArticle", "headline": "Bridge closes to cars",
                       "author": [{"@type": "Person", "name": "Ann Lee"},
                                  {"@type": "Person", "name": "Tom Berg"}],
                       "publisher": {"@type": "Organization", "name": "Harbour Media Group"}}))
    assert clean_html(page(head), URL).byline == "Ann Lee, Tom Berg"


def test_structured_data_with_a_raw_line_break_still_counts() -> None:
    data = '{"@type": "BlogPosting", "description": "Two\nlines", "author": {"name": "Ann Lee"}}'
    script = f"<script type='application/ld+json'>{data}</script>"
    assert clean_html(page(script), URL).byline == "Ann Lee"


def test_a_picture_credit_is_not_the_byline() -> None:
    head = json_ld({"@type": "ImageObject", "author": "Photo Agency", "url": "/bridge.jpg"})
    assert clean_html(page(head, "<p class='byline'>By Ann Lee</p>"), URL).byline == "Ann Lee"


@pytest.mark.parametrize(("box", "names"), [
    # React and minified pages print no space between the elements of a byline box
    ("<div class='byline'><span>By</span><a href='/a/1'>Ann Lee</a><span>and</span>"
     "<a href='/a/2'>Tom Berg</a><time datetime='2026-11-26'>Nov 26, 2026</time></div>",
     "Ann Lee and Tom Berg"),
    ("<div class='byline'><span>By</span><a href='/a/1'>Ann Lee</a>"
     "<time datetime='2026-11-26'>Nov 26, 2026</time></div>", "Ann Lee"),
    # a comma right after a name's element stays right after the name
    ("<div class='byline'><a href='/a/1'>Ann Lee</a>, <a href='/a/2'>Tom Berg</a></div>",
     "Ann Lee, Tom Berg"),
])
def test_a_byline_box_s_elements_are_words_apart(box: str, names: str) -> None:
    assert clean_html(page("", box), URL).byline == names


def test_the_site_name_in_the_author_field_gives_way_to_the_byline_element() -> None:
    head = "<meta name='author' content='Harbour Gazette'>"
    byline = "<p class='byline'>By Ann Lee | 8 November 2023</p>"
    assert clean_html(page(head, byline), URL).byline == "Ann Lee"


def test_the_site_name_is_the_byline_when_nothing_else_names_a_writer() -> None:
    head = "<meta name='author' content='Harbour Gazette'>"
    assert clean_html(page(head), URL).byline == "Harbour Gazette"


def test_placeholders_and_dates_are_no_byline() -> None:
    assert clean_html(page("<meta name='author' content='Unknown'>"), URL).byline == ""
    assert clean_html(page("", "<span class='byline'>9 de mayo</span>"), URL).byline == ""


def test_text_byline_without_the_date_after_the_name() -> None:
    paragraphs = [p.removeprefix("<p>") for p in BODY.split("</p>") if p]
    page = "\n\n".join(["Bridge closes to cars", "Bridge closes to cars",
                        "By Ann Lee on July 27, 2017", *paragraphs])
    assert clean_text(page).byline == "Ann Lee"


def test_text_byline_under_the_lead_is_found_and_left_out_of_the_body() -> None:
    paragraphs = [p.removeprefix("<p>") for p in BODY.split("</p>") if p]
    lead = ("The old harbour bridge closes to cars from the spring, after engineers found "
            "cracks in two of its piers.")
    page = "\n\n".join(["Bridge closes to cars", "Home", "News", "Bridge closes to cars", lead,
                        "By Ann Lee • 8 November 2023", *paragraphs])
    article = clean_text(page)
    assert article.byline == "Ann Lee"
    assert article.paragraphs == [lead, *paragraphs]


def text_page(
    *header: str, page_title: str = "Bridge closes to cars", menu: tuple[str, ...] = ("Home",)
) -> str:
    """A page as a scraper sees it: document title, menu, heading, ``header`` lines, the text."""
    paragraphs = [p.removeprefix("<p>") for p in BODY.split("</p>") if p]
    return "\n\n".join([page_title, *menu, "Bridge closes to cars", *header, *paragraphs])


@pytest.mark.parametrize(
    ("header", "names"),
    [
        (["By", "Ann Lee", "-", "November 8, 2023"], "Ann Lee"),
        (["Von", "Jonas Weber", "19.10.19, 08:16 Uhr"], "Jonas Weber"),
        (["By", "Ann Lee", "and", "Tom Berg"], "Ann Lee and Tom Berg"),
        (["By Ann Lee", "and", "Tom Berg", "November 8, 2023 at 10:41 p.m. EST"],
         "Ann Lee and Tom Berg"),
        (["Autor", "Jonas Weber,"], "Jonas Weber"),
        (["By", "Share"], ""),
        (["By", "the harbour office"], ""),
    ],
)
def test_text_byline_with_the_lead_word_on_its_own_line(header: list[str], names: str) -> None:
    article = clean_text(text_page(*header))
    assert article.byline == names
    assert "Ann Lee" not in " ".join(article.paragraphs)


def test_text_byline_naming_the_site_gives_way_to_the_writer_further_down() -> None:
    page = text_page("By Harbour Gazette", "Written by: Ann Lee",
                     page_title="Bridge closes to cars - Harbour Gazette")
    assert clean_text(page).byline == "Ann Lee"


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Von Jonas Weber | 24. Oktober 2023 | Zuletzt geändert: 7. November 2023, 8:54 Uhr",
         "Jonas Weber"),
        ("By Ann Lee on Thu, Nov 9, 2023 at 4:00 am in the morning edition", "Ann Lee"),
        ("By Ann Lee Last updated Nov 8, 2023 Share with new partner:", "Ann Lee"),
        ("By Ann Lee.", "Ann Lee"),
        ("By Joe S.", "Joe S."),
        ("Author: Ann Lee, Datum: 03.03.19", "Ann Lee"),
        ("By then, the council had spent 2 million on repairs to the bridge.", ""),
        ("By Tuesday, the council had closed the bridge to cars.", ""),
    ],
)
def test_text_byline_in_a_long_line_or_with_a_full_stop(line: str, names: str) -> None:
    assert clean_text(text_page(line)).byline == names


@pytest.mark.parametrize(
    ("header", "names"),
    [
        (["Ann Lee", "November 8, 2023"], "Ann Lee"),
        (["Ann Lee, Tom Berg", "8 November 2023, 3:18 p.m."], "Ann Lee, Tom Berg"),
        (["Jonas Weber", "05.11.2023"], "Jonas Weber"),
        # A headline in title case, a section the menu shows, a list of other stories.
        (["Harbour Repairs Begin In Spring", "November 8, 2023"], ""),
        (["City Hall", "November 8, 2023"], ""),
        (["Ferry Timetable", "November 2, 2023", "Harbour Festival", "October 30, 2023"], ""),
    ],
)
def test_text_byline_as_a_bare_name_above_the_date(header: list[str], names: str) -> None:
    article = clean_text(text_page(*header, menu=("Home", "City Hall", "Sport")))
    assert article.byline == names
    assert names == "" or names not in " ".join(article.paragraphs)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("July 24, 2019 by Ann Lee 5 Comments", "Ann Lee"),
        ("05.11.2023, 11:30 Uhr von Jonas Weber", "Jonas Weber"),
        ("1. Januar 2016 von Jonas Weber Ein Kommentar", "Jonas Weber"),
        ("Posted on 2015-04-05 by ann | Leave a comment", ""),
        ("March 3, 2023 by the harbour office", ""),
    ],
)
def test_text_byline_after_the_date(line: str, names: str) -> None:
    assert clean_text(text_page(line)).byline == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Ann Lee | lundi 9 décembre 2019 à 09h08", "Ann Lee"),
        ("30. Oktober 2019 | Jonas Weber", "Jonas Weber"),
        ("23.06.2016 um 16:14 Uhr - Jonas Weber - 91 Ergänzungen", "Jonas Weber"),
        # A section or a place before the date, a date's own words, a sentence.
        ("City Hall | November 8, 2023", ""),
        ("Berlin | November 8, 2023", ""),
        ("Publicado el | 11 de mayo", ""),
        ("Original Research 7 April 2020", ""),
    ],
)
def test_text_byline_as_names_and_a_date_on_one_line(line: str, names: str) -> None:
    article = clean_text(text_page(line, menu=("Home", "City Hall", "Sport")))
    assert article.byline == names


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("<div><p class='label'><strong>By</strong></p><p class='who'>Ann Lee</p></div>",
         "Ann Lee"),
        ("<h4>Autor</h4><p><a href='/profil/jonas-weber'>Jonas Weber</a><b>, </b></p>",
         "Jonas Weber"),
        ("<section class='byline'><span>By</span><span>Ann Lee</span>\n"
         "<span>|</span>\n<span>July 27, 2017</span></section>", "Ann Lee"),
        # A lone word after the label is no writer's full name.
        ("<span>By</span> <span>Published</span> <span>8 November 2023</span>", ""),
    ],
)
def test_html_byline_after_a_label_element(byline: str, names: str) -> None:
    assert clean_html(page("", byline), URL).byline == names


def test_html_byline_label_completes_a_first_name_in_the_structured_data() -> None:
    head = json_ld({"@type": "NewsArticle", "author": {"@type": "Person", "name": "Ann"}})
    byline = "<div><p>By</p><p>Ann Lee</p></div>"
    assert clean_html(page(head, byline), URL).byline == "Ann Lee"


def test_text_menu_above_a_heading_that_repeats_the_document_title_is_no_byline() -> None:
    # The scraper prints the document title first; when the heading repeats it word for word,
    # the lines between the two are the menu, not the article's header.
    menu = ("Home", "News", "Sport", "Weather", "- Advertorial Harbour Shop",
            "PAR LES TEMPS QUI COURENT", "Contact")
    assert clean_text(text_page(menu=menu)).byline == ""
    assert clean_text(text_page("By Ann Lee", menu=menu)).byline == "Ann Lee"


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Von Tunis nach Teheran", ""),  # "from ... to ...": a headline, not a writer
        ("By the harbour office", ""),
        ("BY ANN LEE", "Ann Lee"),
        ("Von Jonas Weber", "Jonas Weber"),
    ],
)
def test_text_short_lead_word_line_names_people(line: str, names: str) -> None:
    assert clean_text(text_page(line)).byline == names


def test_text_byline_signed_under_a_blog_post() -> None:
    page = text_page() + "\n\nPosted by Ann Lee at 2:33 PM\n\nNewer Post Older Post Home"
    article = clean_text(page)
    assert article.byline == "Ann Lee"
    assert "Ann Lee" not in " ".join(article.paragraphs)


def test_text_byline_of_a_teaser_under_the_article_is_not_its_byline() -> None:
    page = text_page() + "\n\nRelated stories\n\nFerry timetable changes\n\nBy Tom Berg"
    assert clean_text(page).byline == ""


def test_text_byline_below_the_lead_among_a_picture_s_short_lines() -> None:
    lead = ("The old harbour bridge closes to cars from the spring, after engineers found "
            "cracks in two of its piers.")
    page = text_page(lead, "Expand", "Harbour Office", "By Ann Lee 04 May 2022 at 09:01 hrs.")
    article = clean_text(page)
    assert article.byline == "Ann Lee"
    assert article.paragraphs[0] == lead


@pytest.mark.parametrize(
    ("above", "names"),
    [
        ("/ Ann Lee / 10:08 am Fri Jul 19, 2013", "Ann Lee"),
        ("By Ann Lee", "Ann Lee"),
        # A label, a section the menu shows.
        ("- Advertorial Harbour", ""),
        ("City Hall | November 8, 2023", ""),
    ],
)
def test_text_byline_right_above_the_heading(above: str, names: str) -> None:
    menu = ("Home", "City Hall", "Sport", "Weather", above)
    assert clean_text(text_page(menu=menu)).byline == names


@pytest.mark.parametrize("line", [
    "/ jueves 9 de abril de 2020", "sábado, março 28, 2020", "quarta-feira, 3 de junho de 2020",
    "25 августа 2022", "Donderdag 5 mei 2022", "2017-2-28 17:34", "17/04/2024 - 13:38",
])
def test_a_date_alone_in_more_languages_is_a_bare_date(line: str) -> None:
    assert is_bare_date(line)


def test_a_headline_with_a_month_is_no_bare_date() -> None:
    assert not is_bare_date("Markets rise in March 2020")
    assert not is_bare_date("3 de junho: o dia em que a ponte abriu")


def test_a_date_printed_above_the_headline_is_not_the_title() -> None:
    body = [
        "A prefeitura anunciou nesta segunda-feira um plano para reformar o mercado municipal, "
        "fechado desde o incêndio do ano passado.",
        "As obras devem começar em agosto e durar cerca de um ano, segundo a secretaria de obras, "
        "que ainda procura uma sede provisória para os comerciantes.",
        "Os comerciantes pediram que a reforma respeite a fachada antiga do prédio, tombada "
        "pelo patrimônio histórico em 1987.",
    ]
    article = clean_text("\n\n".join([
        "sábado, março 28, 2020", "Prefeitura vai reformar o mercado municipal", *body,
    ]))
    assert article.title == "Prefeitura vai reformar o mercado municipal"
    assert article.paragraphs == body


def test_text_byline_with_no_space_after_the_colon() -> None:
    assert clean_text(text_page("Por:Carolina Ruiz")).byline == "Carolina Ruiz"


@pytest.mark.parametrize(("text", "names"), [
    # a template that sets the byline in capitals: the names read as names again
    ("By NORA CASTELL", "Nora Castell"),
    ("By NORA CASTELL and TOM O'BRIEN-HALE", "Nora Castell and Tom O'Brien-Hale"),
    # an agency's initials stay initials, and so do a writer's
    ("By NORA CASTELL, AFP", "Nora Castell, AFP"), ("BBC NEWS", "BBC News"),
    ("J. R. HALE", "J. R. Hale"),
    # names written in mixed case are left as they are
    ("By Nora McCastell", "Nora McCastell"),
])
def test_a_byline_set_in_capitals_is_given_the_names_own_case(text: str, names: str) -> None:
    assert clean_byline(text) == names


@pytest.mark.parametrize(
    "byline",
    [
        # hAtom/hNews markup: the writer's element has the classes "author" and "vcard"
        "<div id='Byline'><a href='/staff/alee'><span class='avatar'>Ann Lee</span></a> By "
        "<span class='author vcard'><a class='url fn' href='/staff/alee/posts'>Ann Lee | "
        "alee@harbour-gazette.example</a></span></div>",
        "<p>Posted by <span class='vcard author'><span class='fn'>Ann Lee</span></span></p>",
    ],
)
def test_html_byline_in_microformat_author_markup(byline: str) -> None:
    assert clean_html(page("", byline), URL).byline == "Ann Lee"


def test_a_commenter_s_microformat_box_is_no_byline() -> None:
    comments = "<div class='comment-author vcard'><cite class='fn'>Tom Berg</cite></div>"
    html = page("", "").replace("</article>", f"</article><div id='comments'>{comments}</div>")
    assert clean_html(html, URL).byline == ""


@pytest.mark.parametrize("byline", [
    # a template that marks the writer's name with the class "author" alone, no "By" before it
    "<div class='meta'><span class='author'>Ann Lee</span> <span class='date'>17.11.2010</span>"
    "</div>",
    "<div class='navbyline'><span class='author'><a href='/author/ann_lee'>Ann Lee</a></span> / "
    "<span class='date'>10:08 am Fri</span></div>",
])
def test_html_byline_in_an_element_of_class_author(byline: str) -> None:
    assert clean_html(page("", byline), URL).byline == "Ann Lee"


def test_a_commenter_s_author_element_or_a_word_in_it_is_no_byline() -> None:
    comments = "<div class='comments'><span class='author'>Tom Berg</span></div>"
    html = page("", "<span class='author'>admin</span>").replace(
        "</article>", f"</article>{comments}")
    assert clean_html(html, URL).byline == ""


@pytest.mark.parametrize("head", [
    # the author's profile linked from the head, or an author field left empty: no text, so
    # the byline element in the page still names the writer
    "<link rel='author' href='https://plus.example/123'>", "<meta itemprop='author' content=''>",
])
def test_an_author_link_or_field_without_text_leaves_the_byline_to_the_page(head: str) -> None:
    byline = "<p class='meta'><a rel='author' href='/staff/alee'>Ann Lee</a> | 17.11.2010</p>"
    assert clean_html(page(head, byline), URL).byline == "Ann Lee"


@pytest.mark.parametrize("label", ["Author", "Autor", "Auteure", "Автор"])
def test_html_byline_in_a_details_list_under_the_field_s_label(label: str) -> None:
    # the story's details in a list of labelled fields: the label alone, the value after it
    details = (
        f"<ul class='details'><li><strong>Date</strong> 21.05.2020</li>"
        f"<li><strong>{label}</strong> Ann Lee</li><li><strong>Keywords</strong> "
        "<a href='/t/bridge'>Bridge</a></li></ul>"
    )
    html = page("", "").replace("</article>", f"</article>{details}")
    assert clean_html(html, URL).byline == "Ann Lee"


def test_a_field_label_that_names_no_one_leaves_the_byline_below_it() -> None:
    tree = lxml_html.fromstring(
        "<html><body><ul class='sort'><li><span>Author</span> <a href='/a-z'>A to Z</a></li>"
        "</ul><article><h1>Bridge closes to cars</h1><div class='meta'><span>By</span>"
        "<a href='/ann'>Ann Lee</a></div></article></body></html>"
    )
    assert _labelled_names(tree) == "Ann Lee"


@pytest.mark.parametrize("byline", ["By Ann Lee Harbour Gazette", "By Ann Lee, Harbour Gazette"])
def test_text_byline_without_the_site_name_after_the_writer(byline: str) -> None:
    page = text_page(byline, page_title="Bridge closes to cars | Harbour Gazette")
    assert clean_text(page).byline == "Ann Lee"


@pytest.mark.parametrize("job", ["Coast Herald health correspondent", "Political Editor"])
def test_text_byline_is_the_name_over_the_writer_s_job(job: str) -> None:
    article = clean_text(text_page("27 November 2026", "Share", "Ann Lee", job, "@annlee"))
    assert article.byline == "Ann Lee"
    assert job not in " ".join(article.paragraphs)


@pytest.mark.parametrize("job", ["Social Affairs Correspondent", "Political Staff"])
def test_text_byline_is_the_name_over_the_writer_s_job_over_the_date(job: str) -> None:
    # The Independent, The Irish Times: no "By", the job under the name, the date under it.
    article = clean_text(text_page("Ann Lee", job, "Tuesday 14 October 2025 06:00 BST"))
    assert article.byline == "Ann Lee"


@pytest.mark.parametrize(("line", "names"), [
    ("Ann Lee Political correspondent", "Ann Lee"),
    ("Ann Lee, HARBOUR Staff Writer", "Ann Lee"),
    ("Mary Ann Lee Senior reporter", "Mary Ann Lee"),
    ("Ann Lee Correspondent", "Ann Lee"),
    ("Ann Lee said the correspondent", ""),
])
def test_text_byline_is_the_name_and_job_on_one_line(line: str, names: str) -> None:
    # The Guardian and ESPN print the job beside the name; the date under them.
    article = clean_text(text_page(line, "Wed 25 Nov 2026 14.02 GMT"))
    assert article.byline == names


def test_a_name_over_a_line_that_is_no_job_is_no_byline() -> None:
    assert clean_text(text_page("Ann Lee", "Harbour master since 2009")).byline == ""


def test_text_byline_over_the_dates_it_was_published_and_updated() -> None:
    page = text_page("Ann Lee", "27/11/2026 14:05", "Actualizado al 27/11/2026 16:30")
    article = clean_text(page)
    assert article.byline == "Ann Lee"


def test_an_agency_given_as_the_author_gives_way_to_the_writers_the_page_names() -> None:
    head = json_ld({"@type": "NewsArticle", "headline": "Bridge closes to cars",
                    "author": {"@type": "Organization", "name": "DPA"}})
    byline = "<p class='byline'>By Ann Lee</p>"
    assert clean_html(page(head, byline), URL).byline == "Ann Lee"


def test_a_french_date_with_its_ordinal_is_a_date_line() -> None:
    assert is_date_line("publié le 1er avril 2025 à 19h48")
    assert is_date_line("Mis à jour le 1er mai 2025")
    assert not is_date_line("Le 1er ministre a parlé")


def test_a_wire_byline_names_the_reporters_with_and_where() -> None:
    assert clean_byline("By Nadia Santoso with Rizal Hadi in Tobelo") == \
        "Nadia Santoso with Rizal Hadi"
    assert writer_names("Nadia Santoso with Rizal Hadi") == ["Nadia Santoso", "Rizal Hadi"]


def test_a_lower_case_byline_with_a_date_under_the_headline_is_no_part_of_it() -> None:
    # The Hill's "by NAME - date time ET" under its headline: the byline, not the headline's
    # wrapped end.
    article = clean_text("\n".join([
        "Rail safety bill stalls as senators split over crew-size mandate",
        "by Kelsey Marchetti - 03/12/25 2:15 PM ET", *STORY,
    ]))
    assert article.title == "Rail safety bill stalls as senators split over crew-size mandate"
    assert article.byline == "Kelsey Marchetti"
