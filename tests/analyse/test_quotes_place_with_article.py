"""A place written with its article ("La Ville de Paris") is fuller without it, as a person's
name may be, and is still no person: the "elle" of the next quote is the mayor who announced
the plan, not the city. A person whose surname is a place's word ("Cornel West") stays one."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def who(*paragraphs: str, language: str) -> list[str | None]:
    article = CleanArticle(title="Titre", paragraphs=list(paragraphs), language=language)
    return [q.speaker for q in find_quotes(article)]


def test_a_city_with_its_article_is_no_person() -> None:
    assert who(
        "La Ville de Paris va planter 20 000 arbres d'ici 2030, a annoncé ce mercredi la maire "
        "Anne Hidalgo. « Nous devons adapter la ville aux vagues de chaleur », a-t-elle expliqué.",
        language="fr",
    ) == ["Anne Hidalgo"]


def test_a_person_whose_surname_is_a_compass_word_still_speaks() -> None:
    assert who(
        "That's where author Cornel West took the conversation. Filling in for the senator at "
        "the same event on Sunday, West landed a sharp dig at his rival.",
        '"I took the money but it did not affect me?" he said, paraphrasing her remarks.',
        language="en",
    ) == ["Cornel West"]
