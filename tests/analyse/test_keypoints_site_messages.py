"""A site's own notice that a form or a feature failed ("Your message could not be sent.",
"Pruebe un poco más tarde.") is kept among the paragraphs by scraping; as a point it tells the
reader nothing about the news."""

from __future__ import annotations

import pytest

from digests.analyse.keypoints import key_points
from digests.analyse.sentence_kinds import is_page_furniture
from digests.clean import CleanArticle


@pytest.mark.parametrize(
    "sentence",
    [
        "Sorry, your comment could not be submitted at this time.",
        "This service is temporarily unavailable, please try again later.",
        "Se produjo un error y su comentario no se pudo enviar: inténtelo de nuevo más tarde.",
        "Une erreur s'est produite, veuillez réessayer plus tard.",
        "Ihre Nachricht konnte nicht gesendet werden.",
        "Ihre Anfrage konnte nicht versendet werden, versuchen Sie es bitte später erneut.",
        "Произошла ошибка, попробуйте позже.",
    ],
)
def test_a_site_notice_of_a_failed_form_is_furniture(sentence: str) -> None:
    assert is_page_furniture(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The vaccine is currently unavailable in most rural clinics, officials said.",
        "The council will try again later this year to sell the old ferry terminal.",
        "El alcalde dijo que el puente se abrirá más tarde de lo previsto.",
        "Die Briefe konnten wegen des Streiks nicht zugestellt werden.",
    ],
)
def test_news_that_reads_alike_is_not(sentence: str) -> None:
    assert not is_page_furniture(sentence)


def test_a_site_notice_above_the_lead_is_no_point() -> None:
    article = CleanArticle(
        title="Muere el actor Tomás Vera a los 70 años",
        paragraphs=[
            "Ha ocurrido un error en el sistema y su mensaje no se ha podido enviar.",
            "El actor Tomás Vera, conocido por sus papeles de villano en el cine de los años "
            "ochenta, murió este jueves en su casa de Sevilla a los 70 años.",
            "Vera había trabajado en más de cuarenta películas y series de televisión.",
        ],
        language="es",
    )
    assert not any("mensaje" in point for point in key_points(article))
