"""Key points in German, French, Spanish and Russian news: datelines, abbreviations, pronouns,
the first person and page furniture read as a reader of that language reads them."""

from __future__ import annotations

import pytest

from digests.analyse.keypoints import key_points
from digests.analyse.lead_ins import strip_lead_in
from digests.analyse.referents import resolve_opening
from digests.analyse.sentence_kinds import (
    in_first_person,
    is_page_furniture,
    quoted_share,
    reported_without_speaker,
)
from digests.analyse.sentences import split_sentences
from digests.analyse.trim import trim
from digests.article import CleanArticle


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("BERLIN (dpa) – Die Bundesregierung will das Gesetz ändern.",
         "Die Bundesregierung will das Gesetz ändern."),
        ("Berlin (dpa/AFP) - Die Bundesregierung will das Gesetz ändern.",
         "Die Bundesregierung will das Gesetz ändern."),
        ("Genf (sda) - Die Uno hat am Montag vor einer Hungersnot gewarnt.",
         "Die Uno hat am Montag vor einer Hungersnot gewarnt."),
        ("MADRID, 12 may (EFE).- El Gobierno aprobó este martes la reforma.",
         "El Gobierno aprobó este martes la reforma."),
        ("Madrid (EFE).- El Gobierno aprobó este martes la reforma laboral.",
         "El Gobierno aprobó este martes la reforma laboral."),
        ("МОСКВА, 5 мая. /ТАСС/. Президент России подписал указ о выплатах.",
         "Президент России подписал указ о выплатах."),
        ("Potsdam – Zum Ende des Jagdjahres ist die Prämie für Wildschweine ausgelaufen.",
         "Zum Ende des Jagdjahres ist die Prämie für Wildschweine ausgelaufen."),
        ("München / Berlin - Bayerns Wirtschaftsminister hat eine Initiative gestartet.",
         "Bayerns Wirtschaftsminister hat eine Initiative gestartet."),
        # Still the sentence: a name and an aside between dashes, a place that is the subject.
        ("Ronaldo – Portugal's captain – scored twice on Sunday.",
         "Ronaldo – Portugal's captain – scored twice on Sunday."),
        ("Berlin - and Paris - want a new treaty.", "Berlin - and Paris - want a new treaty."),
        # Latin American papers close the place with a dot or comma and a dash, no agency.
        ("LIMA.- El Congreso aprobó anoche la reforma del sistema de pensiones.",
         "El Congreso aprobó anoche la reforma del sistema de pensiones."),
        ("SAN JOSÉ, Costa Rica,- Las lluvias dejaron tres carreteras cerradas.",
         "Las lluvias dejaron tres carreteras cerradas."),
        ("CARACAS.— La oposición convocó una marcha para el sábado.",
         "La oposición convocó una marcha para el sábado."),
        # The date first, or a place in mixed case and then the date.
        ("Buenos Aires, 4 de marzo (Télam).- El tren volvió a circular por la mañana.",
         "El tren volvió a circular por la mañana."),
        ("3. Mai 2024 - Die Stadtwerke erhöhen zum Sommer die Preise für Fernwärme.",
         "Die Stadtwerke erhöhen zum Sommer die Preise für Fernwärme."),
        ("Frankfurt am Main, 7. Juli 2022, 14:30 Uhr - Der Flughafen meldet weniger Passagiere.",
         "Der Flughafen meldet weniger Passagiere."),
        ("Lyon, 9 févr. 2023 – La mairie ferme deux piscines pour l'hiver.",
         "La mairie ferme deux piscines pour l'hiver."),
    ],
)
def test_datelines_and_agency_tags_of_other_languages_are_stripped(
    sentence: str, expected: str
) -> None:
    assert strip_lead_in(sentence) == expected


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Die Stiftung Jugend forscht e. V. in Halle zeigt Projekte. Das ist gut.", 2),
        ("Viele Tiere, z. B. Hunde und Katzen, leben hier. Das ist gut.", 2),
        ("Der Hund schlug zur o. g. Zeit an. Die Polizei kam.", 2),
        ("Das zeigt die Grafik (Abb. 3) deutlich. Danach sank der Wert.", 2),
        ("Это, т. е. новый закон, вступит в силу. Потом будет другое.", 2),
        # A list's "и т. д." ends its sentence.
        ("Он купил хлеб, молоко и т. д. Потом он ушёл домой.", 2),
        # Abbreviations before a capitalised word: German nouns, Spanish names, Russian cities.
        ("Der Umsatz stieg um 3 Mio. Euro im Jahr. Das ist viel.", 2),
        ("Das Land zahlt 2 Mrd. Franken für die Bahn. Das reicht nicht.", 2),
        ("La Dra. Pérez atendió a los heridos. Luego se fue.", 2),
        ("EE. UU. anunció nuevas sanciones. Rusia respondió.", 2),
        ("Он приехал в г. Москву в понедельник. Потом он уехал.", 2),
        # After a year's number "г." is "год", which may end a sentence.
        ("Он родился в 1950 г. Затем уехал в Москву.", 2),
    ],
)
def test_spaced_abbreviations_do_not_end_a_sentence(text: str, count: int) -> None:
    assert len(split_sentences(text)) == count, split_sentences(text)


def test_a_wire_story_point_shows_no_agency_tag() -> None:
    body = [
        "BERLIN (dpa) – Die Bundesregierung hat am Mittwoch ein neues Heizungsgesetz beschlossen,"
        " das ab dem kommenden Jahr gelten soll.",
        "Hausbesitzer müssen danach beim Einbau einer neuen Heizung auf erneuerbare Energien"
        " setzen.",
    ]
    points = key_points(CleanArticle(title="Kabinett beschließt Heizungsgesetz", paragraphs=body))
    assert points[0].startswith("Die Bundesregierung hat am Mittwoch")


