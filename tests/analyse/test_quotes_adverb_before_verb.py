"""An adverb between a subject with its role and the verb ("Ana Lima, diretora da PF, também
destacou…", "Marco Neri, assessore della Lega, ha anche detto…"): the subject is the name
before the role, not the body the role is of."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def who(*paragraphs: str) -> list[str | None]:
    article = CleanArticle(title="Notícias", paragraphs=list(paragraphs))
    return [q.speaker for q in find_quotes(article)]


def test_portuguese_adverb_before_the_verb() -> None:
    assert who(
        "O ministro Rui Matos falou na segunda.",
        "Ana Lima, diretora da PF, também destacou a integração das equipes. \"O que houve "
        "foi a sincronização dos trabalhos\", disse ao ser questionada.",
    ) == ["Ana Lima"]
