"""A speaker written as a role and the body it is a role of, role first ("Il tecnico della Roma ha
detto:", "Il ministro ha insistito per ore:"): the role speaks, with its article, never the
body's name nor the words after the verb."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def speakers(*paragraphs: str) -> list[str | None]:
    article = CleanArticle(title="Una partita", paragraphs=list(paragraphs), language="it")
    return [q.speaker for q in find_quotes(article)]


def test_the_role_speaks_not_the_club_it_is_of() -> None:
    assert speakers(
        "La squadra ha perso in casa contro il Genova.",
        "Il tecnico della Roma ha detto dopo la gara: «Abbiamo sbagliato troppo».",
    ) == ["Il tecnico della Roma"]


def test_an_italian_article_opens_the_subject_before_a_long_verb_phrase() -> None:
    assert speakers(
        "La squadra ha pareggiato in casa contro il Genova.",
        "Il tecnico portoghese ha insistito per tutto il dopo partita con la sua linea: "
        "«Abbiamo vinto, il gol era regolare».",
    ) == ["Il tecnico portoghese"]

