"""A name never runs across a paragraph break: a line that ends without a full stop (a credit, a
heading) does not lend its last capitalised word to the name that opens the next paragraph."""

from __future__ import annotations

from digests.analyse.keypoints import key_points
from digests.analyse.people import fullest_name
from digests.article import CleanArticle


def test_the_fullest_name_stops_at_a_paragraph_break() -> None:
    text = "The awards air on Sunday.\n\nPhoto Desk AP2014\n\nTom Reyes has had a busy year."
    assert fullest_name("Reyes", text) == "Tom Reyes"


def test_a_pronoun_gets_the_name_without_the_line_above_it() -> None:
    article = CleanArticle(
        title="Actor on his year of westerns",
        paragraphs=[
            "The awards will air on NBC on Sunday, the network said in a statement.",
            "Staff Photo AP2014",
            "Tom Reyes has had a busy year, with three westerns shot in four months.",
            "He just completed filming a space opera in the desert of Nevada, and he ends the"
            " year with a drama about a family of ranchers.",
        ],
    )
    points = key_points(article)
    assert any(point.startswith("Tom Reyes just completed") for point in points)
