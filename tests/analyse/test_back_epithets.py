"""French, Spanish, Italian and German nouns that refer back to someone or some body the article
has just named ("lance le syndicaliste", "explica el empresario", "sagte der Landwirt",
"prévient l'organisme", "dijo el consistorio"): the speaker is the name, not the noun."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def speakers(language: str, *paragraphs: str) -> list[str | None]:
    article = CleanArticle(title="Actualités", paragraphs=list(paragraphs), language=language)
    return [quote.speaker for quote in find_quotes(article)]


def test_a_noun_for_what_someone_does_is_the_subject_of_its_paragraph() -> None:
    assert speakers(
        "fr",
        "Mamadou Lamine Camara, secrétaire général du syndicat des mineurs, réclame une hausse "
        "de 20 %. « Nous ne demandons pas la charité. Nous demandons notre part », lance le "
        "syndicaliste.",
        "Le président de la Fédération pastorale, Jean-Baptiste Larrieu, parle d'une crise. "
        "« On nous explique depuis vingt ans que l'ours reste en altitude », tempête cet "
        "éleveur de brebis installé à Arrens-Marsous.",
        "Thomas Guéry, 24 ans, a filmé la scène. « J'étais parti pour une balade tranquille », "
        "raconte le jeune homme.",
    ) == ["Mamadou Lamine Camara", "Jean-Baptiste Larrieu", "Thomas Guéry"]
    assert speakers(
        "es",
        "Andrés Villalobos, dueño de tres hoteles en la costa, lo tiene claro. \"Sin turistas "
        "no hay empleo\", explica el empresario.",
    ) == ["Andrés Villalobos"]
    assert speakers(
        "de",
        "Jens Hartmann bewirtschaftet 300 Hektar in der Uckermark. „Der Boden ist staubtrocken“, "
        "sagt der Landwirt.",
    ) == ["Jens Hartmann"]


def test_the_noun_goes_on_with_the_one_person_who_just_spoke() -> None:
    assert speakers(
        "fr",
        "Frédéric Saint-Amand, PDG d'Aérolis, ne cache pas son agacement. « Je ne fais pas de "
        "politique », assure le patron.",
        "« On nous a dit 2024, puis 2027 », ajoute le PDG.",
    ) == ["Frédéric Saint-Amand", "Frédéric Saint-Amand"]


def test_a_noun_that_fits_two_people_nearby_or_none_stays_as_written() -> None:
    assert speakers(
        "fr",
        "Paul Martin et Claire Petit tiennent la boutique depuis dix ans.",
        "« Les clients ne viennent plus », regrette le commerçant.",
    ) == ["commerçant"]
    assert speakers(
        "fr",
        "La grève a commencé lundi. « Nous tiendrons jusqu'au bout », lance le syndicaliste.",
    ) == ["syndicaliste"]


def test_a_name_after_the_noun_is_the_speaker_itself() -> None:
    assert speakers(
        "fr",
        "Marie Durand a ouvert la séance. « Le dialogue reprend », a déclaré le syndicaliste "
        "Paul Lefort.",
    ) == ["Paul Lefort"]


def test_a_noun_for_a_body_with_an_elided_article_or_adjective_is_the_body_just_named() -> None:
    assert speakers(
        "fr",
        "Météo-France a placé le Gard en vigilance orange jeudi. « Un nouvel épisode de pluies "
        "intenses est attendu », prévient l'organisme dans son bulletin.",
        "TotalEnergies a annoncé prolonger son plafonnement. « Ce geste représente un effort "
        "significatif », a indiqué le groupe dans un communiqué.",
        "L'Office français de la biodiversité a confirmé l'authenticité de la vidéo. « Ce "
        "comportement n'a rien d'anormal », explique l'établissement public.",
    ) == ["Météo-France", "TotalEnergies", "Office français de la biodiversité"]


def test_a_body_whose_name_goes_on_in_lower_case_is_named_whole() -> None:
    assert speakers(
        "fr",
        "La Compagnie minière de Boké (CMB) a proposé une hausse de 8 %. « La compagnie reste "
        "ouverte au dialogue », a indiqué l'entreprise.",
        "L'Agence régionale de santé recommande de boire de l'eau. « Il faut rester prudent », "
        "explique cet organisme.",
    ) == ["Compagnie minière de Boké", "Agence régionale de santé"]


def test_a_word_for_a_naming_noun_is_the_body_so_named() -> None:
    assert speakers(
        "es",
        "El Ayuntamiento de Sevilla aprobó el plan el lunes. \"Es una apuesta por los barrios\", "
        "señaló el consistorio en un comunicado.",
    ) == ["Ayuntamiento de Sevilla"]


def test_a_person_just_named_is_no_body_the_noun_stands_for() -> None:
    assert speakers(
        "fr",
        "Claire Dubois a quitté la direction en mars. « Nous restons confiants », a indiqué le "
        "groupe.",
    ) == ["groupe"]


def test_a_role_set_off_before_a_name_makes_the_name_the_subject() -> None:
    assert speakers(
        "es",
        "El capitán, Rubén Ferrándiz, también pasó por sala de prensa. \"Estamos jodidos por "
        "los resultados, no lo voy a negar —reconoció el centrocampista—, pero el grupo está "
        "más unido que nunca\".",
    ) == ["Rubén Ferrándiz"]


def test_a_noun_that_goes_on_with_someone_unnamed_names_no_one() -> None:
    assert speakers(
        "es",
        "Gerardo Saldívar Montemayor coordinó el rescate. Una mujer guatemalteca de 34 años "
        "contó que dejaron de escuchar el motor. \"Pensamos que nos íbamos a morir ahí "
        "adentro\", relató la mujer.",
    ) == ["la mujer"]


def test_a_word_opening_the_sentence_or_a_name_in_a_quote_is_no_body() -> None:
    assert speakers(
        "fr",
        "L'OFB confirme",
        "Lundi, l'Office a confirmé qu'il s'agissait bien d'une femelle. « Ce comportement "
        "n'a rien d'anormal en sortie d'hibernation », indique l'établissement public.",
    ) == ["OFB"]
    assert speakers(
        "es",
        "Su director, Alfredo Serrano, fue más allá. \"Valencia y Marsella llevan años "
        "esperando esta oportunidad\", aseguró.",
        "También el gremio hotelero mostró sus reservas. \"No se puede demonizar a un tipo de "
        "visitante\", señaló la entidad.",
    ) == ["Alfredo Serrano", "la entidad"]


def test_a_german_compound_ending_in_a_noun_for_a_body_is_the_body_just_named() -> None:
    assert speakers(
        "de",
        "Die Deutsche Bahn richtete einen Ersatzverkehr ein. „Die Reparaturarbeiten sind "
        "aufwendig und dauern an“, teilte das Unternehmen mit.",
        "Der ADAC Berlin-Brandenburg warnte vor Ausweichverkehr. „Wer die Gebühren so drastisch "
        "erhöht, verlagert den Parkdruck nur nach Pankow“, teilte der Automobilclub mit.",
    ) == ["Deutsche Bahn", "ADAC Berlin-Brandenburg"]
    assert speakers(
        "es",
        "El Instituto Nacional de Migración informó que los migrantes serán trasladados. \"Se "
        "les brindará atención médica y asesoría legal\", detalló la dependencia.",
    ) == ["Instituto Nacional de Migración"]


def test_italian_nouns_for_a_person_or_a_body_and_italian_il_is_no_pronoun() -> None:
    assert speakers(
        "it",
        "Ventitré pecore morte nell'allevamento di Michele Giordanengo. «Ho chiuso il recinto "
        "come sempre, poi ho trovato il disastro», racconta l'allevatore, 52 anni.",
        "Le Fonderie Valcamonica hanno annunciato la chiusura. «Il piano industriale non è più "
        "sostenibile per nessuno», scrive l'azienda in una nota.",
        "Il sindacato contesta il piano. L'azienda: «Nessuna decisione definitiva è stata presa "
        "finora»",
    ) == ["Michele Giordanengo", "Le Fonderie Valcamonica", None]
