"""A verb that is also a plural noun ("comments", "remarks") right after a quote, with a name
after it, reports the quote: "“…,” comments Robin Kale". As a noun it reports nothing."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.analyse.reporting import speaker_in_clause
from digests.article import CleanArticle


def test_comments_then_a_name_after_a_quote() -> None:
    article = CleanArticle(title="Harbour to close for repairs", paragraphs=[
        "The harbour will close for a month from Monday.",
        "“We have waited for this repair for ten years,” comments Robin Kale, who chairs "
        "the harbour board.",
    ])
    assert [q.speaker for q in find_quotes(article)] == ["Robin Kale"]


def test_remarks_then_a_name() -> None:
    assert speaker_in_clause("remarks Jo Hart, the skipper.", quote_first=True) == "Jo Hart"


def test_comments_as_a_noun_name_no_one() -> None:
    assert speaker_in_clause("comments Tuesday were a surprise.", quote_first=True) is None
    assert speaker_in_clause("comments from the board followed.", quote_first=True) is None


def test_a_noun_like_verb_interrupting_a_quote_joins_its_halves() -> None:
    # "comments" is no verb the clause search knows (it is a plural noun too): after a quote
    # and before its second half it is the clause that interrupts it.
    article = CleanArticle(title="A story", paragraphs=[
        "“We are truly excited about our anniversary tour,” comments Tom Johnston in a "
        "statement, “as it is a celebration of the band’s entire history.”",
    ], language="en")
    assert [(q.text, q.speaker) for q in find_quotes(article)] == [(
        "We are truly excited about our anniversary tour, as it is a celebration of the band’s "
        "entire history.", "Tom Johnston")]
