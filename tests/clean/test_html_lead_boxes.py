"""HTML mode: the deck a template sets apart as the standfirst, where it stands inside the text's
own box or runs shorter than a paragraph; the text's first paragraph set in bold stays text."""

from __future__ import annotations

import pytest

from digests.clean import clean_html
from tests.clean.test_html_body_bylines import STORY, page, paragraphs

URL = "https://example.org/a"
DECK = "The new timetable doubles the crossings, and the board says fares will not rise this year."


def with_description(description: str) -> str:
    return f'<meta name="description" content="{description}">'


@pytest.mark.parametrize(
    "deck",
    [
        f'<p class="standfirst"><strong>{DECK}</strong></p>',
        f'<div class="field field--name-field-subtitle"><p>{DECK}</p></div>',
        f'<p class="article-dek">{DECK}</p>',
    ],
)
def test_a_deck_named_so_that_opens_the_text_s_box_is_the_standfirst(deck: str) -> None:
    body = f'<div class="entry-content">{deck}{paragraphs(STORY)}</div>'
    article = clean_html(page(body), URL)
    assert article.standfirst == [DECK]
    assert article.paragraphs == STORY


def test_a_lead_named_so_that_opens_the_text_s_box_and_repeats_the_description() -> None:
    body = f'<div class="entry-content"><div class="post-excerpt"><p>{DECK}</p></div>' \
        f"{paragraphs(STORY)}</div>"
    article = clean_html(page(body, with_description(DECK)), URL)
    assert article.standfirst == [DECK]
    assert article.paragraphs == STORY


def test_the_text_s_first_paragraph_set_apart_as_its_intro_stays_text() -> None:
    # "intro" and "lead" name the text's own first paragraph as often as a deck.
    body = f'<div class="doc"><p class="doc__intro">{STORY[0]}</p>{paragraphs(STORY[1:])}</div>'
    article = clean_html(page(body, with_description(DECK)), URL)
    assert article.standfirst == []
    assert article.paragraphs == STORY


def test_a_short_subtitle_under_the_headline_is_the_standfirst() -> None:
    subtitle = "The board has blinked. Islanders noticed"
    head = f'<p class="entry-header__subtitle">{subtitle}</p>'
    article = clean_html(page(head + f'<div class="entry-content">{paragraphs(STORY)}</div>'), URL)
    assert article.standfirst == [subtitle]
    assert article.paragraphs == STORY


def test_a_short_box_named_as_a_teaser_that_gives_a_date_is_no_standfirst() -> None:
    meta = '<div class="teaser__content-meta">31.10.2023 Lesezeit: ca. 3 Minuten</div>'
    article = clean_html(page(meta + f'<div class="entry-content">{paragraphs(STORY)}</div>'), URL)
    assert article.standfirst == []
    assert article.paragraphs == STORY



def test_a_named_deck_over_a_text_that_trafilatura_gives_as_divs_is_the_standfirst() -> None:
    # A box of paragraphs broken by an ad slot comes out of trafilatura as div blocks.
    deck = "The board has doubled the crossings. Fares stay put."
    text = (
        '<div class="article-body"><div class="teaser-content">'
        + paragraphs(STORY[:2])
        + '<div class="ad-slot"><span>Story continues below advertisement</span></div>'
        + paragraphs(STORY[2:]) + "</div></div>"
    )
    html = (
        "<html><head><title>Island ferry to run every hour</title></head><body><main>"
        '<div data-qa="article-header"><h1 data-qa="headline">Island ferry to run every hour</h1>'
        f'<h2 data-qa="subheadline">{deck}</h2>'
        '<div data-qa="timestamp">November 26, 2026 at 7:00 a.m. EST</div></div>'
        f"{text}</main></body></html>"
    )
    article = clean_html(html, URL)
    assert article.standfirst == [deck]
    assert article.paragraphs[:2] == STORY[:2]


def test_a_lead_box_named_by_its_test_id_is_the_standfirst() -> None:
    intro = f'<p data-testid="article-intro">{DECK}</p>'
    article = clean_html(page(intro + paragraphs(STORY)), URL)
    assert article.standfirst == [DECK]
    assert article.paragraphs == STORY
