"""The honorifics of French, German and Spanish news ("M. Mose", "Mme Dumas", "Frau Berger",
"Sra. Gómez") are no part of a name: the speaker is the full name the article gave before, as
with "Mr." in English."""

from __future__ import annotations

from digests.analyse.name_parts import person_part
from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def who(*paragraphs: str) -> list[str | None]:
    article = CleanArticle(title="Actualité", paragraphs=list(paragraphs))
    return [q.speaker for q in find_quotes(article)]


def test_french_monsieur_is_the_full_name_given_before() -> None:
    assert who(
        "Le président de la commission, Erik Mose, a parlé mercredi à Kiev.",
        "« Les informations reçues peuvent étayer les allégations de crimes de guerre », a "
        "souligné M. Mose, qui s'exprimait à l'issue des travaux.",
    ) == ["Erik Mose"]


def test_french_madame_is_the_full_name_given_before() -> None:
    assert who(
        "La ministre de la Santé, Claire Dumas, a parlé mercredi devant les députés.",
        "« Ce n'est pas une pénurie, c'est une tension sur quelques produits », a dit Mme Dumas.",
    ) == ["Claire Dumas"]


def test_german_frau_is_the_full_name_given_before() -> None:
    assert who(
        "Die Ministerin Anna Berger sprach am Mittwoch vor dem Landtag.",
        "„Wir werden die Schulen nicht schließen“, sagte Frau Berger.",
    ) == ["Anna Berger"]


def test_an_initial_stays_part_of_the_name() -> None:
    # "M." opens a French "M. Mose"; inside a name, or before a given name, it is an initial.
    assert person_part(("John", "M.", "Ford")) == ("John", "M.", "Ford")
    assert person_part(("M.", "Night", "Shyamalan")) == ("M.", "Night", "Shyamalan")
    assert person_part(("Don", "Marshall")) == ("Don", "Marshall")
    assert person_part(("Sra.", "Gómez")) == ("Gómez",)


def test_monsieur_before_a_surname_the_article_never_gives_in_full_is_a_speaker() -> None:
    # "M." shows a name follows, as "Mr." does; the surname alone is all the article gives.
    assert who(
        "Les dirigeants européens se sont réunis lundi à Bruxelles.",
        "« Le pays a besoin de stabilité et de clarté », a ajouté M. Macron depuis Bruxelles.",
    ) == ["Macron"]
