"""Portuguese, Spanish and Italian epithets for someone just named ("disse a governante", "ha
detto la sindacalista"): the subject of a sentence of the quote's paragraph, never a guess
further back. Portuguese "a" and "o" are articles, and "do" joins a name ("Maria do Rosário
Palma Ramalho")."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def who(*paragraphs: str, language: str = "pt") -> list[str | None]:
    article = CleanArticle(title="Notícias", paragraphs=list(paragraphs), language=language)
    return [q.speaker for q in find_quotes(article)]


def test_an_epithet_is_the_subject_of_its_paragraph() -> None:
    assert who(
        "A ministra do Trabalho, Maria do Rosário Palma Ramalho, comentou a decisão. "
        "«Percebemos que houve bom senso», disse a governante.",
        "A juíza Susana Seca indeferiu o requerimento. \"O tribunal não vê qualquer "
        "fundamento\", declarou a juíza.",
        "A sindicalista Giovanna Fanelli estava presente. \"Não vamos assinar nada sem "
        "garantias\", disse a sindicalista.",
    ) == ["Maria do Rosário Palma Ramalho", "Susana Seca", "Giovanna Fanelli"]


def test_with_no_subject_in_its_paragraph_the_epithet_stays() -> None:
    # Not the woman quoted before: "o líder" is a man, and nobody opens this paragraph.
    assert who(
        "A ministra do Trabalho, Maria do Rosário Palma Ramalho, comentou a decisão. "
        "«Percebemos que houve bom senso», disse a governante.",
        "\"O partido decidiu abster-se na votação\", afirmou o líder socialista.",
    ) == ["Maria do Rosário Palma Ramalho", "o líder socialista"]


def test_an_auxiliary_opening_the_sentence_is_no_speaker() -> None:
    # "Ha poi aggiunto:": "Ha" is "has", the subject left out, the sindacalista going on.
    assert who(
        "La sindacalista Giovanna Fanelli era presente. \"Non firmeremo nulla senza garanzie\", "
        "ha detto la sindacalista. Ha poi aggiunto: \"Senza un accordo sarà sciopero\".",
        language="it",
    ) == ["Giovanna Fanelli", "Giovanna Fanelli"]


def test_a_paper_in_capitals_after_a_german_speaker_is_whom_it_was_said_to() -> None:
    assert who(
        "„Wir reden hier nicht über Statistik“, sagte Thüringens Gesundheitsministerin Katrin "
        "Vollmer (SPD) WELT.",
        "„Das ist ein guter Tag für die Stadt und für alle hier“, sagte Bürgermeister Jan Kruse "
        "WELT.",
        language="de",
    ) == ["Katrin Vollmer", "Jan Kruse"]