_BEFORE_DE = ["Bundeskanzler Olaf Scholz besuchte am Montag das Werk in Wolfsburg."]
_BEFORE_FR = ["Le ministre Jean-Paul Delevoye a présenté mardi la réforme des retraites."]
_BEFORE_ES = ["El presidente Pedro Sánchez visitó el lunes la planta de Valencia."]


@pytest.mark.parametrize(
    ("sentence", "before", "expected"),
    [
        # French "il" that stands for nothing ("there is", "it is necessary") needs no name.
        ("Il y a deux ans, la réforme avait échoué au Sénat.", _BEFORE_FR,
         "Il y a deux ans, la réforme avait échoué au Sénat."),
        ("Il faut agir vite, selon le rapport publié mardi.", _BEFORE_FR,
         "Il faut agir vite, selon le rapport publié mardi."),
        ("Il s'agit d'une première en France depuis 1995.", _BEFORE_FR,
         "Il s'agit d'une première en France depuis 1995."),
        ("Il est possible que la loi soit votée avant l'été.", _BEFORE_FR,
         "Il est possible que la loi soit votée avant l'été."),
        ("Il a défendu le projet devant les députés.", _BEFORE_FR,
         "Jean-Paul Delevoye a défendu le projet devant les députés."),
        # Spanish "Él"/"Ella" as subject pronouns, like English "He".
        ("Él dijo que la planta creará 3.000 empleos.", _BEFORE_ES,
         "Pedro Sánchez dijo que la planta creará 3.000 empleos."),
        # German weekdays are no second person beside the one named.
        ("Er sagte, die Lage der Branche sei ernst.", _BEFORE_DE,
         "Olaf Scholz sagte, die Lage der Branche sei ernst."),
        # A possessive or a demonstrative pronoun stands for what the sentence before said.
        ("Seine Partei verlor die Wahl in Niedersachsen deutlich.", _BEFORE_DE, None),
        # German pronominal adverbs and "Denn" tie the sentence to the one before it …
        ("Davon ist auch der Zulieferer FACC deutlich betroffen.", _BEFORE_DE, None),
        ("Daher können die Messwerte mit früheren verglichen werden.", _BEFORE_DE, None),
        ("Denn damit lässt sich keine Politik machen.", _BEFORE_DE, None),
        # … and so do "Das", "Den" as pronouns before a verb, and a demonstrative after an
        # opening preposition; not the article before a noun or an adjective, nor a time.
        ("Das war nicht der kleine Rucksack aus Paris.", _BEFORE_DE, None),
        ("Den erhofft sich Jansen auch für seine Teamkollegen.", _BEFORE_DE, None),
        ("Für diese Aufgabe eignen sich besonders Satelliten.", _BEFORE_DE, None),
        ("Dans ce cas, le Parlement doit voter la loi.", _BEFORE_FR, None),
        ("Das britische Unterhaus hat die Entscheidung verschoben.", _BEFORE_DE,
         "Das britische Unterhaus hat die Entscheidung verschoben."),
        ("Das bereits erwähnte Hoch erwies sich als langlebig.", _BEFORE_DE,
         "Das bereits erwähnte Hoch erwies sich als langlebig."),
        ("Seit dieser Woche trainiert Trochowski beim HSV mit.", _BEFORE_DE,
         "Seit dieser Woche trainiert Trochowski beim HSV mit."),
        ("Damit die Bahn pünktlich fährt, investiert der Bund Milliarden.", _BEFORE_DE,
         "Damit die Bahn pünktlich fährt, investiert der Bund Milliarden."),
        ("Dies teilte die Polizei am Montag in Wolfsburg mit.", _BEFORE_DE, None),
        ("Diese Entscheidung sorgte in der Partei für Kritik.", _BEFORE_DE, None),
        ("Sa décision a surpris tout le monde au Parlement.", _BEFORE_FR, None),
        ("Cela a provoqué une vive polémique au Parlement.", _BEFORE_FR, None),
        ("Cette décision a surpris tout le monde au Parlement.", _BEFORE_FR, None),
        ("Su partido perdió las elecciones en Andalucía.", _BEFORE_ES, None),
        ("Esto provocó una fuerte polémica en el país.", _BEFORE_ES, None),
        ("Это решение вызвало критику в Госдуме.", [], None),
        ("Его задержали в Москве в понедельник.", [], None),
        # Russian: "about this", "thus" point back to the sentence before.
        ("Об этом заявил пресс-секретарь президента Дмитрий Песков.", [], None),
        ("По этому поводу высказался пресс-секретарь Кремля.", [], None),
        ("Так пресс-секретарь прокомментировал присутствие прессы.", [], None),
        ("О том, что переговоры продолжатся, сообщил Песков.", [],
         "О том, что переговоры продолжатся, сообщил Песков."),
        ("В этом году переговоры продолжатся в Стамбуле.", [],
         "В этом году переговоры продолжатся в Стамбуле."),
        # ... unless it points to a time.
        ("Diese Woche beginnt der Prozess in Wolfsburg.", _BEFORE_DE,
         "Diese Woche beginnt der Prozess in Wolfsburg."),
        ("Cette semaine, le Parlement vote la loi.", _BEFORE_FR,
         "Cette semaine, le Parlement vote la loi."),
        # A French "il" that stands for nothing, negated as well.
        ("Il n'est plus question de savoir si la réforme aura lieu.", _BEFORE_FR,
         "Il n'est plus question de savoir si la réforme aura lieu."),
        ("Il n’est pas possible de voter la loi avant l’été.", _BEFORE_FR,
         "Il n’est pas possible de voter la loi avant l’été."),
        ("Esta semana el Congreso vota la ley.", _BEFORE_ES,
         "Esta semana el Congreso vota la ley."),
    ],
)
def test_opening_pronouns_of_other_languages(
    sentence: str, before: list[str], expected: str | None
) -> None:
    text = " ".join([*before, sentence])
    assert resolve_opening(sentence, before, text) == expected


