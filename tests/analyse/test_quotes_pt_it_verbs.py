"""More Portuguese and Italian reporting verbs: "falou Tite ao programa", "contou a
prefeita", "ha raccontato il sindaco", "dice l'assessore"."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def who(*paragraphs: str) -> list[str | None]:
    article = CleanArticle(title="Notícias", paragraphs=list(paragraphs))
    return [q.speaker for q in find_quotes(article)]


def test_portuguese_verbs() -> None:
    assert who(
        "\"Eu errei ao aceitar o convite naquele ano\", falou Rui Matos ao programa da rádio.",
        "\"Ninguém avisou a escola a tempo\", contou a prefeita Ana Lima.",
    ) == ["Rui Matos", "Ana Lima"]


def test_italian_verbs() -> None:
    assert who(
        "\"Abbiamo avvisato tutte le famiglie\", ha raccontato il sindaco Marco Ferri.",
        "\"La scuola riaprirà lunedì prossimo\", dice l'assessore Lucia Bruni.",
    ) == ["Marco Ferri", "Lucia Bruni"]


def test_more_italian_and_spanish_reporting_verbs() -> None:
    # "ha fatto sapere Palazzo Chigi", "ha attaccato", "anticipó": the subject after them speaks.
    assert [q.speaker for q in find_quotes(CleanArticle(title="Notizie", paragraphs=[
        "«Dispiace che si alimentino polemiche inutili», ha fatto sapere Palazzo Chigi in una "
        "nota.",
        "\"Il governo non ci ha dato una sola cifra\", ha attaccato Michele De Palma.",
        "\"Vamos a recurrir a la Comisión Interamericana\", anticipó Carlos Beraldi.",
    ]))] == ["Palazzo Chigi", "Michele De Palma", "Carlos Beraldi"]
