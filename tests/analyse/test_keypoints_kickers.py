"""A short opening paragraph that plays on the story ("Fifty years on, the old boat still
floats.") rather than telling it shares fewer of the headline's words than the paragraph below
it, which tells the news: when it would be the first point, the news is, and it is no point."""

from __future__ import annotations

from digests.analyse.keypoints import key_points
from digests.analyse.kickers import plays_on_the_story
from digests.analyse.tokens import content_stem_set
from digests.clean import CleanArticle

_TITLE = "Ferry returns"
_KICKER = "Fifty years on, the old boat still floats."
_NEWS = "The ferry returns in June after a refit paid for by the council."
_REST = [
    "Generations of children took the old boat to the island beach.",
    "The boat will carry ninety people on each of its crossings.",
    "Tickets go on sale at the quay on Friday, the operator said.",
]


def _points(paragraphs: list[str]) -> list[str]:
    return key_points(CleanArticle(title=_TITLE, paragraphs=paragraphs))


def test_the_news_below_a_kicker_is_the_first_point() -> None:
    points = _points([_KICKER, _NEWS, *_REST])
    assert points[0].startswith(_NEWS)
    assert _KICKER not in " ".join(points)


def test_a_kicker_that_shares_its_paragraph_stays() -> None:
    """A kicker is a paragraph of its own; a short first sentence of a longer paragraph starts
    the story's telling."""
    assert _points([f"{_KICKER} {_NEWS}", *_REST])[0].startswith(_KICKER)


def test_what_tells_a_kicker_from_a_short_lead() -> None:
    title = content_stem_set("Harbour ferry returns to service for its anniversary summer")
    news = (
        "The harbour ferry will return to service in June for an anniversary summer of"
        " crossings, after a two-year refit paid for by the council."
    )
    assert plays_on_the_story(_KICKER, news, title)
    # A short lead that names the headline's event about as well as the paragraph below it.
    lead = "The harbour ferry returns to service in June, the operator said."
    assert not plays_on_the_story(lead, news, title)
    # A short opening above a paragraph that holds no more of the headline than it does.
    assert not plays_on_the_story(_KICKER, _REST[0], title)
    # A longer opening: a full sentence of scene may carry the story's facts.
    scene = (
        "Fifty years after it first crossed the bay, the old boat that generations of children"
        " took to the island beach still floats, its paint fresh from the yard."
    )
    assert not plays_on_the_story(scene, news, title)
