"""A long sentence shown whole once its frame goes: an opening phrase, a closing attribution."""

from __future__ import annotations

import pytest

from digests.analyse.frames import fitted, without_frame
from digests.analyse.trim import trim

WILDFIRE = (
    "A fast-moving wildfire tore through dry timber in central Oregon on Saturday, forcing more "
    "than 6,000 people to evacuate a popular resort town and destroying at least 40 structures "
    "as wind gusts topped 50 mph"
)
FOLLOW_UP = (
    "the primary outcome of cardiovascular death, heart attack or stroke occurred in 6.1% of "
    "patients assigned to the polypill versus 8.3% of those receiving usual care"
)


@pytest.mark.parametrize(
    "attribution",
    [", officials said.", ", the state weather agency PAGASA said on Saturday.",
     ", said Ann Lee, the county's fire chief.", ", according to the county sheriff's office."],
)
def test_a_closing_attribution_goes_when_the_rest_then_fits(attribution: str) -> None:
    sentence = WILDFIRE + attribution
    assert trim(sentence).endswith("…")
    assert without_frame(sentence) == WILDFIRE + "."


@pytest.mark.parametrize(
    "opening",
    ["Over a median follow-up of 4.2 years and three months of treatment",
     "According to a joint report by the World Food Programme and the Food and Agriculture "
     "Organization",
     "After two summers of drought and a long dispute over the trial's funding"],
)
def test_an_opening_phrase_goes_when_the_main_clause_then_fits(opening: str) -> None:
    sentence = f"{opening}, {FOLLOW_UP}."
    assert trim(sentence).endswith("…")
    assert without_frame(sentence) == "T" + FOLLOW_UP[1:] + "."


def test_a_list_in_the_opening_ends_at_the_comma_a_determiner_follows() -> None:
    sentence = (
        "According to a joint report by the UN Children's Fund (UNICEF), the World Food "
        "Programme (WFP) and the Food and Agriculture Organization (FAO), the number of acutely "
        "malnourished children has risen by 18 per cent since the same period last year."
    )
    assert without_frame(sentence) == (
        "The number of acutely malnourished children has risen by 18 per cent since the same "
        "period last year."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # A condition the main clause holds only under.
        f"If the trial is repeated in a larger group of older patients next spring, {FOLLOW_UP}.",
        # A pronoun or a possessive that stands for what the opening named.
        "While she has dropped direct attacks on Bernie Sanders from her speech, her campaign is "
        "planning to reprint a withering editorial that accuses Sanders of running a fiction-"
        "filled campaign and to send it to voters in New Hampshire before the Feb. 9 primary.",
        # A comma after a name in a clause opens the name's aside.
        "When Ildefonso Guajardo Villarreal, the Mexican secretary of the economy, came to talk "
        "to me last week about trade and the elections, I didn't expect him to drag up the old "
        "spat between Mexico and the United States over trucks.",
        # A quotation keeps whose words they are.
        "“President Kim has used his first term to focus the World Bank on addressing today's "
        "most pressing development challenges in innovative ways, from ending extreme poverty "
        "to tackling inequality,” the Treasury secretary said.",
        # The frame's going would not make it fit.
        WILDFIRE + " and closed every road in the valley for the first time since the great "
        "fire of 1990, officials said.",
        # Short enough already.
        "The fire destroyed 40 homes, officials said.",
    ],
)
def test_the_sentence_stays_as_it_is(sentence: str) -> None:
    assert without_frame(sentence) == sentence


def test_an_aside_that_lets_the_point_fit_goes_before_the_frame() -> None:
    sentence = (
        "Ann Lee, who has led the county's fire service since the great fire of 1990 and before "
        "that served for twelve years in the forestry department and six in the state's "
        "emergency office, ordered the valley cleared on Saturday, officials said."
    )
    assert fitted(sentence) == "Ann Lee ordered the valley cleared on Saturday, officials said."
