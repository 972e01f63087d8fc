"""More French reporting verbs ("admet", "concède", "fustige", "glisse", "renchérit"…) and
"le membre du gouvernement" standing for the minister named before."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def who(*paragraphs: str) -> list[str | None]:
    article = CleanArticle(title="Actualité", paragraphs=list(paragraphs))
    return [q.speaker for q in find_quotes(article)]


def test_admet_and_member_of_the_government() -> None:
    assert who(
        "Sur France Inter, la ministre de la Santé Claire Dumas appelle au calme.",
        "« Ce n'est pas une pénurie, c'est une tension sur quelques produits », admet le "
        "membre du gouvernement.",
    ) == ["Claire Dumas"]


def test_concede_with_the_subject_after_it() -> None:
    assert who(
        "« Nous aurions dû prévenir les familles plus tôt », concède le maire Paul Morel.",
    ) == ["Paul Morel"]


def test_any_verb_with_its_auxiliary_before_the_name_after_a_quote() -> None:
    # French inverts the subject after a quote whatever the verb: "a enchaîné M. Duda",
    # "s'est justifié Joe Biden", "s’enflammait Mohamed Ndoye": no list of verbs is complete.
    assert who(
        "Le chancelier allemand, Olaf Scholz, a reçu Andrzej Duda à Berlin mardi.",
        "« Nous partageons un objectif : préserver la paix en Europe », a déclaré M. Scholz. "
        "« Nous devons trouver une solution pour éviter la guerre », a enchaîné M. Duda.",
    ) == ["Olaf Scholz", "Andrzej Duda"]
    assert who(
        "Quelques absences ont été remarquées ce jour-là parmi les invités.",
        "« J’ai été derrière eux pendant toute ma carrière », s’est justifié Joe Biden, le 19 "
        "janvier, reconnaissant tout juste un problème de « communication ».",
    ) == ["Joe Biden"]
    assert who(
        "Des dizaines de milliers de Sénégalais ont envahi les rues autour de l’aéroport.",
        "« On a des parents qui n’ont pas pu assister à un sacre des Lions », s’enflammait "
        "Mohamed Ndoye, 31 ans, chauffeur, au milieu des supporteurs.",
    ) == ["Mohamed Ndoye"]


def test_a_subordinator_opening_the_sentence_is_no_part_of_the_name_after_it() -> None:
    # "Si", "Quand", "Lorsque" open a sentence capitalised, as "If" and "When" do in English.
    assert who(
        "Le 12 janvier, Joe Biden s’est recueilli devant la tombe de Martin Luther King.",
        "Si Joe Biden s’était attardé dans la boutique, il aurait vu des magnets colorés.",
        "« J’ai été derrière eux pendant toute ma carrière », s’est justifié Joe Biden.",
    ) == ["Joe Biden"]


def test_assure_in_the_present_reports_the_quote() -> None:
    # Without it the quote went on with the speaker before.
    assert who(
        "Le patron de la SNCF, Marc Roy, a répondu aux syndicats.",
        "« Nous maintenons le dialogue », répond Marc Roy.",
        "La ministre des Transports, Claire Dumas, s'est dite confiante. « La majorité des "
        "usagers sont à l'aise avec ce calendrier », assure Claire Dumas, en référence aux "
        "travaux.",
    ) == ["Marc Roy", "Claire Dumas"]


def test_an_adverb_between_the_inverted_verb_and_its_subject() -> None:
    # "répond d'abord le dirigeant", "ajoute encore la ministre": the adverb is no subject.
    assert who(
        "La ministre des Transports, Claire Dumas, a répondu aux syndicats.",
        "« Nous maintenons le dialogue », répond d'abord la ministre.",
        "« Nous ne céderons rien », ajoute encore la ministre.",
    ) == ["Claire Dumas", "Claire Dumas"]


def test_an_adverb_between_the_verb_and_an_unnamed_subject_is_no_part_of_it() -> None:
    found = who("« Nous fournissons ces services gratuitement », répond d'abord le dirigeant.")
    assert found and found[0] and "abord" not in found[0]


def test_et_d_ajouter_goes_on_with_the_speaker_before() -> None:
    # The narrative infinitive "Et d'ajouter :" has the subject of the sentence before.
    assert who(
        "« Nous avons vu votre courage », a déclaré le président Paul Marin aux habitants. "
        "Et d'ajouter : « Il faut reconstruire en évitant de nouveaux drames. »",
    ) == ["Paul Marin", "Paul Marin"]


def test_et_de_conclure_goes_on_with_the_speaker_before() -> None:
    assert who(
        "« Nous avons vu votre courage », a déclaré le président Paul Marin aux habitants. "
        "Et de conclure : « Il faut reconstruire. »",
    ) == ["Paul Marin", "Paul Marin"]


def test_the_imperfect_reports_a_quote_and_ends_the_one_before() -> None:
    # The press writes the imperfect too ("menaçait", "expliquait"): the verb reports the quote
    # before it, which is then not the end of the previous speaker's words.
    assert who(
        "Le premier secrétaire du parti, Paul Morel, entretient le flou.",
        "« Elle ne va pas passer sa vie à être candidate », affirme Paul Morel. « On peut "
        "faire semblant. Ce sera elle ou la rupture », menaçait le coordinateur du mouvement, "
        "Marc Roux.",
        "« Nous attendrons la fin du mois », expliquait mardi la députée Anne Vidal.",
    ) == ["Paul Morel", "Marc Roux", "Anne Vidal"]


def test_today_after_the_verb_is_no_speaker() -> None:
    # "confirme aujourd'hui": a time, like "hier", not who confirms.
    assert who(
        "Les podcasts sont à la mode.",
        "L’émergence des podcasts confirme aujourd’hui que le média audio permet un traitement"
        " différent : « le long terme ne peut être géré que par le langage ».",
    ) == [None]
