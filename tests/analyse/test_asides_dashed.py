"""A dashed aside the point would end in goes like a bracketed one, so that the point keeps
its verb; one the point gets well past, or an opening dash with no closing one, stays."""

from __future__ import annotations

import pytest

from digests.analyse.asides import without_aside
from digests.analyse.trim import MAX_CHARS

_DASHED = (
    "A dozen of the town's oldest fishing families {dash} among them the Hales, the Calders and"
    " the Ruiz brothers, who have worked the northern banks for four generations {dash} signed a"
    " letter on Monday asking the council to keep the harbour open through the winter storms."
)


@pytest.mark.parametrize("dash", ["—", "–", "-", "--"])
def test_the_dashed_aside_the_point_would_end_in_goes(dash: str) -> None:
    sentence = _DASHED.format(dash=dash)
    assert len(sentence) > 1.25 * MAX_CHARS
    assert without_aside(sentence) == (
        "A dozen of the town's oldest fishing families signed a letter on Monday asking the"
        " council to keep the harbour open through the winter storms."
    )


def test_a_dash_with_no_closing_one_stays() -> None:
    sentence = (
        "The council voted on Monday to keep the harbour open for another year — a decision that"
        " the fishing families who have worked the northern banks for four generations had asked"
        " for in a letter signed by a dozen of them and read aloud at the start of the meeting."
    )
    assert len(sentence) > 1.25 * MAX_CHARS
    assert without_aside(sentence) == sentence


def test_a_dashed_aside_the_point_gets_well_past_stays() -> None:
    sentence = (
        "The council — by seven votes to two — agreed on Monday to keep the harbour open for"
        " another year and to pay for new pontoons, a second crane and a larger ice store for"
        " the fishing families who have worked the northern banks and the outer reefs for four"
        " generations or more."
    )
    assert len(sentence) > 1.25 * MAX_CHARS
    assert without_aside(sentence) == sentence
