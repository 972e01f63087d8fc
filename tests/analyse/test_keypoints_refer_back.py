"""Points in German, French, Spanish and Russian that lean on the sentence before them with a
word inside the sentence, not its first one ("Die Feuerwehr fand ihn…", "…reconnaître cette
décision…", "Об этом…"): read alone they say nothing, so they are no points unless the sentence
they lean on is the point shown right above them."""

from __future__ import annotations

import pytest

from digests.analyse.keypoints import key_points
from digests.analyse.opening_pronouns import opening_pronoun
from digests.analyse.refer_back import refers_back
from digests.article import CleanArticle


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Die Feuerwehr fand ihn nach zwei Stunden im Keller des Hauses.", "de"),
        ("Die Bergwacht entdeckt sie am Abend auf einem Felsvorsprung.", "de"),
        ("Ärzte warnen, dass dadurch viele Kinder zu spät behandelt werden.", "de"),
        ("Die Stadt will deshalb die Gebühren im nächsten Jahr erhöhen.", "de"),
        ("Der Bürgermeister hat diese Entscheidung am Montag scharf kritisiert.", "de"),
        ("Le maire s'était engagé à annuler cette décision dès le mois de mai.", "fr"),
        ("Selon la préfecture, il est probable que ce projet soit abandonné l'an prochain.", "fr"),
        ("Un élu a affirmé que cela devait cesser avant les élections municipales.", "fr"),
        ("El alcalde prometió revisar esta medida antes de las elecciones municipales.", "es"),
        ("La oposición aseguró que eso no resolverá el problema de la vivienda.", "es"),
        ("Губернатор подписал этот указ в понедельник вечером после совещания.", "ru"),
        # A German opening that sets the sentence against the one before it.
        ("Doch der Plan muss noch vom Stadtrat gebilligt werden.", "de"),
        ("Allerdings gibt es für die neue Brücke noch keinen Termin.", "de"),
        ("Aber die Kosten sind seit dem Frühjahr deutlich gestiegen.", "de"),
        # An opening time counted from the sentence before: later than what?
        ("Danach wurde der Fahrer mit leichten Verletzungen in eine Klinik gebracht.", "de"),
        ("Puis, le lendemain, au tribunal à la veille du verdict attendu.", "fr"),
        ("Posteriormente, sobre la avenida principal, el hombre intentó huir a pie.", "es"),
        ("Затем он уехал из города на автобусе вместе с братом.", "ru"),
        # A Spanish impersonal report whose clause leaves out who did it.
        ("Se indicó que amenazaba con un cuchillo a los vecinos de la colonia.", "es"),
        ("Se informó que fue trasladado al hospital general en estado grave.", "es"),
        # A Spanish "the same" that points at what the sentence before named.
        ("Del mismo fueron parte cuatro de los cinco hijos del exfutbolista.", "es"),
        ("La misma fuente indicó que el hombre tenía antecedentes por robo.", "es"),
        ("El mismo día, la policía detuvo a otros dos sospechosos en la colonia.", "es"),
        # A German subject whose noun takes a "dafür", "dazu" for what was said before: the
        # reason for what, the slogan for what?
        ("Der Grund dafür liegt in den Ereignissen in Hamburg am vergangenen Samstag.", "de"),
        ("Die Parole dazu lautete: Daseinsvorsorge statt Infrastrukturapokalypse.", "de"),
        ("Ein Beispiel dafür ist die neue Umgehungsstraße im Norden der Stadt.", "de"),
    ],
)
def test_a_word_early_in_the_sentence_that_stands_for_the_sentence_before(
    sentence: str, language: str
) -> None:
    assert refers_back(sentence, language)


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Die Feuerwehr hat diese Woche drei Brände in der Altstadt gelöscht.", "de"),
        ("Die Stadt sorgt dafür, dass die Straßen im Winter geräumt werden.", "de"),
        # Its "dafür" points forward, to the clause that says what it stands for.
        ("Der Grund dafür, dass die Brücke gesperrt ist, sind Risse im Beton.", "de"),
        ("Die Voraussetzung dafür ist, dass der Stadtrat im Mai zustimmt.", "de"),
        ("Die Polizei nahm den Mann am Montag in seiner Wohnung fest.", "de"),
        ("Dochau ist eine kleine Gemeinde am Rand der Stadt.", "de"),
        # The time named with what it counts from.
        ("Después de la reunión, el ministro habló con la prensa local.", "es"),
        ("Luego del partido, los jugadores saludaron a la afición.", "es"),
        ("Puisque la loi est votée, elle sera appliquée dès janvier.", "fr"),
        ("Se informó que el conductor fue trasladado al hospital general.", "es"),
        ("Se registró un incendio en una bodega del centro de la ciudad.", "es"),
        ("Sie haben die Ergebnisse der Studie am Dienstag in Berlin vorgestellt.", "de"),
        ("Le gouvernement présentera ce mercredi un projet de loi sur les retraites.", "fr"),
        ("Le maire a dit ce que les habitants attendaient depuis des années.", "fr"),
        ("El Gobierno aprobó este martes la reforma del sistema de pensiones.", "es"),
        ("Правительство в этом году выделило на ремонт дорог два миллиарда рублей.", "ru"),
        # "Likewise", "at the same time": a connective, no thing the sentence before named.
        ("Del mismo modo, el ministerio anunció nuevas obras en la ruta nacional.", "es"),
        ("Al mismo tiempo, el gobierno aprobó un aumento de las jubilaciones.", "es"),
        # English is left to the opening-word rules.
        ("The mayor promised to review this measure before the local elections.", "en"),
    ],
)
def test_a_sentence_that_needs_nothing_before_it(sentence: str, language: str) -> None:
    assert not refers_back(sentence, language)


