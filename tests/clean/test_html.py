"""HTML mode: trafilatura's main text, minus the chrome it lets through."""

from __future__ import annotations

import trafilatura

from digests.clean import clean_html

BODY = [
    "The city council voted on Tuesday to turn the old harbour warehouse into a public library, "
    "ending a dispute that had run for almost a decade.",
    "Supporters packed the chamber for the vote, which passed by eleven votes to four after a "
    "debate that lasted more than three hours.",
    "“This building belongs to everyone who grew up on these streets,” said councillor Maria "
    "Lopez, who first proposed the plan in 2016.",
    "Opponents had argued that the site should be sold to developers to pay for repairs to the "
    "sea wall, which engineers say will be needed within ten years.",
    "The library is expected to open in the spring of 2027 and will include a reading room "
    "overlooking the water, a children's floor and a small maritime museum.",
    "Construction will be paid for by a regional culture fund and by a bond that residents "
    "approved in a referendum last year.",
]

CHROME = [
    "Advertisement",
    "Share this article",
    "Follow us on Twitter",
    "Also Read",
    "Mayor promises new bus lanes before winter",
    "Harbour festival returns after three-year break",
    "Sign up for our daily newsletter and never miss a story",
    "Download the Harbour Times app to get breaking news alerts",
    "End of Story",
    "Photo: Jan Novak/Harbour Times",
]


def page(*paragraphs: str) -> str:
    inner = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Council turns old warehouse into a library | Harbour Times</title>
<meta property="og:title" content="Council turns old warehouse into a library">
<meta name="author" content="By Elena Fischer">
<meta property="article:published_time" content="2026-03-04T09:30:00Z">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<article><h1>Council turns old warehouse into a library</h1>
{inner}
</article>
<footer><p>© 2026 Harbour Times. All rights reserved.</p></footer>
</body></html>"""


CHROME_PAGE = page(
    BODY[0], CHROME[0], BODY[1], CHROME[9], BODY[2], CHROME[1], CHROME[2], BODY[3],
    CHROME[0], BODY[4], CHROME[9], BODY[5], CHROME[6], CHROME[7], CHROME[3], CHROME[4],
    CHROME[5], CHROME[8],
)


def test_keeps_every_body_paragraph_in_order() -> None:
    article = clean_html(CHROME_PAGE, url="https://example.org/library")
    assert article.paragraphs == BODY


def test_removes_chrome_that_trafilatura_lets_through() -> None:
    alone = trafilatura.extract(CHROME_PAGE, include_comments=False, include_tables=True) or ""
    let_through = [c for c in CHROME if c in alone]
    assert let_through, "the page should exercise chrome that trafilatura keeps"
    text = clean_html(CHROME_PAGE).text
    assert [c for c in CHROME if c in text] == []


def test_metadata_from_the_page_head() -> None:
    article = clean_html(CHROME_PAGE, url="https://example.org/library")
    assert article.title == "Council turns old warehouse into a library"
    assert article.byline == "Elena Fischer"
    assert article.published == "2026-03-04T09:30:00Z"
    assert article.language == "en"
    assert article.url == "https://example.org/library"


def test_body_mentioning_newsletters_and_apps_is_not_chrome() -> None:
    # Long paragraphs that talk about apps or newsletters are content, not banners.
    about_apps = (
        "The council will also publish a weekly newsletter about the building works, and a "
        "free app will let residents reserve study rooms once the library opens, officials "
        "said, adding that paper forms would remain available at the town hall for anyone "
        "without a phone."
    )
    article = clean_html(page(BODY[0], about_apps, BODY[1], BODY[2]))
    assert about_apps in article.paragraphs


def test_summary_list_before_the_body_is_the_standfirst() -> None:
    bullets = "<ul><li>The old warehouse will become a public library.</li>" \
              "<li>The vote passed by eleven votes to four.</li></ul>"
    html = page(*BODY).replace("<p>", bullets + "<p>", 1)
    article = clean_html(html)
    assert article.standfirst == [
        "The old warehouse will become a public library.",
        "The vote passed by eleven votes to four.",
    ]
    assert article.paragraphs == BODY


def test_empty_and_broken_markup_give_an_empty_article() -> None:
    assert clean_html("").paragraphs == []
    assert clean_html("<html><body><div>").text == ""


def test_repeated_credit_lines_go_but_repeated_refrains_and_code_stay() -> None:
    html = page(
        BODY[0], "Jan Novak/Harbour Times", BODY[1], "Jan Novak/Harbour Times", BODY[2],
        "Sing it again", BODY[3], "Sing it again", BODY[4],
    ).replace("</article>", "<pre><code>FROM python:3.12\nRUN make</code></pre>"
              "<p>The second image uses the same base.</p>"
              "<pre><code>FROM python:3.12\nRUN make test</code></pre></article>")
    article = clean_html(html)
    assert "Jan Novak/Harbour Times" not in article.text
    assert article.text.count("Sing it again") == 2
    assert article.text.count("FROM python:3.12") == 2


LEAD = (
    "Eleven votes to four: after a decade of dispute the harbour warehouse will become the "
    "city's new public library."
)
RELATED_TEASER = (
    "Mayor promises new bus lanes before winter and a second ferry line for the island "
    "villages next year."
)


def lead_page(description: str = "", lead_class: str = "article-intro") -> str:
    inner = "\n".join(f"<p>{p}</p>" for p in BODY)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Council turns old warehouse into a library | Harbour Times</title>
<meta property="og:title" content="Council turns old warehouse into a library">
<meta name="description" content="{description}">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<div class="page"><div class="article-head">
<div class="blog-description">The Harbour Times: news from the waterfront and the old town.</div>
<h1>Council turns old warehouse into a library</h1>
<div class="{lead_class}">{LEAD}</div>
<div class="meta"><span>4 March 2026</span></div></div>
<div class="article-body">
{inner}
</div>
<div class="related"><div class="teaser"><a href="/bus">
<div class="teaser-text">{RELATED_TEASER}</div></a></div></div>
</div>
<footer><p>© 2026 Harbour Times. All rights reserved.</p></footer>
</body></html>"""


