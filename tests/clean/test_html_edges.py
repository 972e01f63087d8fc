"""HTML mode: a date line above the text, a pull quote printed again as a heading, a copyright
notice that closes the article."""

from __future__ import annotations

from digests.clean import clean_html

STORY = [
    "The ferry between the two islands will run every hour from next month, the harbour board "
    "said on Monday after a year of complaints about crowded boats.",
    "Two new vessels, each carrying up to three hundred passengers, were ordered last spring "
    "from a shipyard on the mainland and arrived at the port this week.",
    "Nobody on the quay expected the boats to come so soon.",
    "Residents had collected more than four thousand signatures asking for a more frequent "
    "service, especially in the summer when visitors fill the morning boats.",
    "The board said the timetable would be reviewed again in the autumn once it had figures "
    "for the number of people travelling at each hour of the day.",
]

# What a magazine prints under the story: the issue, its rights, a pitch for the app.
ISSUE_BOX = (
    "<div class='rights'><p><b>Harbour Weekly 11/2024</b><br>All rights reserved<br>"
    "Reproduction only with permission</p></div>"
    "<div class='box'><p>Read the whole issue in our app, with maps and videos.<br>"
    "New issues arrive every Friday from six in the evening.</p></div>"
)


def page(body: str, after: str = "") -> str:
    """A magazine's page: the date in a box of tools above the story, the title again on it."""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Island ferry to run every hour - Harbour Weekly</title>
</head><body>
<div id="crumbs"><ul><li><a href="/">News</a></li>
<li><h1 class="headline">Island ferry to run every hour</h1></li></ul></div>
<div id="content-main"><div class="column-wide">
<div class="tools"><ul><li><a href="/print">Print</a></li></ul>
<div class="short-date">14.03.2024</div></div>
<div class="mag-item"><h2 class="mag-hgroup"><span>Island ferry to run every hour</span></h2>
<div class="mag-body">{body}</div></div>
{after}
</div></div>
</body></html>"""


def paragraphs(texts: list[str]) -> str:
    return "\n".join(f'<div class="mag-par">{text}</div>' for text in texts)


def test_a_date_line_above_the_text_and_the_title_under_it_are_no_paragraphs() -> None:
    article = clean_html(page(paragraphs(STORY)), "https://example.org/a")
    assert article.title == "Island ferry to run every hour"
    assert article.paragraphs == STORY


def test_a_pull_quote_printed_again_as_a_heading_goes() -> None:
    body = paragraphs(STORY) + f"<h4>{STORY[2]}</h4>"
    article = clean_html(page(body, ISSUE_BOX), "https://example.org/a")
    assert article.paragraphs.count(STORY[2]) == 1


def test_a_heading_that_no_paragraph_repeats_stays() -> None:
    body = paragraphs(STORY[:3]) + "<h4>What the new timetable means</h4>" + paragraphs(STORY[3:])
    article = clean_html(page(body), "https://example.org/a")
    assert "What the new timetable means" in article.paragraphs


def test_a_copyright_notice_under_the_text_ends_the_article() -> None:
    article = clean_html(page(paragraphs(STORY), ISSUE_BOX), "https://example.org/a")
    assert article.paragraphs[: len(STORY)] == STORY
    assert not any("Reproduction" in p or "every Friday" in p for p in article.paragraphs)


def test_a_heading_broken_over_two_lines_is_one_line() -> None:
    body = (
        paragraphs(STORY[:3]) + "<h4>What the new timetable<br>\nmeans for islanders</h4>"
        + paragraphs(STORY[3:])
    )
    article = clean_html(page(body), "https://example.org/a")
    assert "What the new timetable means for islanders" in article.paragraphs
    assert "means for islanders" not in article.paragraphs


def test_a_date_line_with_a_label_above_the_headline_is_no_paragraph() -> None:
    body = paragraphs(STORY)
    html = page(body).replace(
        '<div class="short-date">14.03.2024</div>',
        '<div class="short-date">March 14, 2024 <span class="badge">report</span></div>',
    )
    article = clean_html(html, "https://example.org/a")
    assert article.paragraphs == STORY


def test_a_short_first_sentence_that_gives_a_date_stays() -> None:
    opening = "On March 14, 2024 the ferry sank."
    article = clean_html(page(paragraphs([opening, *STORY])), "https://example.org/a")
    assert article.paragraphs[0] == opening


def _figure(description: str) -> str:
    return (
        f'<figure class="element-image"><a href="#pic"><picture><img src="/pic.jpg" '
        f'alt="{description}"></picture></a></figure>'
    )


def test_a_one_item_list_right_under_a_picture_is_its_caption() -> None:
    # Some templates print a picture's caption as a list of one item after the figure.
    caption = "The new ferry at the quay on its first morning, with the old boat behind it"
    body = (
        paragraphs(STORY[:2])
        + _figure("A white ferry at a quay")
        + f"<ul><li><p>{caption}</p></li></ul>"
        + paragraphs(STORY[2:])
    )
    article = clean_html(page(body), "https://example.org/ferry")
    assert caption not in article.paragraphs
    assert article.paragraphs == STORY


def test_a_list_of_points_under_a_picture_stays() -> None:
    points = [
        "Boats leave the island on the hour from six in the morning.",
        "The last boat back leaves the mainland at eleven at night.",
    ]
    body = (
        paragraphs(STORY[:2])
        + _figure("A timetable board")
        + "<ul>" + "".join(f"<li>{point}</li>" for point in points) + "</ul>"
        + paragraphs(STORY[2:])
    )
    article = clean_html(page(body), "https://example.org/ferry")
    assert all(point in article.paragraphs for point in points)


def test_a_rule_drawn_with_underscores_or_stars_is_no_paragraph() -> None:
    body = paragraphs([*STORY[:3], "___", STORY[3], "* * *", STORY[4]])
    article = clean_html(page(body), "https://example.org/ferry")
    assert article.paragraphs == STORY


def test_a_slideshow_s_picture_description_is_no_lead() -> None:
    # The slideshow above the story describes its picture in a box whose class names a
    # "description"; the story's own lead is not there.
    slide = (
        "<div class='slideshow'><img src='/ferry.jpg' alt=''><p class='counter'>1 / 4</p>"
        "<p class='slideshow-description'>In this photo taken on Monday the new ferry is "
        "moored at the quay of the island harbour before its first crossing to the mainland "
        "(Harbour Board photo)</p></div>"
    )
    html = page(slide + paragraphs(STORY))
    article = clean_html(html, "https://example.org/ferry")
    assert article.paragraphs[0] == STORY[0]


def test_a_site_s_not_found_page_gives_no_article() -> None:
    # The page a dead link serves: an apology, a search box and lists of recent posts.
    error = """<!DOCTYPE html><html lang="en"><head><title>Page not found | Harbour Weekly</title>
