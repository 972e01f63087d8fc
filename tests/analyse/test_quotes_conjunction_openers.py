"""A sentence that opens with "and" before its reporting verb ("Y añadió:", "E acrescentou:",
"Et il a ajouté") goes on with the speaker before: the capitalised conjunction is no name."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def who(*paragraphs: str) -> list[str | None]:
    article = CleanArticle(title="Noticias", paragraphs=list(paragraphs))
    return [q.speaker for q in find_quotes(article)]


def test_spanish_y_before_the_verb() -> None:
    assert who(
        "La ministra portavoz, Pilar Alegría, defendió al fiscal general. «El fiscal ha "
        "actuado siempre en defensa de la verdad», dijo. Y añadió: «Respetamos a los "
        "tribunales, pero pedimos respeto»."
    ) == ["Pilar Alegría", "Pilar Alegría"]


def test_portuguese_e_before_the_verb() -> None:
    assert who(
        "O ministro Fernando Haddad falou na saída do ministério. \"O remédio está fazendo "
        "efeito\", disse. E acrescentou: \"Não existe pressão sobre o Banco Central\"."
    ) == ["Fernando Haddad", "Fernando Haddad"]


def test_ed_is_still_a_first_name() -> None:
    # Italian "ed" ("and") is left out: "Ed Rendell" is a name.
    assert who(
        "Former governor Ed Rendell backed the plan on Monday.",
        "\"You can understand that national companies want to be evenhanded,\" Ed Rendell said.",
    ) == ["Ed Rendell"]
