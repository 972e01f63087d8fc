"""A generational suffix after the surname ("Patrick W. Carlineo Jr.", "Robert Hale Sr.",
"Henry Ford III") is no surname: the person is "Patrick Carlineo", and a later "He" takes that
name, not "W. Carlineo Jr" built from the last three words. Cases shortened from real
articles."""

from __future__ import annotations

import pytest

from digests.analyse.people import fullest_name, people_named
from digests.analyse.referents import resolve_opening

_TEXT = (
    "Patrick W. Carlineo Jr., 55, of Addison, pleaded guilty to threatening a congresswoman. "
    "Carlineo faces a maximum of 10 years in prison. "
    "He was arrested in April for the call to her offices."
)


@pytest.mark.parametrize("suffix", ["Jr.", "Sr.", "III"])
def test_a_suffix_after_the_surname_is_no_surname(suffix: str) -> None:
    sentence = f"Patrick W. Carlineo {suffix}, 55, of Addison, pleaded guilty on Monday."
    assert people_named(sentence, sentence) == ["Patrick Carlineo"]


def test_the_fullest_name_of_a_surname_goes_past_the_suffix() -> None:
    assert fullest_name("Carlineo", _TEXT) == "Patrick W. Carlineo"


def test_he_takes_the_name_not_its_last_three_words() -> None:
    sentences = [
        "Patrick W. Carlineo Jr., 55, of Addison, pleaded guilty to threatening a congresswoman.",
        "Carlineo faces a maximum of 10 years in prison.",
    ]
    resolved = resolve_opening(
        "He was arrested in April for the call to her offices.",
        list(reversed(sentences)),
        _TEXT,
        "en",
    )
    assert resolved is not None
    assert not resolved.startswith("W. ")
    assert resolved.endswith("was arrested in April for the call to her offices.")