def test_an_english_son_is_no_french_possessive() -> None:
    sentence = "Son Heung-min scored twice as Tottenham beat Leeds on Saturday."
    assert resolve_opening(sentence, [], sentence) == sentence


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("In Berlin lebe ich nun schon seit neun Jahren.", "de", True),
        ("Weitere Informationen zum Projekt finden Sie in den PDF-Dokumenten.", "de", True),
        ("Welche Lebensmittel helfen, erfährst du hier.", "de", True),
        ("Je pense que la réforme est nécessaire pour le pays.", "fr", True),
        ("J'ai vu les images de la catastrophe à la télévision.", "fr", True),
        ("Dans votre travail, vous expliquez que les politiques diffèrent.", "fr", True),
        ("Yo no voy a dimitir por esta polémica.", "es", True),
        ("Я считаю, что это решение неправильное.", "ru", True),
        # Inside quote marks, the words are the quote's: the quote penalty sees to them.
        ("„Ich bin müde“, sagte die Kanzlerin am Abend in Berlin.", "de", False),
        ("«Je pense que c'est fini», a dit le ministre à la presse.", "fr", False),
        # "Sie" that opens a sentence is "she" or "they"; "ihr" inside one is "her".
        ("Sie hat am Montag ihr neues Kabinett vorgestellt.", "de", False),
        ("Le président a annoncé mardi une réforme des retraites.", "fr", False),
        # Only an article's own language is read so: English "Du Plessis" is a name.
        ("Du Plessis scored a century as South Africa beat India.", "en", False),
    ],
)
def test_first_person_and_the_reader_addressed_in_other_languages(
    text: str, language: str, expected: bool
) -> None:
    assert in_first_person(text, language) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lesen Sie auch: Die Bahn streikt wieder.", True),
        ("Mehr zum Thema: Die Bahn streikt wieder.", True),
        ("Weitere Infos zur Umweltkarte gibt es auf der Website.", True),
        ("Abonnieren Sie unseren Newsletter.", True),
        ("Melden Sie sich für unseren Newsletter an.", True),
        ("Lire aussi : La grève continue à la SNCF.", True),
        ("Abonnez-vous à notre newsletter.", True),
        ("Leer más: La huelga continúa en Madrid.", True),
        ("Suscríbete a nuestro boletín.", True),
        ("Читайте также: Забастовка продолжается.", True),
        ("Подпишитесь на наш канал в Telegram.", True),
        ("Weiterführende Informationen finden Sie in den angeführten PDF-Dokumenten.", True),
        ("Der Powder ruft: Hier findet ihr Artikel, Tests und Touren zum Skitourengehen.", True),
        ("Weitere Informationen zum Täter wurden zunächst nicht bekannt.", False),
        ("Mehr als 100 Menschen kamen bei dem Unglück ums Leben.", False),
        ("Weitere 20 Menschen wurden verletzt.", False),
        ("Hier, le président a déclaré à nos confrères que la réforme passerait.", False),
    ],
)
def test_page_furniture_in_other_languages(text: str, expected: bool) -> None:
    assert is_page_furniture(text) is expected


def test_a_german_blog_post_in_the_first_person_yields_to_the_news() -> None:
    body = [
        "Ich habe mich sehr gefreut, dass ich heute wieder über das Stadtfest schreiben darf.",
        "Das Stadtfest in Neustadt zieht in diesem Jahr mehr als 40.000 Besucher an.",
        "Die Veranstalter haben das Programm um eine zweite Bühne am Marktplatz erweitert.",
    ]
    article = CleanArticle(title="Stadtfest wächst", paragraphs=body, language="de")
    assert key_points(article, max_points=1)[0].startswith("Das Stadtfest in Neustadt")


_BEFORE_DE_SHE = ["Bundesministerin Svenja Schulze besuchte am Montag das Werk in Wolfsburg."]
# The name's sentence ends in a lower-case word: "Valencia. El lunes" reads as one name.
_BEFORE_ES_ENDED = ["El presidente Pedro Sánchez visitó el lunes una planta de coches."]


_BEFORE_EN = ["Jonathan Edwards won the triple jump at the national championships."]
_CAMERON = (
    "When Cameron visited the White House in January, he insisted the President had said it."
)