def test_lead_in_a_box_of_its_own_is_the_standfirst() -> None:
    # Templates set the lead apart between headline and text, where trafilatura drops it: the
    # standfirst, above the text (and first in the article's text).
    page_html = lead_page()
    assert LEAD not in (trafilatura.extract(page_html) or "")
    article = clean_html(page_html)
    assert article.standfirst == [LEAD]
    assert article.paragraphs[0] == BODY[0]
    assert article.text.startswith(LEAD)
    # Other stories' teasers carry the same class names, but sit below the text, in links;
    # a site's own description sits above the headline.
    assert RELATED_TEASER not in article.text
    assert "news from the waterfront" not in article.text


def test_lead_is_also_known_by_repeating_the_page_description() -> None:
    article = clean_html(lead_page(description=LEAD[:80] + "…", lead_class="box"))
    assert article.standfirst == [LEAD]
    assert clean_html(lead_page(lead_class="box")).paragraphs[0] == BODY[0]


def test_section_label_above_the_headline_goes_with_it() -> None:
    labelled = page(*BODY).replace(
        "<article><h1>", "<article><h2>Press releases</h2>\n<h1>"
    )
    assert "Press releases" in (trafilatura.extract(labelled) or "")
    article = clean_html(labelled)
    assert article.paragraphs[0] == BODY[0]
    # A heading between the headline and the text is the article's own.
    subtitled = page(*BODY).replace("</h1>", "</h1>\n<h2>Eleven votes to four</h2>")
    assert clean_html(subtitled).paragraphs[:2] == ["Eleven votes to four", BODY[0]]


def test_bio_and_contact_box_closing_the_page_go() -> None:
    closing = [
        "<h2>About the author</h2>",
        "<p>Elena Fischer is a reporter at the Harbour Times, where she covers the city "
        "council and the port.</p>",
        "<h3>Press contact</h3>",
        "<p>City of Harbourton, press office</p>",
        "<p>press@harbourton.example</p>",
    ]
    closed = page(*BODY).replace("</article>", "\n".join(closing) + "\n</article>")
    assert "Press contact" in (trafilatura.extract(closed) or "")
    assert clean_html(closed).paragraphs == BODY
    # A contact box or a bio near the top is about someone in the story: it stays.
    early = page(BODY[0], *BODY).replace("<p>", "<h2>Press contact</h2><p>", 1)
    assert "Press contact" in clean_html(early).text


