"""French, Spanish and Italian show a person's gender in the article and noun around the name
("le ministre Olivier Dumesnil", "la préfète, Sophie Lambert", "chercheuse à l'OFCE"): a
"-t-elle" goes to the woman named since the last quote, not to the man quoted before her."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.analyse.romance_genders import gender_around
from digests.article import CleanArticle


def speakers(*paragraphs: str, language: str = "fr") -> list[str | None]:
    article = CleanArticle(title="Un titre", paragraphs=list(paragraphs), language=language)
    return [quote.speaker for quote in find_quotes(article)]


def gender_of(text: str, name: str) -> str:
    start = text.index(name)
    return gender_around(text, start, start + len(name))


def test_the_article_before_the_role_shows_the_gender() -> None:
    assert gender_of("Le ministre Olivier Dumesnil a parlé.", "Olivier Dumesnil") == "m"
    assert gender_of("La préfète, Sophie Lambert, a reçu.", "Sophie Lambert") == "f"
    assert gender_of("Hier, la préfète de Haute-Garonne, Sophie Lambert, a reçu.",
                     "Sophie Lambert") == "f"
    assert gender_of("Según la alcaldesa Ana Ruiz, no hay riesgo.", "Ana Ruiz") == "f"
    assert gender_of("Ha parlato il sindaco Marco Rossi.", "Marco Rossi") == "m"


def test_a_gendered_noun_set_off_after_the_name_shows_it() -> None:
    assert gender_of("Pour l'économiste Anne Mérieux, chercheuse à l'OFCE, c'est risqué.",
                     "Anne Mérieux") == "f"


def test_a_noun_that_belongs_to_someone_else_shows_nothing() -> None:
    # "le mari de": the husband is another person than the one named.
    assert gender_of("Le mari de Marie Dupont a parlé.", "Marie Dupont") == ""
    assert gender_of("The mayor, Jane Hale, spoke.", "Jane Hale") == ""


def test_elle_goes_to_the_woman_named_since_the_man_spoke() -> None:
    assert speakers(
        "Le ministre Olivier Dumesnil a parlé dimanche. « Il n'y aura pas de trains "
        "fantômes », a affirmé le ministre.",
        "Pour l'économiste Anne-Sophie Mérieux, chercheuse à l'OFCE, la mesure est risquée. "
        "« Une année blanche, c'est simple et ça rapporte », analyse-t-elle.",
        "Présente sur place, la préfète de Haute-Garonne, Sophie Lambert-Darras, a reçu une "
        "délégation. « Le droit de manifester est respecté », a-t-elle déclaré.",
    ) == ["Olivier Dumesnil", "Anne-Sophie Mérieux", "Sophie Lambert-Darras"]


def test_an_impersonal_il_shows_no_man() -> None:
    # "il y a trois ans" stands for no one: Clémence Roques is not shown a man by it.
    assert speakers(
        "Au milieu des bottes de paille, Jean-Baptiste Cazes, président de la FDSEA, ne cache "
        "pas sa détermination. « On est là pour durer, on a de quoi manger. »",
        "Parmi les manifestants, beaucoup de jeunes. Clémence Roques, 27 ans, s'est installée "
        "il y a trois ans près de Muret. « On me parlait de vocation, de métier d'avenir », "
        "raconte-t-elle.",
    ) == ["Jean-Baptiste Cazes", "Clémence Roques"]


def test_in_english_he_goes_on_with_the_last_speaker() -> None:
    assert speakers(
        "“The plan will not survive the winter,” said Tom Hale, a local farmer.",
        "Mr. Dean Ross, the mayor, was not at the meeting. “We need rain and we need it "
        "now,” he said.",
        language="en",
    ) == ["Tom Hale", "Dean Ross"]


def test_the_article_of_what_a_role_belongs_to_shows_nothing() -> None:
    assert gender_of("Le directeur de la compagnie, Olivier Kessler, assure que non.",
                     "Olivier Kessler") == ""


def test_the_article_nearest_the_name_is_its_noun_s() -> None:
    assert gender_of("Elle a annoncé ce mercredi la maire Anne Hidalgo.", "Anne Hidalgo") == "f"
