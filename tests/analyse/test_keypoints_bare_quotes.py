"""A point that is nothing but someone's words, with no one named as saying them, is no point."""

from __future__ import annotations

from digests.analyse.bare_quotes import is_bare_quote
from digests.analyse.keypoints import key_points
from digests.article import CleanArticle


def test_a_quote_alone_is_bare() -> None:
    assert is_bare_quote("“The harbour vote proves the council listened to us.”")
    assert is_bare_quote('"We have the ferry and that is why we have the ferry."')
    # The first sentence of a quote that runs on: its speaker comes sentences later.
    assert is_bare_quote("«Нам нужно больше паромов.")
    assert is_bare_quote("“You cannot sleep here with the night ships.”")
    # A saying that names no one and nothing, in the third person.
    assert is_bare_quote("“There is no harbour like an old harbour.”")
    assert is_bare_quote('"We will not give up the harbour.')
    assert is_bare_quote("„Jetzt können wir endlich bauen.“")


def test_a_quote_with_its_speaker_is_not_bare() -> None:
    assert not is_bare_quote("“We listened,” the mayor said.")
    assert not is_bare_quote('"We listened," said the mayor on Monday.')
    # A speaker set between dashes inside the quote, as Russian papers write it.
    assert not is_bare_quote('"Мы услышали жителей, - сказал мэр в понедельник.')
    assert not is_bare_quote("The mayor said the council had listened.")
    assert not is_bare_quote("“Ferry Tales” opens at the town hall on Friday.")


def test_a_passage_quoted_from_a_report_is_not_bare() -> None:
    # A blog quotes another paper's report: news in the third person, not someone speaking.
    assert not is_bare_quote('"A Harbour Board hearing turned into a row over Kelby ferry fares."')
    assert not is_bare_quote("“Shipping through the US ports fell by a tenth in May.”")


ARTICLE = CleanArticle(
    title="Harbour council votes to close the old harbour to cargo ships",
    paragraphs=[
        "“Every family on the quay has lost sleep to the night cargo ships for years, and now"
        " we can rest.”",
        "The council voted 7-2 on Monday to close the old harbour to cargo ships from next year.",
        "Residents had complained about noise from the cargo ships for a decade.",
    ],
)


def test_a_bare_quote_is_not_a_key_point() -> None:
    points = key_points(ARTICLE)
    assert points
    assert not any(point.startswith("“") for point in points)
