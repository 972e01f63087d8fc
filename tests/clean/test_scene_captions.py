"""A picture's caption with no credit: it tells what the picture shows in the present tense,
though it happened days ago ("The mayor talks with a resident during a visit last week.")."""

from __future__ import annotations

import pytest

from digests.clean import clean_text
from digests.clean.scene_captions import is_scene_caption
from tests.clean.harbour_story import BODY

CAPTIONS = [
    "Regional Premier Anna Keller talks with local resident Tom Price during a visit to "
    "Harrow Springs last week.",
    "Mayor Lena Ortiz greets volunteers at the flood relief centre in Westbury yesterday.",
    "Coach Dan Reyes looks on as his players train at the national stadium earlier this week.",
    "Prime Minister Ravi Menon shakes hands with the visiting delegation on Tuesday last week.",
]

SENTENCES = [
    # The present tense of news prose, with the past said in a clause of its own.
    "The company holds a 20 per cent stake, which it bought last year.",
    "Keller says she met the families last week and will return in spring.",
    "The minister visits the flood zone on Monday.",  # what will happen: no past time
    "Ortiz, who visits the centre most days, said last week's rain was the worst in years.",
    "Firefighters continue to battle about 50 fires across the state.",
    "The council met last week and voted to close the bridge.",
]


@pytest.mark.parametrize("text", CAPTIONS)
def test_present_tense_scene_with_a_past_time_is_a_caption(text: str) -> None:
    assert is_scene_caption(text)


@pytest.mark.parametrize("text", SENTENCES)
def test_news_sentences_are_not(text: str) -> None:
    assert not is_scene_caption(text)


def test_a_scene_caption_leaves_the_body() -> None:
    title = "Harbour pier to be rebuilt after storm damage"
    page = "\n\n".join([title, *BODY[:2], CAPTIONS[0], *BODY[2:]])
    article = clean_text(page)
    assert article.paragraphs == BODY