@pytest.mark.parametrize(
    "sentence",
    [
        "Das bestätigte die Polizei am Dienstag auf Nachfrage.",
        "Das meldete ein Sprecher der Stadt am Abend.",
    ],
)
def test_a_german_das_before_its_verb_and_the_subject_is_a_pronoun(sentence: str) -> None:
    assert opening_pronoun(sentence, "de") == ("das", False)


@pytest.mark.parametrize(
    "sentence", ["Das neue Gesetz gilt ab Januar.", "Die meisten der Gäste blieben zu Hause."]
)
def test_a_german_article_is_no_pronoun(sentence: str) -> None:
    assert opening_pronoun(sentence, "de") is None


def test_russian_such_opening_a_sentence_stands_for_the_one_before() -> None:
    assert opening_pronoun("Такое решение принял глава региона Иван Петров.", "ru") == (
        "такое", False
    )


def test_a_point_leaning_on_an_unshown_sentence_is_passed_over() -> None:
    article = CleanArticle(
        title="Bewaffneter Mann in Saarbrücken gemeldet",
        paragraphs=[
            "Anwohner melden in Saarbrücken einen Mann, der eine Waffe tragen soll.",
            "Die Polizei findet ihn kurz darauf mit der Waffe in einem Parkhaus in Saarbrücken.",
            "Die Polizei rückte am späten Abend mit zwölf Streifenwagen in die Innenstadt aus:"
            " Die Anwohner hätten einen Mann mit Maske und einem verdächtigen Gegenstand in der"
            " Hand gesehen, so eine Sprecherin der Polizei am Mittwoch in Saarbrücken.",
            "Ein Sprecher sprach später von einem ruhigen Abend.",
        ],
        language="de",
    )
    points = key_points(article)
    # Not a point of its own, three points below the sentence it leans on: joined to it.
    assert not any(point.startswith("Die Polizei findet ihn") for point in points)
    assert points[0].endswith("Die Polizei findet ihn kurz darauf mit der Waffe in einem"
                              " Parkhaus in Saarbrücken.")


def test_a_point_right_under_the_point_it_leans_on_stays() -> None:
    article = CleanArticle(
        title="Wanderer in den Alpen vermisst",
        paragraphs=[
            "Ein Wanderer aus Augsburg ist am Samstag in den Allgäuer Alpen verschwunden.",
            "Die Bergwacht suchte die ganze Nacht mit einem Hubschrauber und zwei Hunden.",
            "Die Retter fanden ihn am Sonntagmorgen unterkühlt, aber lebend in einer Schlucht.",
            "Der Mann wurde in eine Klinik in Kempten gebracht, wie die Polizei mitteilte.",
        ],
        language="de",
    )
    assert key_points(article)[2].startswith("Die Retter fanden ihn")


