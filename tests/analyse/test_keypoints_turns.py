"""A short opening that the next sentence turns against ("X probably has nothing to do with Y.
However, …") sets up the news rather than telling it: the point carries the turn, cut to fit,
so that the reader gets the news the opening was there to lead into."""

from __future__ import annotations

from digests.analyse.keypoints import key_points
from digests.analyse.trim import MAX_CHARS
from digests.clean import CleanArticle

_TEASER = "Nursery rhymes rarely mention garden sheds."
_TURN = (
    "However, it was an old wooden shed full of damp sacks that left a retired postman with a"
    " rare fungal infection of the lungs, according to doctors writing in a medical journal"
    " this week about his case."
)


def _first_point(paragraphs: list[str]) -> str:
    article = CleanArticle(title="Garden shed gave a postman a lung infection",
                           paragraphs=paragraphs)
    return key_points(article, max_points=1)[0]


def test_an_opening_carries_the_turn_that_tells_the_news() -> None:
    point = _first_point([f"{_TEASER} {_TURN}", "He spent six weeks in hospital."])
    assert point.startswith(f"{_TEASER} However, it was an old wooden shed")
    assert "fungal infection" in point  # the news itself, not just the turn's first words
    assert len(point) <= MAX_CHARS + 1  # cut to a point's length, with its ellipsis
    assert point.endswith("…")


def test_a_turn_after_a_long_point_is_left_out() -> None:
    """With little room left, the turn would be cut to a few words that say nothing."""
    long_lead = (
        "A retired postman from a village near the coast spent six weeks in hospital with a rare"
        " fungal infection of the lungs that doctors traced to the damp sacks in his old shed."
    )
    point = _first_point([long_lead, _TURN.replace("it was", "the sacks were")])
    assert point == long_lead


def test_a_sentence_that_does_not_turn_is_not_cut_to_fit() -> None:
    """Only a turn joins cut short: a plain long sentence after a point is a point of its own."""
    plain = _TURN.removeprefix("However, it was").replace("an old", "An old", 1)
    point = _first_point([_TEASER, plain.strip()])
    assert "…" not in point