@pytest.mark.parametrize(
    ("sentence", "before", "language", "expected"),
    [
        # German puts the verb second: after an opening phrase, the subject pronoun follows it.
        ("Am Montag hat er eine neue Regierung ernannt.", _BEFORE_DE, "de",
         "Am Montag hat Olaf Scholz eine neue Regierung ernannt."),
        ("An seiner Haupteingangstür stellte er eine frische Hebelmarke fest.", _BEFORE_DE, "de",
         "An seiner Haupteingangstür stellte Olaf Scholz eine frische Hebelmarke fest."),
        ("Den Titel holte er schon im Jahr 2019.", _BEFORE_DE, "de",
         "Den Titel holte Olaf Scholz schon im Jahr 2019."),
        # "sie" is "she" only before a singular verb; "they" before a plural one.
        ("Dort traf sie ihre Trainerin zum ersten Mal.", _BEFORE_DE_SHE, "de",
         "Dort traf Svenja Schulze ihre Trainerin zum ersten Mal."),
        ("In der Arena hat sie schon 2019 die Verfolgung gewonnen.", _BEFORE_DE_SHE, "de",
         "In der Arena hat Svenja Schulze schon 2019 die Verfolgung gewonnen."),
        ("Dann verlegten sie die Flüchtlinge zur Quarantäne nach Sizilien.", _BEFORE_DE_SHE, "de",
         None),
        ("Am Montag haben sie die Gespräche abgebrochen.", _BEFORE_DE_SHE, "de", None),
        # German capitalises nouns: "die Pusterer Ausnahmekönnerin" is no name; the title is.
        ("In der Arena hat sie schon 2019 die Verfolgung gewonnen.",
         ["Für die Pusterer Ausnahmekönnerin war es der 13. Weltcupsieg überhaupt.",
          "Dorothea Wierer jubelt in Antholz"], "de",
         "In der Arena hat Dorothea Wierer schon 2019 die Verfolgung gewonnen."),
        # No one named whom "er" can stand for: the point is passed over, not shown dangling.
        ("Am Montag hat er eine neue Regierung ernannt.", ["Die Lage ist ernst."], "de", None),
        # Not the subject, or not in the main clause: left alone.
        ("Die Regierung hofft, dass sie die Abstimmung gewinnt.", _BEFORE_DE_SHE, "de",
         "Die Regierung hofft, dass sie die Abstimmung gewinnt."),
        ("Robin Tschöpe hat sie für uns verglichen.", _BEFORE_DE_SHE, "de",
         "Robin Tschöpe hat sie für uns verglichen."),
        ("So manch einer der Surfer kennt sie schon.", _BEFORE_DE_SHE, "de",
         "So manch einer der Surfer kennt sie schon."),
        ("Was er nach dem Deadline Day machen wird, ist offen.", _BEFORE_DE, "de",
         "Was er nach dem Deadline Day machen wird, ist offen."),
        ("Ein Kampf, für den er von vielen geschätzt wird.", _BEFORE_DE, "de",
         "Ein Kampf, für den er von vielen geschätzt wird."),
        ("Alle zwei Jahre steigen für sie die Mieten.", _BEFORE_DE_SHE, "de",
         "Alle zwei Jahre steigen für sie die Mieten."),
        # French and Spanish: an opening phrase, a comma, then the subject pronoun.
        ("Ancien ministre, il n'était pas dans l'estime du président.", _BEFORE_FR, "fr",
         "Ancien ministre, Jean-Paul Delevoye n'était pas dans l'estime du président."),
        ("Lundi, il a annoncé une nouvelle réforme des retraites.", _BEFORE_FR, "fr",
         "Lundi, Jean-Paul Delevoye a annoncé une nouvelle réforme des retraites."),
        ("Lundi, ils ont annoncé une nouvelle réforme des retraites.", _BEFORE_FR, "fr", None),
        ("El lunes, él dijo que la planta creará 3.000 empleos.", _BEFORE_ES_ENDED, "es",
         "El lunes, Pedro Sánchez dijo que la planta creará 3.000 empleos."),
        # ... but an "il" that stands for nothing, or one in a clause of its own, needs no name.
        ("Par ailleurs, il faut être attentif aux rythmes migratoires.", _BEFORE_FR, "fr",
         "Par ailleurs, il faut être attentif aux rythmes migratoires."),
        ("D'autre part, il y a le poids de l'histoire.", _BEFORE_FR, "fr",
         "D'autre part, il y a le poids de l'histoire."),
        ("Quand il est arrivé, elle est partie.", _BEFORE_FR, "fr",
         "Quand il est arrivé, elle est partie."),
        # English too: "On Monday, he said…" and "But he believes…" need the name as much as
        # "He said…" does; "they" is a group no name replaces; a pronoun in the opening phrase
        # gives it a subject of its own.
        ("On Monday night, he was back to his old campaign style.", _BEFORE_EN, "en",
         "On Monday night, Jonathan Edwards was back to his old campaign style."),
        ("But he believes the indoor season is a chance to prove himself.", _BEFORE_EN, "en",
         "But Jonathan Edwards believes the indoor season is a chance to prove himself."),
        ("On Monday, they voted to end the strike.", _BEFORE_EN, "en", None),
        # An opening phrase may run to two, each set off by its comma, before the pronoun.
        ("Today, in a new report published by the national athletics federation, he warns that"
         " the sport is in trouble.", _BEFORE_EN, "en",
         "Today, in a new report published by the national athletics federation, Jonathan"
         " Edwards warns that the sport is in trouble."),
        ("Last year, in a report for the sports ministry, they warned of deep cuts.",
         _BEFORE_EN, "en", None),
        ("When she arrived, he left the stadium.", _BEFORE_EN, "en",
         "When she arrived, he left the stadium."),
        ("On Monday, he was back.", ["The weather was poor."], "en", None),
        # An "it" that stands for nothing ("it is likely that") needs no name (an "it" that
        # stands for a thing said before: see refer_back).
        ("In the end, it is likely that the council will approve the budget.", _BEFORE_EN, "en",
         "In the end, it is likely that the council will approve the budget."),
        ("After the vote, it emerged that two members had been absent.", _BEFORE_EN, "en",
         "After the vote, it emerged that two members had been absent."),
        ("With time, it has become more and more clear that the plan will not work.",
         _BEFORE_EN, "en",
         "With time, it has become more and more clear that the plan will not work."),
        # An opening clause whose subject is a name says who "he" is: the sentence reads as
        # written, whoever the sentences before name ("Cameron insisted" would read badly).
        (_CAMERON, ["David Cameron and Barack Obama met in Washington."], "en", _CAMERON),
        (_CAMERON, ["Barack Obama spoke first.", "David Cameron flew in."], "en", _CAMERON),
        ("After President Obama left office, he wrote a memoir.",
         ["Barack Obama and Joe Biden served two terms."], "en",
         "After President Obama left office, he wrote a memoir."),
        ("And because Sanders is uncomfortable on foreign policy, he ignored it.",
         ["Hillary Clinton met Bernie Sanders."], "en",
         "And because Sanders is uncomfortable on foreign policy, he ignored it."),
        ("Prosecutors argued that although Lazar confessed, he showed no remorse.",
         ["Marcel Lazar and his lawyer Jane Doe spoke."], "en",
         "Prosecutors argued that although Lazar confessed, he showed no remorse."),
        # ... but a clause that is what "he" said can be about someone else.
        ("If Clinton is elected, he said, she might go to court.",
         ["Jeb Bush was blunt.", "Hillary Clinton spoke."], "en",
         "If Clinton is elected, Jeb Bush said, she might go to court."),
        # ... not a name that is no clause's subject: "he" is then someone else, named from the
        # sentences before, or no one safely (the one named before is the object).
        ("After meeting Trump, he said the talks went well.", ["Moon Jae-in hosted the summit."],
         "en", "After meeting Trump, Moon Jae-in said the talks went well."),
        ("After meeting Trump, he said the talks went well.",
         ["Donald Trump arrived in Seoul on Monday."], "en", None),
        ("Despite Trump's denials, he was questioned for hours.",
         ["Mike Pence was in Ohio.", "Donald Trump was not."], "en", None),
        # A possessor named there is who the sentences before name: the sentence reads as is.
        ("New York City is Clinton's base, she has deep ties on Wall Street.",
         ["Hillary Clinton campaigned in Harlem."], "en",
         "New York City is Clinton's base, she has deep ties on Wall Street."),
        ("As Trump said, he will not resign.", ["Donald Trump spoke on Monday."], "en", None),
        ("Because Trump's aides refused, he left.", ["Donald Trump met Mike Pence."], "en",
         None),
        ("Nach dem Treffen mit Merkel reiste er nach Paris.",
         ["Angela Merkel empfing den Gast am Montag."], "de", None),
        # A person described, not named, comes between: "er" is that man, not a name before.
        ("Daraufhin sei er in der Schweiz zur Festnahme ausgeschrieben gewesen.",
         ["Der Mann habe seine Nachbarin mit einem Messer bedroht.",
          "Mutmaßlicher Täter Jan Weber in der Schweiz gesucht"], "de", None),
        ("Ensuite, il a été arrêté en Suisse.",
         ["L'homme avait menacé sa voisine.", "Le ministre Jean Castex a parlé."], "fr", None),
        # French and Spanish clauses of their own are left as written already.
        ("Quand Macron est arrivé, il a salué la foule.", _BEFORE_FR, "fr",
         "Quand Macron est arrivé, il a salué la foule."),
        # Only in the languages read so: Dutch "er" is "there", Italian "il" an article.
        ("Gisteren was er een brand in het centrum.", _BEFORE_DE, "nl",
         "Gisteren was er een brand in het centrum."),
        ("Lunedì, il presidente ha firmato il decreto.", _BEFORE_DE, "it",
         "Lunedì, il presidente ha firmato il decreto."),
    ],
)
def test_a_pronoun_subject_after_an_opening_phrase(
    sentence: str, before: list[str], language: str, expected: str | None
) -> None:
    text = " ".join([*before, sentence])
    assert resolve_opening(sentence, before, text, language) == expected