@pytest.mark.parametrize(
    "sentence",
    [
        "Five minutes later, the visitors were level through a header from a corner.",
        "Moments later the driver lost control and hit a lamp post.",
        "The next day, the council closed the bridge to all traffic.",
        "Later that night, officers arrested a second man at a flat nearby.",
        "Later in the day, a jury in the same court sentenced a third man to life.",
        "Shortly afterwards, the airline cancelled every flight from the airport.",
    ],
)
def test_an_english_sentence_that_opens_with_a_time_counted_from_the_one_before(
    sentence: str,
) -> None:
    assert refers_back(sentence, "en")
    assert refers_back(sentence, "")


@pytest.mark.parametrize(
    "sentence",
    [
        "Two days after the vote, the minister resigned.",
        "Later this year the plant will open a second line.",
        "The next day will bring heavy rain to the north.",
        "Five minutes of play remained when the lights failed.",
    ],
)
def test_an_english_time_that_names_what_it_counts_from(sentence: str) -> None:
    assert not refers_back(sentence, "en")


def test_an_english_point_that_counts_its_time_from_an_unshown_sentence_is_passed_over() -> None:
    article = CleanArticle(
        title="Rovers and City share the points in six-goal thriller",
        paragraphs=[
            "Rovers and City drew 3-3 at Ashfield Park on Saturday after a late penalty.",
            "The home side went ahead through striker Tom Bell after twelve minutes of play.",
            "\u201cWe started really well and I thought we would go on and win it,\u201d said"
            " the Rovers manager, Ann Price.",
            "But ten minutes later City's winger Sam Oduya was left unmarked at the back post"
            " and headed home a corner to make it one each at Ashfield Park.",
            "The rest of the first half passed without a shot on target from either side.",
            "After the break City took the lead twice and Rovers pulled level twice more.",
        ],
    )
    # Three points under the sentence it counts from, and under a quote not shown at all.
    assert not any(point.startswith("Ten minutes later") for point in key_points(article))


@pytest.mark.parametrize(
    "sentence",
    [
        "Another witness said the driver had run the red light at speed.",
        "Other residents of the street were moved to a school hall overnight.",
        "The other two climbers were found alive on a ledge below the summit.",
        "Several other councillors voted against the plan on Tuesday evening.",
        "A second man was arrested at a flat in the city centre on Sunday.",
        "Others waited for hours outside the station in the cold.",
    ],
)
def test_an_english_subject_that_is_one_more_of_something_named_before(sentence: str) -> None:
    assert refers_back(sentence, "en")


@pytest.mark.parametrize(
    "sentence",
    [
        "Other than the mayor, nobody on the council backed the plan.",
        "The other day a fox walked into the school canteen.",
        "Anotherside Records signed the band after one concert.",
    ],
)
def test_other_that_counts_against_nothing_before(sentence: str) -> None:
    assert not refers_back(sentence, "en")


def test_a_point_that_is_one_more_of_something_unshown_is_passed_over() -> None:
    article = CleanArticle(
        title="Crash closes ring road",
        paragraphs=[
            "A lorry overturned on the ring road on Monday morning and blocked three lanes.",
            "A cyclist who saw the crash said the lorry had braked hard before a junction.",
            "The road was closed for six hours while the lorry and its load were cleared.",
            "Police said the driver was taken to hospital with minor injuries to his arm.",
            "Another witness said the lorry had been swerving between lanes for a mile.",
        ],
    )
    points = key_points(article)
    assert not any(point.startswith("Another witness") for point in points)


def test_the_lead_leans_on_no_sentence_before() -> None:
    lead = "Another storm is heading for the coast, two weeks after floods closed the harbour."
    article = CleanArticle(
        title="Storm warning for the coast",
        paragraphs=[
            lead,
            "Forecasters expect gusts of up to ninety miles an hour on the cliffs overnight.",
            "The harbour master has told boat owners to move their vessels inland by Friday.",
        ],
    )
    assert lead in key_points(article)


