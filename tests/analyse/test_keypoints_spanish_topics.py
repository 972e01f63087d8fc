"""Spanish points that open with a long topic phrase ("Sobre las críticas de …, el alcalde dijo
que …") or with "Habló (también) de …" and no subject: the point is the main clause, and the
person the sentences before are about is named."""

from __future__ import annotations

from digests.analyse.main_clause import split_cut_off_clause
from digests.analyse.referents import resolve_opening

_BEFORE = ["La alcaldesa Marta Ruiz Pineda visitó el mercado de Tlalpan el lunes."]


def test_long_topic_phrase_gives_way_to_the_main_clause() -> None:
    sentence = (
        "Sobre las críticas de los comerciantes del mercado de Tlalpan acerca de que la obra "
        "no fue consultada con ellos, sino que se decidió en una oficina lejos del barrio y sin "
        "planos, la alcaldesa dijo que habrá una reunión con todos los locatarios la próxima "
        "semana."
    )
    parts = split_cut_off_clause(sentence, "es")
    assert parts is not None
    opening, main = parts
    assert opening.startswith("Sobre las críticas")
    assert main.startswith("La alcaldesa dijo que habrá una reunión")


def test_spoke_of_without_a_subject_names_the_speaker() -> None:
    sentence = "Habló también de la seguridad en el mercado y de los nuevos horarios de apertura."
    text = " ".join([*_BEFORE, sentence])
    assert resolve_opening(sentence, _BEFORE, text, "es") == (
        "Marta Ruiz Pineda habló también de la seguridad en el mercado y de los nuevos "
        "horarios de apertura."
    )


def test_bare_reporting_aside_after_a_phrase_names_the_speaker() -> None:
    # "De hecho, dijo, …": the aside leaves its subject out as "Aseguró que…" does.
    sentence = "De hecho, dijo, el mercado ya cuenta con cámaras en todos los pasillos."
    text = " ".join([*_BEFORE, sentence])
    assert resolve_opening(sentence, _BEFORE, text, "es") == (
        "De hecho, Marta Ruiz Pineda dijo, el mercado ya cuenta con cámaras en todos los "
        "pasillos."
    )