def test_lead_boxes_named_in_the_newsroom_s_own_language_are_leads_too() -> None:
    # Central European CMSs call the lead the "perex", French ones the "chapô", Spanish ones
    # the "entradilla" or "bajada".
    for name in ("perex", "article-chapo", "chapeau", "entradilla", "nota-bajada",
                 # and names written in two parts ("sub-headline")
                 "sub-headline", "sdc-article-header__sub-title"):
        page_html = lead_page(lead_class=name)
        assert LEAD not in (trafilatura.extract(page_html) or ""), name
        article = clean_html(page_html)
        assert (article.standfirst, article.paragraphs[0]) == ([LEAD], BODY[0]), name


def test_a_date_stamp_that_closes_the_text_is_not_a_paragraph() -> None:
    # The template's "created"/"updated" line under the last paragraph: the date is metadata.
    for stamp in ("Date created : 2026-03-04", "Last updated: 4 March 2026, 10:12",
                  "Aktualisiert am 04.03.2026"):
        html = page(*BODY, stamp)
        assert stamp in (trafilatura.extract(html) or ""), stamp
        assert clean_html(html).paragraphs == BODY, stamp
    # A sentence that ends the story with a date is the story's.
    closing = "The library will open its doors to readers on 4 March 2027."
    assert clean_html(page(*BODY, closing)).paragraphs[-1] == closing


def test_lead_under_a_headline_set_as_a_second_level_heading_is_the_standfirst() -> None:
    # A template without a top-level heading sets the headline in an h2, a kicker inside it.
    page_html = lead_page().replace(
        "<h1>Council turns old warehouse into a library</h1>",
        "<h2 class='headline'><span class='kicker'>Harbour</span> "
        "Council turns old warehouse into a library</h2>",
    )
    article = clean_html(page_html)
    assert (article.standfirst, article.paragraphs[0]) == ([LEAD], BODY[0])
    assert RELATED_TEASER not in article.text


def test_a_headline_whose_kicker_the_title_sets_off_with_a_colon_is_still_the_headline() -> None:
    # The title reads "Harbour: Council turns ...", the heading shows the kicker in a span of
    # its own, with no colon.
    page_html = lead_page().replace(
        "<h1>Council turns old warehouse into a library</h1>",
        "<h2 class='headline'><span class='kicker'>Harbour</span> "
        "Council turns old warehouse into a library</h2>",
    ).replace("Council turns old warehouse into a library |", "Harbour: Council turns old "
              "warehouse into a library |").replace(
        'content="Council turns', 'content="Harbour: Council turns')
    article = clean_html(page_html)
    assert article.title == "Harbour: Council turns old warehouse into a library"
    assert (article.standfirst, article.paragraphs[0]) == ([LEAD], BODY[0])


def test_a_closing_paragraph_about_someone_the_story_named_is_no_sign_off() -> None:
    # The story named the teacher in full further up; "Okafor is a ... researcher" that closes
    # it tells more about her, as a reader needs it, and is no bio of the writer.
    course = [
        *BODY[:4],
        "The library will also host an evening course on the port's history taught by the "
        "local historian Grace Adaeze Okafor, who has written two books about the docks.",
        "Okafor is a nationally known lecturer and maritime researcher with more than twenty "
        "years of experience in the city's archives.",
        "Students will learn how to read shipping registers, customs ledgers and old maps.",
    ]
    assert clean_html(page(*course)).paragraphs == course
    # The writer's bio by surname alone still goes: the story never named her.
    signed = [*course, "Fischer is a reporter at the Harbour Times, where she covers the port."]
    assert clean_html(page(*signed)).paragraphs == course


