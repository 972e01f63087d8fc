"""Tweets and Instagram posts a story embeds, as a scraper or trafilatura prints them."""

from __future__ import annotations

import pytest

from digests.clean import clean_html, clean_text
from tests.clean.harbour_story import BODY

HEADLINE = "Harbour pier to be rebuilt after storm damage"
TWEET = "The pier stays shut until the works are done. Use the ferry landing meanwhile."


def page(*parts: str) -> str:
    return "\n\n".join(parts)


@pytest.mark.parametrize("post", [
    # the tweet's text and its signature on one line, its link and picture included
    [f"{TWEET} https://t.co/Ab12Cd pic.twitter.com/Xy34Zw — Coast Harbour (@coastharbour) "
     "March 3, 2021"],
    # the signature on a line of its own under the tweet's text
    [f"{TWEET} Details on our website.", "— Coast Harbour (@coastharbour) 3 March 2021"],
    # the signature's dash glued to the text: the embed code left out the post's paragraph
    [f"{TWEET}\u2014 Coast Harbour (@coastharbour) March 3, 2021"],
    # German and Spanish dates
    [f"{TWEET} — Hafen Küste (@hafenkueste) 3. März 2021"],
    [f"{TWEET} — Puerto Costa (@puertocosta) 3 de marzo de 2021"],
    # an Instagram post: its caption, then its credit line
    ["Back on the water at last, and the new ferry landing looks great in the morning sun. "
     "A post shared by Coast Harbour (@coast.harbour) on Mar 3, 2021 at 9:12am PST"],
])
def test_an_embedded_post_is_not_body(post: list[str]) -> None:
    text = clean_text(page(HEADLINE, HEADLINE, BODY[0], BODY[1], *post, BODY[2], BODY[3]))
    assert text.paragraphs == BODY


@pytest.mark.parametrize("sentence", [
    "The harbour master, Jane Doe (@janedoe), wrote on March 3, 2021 that the pier would stay "
    "closed for as long as the engineers needed to finish their survey.",
    "Asked about the delay, the council pointed to a message from its account (@coastcouncil) "
    "that promised the works would start in spring, before the busy summer months.",
])
def test_a_sentence_that_names_an_account_stays(sentence: str) -> None:
    text = clean_text(page(HEADLINE, HEADLINE, BODY[0], BODY[1], sentence, BODY[2], BODY[3]))
    assert sentence in text.paragraphs


def test_an_embedded_tweet_is_not_body_in_html() -> None:
    paragraphs = "\n".join(f"<p>{p}</p>" for p in BODY[:2])
    rest = "\n".join(f"<p>{p}</p>" for p in BODY[2:])
    html = f"""<!DOCTYPE html><html><head><title>{HEADLINE} | Coast Herald</title></head>
<body><article><h1>{HEADLINE}</h1>
{paragraphs}
<blockquote class="twitter-tweet"><p lang="en" dir="ltr">{TWEET}
<a href="https://t.co/Ab12Cd">pic.twitter.com/Xy34Zw</a></p>&mdash; Coast Harbour (@coastharbour)
<a href="https://twitter.com/coastharbour/status/1">March 3, 2021</a></blockquote>
{rest}
</article></body></html>"""
    assert clean_html(html).paragraphs == BODY


def test_a_posts_lines_the_story_already_quoted_go_with_its_signature() -> None:
    # A tweet of two paragraphs, printed one to a line above its signature: the story quoted
    # both in its own paragraph first, which stays.
    quoting = f"In a post on Monday, the harbour authority wrote: “{TWEET}”"
    first, second = TWEET.split(". ", 1)
    text = clean_text(page(
        HEADLINE, HEADLINE, BODY[0], quoting, first + ".", second,
        "Our notice: pic.twitter.com/Xy34Zw — Coast Harbour (@coastharbour) March 3, 2021",
        *BODY[1:],
    ))
    assert text.paragraphs == [BODY[0], quoting, *BODY[1:]]


def test_a_line_above_a_post_that_the_story_did_not_quote_stays() -> None:
    text = clean_text(page(
        HEADLINE, HEADLINE, BODY[0], BODY[1],
        "Our notice: pic.twitter.com/Xy34Zw — Coast Harbour (@coastharbour) March 3, 2021",
        *BODY[2:],
    ))
    assert text.paragraphs == BODY
