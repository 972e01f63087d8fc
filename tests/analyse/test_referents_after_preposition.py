"""An opening preposition whose object points back ("Amid all this,", "In it,", "Por eso")
leaves a point that says nothing about what it points to; the same shapes that name their
object ("In it a mayor…" is rare; "With it comes…" is not an opening phrase) or point to a
time stay."""

from __future__ import annotations

import pytest

from digests.analyse.referents import resolve_opening

_BEFORE = "The town hall published its budget on Monday."


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Amid all this, a video of the mayor dancing has spread across social media.", "en"),
        ("Despite all that, the council approved the plan by a single vote.", "en"),
        ("In it, the mayor denied ever having seen the contract.", "en"),
        ("Without them, the ferry service would close within a month.", "en"),
        ("Por eso la alcaldesa pidió una auditoría externa del contrato.", "es"),
        ("Malgré cela, le conseil a voté le budget à une voix près.", "fr"),
    ],
)
def test_a_preposition_before_what_points_back_dangles(sentence: str, language: str) -> None:
    assert resolve_opening(sentence, [_BEFORE], f"{_BEFORE} {sentence}", language) is None


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("In all, the council approved eleven plans on Monday.", "en"),
        ("After all these years, the ferry still runs every hour.", "en"),
        ("In it together: the two towns share one ferry and one budget.", "en"),
        ("For it to pass, the plan needs a second vote in the spring.", "en"),
        ("Amid the storm, the ferry kept running every hour.", "en"),
    ],
)
def test_other_openings_after_a_preposition_stay(sentence: str, language: str) -> None:
    assert resolve_opening(sentence, [_BEFORE], f"{_BEFORE} {sentence}", language) == sentence


_BEFORE_RU = "Глава службы выступил в четверг перед журналистами."


@pytest.mark.parametrize(
    "sentence",
    [
        # "With such a statement …": which one?
        "С таким заявлением в четверг выступил исполняющий обязанности главы службы.",
        "С этим решением не согласились в министерстве.",
        "К такому выводу пришли эксперты комиссии.",
        # "Thus, …": a consequence of what the reader does not see.
        "Таким образом были отклонены жалобы двух организаций.",
    ],
)
def test_a_russian_opening_that_points_back_dangles(sentence: str) -> None:
    assert resolve_opening(sentence, [_BEFORE_RU], f"{_BEFORE_RU} {sentence}", "ru") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "С начала года в городе открыли три школы.",
        "С 1 марта цены на проезд вырастут.",
        "К вечеру снег прекратился.",
    ],
)
def test_other_russian_openings_after_a_preposition_stay(sentence: str) -> None:
    assert resolve_opening(sentence, [_BEFORE_RU], f"{_BEFORE_RU} {sentence}", "ru") == sentence