@pytest.mark.parametrize(
    "sentence",
    [
        "Two of those officers were later suspended without pay.",
        "The ministry had already shown progress on several of these fronts, officials said.",
        "Most of those families have since moved to the other side of the river.",
        "The court heard that these two payments were never declared to the tax office.",
    ],
)
def test_an_english_these_or_those_before_a_noun_inside_the_sentence(sentence: str) -> None:
    assert refers_back(sentence, "en")


@pytest.mark.parametrize(
    "sentence",
    [
        "Aid will go first to those affected by the floods in the valley.",
        "Families of those killed in the crash have filed a lawsuit against the airline.",
        "The mayor thanked those who had helped with the clean-up on Sunday.",
        "The charity gives food to those in need and to those most at risk.",
        "The fund supports those families whose homes were damaged by the storm.",
        "Prices have risen sharply in these days of high inflation.",
        "The app lets users of those 18 to 25 years old share a ticket.",
    ],
)
def test_an_english_these_or_those_that_points_forward(sentence: str) -> None:
    assert not refers_back(sentence, "en")


def test_an_english_point_about_those_named_in_an_unshown_sentence_is_passed_over() -> None:
    article = CleanArticle(
        title="Police chief orders inquiry into raid on wrong flat",
        paragraphs=[
            "The police chief has ordered an inquiry after officers raided the wrong flat in a"
            " dawn operation on Tuesday.",
            "A family of four was held for two hours while the officers searched the rooms.",
            "Six officers from the drugs squad took part in the raid, the force said.",
            "Two of those officers were later suspended from duty while the inquiry goes on.",
            "The family's lawyer said the children were still too frightened to sleep alone.",
        ],
    )
    assert not any(point.startswith("Two of those") for point in key_points(article))


def test_those_that_the_title_names_need_nothing_before_them() -> None:
    sentence = "According to the paper, those documents show the council knew of the leak."
    assert refers_back(sentence, "en")
    assert not refers_back(sentence, "en", "Leaked documents show council knew of the leak")


@pytest.mark.parametrize(
    "sentence",
    [
        "With little notice, it is also pointing the city to a very different tax system.",
        "In a statement on Friday, it said the plant would close in the spring.",
        "Last year, it posted a loss for the first time since the company was founded.",
    ],
)
def test_an_english_it_after_an_opening_phrase_stands_for_the_sentence_before(
    sentence: str,
) -> None:
    assert refers_back(sentence, "en")


@pytest.mark.parametrize(
    "sentence",
    [
        "In the end, it is likely that the council will approve the budget.",
        "After the vote, it emerged that two members had been absent.",
        "With time, it has become more and more clear that the plan will not work.",
        # An opening description may be what "it" is.
        "Known until May as the Riverside Club, it was built with money from the city.",
    ],
)
def test_an_english_it_that_stands_for_nothing_or_for_its_opening_phrase(sentence: str) -> None:
    assert not refers_back(sentence, "en")


def test_an_english_it_right_under_the_point_it_stands_for_stays() -> None:
    article = CleanArticle(
        title="Software maker patches its browser",
        paragraphs=[
            "Northsoft has told users to install the latest fixes for flaws in its web browser.",
            "In its monthly bulletin, it listed eight critical holes that could let in viruses.",
            "The company said no attacks using the flaws had been seen so far this month.",
            "Users who install updates automatically need to do nothing, Northsoft said.",
        ],
    )
    # Joined to the point it leans on: the reader sees what "it" is right before it.
    assert key_points(article)[0].endswith(
        "web browser. In its monthly bulletin, it listed eight critical holes that could let "
        "in viruses."
    )


def test_a_german_contrast_with_the_sentence_before_is_no_point_of_its_own() -> None:
    # "Doch …" read alone contrasts with nothing: the sentence it answers is the point.
    article = CleanArticle(
        title="Stadt plant neue Brücke über den Fluss",
        paragraphs=[
            "Die Stadt will bis zum Jahr 2030 eine neue Brücke über den Fluss bauen. "
            "Doch das Vorhaben muss noch vom Stadtrat und vom Land gebilligt werden und "
            "könnte nach Schätzungen der Verwaltung mehr als vierzig Millionen Euro kosten.",
            "Die alte Brücke aus dem Jahr 1958 ist seit dem Frühjahr für Lastwagen gesperrt.",
        ],
        language="de",
    )
    points = key_points(article)
    assert points[0].startswith("Die Stadt will")
    assert not any(point.startswith("Doch") for point in points[1:])