def test_a_closing_paragraph_that_opens_with_the_writer_s_name_is_their_bio() -> None:
    # The bio names the writer of the byline and gives a job no list of roles holds.
    bio = (
        "Elena Fischer is the Harbour Marketing Strategist who founded and runs a consultancy "
        "for small ferry firms. She also answers readers' questions on Fridays."
    )
    article = clean_html(page(*BODY, bio))
    assert article.byline == "Elena Fischer"
    assert article.paragraphs == BODY
    # Named further up, in the story's first half, the writer is part of it.
    assert bio in clean_html(page(BODY[0], bio, *BODY[1:])).paragraphs


def test_a_list_row_the_story_gives_twice_stays_in_both_lists() -> None:
    # "Model 3: 2,445 units" heads the month's sales and again the electric cars' list: a row
    # of the story's own figures, not a credit printed under every picture.
    html = page(
        BODY[0], "The best-selling cars in December were:",
    ).replace("</article>", "<ol><li>Toyota C-HR: 2,818 units</li>"
              "<li>Tesla Model 3: 2,445 units</li><li>Seat Ibiza: 2,192 units</li></ol>"
              f"<p>{BODY[1]}</p><p>The best-selling electric cars in December were:</p>"
              "<ol><li>Tesla Model 3: 2,445 units</li><li>Kia EV3: 518 units</li></ol>"
              f"<p>{BODY[2]}</p></article>")
    article = clean_html(html)
    assert article.text.count("Tesla Model 3: 2,445 units") == 2
    assert "Kia EV3: 518 units" in article.text


def test_summary_bullets_in_the_lead_box_become_the_standfirst() -> None:
    # The template's lead box holds the summary as a list ("<ul><li><h2>…</h2></li>…"): its
    # points are the standfirst, one each, not one paragraph glued from both.
    points = [
        "Eleven votes to four: the harbour warehouse will become the city's new library",
        "The reading room will overlook the water and open in the spring of 2027",
    ]
    bullets = "".join(f"<li><h2>{point}</h2></li>" for point in points)
    page_html = lead_page().replace(LEAD, f"<ul>{bullets}</ul>")
    article = clean_html(page_html)
    assert article.standfirst == points
    assert article.paragraphs == BODY


def test_a_subtitle_under_the_headline_is_the_standfirst_whether_trafilatura_kept_it_or_not(
) -> None:
    # An h2 named as the subtitle ("content-head__subtitle", "com-subhead", "article__desc"):
    # dropped by trafilatura or kept as the text's first block, it is the standfirst.
    for tag, name in (("h2", "content-head__subtitle"), ("h2", "com-subhead"),
                      ("p", "article__desc")):
        page_html = lead_page().replace(
            f'<div class="article-intro">{LEAD}</div>', f"<{tag} class='{name}'>{LEAD}</{tag}>")
        article = clean_html(page_html)
        assert (article.standfirst, article.paragraphs[0]) == ([LEAD], BODY[0]), name



def headed_page(lead_class: str) -> str:
    """A page whose lead is a paragraph in the headline's own box (NZZ's and PBS's shape)."""
    inner = "\n".join(f"<p>{p}</p>" for p in BODY)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Council turns old warehouse into a library | Harbour Times</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<main><article>
<header class="headline"><span class="headline__flag">Harbour</span>
<h1 class="headline__title">Council turns old warehouse into a library</h1>
<p class="{lead_class}">{LEAD}</p></header>
<div class="metainfo"><span>Jane Doe</span> <time>4 March 2026</time></div>
<section class="articlecomponent">
{inner}
</section></article></main>
<footer><p>© 2026 Harbour Times. All rights reserved.</p></footer>
</body></html>"""


def test_a_lead_box_trafilatura_keeps_as_the_first_paragraph_is_the_standfirst() -> None:
    # Kept by trafilatura as the text's first paragraph, the lead box is the standfirst all
    # the same. The box's name may run its words together ("atc-IntroText").
    for name in ("headline__lead", "post__dek", "atc-IntroText"):
        page_html = headed_page(name)
        assert LEAD in (trafilatura.extract(page_html) or ""), name
        article = clean_html(page_html)
        assert (article.standfirst, article.paragraphs[0]) == ([LEAD], BODY[0]), name
    # The text's first paragraph in a box of no lead's name stays the text's.
    article = clean_html(headed_page("article-first"))
    assert article.standfirst == []
