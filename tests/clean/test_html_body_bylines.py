"""HTML mode: a byline printed as a line of the body, and a byline field that names the site."""

from __future__ import annotations

from digests.clean import clean_html

STORY = [
    "The ferry between the two islands will run every hour from next month, the harbour board "
    "said on Monday after a year of complaints about crowded boats.",
    "Two new vessels, each carrying up to three hundred passengers, were ordered last spring "
    "from a shipyard on the mainland and arrived at the port this week.",
    "Residents had collected more than four thousand signatures asking for a more frequent "
    "service, especially in the summer when visitors fill the morning boats.",
    "The board said the timetable would be reviewed again in the autumn once it had figures "
    "for the number of people travelling at each hour of the day.",
    "Tickets will keep their current price until the end of the year, when a new fare scheme "
    "for island residents is expected to be agreed with the regional council.",
]


def page(body: str, head: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Island ferry to run every hour | Harbour Weekly</title>
<meta property="og:site_name" content="Harbour Weekly">
{head}
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<article><h1>Island ferry to run every hour</h1>
{body}
</article>
</body></html>"""


def paragraphs(texts: list[str]) -> str:
    return "\n".join(f"<p>{text}</p>" for text in texts)


def test_a_byline_line_that_closes_the_body_is_the_byline_not_a_paragraph() -> None:
    article = clean_html(page(paragraphs([*STORY, "By Nora Castell"])), "https://example.org/a")
    assert article.byline == "Nora Castell"
    assert article.paragraphs == STORY


def test_a_byline_line_that_opens_the_body_is_the_byline_not_a_paragraph() -> None:
    article = clean_html(page(paragraphs(["Von Nora Castell", *STORY])), "https://example.org/a")
    assert article.byline == "Nora Castell"
    assert article.paragraphs == STORY


def test_the_head_s_writer_outranks_a_byline_line_and_the_line_still_goes() -> None:
    head = '<meta name="author" content="Tom Berger">'
    article = clean_html(page(paragraphs([*STORY, "By Nora Castell"]), head), "https://example.org/a")
    assert article.byline == "Tom Berger"
    assert article.paragraphs == STORY


def test_a_sentence_that_starts_with_by_stays() -> None:
    line = "By Friday the Harbour Board Had Sold Every Ticket."
    article = clean_html(page(paragraphs([*STORY, line])), "https://example.org/a")
    assert article.paragraphs[-1] == line


def test_an_author_field_of_the_site_and_its_city_is_no_writer() -> None:
    head = '<meta name="author" content="Harbour Weekly, Portsmouth, England">'
    article = clean_html(page(paragraphs([*STORY, "By Nora Castell"]), head), "https://example.org/a")
    assert article.byline == "Nora Castell"


def test_an_author_field_of_the_site_and_its_city_stays_when_nothing_else_names_anyone() -> None:
    head = '<meta name="author" content="Harbour Weekly, Portsmouth, England">'
    article = clean_html(page(paragraphs(STORY), head), "https://example.org/a")
    assert article.byline.startswith("Harbour Weekly")


def test_a_byline_element_that_names_more_writers_than_the_structured_data_wins() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"author": {"@type": "Person", "name": "Nora Castell"}}</script>'
    )
    body = '<div class="byline">By Nora Castell and Tom Berger</div>' + paragraphs(STORY)
    article = clean_html(page(body, head), "https://example.org/a")
    assert article.byline == "Nora Castell and Tom Berger"


def test_an_author_element_whose_itemprop_lists_more_than_one_property_names_the_writer() -> None:
    # itemprop and rel hold lists of words: a template marks the author "author creator".
    body = (
        '<div class="info"><span class="author" itemprop="author creator">'
        '<a href="/people/nora-castell"><span itemprop="name">Nora Castell</span></a></span>'
        "<time>4 March 2026</time></div>" + paragraphs(STORY)
    )
    assert clean_html(page(body), "https://example.org/a").byline == "Nora Castell"
    linked = '<p><a rel="noopener author" href="/people/tom-berger">Tom Berger</a></p>'
    assert clean_html(page(linked + paragraphs(STORY)), "https://example.org/a").byline == (
        "Tom Berger"
    )


def test_a_byline_box_that_also_gives_the_writer_s_job_names_only_the_writer() -> None:
    # The box holds a portrait, the lead word, the linked name and the writer's job, each in an
    # element of its own: the job is no part of the name.
    body = (
        '<div class="story-byline"><a href="/people/nora-castell"><img src="/n.jpg" alt=""></a>'
        '<div class="byline-text"><span>By</span>'
        '<div class="name"><a href="/people/nora-castell" rel="author">Nora Castell</a></div>'
        '<div class="role"><span>Harbour Weekly transport reporter</span></div></div></div>'
        + paragraphs(STORY)
    )
    assert clean_html(page(body), "https://example.org/a").byline == "Nora Castell"


def test_a_byline_box_with_two_linked_writers_names_both() -> None:
    body = (
        '<div class="byline">By <a rel="author" href="/p/nc">Nora Castell</a> and '
        '<a rel="author" href="/p/tb">Tom Berger</a>, transport desk</div>' + paragraphs(STORY)
    )
    assert clean_html(page(body), "https://example.org/a").byline == "Nora Castell, Tom Berger"


def test_a_writer_named_in_the_menu_s_teasers_is_not_the_byline() -> None:
    # The menu shows other stories, each with its writer marked as a byline, before the
    # article's own byline.
    menu = (
        '<nav class="sections"><ul><li><a href="/life">Life</a><ul class="flyout">'
        '<li class="teaser"><a href="/s/1">A village keeps its last shop open</a>'
        '<span class="byline"><a href="/w/ada-moss">Ada Moss</a></span></li></ul></li></ul></nav>'
    )
    body = '<span class="byline"><a rel="author" href="/w/nc">Nora Castell</a></span>'
    html = page(body + paragraphs(STORY)).replace("<nav>", menu + "<nav>", 1)
    assert clean_html(html, "https://example.org/a").byline == "Nora Castell"


def test_a_by_label_that_follows_the_writer_s_picture_labels_the_name_after_it() -> None:
    # The byline box shows the writer's picture (its alt text the name) in a link, then "By"
    # as loose text and the linked name in an element marked with no author property.
    box = (
        '<div id="Byline"><a href="/user/nc"><span class="avatar">Nora Castell</span></a>\n'
        'By\n<span class="author vcard"><a class="bl" href="/user/nc/posts">Nora Castell</a>'
        '</span><br/>on March 4, 2015 at 8:17 AM</div>'
    )
    article = clean_html(page(box + paragraphs(STORY)), "https://example.org/a")
    assert article.byline == "Nora Castell"
    assert article.paragraphs == STORY


def test_a_date_line_under_the_headline_is_no_paragraph() -> None:
    # Trafilatura keeps the headline and the date line under it; the headline goes as the
    # title, and the date line that then opens the text goes with it.
    box = '<div id="info"><br/>on March 4, 2015 at 8:17 AM</div>'
    article = clean_html(page(box + paragraphs(STORY)), "https://example.org/a")
    assert article.paragraphs == STORY


def test_the_writer_named_in_the_parsely_page_data_is_the_byline() -> None:
    # Blogs and papers on WordPress give the page's data to their analytics as one JSON text
    # in a meta field; its "author" names the writer when no other field does.
    head = (
        "<meta name='parsely-page' content='{\"title\":\"Island ferry to run every hour\","
        "\"type\":\"post\",\"author\":\"Nora Castell\",\"tags\":[\"ferry\"]}' />"
    )
    article = clean_html(page(paragraphs(STORY), head), "https://example.org/a")
    assert article.byline == "Nora Castell"
    # Data that is no JSON, or names nobody, gives no byline.
    for content in ("{\"title\": \"Island ferry\"", "{\"author\": \"\"}", "[1, 2]"):
        broken = f"<meta name='parsely-page' content='{content}' />"
        assert clean_html(page(paragraphs(STORY), broken), "https://example.org/a").byline == ""


def test_a_byline_box_whose_class_spells_by_line_apart_names_the_writer() -> None:
    for name in ("by_line_date", "article-by-line"):
        box = f'<div class="{name}">by Nora Castell | March 4, 2015 07:38am ET</div>'
        article = clean_html(page(box + paragraphs(STORY)), "https://example.org/a")
        assert article.byline == "Nora Castell", name


def test_a_by_label_that_shares_its_element_with_the_linked_name_labels_that_name() -> None:
    # "by" and the linked name inside one element; the picture's credit comes after it.
    meta = (
        '<ul class="post-meta-list"><li><span class="post-date">December 28, 2016</span></li>'
        '<li><span>by <a href="/author/nc/" class="author-name">Nora Castell</a></span></li></ul>'
        '<figure><img src="/ferry.jpg" alt=""><figcaption><span>Getty Images</span>'
        "</figcaption></figure>"
    )
    article = clean_html(page(meta + paragraphs(STORY)), "https://example.org/a")
    assert article.byline == "Nora Castell"


def test_the_writer_s_e_mail_address_under_the_text_is_no_paragraph() -> None:
    # The print edition's sign-off: a rule, then the address as plain text.
    contact = "<p>--</p><p>nora.castell@harbourweekly.com</p>"
    article = clean_html(page(paragraphs(STORY) + contact), "https://example.org/a")
    assert article.paragraphs == STORY


def test_a_sentence_that_gives_an_e_mail_address_stays() -> None:
    sentence = "Readers who saw the ferry run aground can write to tips@harbourweekly.com."
    article = clean_html(page(paragraphs([*STORY, sentence])), "https://example.org/a")
    assert article.paragraphs[-1] == sentence
