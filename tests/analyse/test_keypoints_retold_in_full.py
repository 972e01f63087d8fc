"""A point that holds every content word of a point above it, in another order, tells that
point's news again ("Laurent Vinatier was arrested in Moscow in June." above "In early June the
Frenchman Laurent Vinatier, who worked for a Swiss mediation group, was arrested in Moscow."):
a standfirst and the lead under it often do. The digest shows the news once."""

from __future__ import annotations

from digests.analyse.keypoints import key_points
from digests.clean import CleanArticle

_TITLE = "Frenchman jailed in Russia for three years"
_ARRESTED = "Laurent Vinatier was arrested in Moscow in June."
_RETOLD = (
    "In early June the Frenchman Laurent Vinatier, who worked for a Swiss mediation group,"
    " was arrested in Moscow."
)


def _points(paragraphs: list[str]) -> list[str]:
    return key_points(CleanArticle(title=_TITLE, paragraphs=paragraphs), max_points=3)


def test_a_sentence_that_retells_a_point_in_other_order_is_no_second_point() -> None:
    points = _points([
        f"{_ARRESTED} A court on Monday sentenced him to three years in a penal colony.",
        _RETOLD,
        "Prosecutors had asked for five years in a penal colony or forced labour.",
        "Russia's foreign agent law is often used against critics of the government.",
    ])
    assert _ARRESTED in points[0]
    assert not any(point.startswith("In early June") for point in points)


def test_a_sentence_that_shares_only_some_of_a_points_words_stays() -> None:
    """Sharing the person and the place is no retelling: the court's ruling is news."""
    ruling = "A Moscow court on Monday sentenced Laurent Vinatier to three years in a penal colony."
    points = _points([
        _ARRESTED,
        ruling,
        "Russia's foreign agent law is often used against critics of the government.",
    ])
    assert ruling in " ".join(points)
