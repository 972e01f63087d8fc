"""A Spanish passive that leaves its subject out ("Fue encontrado sin vida en la cochera…",
"Fue trasladado al hospital…") is about the person the sentences before name, as "Aseguró
que…" is: read alone, as a key point, it must say who. A passive whose subject follows the
participle ("Fue detenido el conductor…", "Fue hallado ayer un hombre…") says who already.
Cases shortened from real articles."""

from __future__ import annotations

import pytest

from digests.analyse.referents import resolve_opening

_BEFORE = ["Alfredo Rojas, una de las grandes glorias de Boca, murió este viernes a los 86 años."]


def _resolve(sentence: str, before: list[str]) -> str | None:
    text = " ".join([*reversed(before), sentence])
    return resolve_opening(sentence, before, text, "es")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Fue encontrado sin vida en la cochera de un edificio en Retiro.",
            "Alfredo Rojas fue encontrado sin vida en la cochera de un edificio en Retiro.",
        ),
        (
            "Fue trasladado al hospital, donde murió horas después.",
            "Alfredo Rojas fue trasladado al hospital, donde murió horas después.",
        ),
        (
            "Había sido internado en marzo por una neumonía.",
            "Alfredo Rojas había sido internado en marzo por una neumonía.",
        ),
        (
            "Fue visto por última vez en la estación de tren.",
            "Alfredo Rojas fue visto por última vez en la estación de tren.",
        ),
    ],
)
def test_a_passive_that_leaves_out_its_subject_names_it(sentence: str, expected: str) -> None:
    assert _resolve(sentence, _BEFORE) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Fue detenido el conductor del camión que causó el choque.",
        "Fue hallado ayer un hombre sin vida en la costanera.",
        "Fue cierto que el club lo despidió en 1970.",
        "Fue todo muy rápido, según los testigos.",
    ],
)
def test_a_passive_with_its_subject_after_it_or_no_passive_stays(sentence: str) -> None:
    assert _resolve(sentence, _BEFORE) == sentence


def test_nobody_named_before_leaves_no_point() -> None:
    before = ["El mercado de Tlalpan abrió sus puertas el lunes."]
    assert _resolve("Fue trasladado al hospital general.", before) is None