@pytest.mark.parametrize(
    "sentence",
    [
        "Lo celebró todo el estadio hasta bien entrada la noche.",
        "La anunció el ministro de Hacienda en una rueda de prensa.",
        "Le preguntaron por la reforma al salir del Congreso.",
    ],
)
def test_a_spanish_object_pronoun_before_its_verb_leans_on_another_sentence(
    sentence: str,
) -> None:
    assert opening_pronoun(sentence, "es") == (sentence.split()[0].lower(), False)


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("La policía detuvo a dos hombres en el centro de la ciudad.", "es"),
        ("Los vecinos denunciaron el robo ante la fiscalía.", "es"),
        ("Les habitants ont voté contre le projet de parking.", "fr"),
        ("Le maire annonça sa démission devant le conseil.", "fr"),
    ],
)
def test_an_article_that_opens_the_sentence_is_no_pronoun(sentence: str, language: str) -> None:
    assert opening_pronoun(sentence, language) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Right now in Delhi, there is a lot of the former and not much of the latter.",
        "The latter was sold to a rival bank in 2010.",
        "Most analysts expect the former to win by a wide margin.",
    ],
)
def test_an_english_former_or_latter_standing_alone_points_back(sentence: str) -> None:
    # "The former" and "the latter" pick one of two things the sentence before named.
    assert refers_back(sentence, "en")


@pytest.mark.parametrize(
    "sentence",
    [
        "The former president will speak at the dinner on Friday.",
        "Sales rose in the latter half of the year.",
    ],
)
def test_an_english_former_or_latter_before_its_noun_is_an_adjective(sentence: str) -> None:
    assert not refers_back(sentence, "en")


def test_an_english_former_that_picks_from_its_own_sentence_leans_on_nothing() -> None:
    assert not refers_back(
        "Cuban said that in a race between Trump and Texas Sen. Ted Cruz, he would support the "
        "former.", "en")


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Or, more specifically, through rosé-filled wine glasses.", "en"),
        ("Or the council could sell the land to a developer instead.", "en"),
        ("Oder die Stadt verkauft das Grundstück an einen Investor.", "de"),
        ("Ou bien la mairie vend le terrain à un promoteur.", "fr"),
        ("O, dicho de otro modo, el ayuntamiento vende el solar.", "es"),
        ("Или мэрия продаст участок застройщику.", "ru"),
    ],
)
def test_a_sentence_that_opens_with_or_offers_an_alternative_to_the_one_before(
    sentence: str, language: str
) -> None:
    """"Or …" offers another way to say or do what the sentence before said: read alone, the
    reader has nothing it is the alternative to, and the word cannot just go ("More
    specifically, through rosé-filled wine glasses.")."""
    assert refers_back(sentence, language)


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Oregon voters approved the measure on Tuesday.", "en"),
        ("Oderbruch farmers lost most of their harvest.", "en"),
        ("O'Donnell said the vote would be held in May.", "en"),
        ("Orban met the chancellor in Berlin.", "de"),
    ],
)
def test_a_word_that_only_begins_with_or_is_no_alternative(sentence: str, language: str) -> None:
    assert not refers_back(sentence, language)


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("No sólo porque Russell ejerce como director de la asociación de pilotos.", "es"),
        ("No solo porque el precio del alquiler no deja de subir en la ciudad.", "es"),
        ("Not only because the bridge is old, but because nobody paid for repairs.", "en"),
        ("Nicht nur, weil die Brücke alt ist, sondern weil niemand sie repariert hat.", "de"),
        ("Non seulement parce que le pont est vieux, mais parce que personne ne l'a réparé.",
         "fr"),
        ("Не только потому, что мост старый, но и потому, что его никто не чинил.", "ru"),
    ],
)
def test_a_reason_without_its_claim_leans_on_the_sentence_before(
    sentence: str, language: str
) -> None:
    """"Not only because …" gives the reasons for what the sentence before claimed, with no
    main clause of its own: read alone, it is a reason for nothing."""
    assert refers_back(sentence, language)
