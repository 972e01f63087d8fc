"""An English "So" that draws a consequence from the sentence before ("So when the state
approved…", "So, committed Democrats…") ties the sentence to it as "But" does: read alone, a
point opens with what follows. Not "So far", "So many", "So says X" or German "So wie…"."""

from __future__ import annotations

import pytest

from digests.analyse.keypoints import key_points
from digests.analyse.trim import without_connective
from digests.article import CleanArticle


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("So when the state approved the permit, residents went to court.",
         "When the state approved the permit, residents went to court."),
        ("So, committed Democrats have been fighting about it ever since.",
         "Committed Democrats have been fighting about it ever since."),
        ("So Labor Secretary Thomas Perez packed up his papers and moved to the last row.",
         "Labor Secretary Thomas Perez packed up his papers and moved to the last row."),
        ("So the company puts one large battery in the basement.",
         "The company puts one large battery in the basement."),
    ],
)
def test_so_opening_a_sentence_goes(sentence: str, expected: str) -> None:
    assert without_connective(sentence) == expected


def test_a_key_point_does_not_open_with_so() -> None:
    article = CleanArticle(
        title="Gridlet raises $48M to turn apartment buildings into tiny power plants",
        paragraphs=[
            "So the company puts a single large battery system in a building's basement, "
            "connects it to the utility and splits the savings between landlord and tenants.",
        ],
    )
    assert key_points(article)[0].startswith("The company puts a single large battery")


@pytest.mark.parametrize(
    "sentence",
    [
        "So far, no one has been charged.",
        "So many people came that the doors were shut.",
        "So says a booming voice at the end of the film.",
        "So wie wir heute leben, wollen wir auch Politik machen.",
        "So hat der Konzern auf die Zölle reagiert.",
    ],
)
def test_so_that_is_no_tie_to_the_sentence_before_stays(sentence: str) -> None:
    assert without_connective(sentence) == sentence