def test_a_german_point_after_an_opening_phrase_names_its_subject() -> None:
    body = [
        "Der Hausbesitzer Uwe Brandt kam am Sonntagabend aus dem Urlaub zurück.",
        "An seiner Haupteingangstür stellte er eine frische Hebelmarke fest und rief die"
        " Polizei.",
    ]
    article = CleanArticle(title="Einbruch in Hildesheim", paragraphs=body, language="de")
    points = key_points(article, max_points=2)
    assert not any(" er " in point for point in points), points


@pytest.mark.parametrize(
    "sentence",
    [
        "Ella Toone scored twice as United beat Chelsea on Sunday.",
        "Elle Macpherson launched a new skincare brand in London.",
        "He Jiankui said the twins had been born healthy.",
    ],
)
def test_a_first_name_spelled_like_a_pronoun_is_no_pronoun(sentence: str) -> None:
    before = ["Coach John Smith praised the team after the match on Monday."]
    assert resolve_opening(sentence, before, " ".join([*before, sentence]), "en") == sentence


def test_a_possessive_before_a_name_still_stands_for_the_person() -> None:
    before = ["Donald Trump flew home to Florida on Friday."]
    sentence = "His Boeing 757 jet is older than most of the planes at the airport."
    assert resolve_opening(sentence, before, " ".join([*before, sentence]), "en") == (
        "Donald Trump's Boeing 757 jet is older than most of the planes at the airport."
    )


_BEFORE_DE_BOTH = ["Regierungschefin Najla Bouden stellte am Montag ihr Kabinett vor."]


