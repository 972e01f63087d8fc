"""An unnamed speaker described by a noun for a person ("cette personne", "a resident", "eine
Anwohnerin") goes on with the pronoun of the next quote ("a-t-elle ajouté", "she added"), when
nobody has been named since; a body named with a generic word ("La Société de protection des
animaux") is no person a "she" can be."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def who(*paragraphs: str) -> list[str | None]:
    found = find_quotes(CleanArticle(title="Actualité", paragraphs=list(paragraphs)))
    return [q.speaker for q in found]


def test_the_pronoun_after_an_unnamed_person_is_that_person() -> None:
    assert who(
        "La Société de protection des animaux de Cracovie a reçu mercredi un appel d’une "
        "habitante de la ville.",
        "« Cela fait deux jours qu’il est dans un arbre en face de la maison ! », a indiqué "
        "cette personne. « Il est marron, il est posé dans un arbre », a-t-elle ajouté.",
    ) == ["cette personne", "cette personne"]


def test_an_english_resident_goes_on_too() -> None:
    assert who(
        "Firefighters worked through the night on Elm Street.",
        "“The smoke was everywhere when we woke up,” said one resident. “We could not see the "
        "end of the road,” she added.",
    ) == ["one resident", "one resident"]
