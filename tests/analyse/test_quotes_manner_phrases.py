"""A phrase after a Spanish reporting verb that says how the words were said is no speaker."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def speakers(*paragraphs: str, language: str = "en") -> list[str | None]:
    article = CleanArticle(title="A story", paragraphs=list(paragraphs), language=language)
    return [q.speaker for q in find_quotes(article)]


def test_a_spanish_manner_phrase_after_the_verb_is_not_the_speaker() -> None:
    assert speakers(
        "El alcalde Tomás Ruiz visitó la escuela del barrio el lunes.",
        "“Fue un día muy lindo para todos nosotros”, dijo entre risas.",
        "“Vamos a volver muy pronto a esta zona”, comentó sonriendo.",
        language="es",
    ) == ["Tomás Ruiz", "Tomás Ruiz"]
