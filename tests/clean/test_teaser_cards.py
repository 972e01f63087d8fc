"""Other stories' cards inside an article's text: a headline printed twice, then its teaser."""

from __future__ import annotations

from digests.clean import clean_text
from tests.clean.harbour_story import BODY

HEADLINE = "Harbour pier to be rebuilt after storm damage"
CARDS = [
    ("Ferry company cuts winter crossings to the islands",
     "Passengers will have two sailings a day instead of four from November, the operator says."),
    ("Fishing fleet returns early as prices fall",
     "Skippers blame the cheap imports that have flooded the market since the summer season."),
    ("New lifeboat station opens on the north shore",
     "Volunteers spent three years raising the money for a building that can house two boats."),
]


def page(*parts: str) -> str:
    return "\n\n".join(parts)


def cards(count: int) -> list[str]:
    return [line for headline, teaser in CARDS[:count] for line in (headline, headline, teaser)]


def test_teaser_cards_inside_the_article_are_not_body() -> None:
    text = clean_text(page(
        HEADLINE, HEADLINE, BODY[0], BODY[1], "More harbour stories", *cards(3), BODY[2], BODY[3],
    ))
    assert text.paragraphs == BODY


def test_a_heading_printed_twice_over_one_paragraph_is_no_card_run() -> None:
    # One doubled heading is a page's own subheading or title: the paragraph under it stays.
    heading, teaser = CARDS[0]
    text = clean_text(page(HEADLINE, HEADLINE, BODY[0], BODY[1], heading, heading, teaser,
                           BODY[2], BODY[3]))
    assert teaser in text.paragraphs
