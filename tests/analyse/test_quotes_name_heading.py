"""Round-ups of reactions head each quote with a line naming who says it and their team, in
a paragraph of its own ("Le plus déçu : Paul Martin (Nantes)", "Paul Martin (Nantes)"): the
quote in the paragraph after is that person's."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def who(*paragraphs: str, language: str = "fr") -> list[str | None]:
    found = find_quotes(CleanArticle(title="Les réactions", paragraphs=list(paragraphs),
                                     language=language))
    return [q.speaker for q in found]


def test_labelled_heading_with_team() -> None:
    assert who(
        "Voici ce qu'ont dit les entraîneurs après la dixième journée.",
        "Le plus déçu : Paul Martin (Nantes)",
        "« Nous avons raté trop d'occasions en première période et nous le payons ce soir. »",
        "Le plus heureux : Luc Bernard (Brest)",
        "« Les joueurs ont montré du caractère du début à la fin et je suis fier d'eux. »",
    ) == ["Paul Martin", "Luc Bernard"]


def test_heading_without_team_names_no_one() -> None:
    # Without the team in brackets, a short line may be any heading: left unread.
    assert who(
        "Voici ce qu'ont dit les entraîneurs après la dixième journée.",
        "Paul Martin",
        "« Nous avons raté trop d'occasions en première période et nous le payons ce soir. »",
    ) == [None]