</head><body><article class="error404"><h1>This is somewhat embarrassing, isn't it?</h1>
<p>It seems we can't find what you're looking for. Perhaps searching, or one of the links
below, can help.</p><h2>Recent Posts</h2><ul><li><a href="/a">Ferry fares to rise</a></li>
<li><a href="/b">Pier to reopen in May</a></li></ul></article></body></html>"""
    article = clean_html(error, "https://example.org/gone")
    assert article.title == "" and article.paragraphs == [] and article.standfirst == []
    for title in ("404 Not Found", "Error 404 - Harbour Weekly", "Seite nicht gefunden"):
        assert clean_html(error.replace("Page not found | Harbour Weekly", title)).title == ""
    # A headline that opens with a number is a story's.
    story = error.replace("Page not found | Harbour Weekly", "404 jobs cut at harbour plant")
    assert clean_html(story).paragraphs


def test_a_video_s_description_above_the_story_is_no_lead() -> None:
    # The player under the headline describes its clip in a paragraph marked as a description.
    clip = (
        "<div class='story-asset video-asset'><div class='player'><object></object></div>"
        "<p class='video-desc' itemprop='description'>How do you run a ferry every hour? Our "
        "reporter spends a morning on the quay with the crew of the new boat.</p></div>"
    )
    article = clean_html(_above_body(clip), "https://example.org/ferry")
    assert article.paragraphs == STORY


def _above_body(box: str) -> str:
    """A page whose story sits in a box marked as the article's body, with ``box`` between
    the headline and that body."""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Island ferry to run every hour - Harbour Weekly</title>
</head><body><main><h1>Island ferry to run every hour</h1>{box}
<div itemprop="articleBody">{paragraphs(STORY)}</div></main></body></html>"""


