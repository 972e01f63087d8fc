"""The nouns French, Spanish, Italian, Portuguese and German papers use to refer back to someone
they have just named ("le syndicaliste", "cet éleveur", "el empresario", "der Landwirt"), with
the gender each shows ("" for either), and the determiners before them.

A story in those languages rarely repeats a name: the second time, the person is what they do.
Only nouns for what someone is or does are listed, not roles a story names anyone by ("le
ministre", "el alcalde": ``role_holders`` finds their holders), nor words for someone who is
mostly left unnamed ("un témoin", "la victime").
"""

from __future__ import annotations

from typing import Final


def _gendered(masculine: str, feminine: str, either: str) -> dict[str, str]:
    return {**dict.fromkeys(masculine.split(), "m"), **dict.fromkeys(feminine.split(), "f"),
            **dict.fromkeys(either.split(), "")}


# Lower case, German too (its nouns are looked up lowered).
DESCRIBING_NOUNS: Final = {
    "fr": _gendered(
        """éleveur agriculteur paysan viticulteur vigneron maraîcher boulanger patron dirigeant
        directeur élu militant manifestant habitant riverain retraité homme adolescent
        étudiant lycéen enseignant professeur chercheur expert avocat entraîneur technicien
        tacticien joueur attaquant défenseur gardien ailier buteur milieu sélectionneur
        champion skieur coureur chanteur acteur comédien réalisateur écrivain auteur
        romancier député sénateur candidat commerçant restaurateur producteur pêcheur
        ouvrier salarié infirmier policier pompier magistrat historien ambassadeur opposant
        entrepreneur créateur fondateur cofondateur gérant suspect accusé prévenu
        propriétaire""",
        """éleveuse agricultrice paysanne viticultrice vigneronne patronne dirigeante
        directrice élue militante manifestante habitante riveraine retraitée femme
        adolescente étudiante lycéenne enseignante professeure chercheuse experte avocate
        entraîneuse joueuse attaquante gardienne sélectionneuse championne skieuse coureuse
        chanteuse actrice comédienne réalisatrice écrivaine autrice romancière députée
        sénatrice candidate commerçante restauratrice productrice ouvrière salariée
        infirmière policière magistrate historienne ambassadrice opposante entrepreneuse
        créatrice fondatrice cofondatrice gérante cheffe suspecte accusée prévenue""",
        """syndicaliste pdg ceo édile médecin scientifique spécialiste pénaliste capitaine pilote
        cycliste artiste cinéaste journaliste gendarme économiste politologue sociologue
        analyste diplomate chef international quadragénaire quinquagénaire sexagénaire
        septuagénaire octogénaire nonagénaire trentenaire""",
    ),
    "es": _gendered(
        """ganadero agricultor empresario directivo concejal vecino jubilado profesor médico
        investigador científico experto abogado letrado entrenador técnico jugador delantero
        portero capitán seleccionador campeón actor escritor autor diputado senador
        candidato hostelero pescador trabajador enfermero bombero politólogo sociólogo
        historiador diplomático embajador opositor fundador cofundador emprendedor
        propietario hombre exjugador acusado detenido octogenario septuagenario
        sexagenario""",
        """ganadera agricultora empresaria directiva concejala vecina jubilada profesora
        médica investigadora científica experta abogada letrada entrenadora jugadora
        delantera capitana seleccionadora campeona actriz escritora autora diputada
        senadora candidata hostelera trabajadora enfermera politóloga socióloga
        historiadora diplomática embajadora opositora fundadora cofundadora emprendedora
        propietaria mujer exjugadora acusada detenida octogenaria septuagenaria
        sexagenaria""",
        """sindicalista dirigente edil joven estudiante docente especialista guardameta
        centrocampista piloto tenista ciclista atleta cantante cineasta novelista periodista
        comerciante economista analista""",
    ),
    "it": _gendered(
        """imprenditore allevatore agricoltore allenatore tecnico giocatore difensore portiere
        capitano campione attore scrittore deputato senatore medico ricercatore esperto
        avvocato politologo storico diplomatico ambasciatore fondatore uomo pensionato
        studente professore governatore ragazzo""",
        """imprenditrice allevatrice agricoltrice allenatrice giocatrice campionessa attrice
        scrittrice deputata senatrice ricercatrice esperta avvocata storica fondatrice donna
        pensionata studentessa professoressa ragazza""",
        """sindacalista attaccante centrocampista cantante regista giornalista economista
        analista giovane docente""",
    ),
    "pt": _gendered(
        """empresário agricultor treinador técnico jogador avançado capitão campeão cantor
        ator escritor deputado senador médico pesquisador investigador advogado embaixador
        fundador homem aposentado reformado professor""",
        """empresária agricultora treinadora jogadora campeã cantora atriz escritora deputada
        senadora médica pesquisadora investigadora advogada embaixadora fundadora mulher
        aposentada reformada professora""",
        """sindicalista atacante jornalista especialista economista analista diplomata jovem
        estudante""",
    ),
    "de": _gendered(
        """landwirt bauer unternehmer trainer spieler stürmer torhüter kapitän sänger
        schauspieler regisseur autor schriftsteller journalist arzt mediziner forscher
        wissenschaftler experte anwalt ökonom politologe historiker analyst diplomat
        botschafter gründer rentner student lehrer mann gewerkschafter manager""",
        """landwirtin bäuerin unternehmerin trainerin spielerin stürmerin torhüterin
        kapitänin sängerin schauspielerin regisseurin autorin schriftstellerin journalistin
        ärztin medizinerin forscherin wissenschaftlerin expertin anwältin ökonomin
        politologin historikerin analystin diplomatin botschafterin gründerin rentnerin
        studentin lehrerin frau gewerkschafterin managerin""",
        "coach ceo",
    ),
}
# Nouns that fit many people ("disse a governante", "afirmó el mandatario", "ha spiegato la
# sindacalista", "o líder socialista"), read by ``epithets.described_abroad``: only the subject
# of the quote's own paragraph says who, never a name further back.
ROMANCE_EPITHETS: Final = frozenset("""
    governante mandatário mandatária mandatario mandataria exmandatario exmandataria
    líder lider leader dirigente sindacalista sindicalista economista politico politica
    político política funcionário funcionária funcionario funcionaria
    magistrado magistrada magistrato juíza juiz jueza juez elu élue édile
""".split())
# Any of them, in any of the languages: a role before a name ("El capitán, Rubén Ferrándiz, …").
ALL_DESCRIBING_NOUNS: Final = frozenset(
    noun for nouns in DESCRIBING_NOUNS.values() for noun in nouns
)
# The determiners that may open such a description, with the gender they show ("" for either
# or none: "l'", German "die", which is plural too).
DETERMINERS: Final = {
    "fr": {"le": "m", "ce": "m", "cet": "m", "la": "f", "cette": "f"},
    "es": {"el": "m", "este": "m", "ese": "m", "la": "f", "esta": "f", "esa": "f"},
    "it": {"il": "m", "lo": "m", "questo": "m", "la": "f", "questa": "f"},
    "pt": {"o": "m", "este": "m", "esse": "m", "a": "f", "esta": "f", "essa": "f"},
    "de": {"der": "m", "dieser": "m", "die": "", "diese": "", "das": "", "dieses": ""},
}
# Adjectives written before the noun ("le jeune homme", "l'ancien international", "der
# erfahrene Landwirt" is German's lower case adjective, skipped as such).
LEADING_ADJECTIVES: Final = frozenset(
    "jeune ancien ancienne nouveau nouvelle vieil vieille vieux célèbre antiguo antigua "
    "nuevo nueva veterano veterana giovane vecchio nuovo".split()
)