@pytest.mark.parametrize(
    ("sentence", "before", "expected"),
    [
        # A subordinate clause opens, the main clause follows with its verb, then "er"/"sie".
        ("Wie die Polizei mitteilte, hat er den Unfall verursacht.", _BEFORE_DE,
         "Wie die Polizei mitteilte, hat Olaf Scholz den Unfall verursacht."),
        ("Nachdem sie gewählt wurde, sagte sie, sie wolle schnell regieren.", _BEFORE_DE_BOTH,
         "Nachdem sie gewählt wurde, sagte Najla Bouden, sie wolle schnell regieren."),
        # An opening phrase with a date set off as an aside.
        ("Am Montag, dem 11. Oktober 2021, hat sie eine neue Regierung ernannt.",
         _BEFORE_DE_BOTH,
         "Am Montag, dem 11. Oktober 2021, hat Najla Bouden eine neue Regierung ernannt."),
        # The clause's own subject pronoun, with no other after it.
        ("Als er in Paris ankam, war die Halle schon voll.", _BEFORE_DE,
         "Als Olaf Scholz in Paris ankam, war die Halle schon voll."),
        ("Nachdem sie gewählt wurde, begann die Arbeit am Kabinett.", _BEFORE_DE_BOTH,
         "Nachdem Najla Bouden gewählt wurde, begann die Arbeit am Kabinett."),
        ("Nachdem sie gewählt wurden, begann die Arbeit am Kabinett.", _BEFORE_DE_BOTH, None),
        # The clause names its subject: "er" is that person, as written.
        ("Als Scholz in Paris ankam, sagte er kein Wort.", _BEFORE_DE,
         "Als Scholz in Paris ankam, sagte er kein Wort."),
        # Unclear: a noun of the same gender, another pronoun, "sie" before a plural verb, a
        # main clause before the comma ("sie" may be its object).
        ("Wie der Verein mitteilte, hat er den Vertrag verlängert.", _BEFORE_DE, None),
        ("Als der Bewohner nachsah, erkannte er zwei Gestalten.", _BEFORE_DE,
         "Als der Bewohner nachsah, erkannte er zwei Gestalten."),
        ("Als er sie am Bahnhof traf, sagte sie nichts.", _BEFORE_DE_BOTH, None),
        ("Nachdem die Wahl vorbei war, haben sie gefeiert.", _BEFORE_DE_BOTH, None),
        ("Nachdem die Wahl vorbei war, hat sie gefeiert.", _BEFORE_DE_BOTH, None),
        ("Die Polizei kam schnell, nahm sie aber nicht fest.", _BEFORE_DE_BOTH,
         "Die Polizei kam schnell, nahm sie aber nicht fest."),
    ],
)
def test_a_german_pronoun_after_an_opening_clause(
    sentence: str, before: list[str], expected: str | None
) -> None:
    text = " ".join([*before, sentence])
    assert resolve_opening(sentence, before, text, "de") == expected


@pytest.mark.parametrize(
    ("sentence", "before", "language", "expected"),
    [
        # French and Spanish open with a conjunction and no comma: the pronoun is the subject.
        ("Mais il a refusé de répondre aux questions.", _BEFORE_FR, "fr",
         "Mais Jean-Paul Delevoye a refusé de répondre aux questions."),
        ("Et elle a quitté la salle sans un mot.",
         ["La ministre Élisabeth Borne a présenté le texte."], "fr",
         "Et Élisabeth Borne a quitté la salle sans un mot."),
        ("Pero él dijo que la planta no cerrará.", _BEFORE_ES_ENDED, "es",
         "Pero Pedro Sánchez dijo que la planta no cerrará."),
        ("Mais il faut encore convaincre le Sénat.", _BEFORE_FR, "fr",
         "Mais il faut encore convaincre le Sénat."),
        # Spanish "ellos"/"ellas" are "they": no name replaces them, opening or after a phrase.
        ("Ellos dijeron que la planta no cerrará.", _BEFORE_ES_ENDED, "es", None),
        ("El lunes, ellas anunciaron una huelga general.", _BEFORE_ES_ENDED, "es", None),
        ("Pero ellos no aceptaron la oferta del Gobierno.", _BEFORE_ES_ENDED, "es", None),
    ],
)
def test_french_and_spanish_pronouns_after_a_conjunction(
    sentence: str, before: list[str], language: str, expected: str | None
) -> None:
    text = " ".join([*before, sentence])
    assert resolve_opening(sentence, before, text, language) == expected


def test_points_in_a_script_with_its_own_sentence_marks_are_whole_sentences() -> None:
    """A Hindi or Chinese paragraph is several sentences, not one to be cut at 200 characters."""
    hindi = CleanArticle(title="लिंकन पार्क में गोलीबारी", language="hi", paragraphs=[
        "मंगलवार दोपहर, आउटर ड्राइव और फोर्ट स्ट्रीट के पास एक ड्रग ऑपरेशन के दौरान एक लिंकन पार्क"
        " पुलिस अधिकारी और एक संदिग्ध दोनों को गोली मार दी गई। पैर में घायल अधिकारी की हालत स्थिर है,"
        " जबकि भागने का प्रयास करने वाला संदिग्ध भी घायल हो गया था और हिरासत में है। मिशिगन राज्य"
        " पुलिस द्वारा घटना की जाँच की जा रही है।",
    ])
    points = key_points(hindi)
    assert points and all(point.endswith("।") for point in points)
    assert not any(point.endswith("…") for point in points)


def test_a_long_chinese_sentence_is_cut_at_a_comma() -> None:
    clause = "市场在周一大幅下跌投资者担心经济放缓央行表示将继续观察"
    sentence = "，".join([clause] * 9) + "。"
    cut = trim(sentence)
    assert cut.endswith("…")
    assert cut[:-1].endswith(clause)  # a whole clause, not a word broken off
    assert len(cut) <= 201


# Quote marks of each language: a sentence that holds a German „…“ is not all quote, and one
# that opens a «…» or „…“ it does not close is one piece of a longer quote.


