"""Spanish reporting verbs in the imperfect and for what is written ("decía", "escribió"),
and a subject written after both a place and a time ("decía en Twitter este martes la
periodista Ana Ruiz"), as Spanish news often inverts it."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def who(*paragraphs: str) -> list[str | None]:
    article = CleanArticle(title="Noticias", paragraphs=list(paragraphs))
    return [q.speaker for q in find_quotes(article)]


def test_the_imperfect_after_a_place_and_a_time_then_the_subject() -> None:
    assert who(
        "Miles de personas vieron las imágenes del expresidente el lunes.",
        "«¿Quién es el idiota que le ha hecho una foto con flash?», decía en Twitter este "
        "martes la periodista Ana Ruiz.",
    ) == ["Ana Ruiz"]


def test_written_words_have_a_speaker_too() -> None:
    assert who(
        "La polémica siguió el martes en las redes sociales.",
        "«Es una foto horrible», escribió en Twitter la periodista Ana Ruiz.",
    ) == ["Ana Ruiz"]


def test_a_quoted_name_inside_the_subject_after_the_verb_is_part_of_it() -> None:
    # "dijo el instructor del ‘caso Noos’ en relación…": the case's name in quote marks is
    # part of the subject, which does not stop at "del".
    assert who(
        "El fiscal recurrirá el auto del juez.",
        "«Uno lo hace para que se valide», dijo el instructor del ‘caso Noos’ en relación a "
        "la decisión.",
    ) == ["el instructor del ‘caso Noos’"]


def test_back_to_back_quotes_with_the_stop_after_the_mark_share_the_clause() -> None:
    # Spanish writes the stop after the closing mark: «A». «B», comentaban X — both are X's,
    # not the words of whoever was quoted in the paragraph before.
    assert who(
        "«¿Quién le ha hecho una foto con flash?», decía en Twitter la periodista Ana Ruiz.",
        "«Le tratamos como a un animal del zoo. Vergonzoso». «El partido saca un vídeo "
        "invasivo de un hombre enfermo», comentaban los ciudadanos en las redes sociales.",
    ) == ["Ana Ruiz", "los ciudadanos", "los ciudadanos"]


def test_the_compound_perfect_names_the_subject_after_the_participle() -> None:
    # Spanish news from Spain reports in the perfect ("ha advertido", "ha asegurado"): the
    # participle is the reporting verb, and its subject follows it as after "dijo".
    assert who(
        "Los aliados se reunieron el viernes en Bruselas.",
        "«Los objetivos del Kremlin no se limitan a Ucrania», ha advertido el secretario "
        "general de la Alianza, Jens Stoltenberg, tras la reunión.",
        "«Haremos lo que haga falta para defender a cada aliado», ha asegurado Stoltenberg.",
    ) == ["Jens Stoltenberg", "Jens Stoltenberg"]


def test_the_compound_perfect_without_a_subject_is_the_person_before() -> None:
    assert who(
        "Jens Stoltenberg habló tras la reunión de los aliados en Bruselas.",
        "«Estamos aumentando nuestra presencia para prevenir un conflicto», ha señalado.",
    ) == ["Jens Stoltenberg"]


def test_a_moment_before_a_possessive_role_and_its_name() -> None:
    # "declaró en ese momento su hermano mayor, Sergio Ruiz": the moment goes, and the name
    # set off after the role is the speaker.
    assert who(
        "La familia reconoció el cuerpo el viernes.",
        "«Pudimos mirar el cuerpo», declaró en ese momento su hermano mayor, Sergio Ruiz, en "
        "las puertas de la morgue.",
    ) == ["Sergio Ruiz"]