def test_the_description_of_a_marked_up_picture_or_clip_is_no_lead() -> None:
    # schema.org markup says whose description it is: a VideoObject's is the clip's.
    clip = (
        "<div itemscope itemtype='https://schema.org/VideoObject'><object></object>"
        "<p itemprop='description'>How do you run a ferry every hour? Our reporter spends a "
        "morning on the quay with the crew of the new boat.</p></div>"
    )
    article = clean_html(_above_body(clip), "https://example.org/ferry")
    assert article.paragraphs == STORY


def test_a_kicker_line_above_the_headline_goes_with_it() -> None:
    # The overline ("En Macon, cerca de Lyon") printed as a paragraph above the heading.
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Island ferry to run every hour | Harbour Weekly</title></head><body>
<div id="content"><div class="story"><p class="overline">At the island harbour</p>
<h1>Island ferry to run every hour</h1>
<div class="col">{paragraphs(STORY)}</div></div></div></body></html>"""
    article = clean_html(html, "https://example.org/ferry")
    assert article.paragraphs == STORY


def test_a_sentence_above_the_headline_is_no_kicker() -> None:
    # A template that sets the headline inside the text: what comes before it is the story's.
    opening = "The harbour board met on Monday for the last time this year, and voted."
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Island ferry to run every hour | Harbour Weekly</title></head><body>
<div id="content"><div class="story"><p>{opening}</p>
<h1>Island ferry to run every hour</h1>
<div class="col">{paragraphs(STORY)}</div></div></div></body></html>"""
    article = clean_html(html, "https://example.org/ferry")
    assert article.paragraphs[0] == opening


DECK = "The board says the new boats will end the queues. Residents want a vote on the fares."


def test_a_sentence_in_a_heading_right_under_the_headline_is_the_standfirst() -> None:
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Island ferry to run every hour | Harbour Weekly</title></head><body>
<article><h1>Island ferry to run every hour</h1><h2>{DECK}</h2><p>By Ellen Mazur</p>
{paragraphs(STORY)}</article></body></html>"""
    article = clean_html(html, "https://example.org/ferry")
    assert article.standfirst == [DECK]
    assert article.paragraphs == STORY


def test_a_section_heading_right_under_the_headline_is_no_standfirst() -> None:
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Island ferry to run every hour | Harbour Weekly</title></head><body>
<article><h1>Island ferry to run every hour</h1><h2>The new timetable</h2>
{paragraphs(STORY)}</article></body></html>"""
    assert clean_html(html, "https://example.org/ferry").standfirst == []


def test_each_paragraph_in_a_box_of_its_own_keeps_the_headline_and_deck_out_of_the_text() -> None:
    # Arc XP (The Washington Post) sets each paragraph in its own "article-body" div, and
    # trafilatura then puts the first paragraph above the headline and the deck.
    boxed = "".join(
        f'<div class="article-body" data-qa="article-body"><p data-el="text">{text}</p></div>'
        for text in STORY
    )
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Island ferry to run every hour - Harbour Weekly</title></head><body><main><article>
<h1 data-qa="headline"><span data-qa="headline-text">Island ferry to run every hour</span></h1>
<h2 data-qa="subheadline">{DECK}</h2>
<div data-qa="author-byline"><span>By </span><a data-qa="author-name" rel="author"
 href="/people/ellen-mazur/">Ellen Mazur</a></div>
<div class="grid-body">{boxed}</div></article></main></body></html>"""
    article = clean_html(html, "https://example.org/ferry")
    assert article.title == "Island ferry to run every hour"
    assert article.standfirst == [DECK]
    assert article.paragraphs == STORY


def test_a_line_that_repeats_the_picture_s_alt_text_in_its_box_is_its_caption() -> None:
    picture = (
        "<div class='photo'><img src='/quay.jpg' alt='The new ferry at the quay.'>"
        "<p>The new ferry at the quay.</p></div>"
    )
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Island ferry to run every hour | Harbour Weekly</title></head><body>
<div id="content"><div class="story"><h1>Island ferry to run every hour</h1>
<div class="col">{picture}{paragraphs(STORY)}</div></div></div></body></html>"""
    article = clean_html(html, "https://example.org/ferry")
    assert article.paragraphs == STORY


def _picture(caption: str) -> str:
    """A picture and its caption in a box of their own, the way a blog engine sets them."""
    return (
        "<span class='enclosure'><div class='image-none'><img alt='quay-2024.jpg' "
        f"src='/quay.jpg'><br><i>{caption}</i></div></span>"
    )


