"""French sets the reporting clause inside the guillemets, between commas, when it interrupts a
quote ("« C'est inquiétant, confirme le maire, Paul Roux. On attend un médecin. »"): the
clause names the speaker and is no part of the words."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def quotes(*paragraphs: str) -> list[tuple[str, str | None]]:
    article = CleanArticle(title="Actualité", paragraphs=list(paragraphs))
    return [(q.text, q.speaker) for q in find_quotes(article)]


def test_a_clause_between_the_sentences_of_a_quote_names_its_speaker() -> None:
    assert quotes(
        "Aucun généraliste ne s'est installé dans la nouvelle maison médicale.",
        "« C'est très inquiétant, confirme le maire de Doubs, Paul Roux. On voit les gens "
        "attendre un médecin depuis des mois. »",
    ) == [("C'est très inquiétant. On voit les gens attendre un médecin depuis des mois.",
           "Paul Roux")]


def test_a_clause_with_the_role_after_the_name() -> None:
    assert quotes(
        "Plusieurs partenaires de la coalition veulent y croire encore.",
        "« Pour moi, ça n'est pas terminé, estime Elsa Martin, députée des Hauts-de-Seine. "
        "Elle doit prendre sa part. »",
    ) == [("Pour moi, ça n'est pas terminé. Elle doit prendre sa part.", "Elsa Martin")]


def test_an_inverted_pronoun_between_commas_inside_the_quote() -> None:
    assert quotes(
        "Le ministre de l'Intérieur Marc Blanc a visité la caserne lundi.",
        "« Nous tiendrons, assure-t-il, jusqu'au bout de ce dossier. »",
    ) == [("Nous tiendrons, jusqu'au bout de ce dossier.", "Marc Blanc")]


def test_a_comma_inside_a_quote_before_a_plain_word_is_no_clause() -> None:
    assert quotes(
        "« Nous avons perdu, explique tout, le match de dimanche », a déclaré l'entraîneur "
        "Jean Petit.",
    ) == [("Nous avons perdu, explique tout, le match de dimanche", "Jean Petit")]


def test_a_clause_with_an_adverb_a_listener_or_a_rarer_verb() -> None:
    assert quotes(
        "Hassan Oubella cultive des tomates. « L'usine, c'est bien, calcule Hassan Oubella. "
        "Les petits ne pourront pas suivre. »",
        "« On prie, on attend, dit simplement Hassan Oubella. Qu'est-ce qu'on peut faire "
        "d'autre ? »",
    ) == [("L'usine, c'est bien. Les petits ne pourront pas suivre.", "Hassan Oubella"),
          ("On prie, on attend. Qu'est-ce qu'on peut faire d'autre ?", "Hassan Oubella")]
    assert quotes(
        "Élise Jourdan, économiste, suit le dossier. « Les sous-traitants sont pris en étau, "
        "analyse-t-elle. Les grands groupes ont les moyens. »",
        "Hélène Duroc suit la négociation. « Personne ne quitte définitivement la table, "
        "a-t-elle assuré mercredi matin sur France Inter. Nous avons rendez-vous. »",
        "Thomas Guéry a filmé la scène. « J'étais parti pour une balade tranquille, raconte-t-il "
        "à 20 Minutes. Quand je l'ai vue, j'ai eu peur. »",
    ) == [("Les sous-traitants sont pris en étau. Les grands groupes ont les moyens.",
           "Élise Jourdan"),
          ("Personne ne quitte définitivement la table. Nous avons rendez-vous.", "Hélène Duroc"),
          ("J'étais parti pour une balade tranquille. Quand je l'ai vue, j'ai eu peur.",
           "Thomas Guéry")]