@pytest.mark.parametrize(
    ("sentence", "share"),
    [
        ("Der Verband fordert seit Jahren „mehr Personal in den Kliniken“ vom Land.", (0.3, 0.7)),
        ("Die Stadt plant nach Angaben des Amtes eine „kleine Reform“ im Herbst.", (0.1, 0.4)),
        ("«Мы не видим никаких проблем с поставками в этом году.", (1.0, 1.0)),
        ("„Wir bleiben bei unserem Plan für das ganze Jahr.", (1.0, 1.0)),
        ("«Nous restons prudents pour la suite de la saison.", (1.0, 1.0)),
    ],
)
def test_quoted_share_reads_german_and_guillemet_marks(
    sentence: str, share: tuple[float, float]
) -> None:
    low, high = share
    assert low <= quoted_share(sentence) <= high


def test_point_is_no_piece_of_a_quote_in_guillemets() -> None:
    # The quote runs over two sentences: its first piece opens a « it does not close.
    points = key_points(CleanArticle(
        title="Министр обсудил поставки зерна в Египет",
        paragraphs=[
            "Министр сельского хозяйства Иван Петров провел переговоры в Каире о поставках зерна.",
            "Делегация провела в Египте три дня. «Мы готовы увеличить поставки зерна в Египет. "
            "Но цены должны остаться разумными», — сказал Петров.",
            "Египет закупает много российского зерна каждый год.",
            "Следующая встреча министров пройдет осенью в Москве.",
        ],
    ), max_points=3)
    assert len(points) == 3
    assert not any("Мы готовы" in point for point in points)


def test_ru_paragraph_of_words_without_marks_is_no_point() -> None:
    # "…, — сказал Роу.": someone's words without quote marks, found as a quote instead.
    points = key_points(CleanArticle(
        title="Роу прилетел в Москву на переговоры о заводе",
        paragraphs=[
            "Глава компании Джон Роу прилетел в Москву во вторник на переговоры о заводе.",
            "Российский рынок остается для компании одним из главных, и спрос на ее машины "
            "растет каждый год, — сказал Роу.",
            "Компания закрыла в прошлом году два завода в Сибири.",
            "Переговоры с правительством продолжатся в среду.",
        ],
    ))
    assert len(points) == 3
    assert not any("сказал Роу" in point for point in points)


def test_es_line_of_dialogue_is_no_point() -> None:
    # "—… —dijo la ministra.": the minister's words, printed without quote marks.
    points = key_points(CleanArticle(
        title="Ministra visita el hospital central de Lima",
        paragraphs=[
            "La ministra de Salud, Carmen Ruiz, visitó el hospital central de Lima el lunes.",
            "—El hospital central de Lima necesita más médicos y más camas para atender a los "
            "pacientes del norte —dijo la ministra.",
            "El hospital atiende a miles de pacientes de todo el país cada semana.",
        ],
    ))
    assert points
    assert not any("necesita más médicos" in point for point in points)


@pytest.mark.parametrize(
    "reminder",
    [
        "Ранее в министерстве заявили, что ввозить в страну другие фрукты не нужно.",
        "Напомним, что в прошлом году компания закрыла в стране два своих завода.",
        "Cabe recordar que el año pasado la empresa cerró dos fábricas en el país.",
        "Pour rappel, l'entreprise a fermé deux usines dans le pays l'an dernier.",
    ],
)
def test_reminder_of_earlier_news_is_no_point(reminder: str) -> None:
    points = key_points(CleanArticle(
        title="Новости",
        paragraphs=[
            "Министр сельского хозяйства Иван Петров провел переговоры в Дамаске о поставках.",
            "Стороны договорились увеличить поставки зерна уже в этом году.",
            reminder,
        ],
    ))
    assert points
    assert reminder not in " ".join(points)


@pytest.mark.parametrize(
    ("before", "sentence", "expected"),
    [
        ("Министр Иван Петров прилетел в Дамаск.", "По его словам, переговоры будут долгими.",
         "По словам Петрова, переговоры будут долгими."),
        ("Глава ЦБ Эльвира Набиуллина выступила в Думе.", "По её мнению, закон нужно менять.",
         "По мнению Набиуллиной, закон нужно менять."),
        ("Депутат Олег Жуковский выступил в Думе.", "По его данным, закон примут весной.",
         "По данным Жуковского, закон примут весной."),
        # Nobody "его" can stand for: no point.
        ("Переговоры прошли в Дамаске.", "По его словам, переговоры будут долгими.", None),
    ],
)
def test_ru_according_to_him_reads_with_the_name(
    before: str, sentence: str, expected: str | None
) -> None:
    assert resolve_opening(sentence, [before], f"{before} {sentence}", "ru") == expected


@pytest.mark.parametrize(
    "sentence",
    ["Éste fue detenido el lunes por la noche en Madrid.", "Ésta es la primera vez que ocurre.",
     "Aquel día la policía no encontró a nadie en la casa."],
)
def test_es_accented_or_distant_demonstrative_opening_leans_on_the_sentence_before(
    sentence: str,
) -> None:
    before = "El sospechoso Juan Pérez fue interrogado durante horas."
    assert resolve_opening(sentence, [before], f"{before} {sentence}", "es") is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Konjunktiv I with nobody named: the reporter passes on someone's words.
        ("Der Andrang sei am Nachmittag deutlich kleiner gewesen.", True),
        ("Es gebe zwar Beschwerden, von Zwischenfällen könne aber keine Rede sein.", True),
        ("Die Helfer seien die ganze Nacht im Einsatz gewesen.", True),
        # Said by whom is in the sentence: as good a point as "X said Y".
        ("Der Andrang sei kleiner gewesen, sagte eine Sprecherin der Stadt.", False),
        ("Laut Feuerwehr sei niemand verletzt worden.", False),
        ("Der Andrang sei kleiner gewesen, so Bürgermeisterin Ines Wald.", False),
        ("Wie die Stadt mitteilte, sei der Markt gut besucht gewesen.", False),
        ("Der Verband hatte argumentiert, die Gebühr müsse sinken.", False),
        # "sei es …" is "be it …".
        ("Viele kommen mit dem Rad, sei es aus der Stadt oder vom Land.", False),
        # Indicative news.
        ("Der Markt war am Nachmittag deutlich leerer als im Vorjahr.", False),
    ],
)
def test_de_reported_speech_that_names_nobody(sentence: str, expected: bool) -> None:
    assert reported_without_speaker(sentence, "de") is expected