def test_the_text_in_a_picture_s_own_box_is_its_caption() -> None:
    first = "The new ferry at the quay on its first morning. (Jan Novak/Harbour Weekly)"
    second = "Passengers queue for the nine o'clock boat. (Harbour Board)"
    body = (
        f"<p>{_picture(first)}</p>"
        + paragraphs(STORY[:2])
        + f"<p>{_picture(second)}{STORY[2]}</p>"
        + paragraphs(STORY[3:])
    )
    article = clean_html(page(body), "https://example.org/ferry")
    assert article.paragraphs == STORY


def test_a_paragraph_that_holds_a_small_picture_stays() -> None:
    # An icon inside a paragraph: the paragraph is the picture's box, and it is the story's.
    icon = "<img src='/ferry-icon.png' alt=''>"
    body = paragraphs(STORY[:2]) + f"<p>{icon} {STORY[2]}</p>" + paragraphs(STORY[3:])
    article = clean_html(page(body), "https://example.org/ferry")
    assert article.paragraphs == STORY


def test_a_short_story_under_its_picture_in_one_box_stays() -> None:
    brief = "The ferry will run every hour from next month, the harbour board said."
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Island ferry to run every hour | Harbour Weekly</title></head><body>
<h1>Island ferry to run every hour</h1>
<div class="brief"><img src="/quay.jpg" alt=""><p>{brief}</p></div></body></html>"""
    assert brief in clean_html(html, "https://example.org/ferry").paragraphs


def test_a_caption_that_repeats_the_first_sentence_leaves_the_paragraph_whole() -> None:
    # The picture further down is captioned with the story's opening sentence.
    figure = (
        f"<figure><img src='/quay.jpg' alt='quay'><figcaption><em>{STORY[0]}</em>"
        "</figcaption></figure>"
    )
    opening = f"{STORY[0]} Tickets stay at their current price."
    body = paragraphs([opening, *STORY[1:3]]) + figure + paragraphs(STORY[3:])
    article = clean_html(page(body), "https://example.org/ferry")
    assert article.paragraphs[0] == opening


def test_the_headline_printed_as_the_body_s_first_paragraph_is_the_title() -> None:
    # An e-paper's template sets the headline in a paragraph of its own class.
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Island ferry to run every hour</title></head><body>
<div class="article"><div class="article__content"><p class="title">Island ferry to run every
hour</p>{paragraphs(STORY)}</div></div></body></html>"""
    article = clean_html(html, "https://example.org/ferry")
    assert article.paragraphs == STORY


def test_a_gallery_s_numbered_captions_are_no_paragraphs() -> None:
    # A slideshow inside the story: each picture's caption ends in its place in the series.
    gallery = "<ul class='gallery'>" + "".join(
        f"<li><img src='/ferry{n}.jpg' alt='Ferry'><div class='sub'>The new ferry, "
        f"seen from the quay [{n}/4]</div></li>" for n in range(1, 5)
    ) + "</ul>"
    body = paragraphs(STORY[:3]) + gallery + paragraphs(STORY[3:])
    article = clean_html(page(body), "https://example.org/ferry")
    assert article.paragraphs == STORY


def test_a_related_headline_of_two_sentences_in_the_text_goes() -> None:
    pointer = paragraphs(["Related article",
                          "The new pier is finally open. Here is what you need to know"])
    body = paragraphs(STORY[:2]) + pointer + paragraphs(STORY[2:])
    article = clean_html(page(body), "https://example.org/a")
    assert article.paragraphs == STORY


def test_linked_reference_numbers_go_and_a_square_stays() -> None:
    # A superscript number linking to the reference list is no part of the word before it; one
    # linking nowhere is a power ("km²"), written so.
    marked = [
        STORY[0].replace("on Monday", 'on Monday<sup><a href="#ref-CR1">1</a></sup>'),
        STORY[1].replace("last spring", 'last spring<a href="#ref2"><sup>2–4</sup></a>'),
        STORY[2],
        STORY[3].replace("summer", "summer <sup>[5]</sup>"),
        STORY[4].replace("hour of the day", "hour of the day on 40 km<sup>2</sup>"),
    ]
    article = clean_html(page(paragraphs(marked)), "https://example.org/a")
    assert article.paragraphs[:3] == STORY[:3]
    assert "[5]" in article.paragraphs[3]
    assert article.paragraphs[4].endswith("on 40 km2.")
