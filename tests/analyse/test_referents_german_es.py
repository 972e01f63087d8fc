"""German "Es" that opens "Es war eine Generalprobe…" stands for what the sentence before named
(the first run of a machine, a match, a vote): read alone, the point does not say what "es" was.
The "es" that stands for nothing ("Es gibt…", "Es ist wichtig, dass…", "Es war einmal…") stays."""

from __future__ import annotations

import pytest

from digests.analyse.referents import resolve_opening

_BEFORE = ["In der Versuchsanlage haben Forscher erstmals ein Plasma erzeugt."]


@pytest.mark.parametrize(
    "sentence",
    [
        "Es war eine Generalprobe für die Versuche mit Wasserstoff im nächsten Jahr.",
        "Es ist der dritte Erfolg des Instituts in diesem Jahr.",
        "Es war das erste Experiment nach neunjähriger Bauzeit.",
    ],
)
def test_an_es_that_stands_for_what_came_before_dangles(sentence: str) -> None:
    text = " ".join([*_BEFORE, sentence])
    assert resolve_opening(sentence, _BEFORE, text, "de") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Es gibt in Deutschland nur zwei solche Anlagen.",
        "Es ist eine Schande, dass die Anlage so lange stillstand.",
        "Es ist das erste Mal, dass ein Plasma so lange hielt.",
        # A colon, then what "es" is: it points forward.
        "Es ist ein besonders schwieriger Posten: Die Forscherin geht nach Japan.",
        "Es war einmal ein Forscher in Greifswald.",
        "Es regnete am Montag in Greifswald den ganzen Tag.",
    ],
)
def test_an_es_that_stands_for_nothing_stays(sentence: str) -> None:
    text = " ".join([*_BEFORE, sentence])
    assert resolve_opening(sentence, _BEFORE, text, "de") == sentence
