"""A long German, French or Spanish sentence that opens with a subordinate clause becomes a
point by its main clause, as an English one does."""

from __future__ import annotations

import pytest

from digests.analyse.main_clause import split_cut_off_clause
from digests.analyse.trim import MAX_CHARS

GERMAN = (
    "Nachdem der Gemeinderat am Dienstagabend nach einer langen und teils hitzigen Debatte "
    "über die Kosten der Sanierung, die Zahl der Parkplätze und den Schutz der alten Bäume am "
    "Ufer des Sees mit knapper Mehrheit zugestimmt hatte, kann die Stadt im Frühjahr mit dem "
    "Umbau des Marktplatzes beginnen."
)
FRENCH = (
    "Alors que les habitants du quartier réclamaient depuis plusieurs années la rénovation de "
    "la piscine municipale, fermée en 2019 pour des raisons de sécurité et jamais rouverte "
    "depuis malgré les promesses répétées des élus, le conseil municipal a voté lundi un budget "
    "de quatre millions d'euros."
)
SPANISH = (
    "Aunque los vecinos del barrio habían denunciado durante meses el mal estado del puente, "
    "luego de que una inspección técnica detectara grietas en dos de sus pilares principales "
    "y recomendara cerrarlo al tráfico pesado de inmediato, el Ayuntamiento decidió mantenerlo "
    "abierto hasta el verano."
)


@pytest.mark.parametrize(
    ("sentence", "language", "main"),
    [
        (GERMAN, "de",
         "Die Stadt kann im Frühjahr mit dem Umbau des Marktplatzes beginnen."),
        (FRENCH, "fr", "Le conseil municipal a voté lundi un budget de quatre millions d'euros."),
        (SPANISH, "es", "El Ayuntamiento decidió mantenerlo abierto hasta el verano."),
    ],
)
def test_a_point_cut_inside_its_opening_clause_becomes_the_main_clause(
    sentence: str, language: str, main: str
) -> None:
    assert len(sentence) > MAX_CHARS
    found = split_cut_off_clause(sentence, language)
    assert found is not None
    assert found[1] == main


def test_a_german_main_clause_with_a_pronoun_subject_opens_with_it() -> None:
    sentence = GERMAN.replace("kann die Stadt", "kann sie")
    found = split_cut_off_clause(sentence, "de")
    assert found is not None
    assert found[1] == "Sie kann im Frühjahr mit dem Umbau des Marktplatzes beginnen."


def test_a_spanish_main_clause_without_its_subject_is_no_point() -> None:
    # "…, decidió mantenerlo abierto": whose decision, the main clause alone does not say.
    sentence = SPANISH.replace("el Ayuntamiento decidió", "decidió")
    assert split_cut_off_clause(sentence, "es") is None


def test_a_german_clause_that_goes_on_after_an_aside_is_not_the_main_clause() -> None:
    # ", festgenommen worden war": the opening clause goes on after its relative clause.
    sentence = (
        "Nachdem der Mann aus dem Nachbarort, der seit Wochen wegen mehrerer Einbrüche in "
        "Gartenhäuser und Garagen gesucht wurde und dabei auch zwei Autos gestohlen haben soll, "
        "festgenommen worden war, hat die Polizei am Freitag die gestohlenen Werkzeuge an ihre "
        "Besitzer zurückgegeben."
    )
    found = split_cut_off_clause(sentence, "de")
    assert found is not None
    assert found[1] == (
        "Die Polizei hat am Freitag die gestohlenen Werkzeuge an ihre Besitzer zurückgegeben."
    )


def test_a_sentence_whose_point_reaches_the_main_clause_is_left_as_it_is() -> None:
    sentence = (
        "Als die Feuerwehr eintraf, stand das Dach des alten Bauernhofs bereits in Flammen, und "
        "die Bewohner hatten sich mit ihren Tieren in Sicherheit gebracht, wie ein Sprecher der "
        "Feuerwehr am Sonntag auf Nachfrage mitteilte."
    )
    assert len(sentence) > MAX_CHARS
    assert split_cut_off_clause(sentence, "de") == ("", sentence)


def test_a_german_reflexive_stays_with_its_verb() -> None:
    sentence = GERMAN.replace("kann die Stadt im Frühjahr mit dem Umbau des Marktplatzes "
                              "beginnen", "wird sich die Lage in der Altstadt deutlich bessern")
    found = split_cut_off_clause(sentence, "de")
    assert found is not None
    assert found[1] == "Die Lage wird sich in der Altstadt deutlich bessern."


def test_a_german_main_clause_the_point_reaches_is_kept_whatever_comes_after_its_verb() -> None:
    sentence = (
        "Während die Favoritin bei den Frauen einen deutlichen Sieg einfuhr, konnte bei den "
        "Männern der Titelverteidiger aus Potsdam seine starke Form der letzten Wochen erneut "
        "bestätigen und gewann das Rennen über 1500 Meter in neuer Bestzeit."
    )
    assert len(sentence) > MAX_CHARS
    assert split_cut_off_clause(sentence, "de") == ("", sentence)


def test_a_french_main_clause_may_open_with_an_elided_subject() -> None:
    # "c'est …" is the main clause, which the point reaches: the sentence stays whole, not
    # cut to the list's "du port, …" after a later comma.
    sentence = (
        "Après la réforme des écoles, c'est à la refonte des transports publics et des hôpitaux "
        "de la côte que s'attaque désormais la région, avant de lancer le long chantier de la "
        "formation professionnelle, de l'emploi des jeunes, du port, de la culture ou encore "
        "des routes départementales."
    )
    assert len(sentence) > MAX_CHARS
    found = split_cut_off_clause(sentence, "fr")
    assert found is not None
    assert found == ("", sentence)
