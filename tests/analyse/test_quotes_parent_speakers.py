"""A parent quoted by the family word alone ("dit la maman", "the mother said") is the one
parent the article names by that word or its synonym ("Natalie Fernando, mère d'un petit
garçon", "his mother, Jane Hale"); two such parents, or none, and the words stay."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def speakers(*paragraphs: str, language: str = "en") -> list[str | None]:
    article = CleanArticle(title="Un inconnu aide un enfant", paragraphs=list(paragraphs),
                           language=language)
    return [q.speaker for q in find_quotes(article)]


def test_la_maman_is_the_mother_named_before() -> None:
    assert speakers(
        "Léa Morel, mère d’un petit garçon autiste, a publié lundi un message sur Facebook.",
        "Son fils Hugo a fait une crise sur la plage. Un passant s’est allongé par terre "
        "avec lui. “Je n’oublierai pas sa gentillesse”, dit la maman.",
        language="fr",
    ) == ["Léa Morel"]


def test_the_mother_is_the_mother_named_in_an_appositive_before_the_name() -> None:
    assert speakers(
        "The boy was found safe on Sunday, his mother, Jane Hale, told police.",
        "“We had been looking for him all night and I just could not stop shaking,” the "
        "mother said.",
    ) == ["Jane Hale"]


def test_two_mothers_named_leave_the_words() -> None:
    assert speakers(
        "Jane Hale, the mother of one of the boys, and Ann Reed, mother of the other, waited "
        "at the school.",
        "“We had been looking for them all night and nobody could tell us a thing,” the "
        "mother said.",
    ) == ["the mother"]
