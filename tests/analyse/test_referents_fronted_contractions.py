"""A subject pronoun after an opening phrase with its verb contracted ("Better yet, they’re
focused…", "On Monday, he’s expected…") dangles as much as one with its verb in full: read alone,
the point does not say who. Cases shortened from real articles."""

from __future__ import annotations

import pytest

from digests.analyse.referents import resolve_opening


def _resolve(sentence: str, before: list[str]) -> str | None:
    """``before`` in reading order, as an article has them."""
    text = " ".join([*before, sentence])
    return resolve_opening(sentence, list(reversed(before)), text, "en")


@pytest.mark.parametrize("apostrophe", ["’", "'"])
def test_they_with_a_contracted_verb_after_an_opening_phrase_is_not_a_point(
    apostrophe: str,
) -> None:
    before = ["So-called neo-banks have been all the rage in Europe for the past few years."]
    sentence = f"Better yet, they{apostrophe}re focused on their customers’ financial health."
    assert _resolve(sentence, before) is None


def test_he_with_a_contracted_verb_after_an_opening_phrase_takes_the_name_and_the_full_verb() -> (
    None
):
    before = ["Mayor John Whitfield faces a confidence vote over the budget."]
    assert _resolve("On Monday, he’s ready to resign.", before) == (
        "On Monday, John Whitfield is ready to resign."
    )
    assert (
        _resolve(
            "By then, she’s been cleared by the panel.",
            ["Senator Maria Ortiz was questioned by the ethics panel in March."],
        )
        == "By then, Maria Ortiz has been cleared by the panel."
    )


def test_a_contraction_that_may_be_had_or_would_is_not_a_point() -> None:
    before = ["Mayor John Whitfield faces a confidence vote over the budget."]
    assert _resolve("By Monday, he’d left the city.", before) is None


@pytest.mark.parametrize(
    "sentence", ["He’s expected to resign on Monday.", "On Monday, he’s worked out a deal."]
)
def test_a_contracted_s_before_another_participle_may_be_is_or_has_so_is_not_a_point(
    sentence: str,
) -> None:
    # "He’s expected to resign" is "is"; "he’s worked out a deal" is "has": no rule tells them
    # apart cheaply, and the wrong one ("has expected to resign") says something false.
    before = ["Mayor John Whitfield faces a confidence vote over the budget."]
    assert _resolve(sentence, before) is None
