"""A clause that says whom the speaker answered opens the sentence before the verb ("A chi
gli chiedeva dei costi, ha risposto: …", "A quien le preguntó por la obra, respondió: …"): it
is no subject; the verb's left-out subject is the person the story is about."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def who(*paragraphs: str) -> list[str | None]:
    article = CleanArticle(title="Notizie", paragraphs=list(paragraphs))
    return [q.speaker for q in find_quotes(article)]


def test_italian_answer_clause_is_no_speaker() -> None:
    assert who(
        "Il sindaco Marco Ferri ha inaugurato il nuovo ponte sul torrente.",
        "A chi gli chiedeva dei costi dell'opera, ha risposto: \"Abbiamo speso meno del "
        "previsto e finito in anticipo\".",
    ) == ["Marco Ferri"]


def test_spanish_answer_clause_is_no_speaker_but_a_name_after_it_is() -> None:
    assert who(
        "El alcalde Tomás Ibarra inauguró el nuevo puente sobre el río.",
        "A quien le preguntó por el costo, la concejal Ana Ruiz respondió: \"Gastamos menos de "
        "lo previsto y terminamos antes\".",
    ) == ["Ana Ruiz"]
