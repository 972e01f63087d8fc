"""A point that ends a paragraph of several sentences does not take on the short sentence that
opens the next paragraph: the writer closed a thought there and starts a new beat, often a
scene ("A motorway in Poland near the Ukrainian border."). Paragraphs of one sentence, as wires
write them, say nothing of where a thought ends: a point still carries the next one."""

from __future__ import annotations

from digests.analyse.keypoints import key_points
from digests.clean import CleanArticle

_TITLE = "Ukraine readies its counter-offensive"
_DECK = (
    "Ukraine is preparing a counter-offensive to free the occupied regions. The longer Kyiv"
    " waits, the better its chances seem."
)
_SCENE = (
    "A motorway in Poland near the Ukrainian border. A column of army trucks drives west,"
    " their low-loaders empty."
)


def _points(paragraphs: list[str]) -> list[str]:
    return key_points(CleanArticle(title=_TITLE, paragraphs=paragraphs), max_points=3)


def test_a_point_closing_a_paragraph_does_not_carry_the_next_paragraphs_scene() -> None:
    points = _points([
        _DECK,
        _SCENE,
        "Ukraine will need every one of those tanks for its counter-offensive in the coming"
        " weeks. The army is finishing its preparations for the counter-offensive.",
        "Ukraine's counter-offensive is meant to turn a war of attrition and drive Russia out of"
        " the occupied regions, officers in Kyiv said.",
        "Western allies delivered tanks, air defence systems and fighter jets to Ukraine for the"
        " counter-offensive this spring.",
    ])
    joined = " ".join(points)
    assert "The longer Kyiv waits, the better its chances seem." in joined
    assert "seem. A motorway" not in joined


def test_a_one_sentence_paragraph_still_carries_the_next_paragraph() -> None:
    body = [
        "Dibaba set a world record in the women's 5,000m at the indoor games in Boston.",
        "She won in 14 minutes 32.93 seconds, seven seconds inside the old mark.",
        "Organisers said the crowd of eight thousand was the biggest the games had drawn.",
    ]
    points = key_points(CleanArticle(title="Dibaba breaks record", paragraphs=body),
                        max_points=1)
    assert points == [f"{body[0]} {body[1]}"]
