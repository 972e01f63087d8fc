"""A paragraph-long quote introduced by a sentence ending in a colon whose subject is a role
("Le président s'est adressé aux habitants :", "The minister turned to the crowd:"): that role
speaks, and is the person the article names with it."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def who(*paragraphs: str) -> list[str | None]:
    article = CleanArticle(title="Visite officielle", paragraphs=list(paragraphs))
    return [q.speaker for q in find_quotes(article)]


def test_fr_a_role_opening_the_introduction_speaks() -> None:
    assert who(
        "Le président Paul Marin a visité la ville ravagée par le typhon.",
        "Devant l'école, le président s'est adressé aux habitants :",
        "« Je voulais montrer au monde entier votre courage. »",
    ) == ["Paul Marin"]


def test_en_a_role_opening_the_introduction_speaks() -> None:
    assert who(
        "Health Minister Jane Cole visited the flooded town on Monday.",
        "The minister turned to the crowd outside the school:",
        "\"We will rebuild every house that the water took.\"",
    ) == ["Jane Cole"]


def test_a_thing_opening_the_introduction_is_no_speaker() -> None:
    assert who(
        "Health Minister Jane Cole visited the flooded town on Monday.",
        "The report lists three causes:",
        "\"Poor drainage, old levees and a late warning.\"",
    ) == [None]


def test_a_role_before_another_role_word_is_not_the_subject() -> None:
    found = who(
        "« L'offre de logements est importante », a affirmé Bruno Marin.",
        "Le premier adjoint au maire, évaluant le prix moyen de la nuitée, a ajouté que:",
        "« Airbnb est devenue une offre essentielle d'hébergement. »",
    )
    assert found[0] == "Bruno Marin" and "premier" not in (found[1] or "")