def test_reported_speech_is_german_only() -> None:
    assert not reported_without_speaker("Le marché sei habe gebe.", "fr")


def test_de_reported_speech_without_a_speaker_yields_to_the_news() -> None:
    body = [
        "Der Weihnachtsmarkt in Lindenau hat am Samstag mit einem Rekord von 30.000 Gästen "
        "geschlossen.",
        "Es gebe zwar immer wieder Beschwerden über den Lärm, doch die Bilanz des Marktes sei "
        "insgesamt sehr gut, die Gäste seien zufrieden.",
        "Im kommenden Jahr soll der Markt um zwei Tage verlängert werden und erstmals auch "
        "auf dem Schlossplatz stehen.",
    ]
    article = CleanArticle(title="Rekord auf dem Weihnachtsmarkt", paragraphs=body,
                           language="de")
    points = key_points(article, max_points=2)
    assert not any(point.startswith("Es gebe") for point in points)


_BEFORE_ES_MAYOR = ["La alcaldesa Marta Ruiz Pineda visitó el lunes el nuevo mercado de Tlalpan."]


@pytest.mark.parametrize(
    ("sentence", "before", "expected"),
    [
        # Spanish leaves out the subject: the point names whom the sentences before are about.
        ("Aseguró que la obra terminará en marzo.", _BEFORE_ES_MAYOR,
         "Marta Ruiz Pineda aseguró que la obra terminará en marzo."),
        ("Dijo que habrá más puestos para los vecinos.", _BEFORE_ES_MAYOR,
         "Marta Ruiz Pineda dijo que habrá más puestos para los vecinos."),
        ("Reiteró que no habrá aumento de cuotas.", _BEFORE_ES_MAYOR,
         "Marta Ruiz Pineda reiteró que no habrá aumento de cuotas."),
        # A sentence before that leaves out its subject too goes on about the same person: a
        # name inside it is someone else ("se reunió con …").
        ("Informó que el mercado abrirá los domingos.",
         ["Se reunió con el comerciante Luis Mora Vega en el mercado.", *_BEFORE_ES_MAYOR],
         "Marta Ruiz Pineda informó que el mercado abrirá los domingos."),
        # Nobody, or two people, before it: whoever said so cannot be told, so no point.
        ("Aseguró que la obra terminará en marzo.",
         ["El mercado de Tlalpan abrió sus puertas el lunes."], None),
        ("Aseguró que la obra terminará en marzo.",
         ["La alcaldesa Marta Ruiz Pineda y el gobernador Juan Soto Lara visitaron la obra."],
         None),
        # A verb whose subject follows it is no left-out subject.
        ("Llegó la lluvia a Tlalpan el lunes por la tarde.", _BEFORE_ES_MAYOR,
         "Llegó la lluvia a Tlalpan el lunes por la tarde."),
        # A plural "están" or passive with its subject left out: what is, or who was? No name
        # stands for several, so no point.
        ("Están disponibles para los niveles inicial, primario y secundario.", _BEFORE_ES_MAYOR,
         None),
        ("Fueron trasladados al hospital de la zona en estado grave.", _BEFORE_ES_MAYOR, None),
        # ... with the subject after it, as written.
        ("Fueron detenidos tres hombres en el mercado de Tlalpan.", _BEFORE_ES_MAYOR,
         "Fueron detenidos tres hombres en el mercado de Tlalpan."),
        ("Están abiertas las inscripciones para los puestos del mercado.", _BEFORE_ES_MAYOR,
         "Están abiertas las inscripciones para los puestos del mercado."),
    ],
)
def test_es_point_that_leaves_out_its_subject_names_it(
    sentence: str, before: list[str], expected: str | None
) -> None:
    text = " ".join([*reversed(before), sentence])
    assert resolve_opening(sentence, before, text, "es") == expected


def test_a_left_out_subject_is_spanish_only() -> None:
    sentence = "Informó que la obra terminará en marzo."
    assert resolve_opening(sentence, _BEFORE_ES_MAYOR, sentence, "de") == sentence


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A phrase set before a verb that leaves its subject out: the name goes before the verb.
        ("Cuestionado sobre el aumento de las cuotas, admitió que habrá cambios.",
         "Cuestionado sobre el aumento de las cuotas, Marta Ruiz Pineda admitió que habrá "
         "cambios."),
        ("Por otra parte, con respecto a los horarios, resaltó que el mercado abrirá los "
         "domingos.",
         "Por otra parte, con respecto a los horarios, Marta Ruiz Pineda resaltó que el "
         "mercado abrirá los domingos."),
        # With its subject, as written.
        ("Por otra parte, el gobernador resaltó que el mercado abrirá los domingos.",
         "Por otra parte, el gobernador resaltó que el mercado abrirá los domingos."),
        ("En la reunión, se acordó que el mercado abrirá los domingos.",
         "En la reunión, se acordó que el mercado abrirá los domingos."),
    ],
)
def test_es_point_with_a_phrase_before_its_left_out_subject_names_it(
    sentence: str, expected: str
) -> None:
    text = " ".join([*_BEFORE_ES_MAYOR, sentence])
    assert resolve_opening(sentence, _BEFORE_ES_MAYOR, text, "es") == expected
