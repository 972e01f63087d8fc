"""Speakers of quotes in German, French, Spanish and Russian news: the reporting verbs, the
inverted order after a quote, roles before names, pronouns (and the subject Spanish and Russian
leave out), "according to" in each language, and each language's quote marks."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def speakers(*paragraphs: str, title: str = "Nachrichten") -> list[tuple[str, str | None]]:
    found = find_quotes(CleanArticle(title=title, paragraphs=list(paragraphs)))
    return [(q.text, q.speaker) for q in found]


def who(*paragraphs: str) -> list[str | None]:
    return [speaker for _, speaker in speakers(*paragraphs)]


# German


def test_de_inverted_subject_stops_before_the_time_and_place() -> None:
    assert who(
        "„Wir werden die Grenze nächste Woche wieder öffnen“, sagte Innenministerin Nancy Faeser "
        "am Montag in Berlin."
    ) == ["Nancy Faeser"]


def test_de_role_compound_and_any_reporting_verb() -> None:
    assert who(
        "Innenministerin Nancy Faeser hat die Öffnung angekündigt.",
        "„Das ist ein großer Fehler“, kritisierte der CDU-Politiker Friedrich Merz.",
    ) == ["Friedrich Merz"]


def test_de_separable_verb_particle_is_not_the_speaker() -> None:
    # "fügte … hinzu", "kündigte … an": the particle closes the clause, after the subject.
    assert who(
        "„Wir öffnen die Grenze wieder am Montag“, sagte Innenministerin Nancy Faeser.",
        "Bundeskanzler Olaf Scholz äußerte sich ebenfalls.",
        "Der Kanzler fügte hinzu: „Die Kontrollen bleiben bestehen, solange es nötig ist.“",
        "„Wir prüfen jede Woche neu“, kündigte die Ministerin an.",
    ) == ["Nancy Faeser", "Olaf Scholz", "Nancy Faeser"]


def test_de_quote_with_capitalised_nouns_is_no_title() -> None:
    assert speakers("„Wir stehen an der Seite der Ukraine“, sagte Bundeskanzler Olaf Scholz.") == [
        ("Wir stehen an der Seite der Ukraine", "Olaf Scholz")
    ]


def test_de_pronoun_and_separable_verb_before_the_quote() -> None:
    assert who(
        "Bundeskanzler Olaf Scholz sprach am Montag in Berlin.",
        "„Die Lage an der Grenze bleibt ernst“, sagte Scholz.",
        "Er fügte hinzu: „Das wird so bleiben, solange es nötig ist.“",
    ) == ["Olaf Scholz", "Olaf Scholz"]


def test_de_guillemets_and_feminine_pronoun() -> None:
    assert who(
        "Die Ministerin Nancy Faeser war am Dienstag in Hamburg.",
        "»Die Lage ist ernst, aber beherrschbar«, erklärte sie am Dienstag.",
    ) == ["Nancy Faeser"]


def test_de_so_after_the_quote() -> None:
    assert who(
        "Der Bürgermeister Peter Kurz kam zur Sitzung.",
        "„Wir brauchen mehr Geld für die Schulen“, so Kurz.",
    ) == ["Peter Kurz"]


def test_de_laut_before_the_quote() -> None:
    assert who(
        "Die Ministerin Nancy Faeser war in Hamburg.",
        "Laut Faeser gilt: „Die Kontrollen bleiben bestehen, solange es nötig ist.“",
    ) == ["Nancy Faeser"]


# French


def test_fr_inverted_subject_and_pronoun() -> None:
    assert who(
        "« Nous rouvrirons la frontière la semaine prochaine », a déclaré le ministre Gérald "
        "Darmanin lundi à Paris.",
        "Il a ajouté : « Les contrôles resteront en place tant que nécessaire. »",
    ) == ["Gérald Darmanin", "Gérald Darmanin"]


def test_fr_selon_opens_a_quote_in_lower_case() -> None:
    assert speakers(
        "Selon Élisabeth Borne, « la réforme est indispensable pour l'avenir du pays »."
    ) == [("la réforme est indispensable pour l'avenir du pays", "Élisabeth Borne")]


def test_fr_verb_with_inverted_pronoun() -> None:
    assert who(
        "La ministre Élisabeth Borne était à Lyon mardi.",
        "« Nous allons tenir nos engagements », a-t-elle assuré.",
        "« Le texte sera voté avant l'été », explique-t-elle.",
    ) == ["Élisabeth Borne", "Élisabeth Borne"]


def test_fr_estime_with_role_before_the_name() -> None:
    assert who("« C'est une erreur historique », estime le député Éric Ciotti.") == [
        "Éric Ciotti"
    ]


# Spanish


def test_es_inverted_subject_stops_before_the_place() -> None:
    assert who(
        "«Vamos a reabrir la frontera la próxima semana», dijo el ministro Fernando "
        "Grande-Marlaska en Madrid."
    ) == ["Fernando Grande-Marlaska"]


def test_es_verbs_of_arguing_and_defending_report_speech() -> None:
    assert speakers(
        "“No estamos hablando de estudiantes, sino de familias enteras”, ha defendido la "
        "ministra de Vivienda, Marta Oliván Ferrer, en la rueda de prensa.",
        "Gonzalo Urquijo Sanz preside la patronal. “Con ese plazo”, argumenta, “nadie en su "
        "sano juicio firma un contrato de cinco años”.",
    ) == [
        ("No estamos hablando de estudiantes, sino de familias enteras", "Marta Oliván Ferrer"),
        ("Con ese plazo, nadie en su sano juicio firma un contrato de cinco años",
         "Gonzalo Urquijo Sanz"),
    ]


def test_es_whom_it_was_said_to_stands_before_the_subject() -> None:
    found = speakers(
        "El estudio se presentó el lunes en Buenos Aires.",
        "“Son resultados muy sólidos y se sostienen en el tiempo”, explicó a Infobae el médico "
        "infectólogo Ramiro Echeverría, jefe del Servicio de Infectología.",
        "“Las dosis llegarán antes del invierno a todas las provincias”, dijo a este diario la "
        "ministra de Salud, Carla Vizzotti.",
        title="La vacuna argentina da buenos resultados en América Latina",
    )
    assert [speaker for _, speaker in found] == ["Ramiro Echeverría", "Carla Vizzotti"]


def test_es_segun_a_role_resolves_to_its_holder() -> None:
    assert speakers(
        "El ministro del Interior, Fernando Grande-Marlaska, visitó la frontera.",
        "Según el ministro, «los controles seguirán mientras sea necesario».",
    ) == [("los controles seguirán mientras sea necesario", "Fernando Grande-Marlaska")]


def test_es_left_out_subject_continues_the_person() -> None:
    assert who(
        "El presidente Pedro Sánchez habló el martes en el Congreso.",
        "«No vamos a dar un paso atrás», afirmó.",
        "«Es una cuestión de justicia social», añadió en rueda de prensa.",
    ) == ["Pedro Sánchez", "Pedro Sánchez"]


def test_es_pronoun_and_role_after_the_verb() -> None:
    assert who(
        "«Es un día histórico para España», aseguró la vicepresidenta Nadia Calviño.",
        "«Los salarios tienen que subir», señaló ella.",
    ) == ["Nadia Calviño", "Nadia Calviño"]


# Russian


def test_ru_inverted_subject_after_a_dash() -> None:
    assert who(
        "«Мы откроем границу на следующей неделе», — заявил министр Владимир Колокольцев "
        "в понедельник.",
    ) == ["Владимир Колокольцев"]


def test_ru_po_ego_slovam_is_the_person_before() -> None:
    assert speakers(
        "Министр Владимир Колокольцев выступил в Москве.",
        "По его словам, «контроль сохранится столько, сколько потребуется».",
    ) == [("контроль сохранится столько, сколько потребуется", "Владимир Колокольцев")]


def test_ru_pronouns_and_left_out_subject() -> None:
    assert who(
        "Глава ЦБ Эльвира Набиуллина выступила в Думе.",
        "«Инфляция замедляется быстрее, чем ожидалось», — отметила она.",
        "«Ставка останется высокой», — добавила.",
    ) == ["Эльвира Набиуллина", "Эльвира Набиуллина"]


def test_ru_po_slovam_with_a_name() -> None:
    assert who(
        "Пресс-секретарь президента Дмитрий Песков ответил на вопросы.",
        "По словам Пескова, «Кремль внимательно следит за ситуацией».",
    ) == ["Дмитрий Песков"]


# Where the article does not say, no speaker


def test_no_reporting_clause_no_speaker() -> None:
    found = who(
        "Die Regierung hat ein neues Gesetz vorgelegt.",
        "„Mehr Schutz für Mieter“ steht über dem Entwurf, der am Montag vorgestellt wurde.",
        "« Une loi pour tous les locataires du pays » : le titre du projet a été choisi hier.",
        "El Gobierno aprobó la ley el martes.",
        "«Una ley para todos los inquilinos del país», se lee en la portada del texto.",
    )
    assert all(speaker is None for speaker in found)


# Found on real pages


def test_de_object_after_the_inverted_subject_and_role_of_a_company() -> None:
    assert who(
        "Konzernchef Robert Machtlinger sprach am Dienstag vor Journalisten in Wien.",
        "„In einer Gruppe von dreißig Leuten machen es fast alle falsch“, erzählt Machtlinger "
        "seine Erfahrungen.",
        "„Vieles machen wir über internationales Recruiting“, berichtet der Firmenchef.",
        "„Das macht uns keine Sorgen mehr“, sagte mir Anna Berg aus Köln.",
    ) == ["Robert Machtlinger", "Robert Machtlinger", "Anna Berg"]


def test_fr_any_verb_with_inverted_pronoun_and_an_unnamed_source() -> None:
    assert who(
        "Jean-Paul Delevoye porte ce projet coûte que coûte.",
        "« Il connaît très bien les manœuvres politiques », selon un proche d'Edouard Philippe.",
        "« Cela relativise tout ce qui a été dit », met-il en perspective.",
    ) == ["un proche d'Edouard Philippe", "Jean-Paul Delevoye"]


def test_es_left_out_subject_is_the_sentence_subject_not_a_place() -> None:
    assert who(
        "Laura Magallanes, vecina del área, dijo que en la zona de Sierra de Ríos se ven campos "
        "quemados.",
        "«La realidad es que el decreto no restringe nada», lamentó.",
        "Según explicó, «no hay perspectiva de que vaya a haber un plan de manejo».",
    ) == ["Laura Magallanes", "Laura Magallanes"]


def test_es_fr_de_a_role_with_what_it_is_the_role_of_is_its_holder() -> None:
    # "del Interior", "de l'Intérieur", "von FACC" say whose minister or chief, not who speaks.
    assert who(
        "El ministro del Interior, Fernando Grande-Marlaska, visitó la frontera.",
        "«Los controles seguirán mientras sea necesario», dijo el ministro del Interior en "
        "Madrid.",
    ) == ["Fernando Grande-Marlaska"]
    assert who(
        "Le ministre de l'Intérieur Gérald Darmanin était à Calais.",
        "« Nous renforcerons les contrôles à la frontière », a déclaré le ministre de "
        "l'Intérieur.",
    ) == ["Gérald Darmanin"]
    assert who(
        "Konzernchef Robert Machtlinger sprach in Wien.",
        '"Die Lieferantenketten werden sich nachhaltig verändern", sagte der Konzernchef von '
        "FACC mit Blick auf Europa.",
    ) == ["Robert Machtlinger"]


def test_de_role_compound_after_the_name_and_the_newspaper_told() -> None:
    assert who(
        "Mathias John, Rüstungsexperte bei Amnesty International in Deutschland, sagt: "
        '"Maschinen unkontrolliert entscheiden zu lassen, ist ein Angriff auf die Würde."'
    ) == ["Mathias John"]
    assert who(
        "Das sagte Gaby Allendorf, die Sprecherin der Initiative.",
        "„Die Liste der Künstler wird aber immer länger“, sagte Allendorf der Frankfurter "
        "Allgemeinen Zeitung.",
        "„Wir bleiben in Europa und handeln gemeinsam“, sagte Ursula von der Leyen am Montag.",
    ) == ["Gaby Allendorf", "Ursula von der Leyen"]


def test_ru_po_slovam_in_the_genitive_only_gives_the_nominative() -> None:
    assert who(
        "По словам пресс-секретаря Дмитрия Пескова, «никаких решений пока не принято».",
        "Позже Пескова спросили о встрече в Кремле.",
    ) == ["Дмитрий Песков"]
    assert who("По словам Марии Захаровой, «санкции незаконны и будут отменены».") == [
        "Мария Захарова"
    ]


def test_ru_the_country_a_role_belongs_to_is_not_part_of_the_name() -> None:
    """"президента России Дмитрий Песков": the genitive after the role says whose press
    secretary he is; the name is the two words after it (three with a patronymic)."""
    assert who(
        "Пресс-секретарь президента России Дмитрий Песков не стал комментировать сообщения.",
        "«Нет, не могу прокомментировать», — сказал Песков.",
    ) == ["Дмитрий Песков"]
    assert who(
        "Президент Российской Федерации Владимир Владимирович Путин выступил в Думе.",
        "«Мы справимся со всеми трудностями этого года», — сказал Путин.",
    ) == ["Владимир Владимирович Путин"]


def test_ru_an_adverb_that_opens_the_sentence_is_not_part_of_the_name() -> None:
    assert who(
        "Об этом заявил пресс-секретарь президента России Дмитрий Песков.",
        "«Сама по себе идея оказывать давление на Россию абсурдна», — сказал он.",
        "Ранее Дмитрий Песков высказался об участии ЕС в переговорах.",
    ) == ["Дмитрий Песков"]


def test_ru_a_role_of_a_body_is_the_role_not_the_body() -> None:
    """"отметил представитель Кремля": a Kremlin spokesman, not "Кремля" (the Kremlin's)."""
    assert who(
        "Россия заинтересована в том, чтобы весь мир слышал президента.",
        "«Нам нужно заниматься своими делами и обеспечивать свои интересы», - отметил "
        "представитель Кремля.",
    ) == ["представитель Кремля"]


def test_es_a_role_and_a_name_before_the_verb_are_its_subject_not_an_appositive() -> None:
    assert who(
        "El ministro de Cultura, Alejandro Salas, habló el martes con los periodistas.",
        "En declaraciones a la prensa, antes de ingresar a un evento en la Cancillería, el "
        "ministro Salas dijo: «La juramentación debe ser lo más pronto posible».",
    ) == ["Alejandro Salas"]


def test_es_a_left_out_subject_goes_on_with_whom_the_sentence_before_reports() -> None:
    """"«…», aseveró." after "el ministro Salas dijo que el presidente Pedro Castillo…" is the
    minister's, not the president's named after him."""
    assert who(
        "El ministro de Cultura, Alejandro Salas, habló el martes con los periodistas.",
        "En declaraciones a la prensa, el ministro Salas dijo que el presidente Pedro Castillo "
        "se encuentra evaluando el mejor perfil para la cartera.",
        "“La juramentación debe ser lo más pronto posible, el presidente evalúa”, aseveró.",
    ) == ["Alejandro Salas"]


def test_fr_a_role_of_a_body_is_not_someone_named_later_with_that_role() -> None:
    found = who(
        "Le président français, François Hollande, a reconnu hier la responsabilité de la "
        "France. «Je reconnais les responsabilités des gouvernements français», a déclaré le "
        "chef de l’Etat français. Étaient présents Nicolas Sarkozy et la chef de file de "
        "l’extrême droite, Marine Le Pen.",
    )
    assert found != ["Marine Le Pen"]


def test_ru_pronoun_speaker_named_before_in_an_oblique_case_is_given_in_the_nominative() -> None:
    for met, said, speaker in (
        ("Корреспондент поговорил с Анной Петровой о новом проекте в Москве.", "сказала она",
         "Анна Петрова"),
        ("Журналисты спросили Ивана Смирнова о новом проекте в Москве.", "сказал он",
         "Иван Смирнов"),
    ):
        article = CleanArticle(title="Интервью о работе", language="ru", paragraphs=[
            met, f"«Мы продолжим работу над проектом и в следующем году», — {said}."])
        (quote,) = find_quotes(article)
        assert quote.speaker == speaker


# Russian puts the reporting clause between dashes inside the one pair of marks, and French and
# Russian put the comma or stop outside the marks.


def test_ru_dash_clause_inside_the_marks_is_no_part_of_the_quote() -> None:
    assert speakers(
        "Министр финансов Иван Петров выступил в Думе.",
        "«Мы завершили первый этап реформы, — сказал министр на заседании. — Второй этап "
        "начнется весной».",
    ) == [("Мы завершили первый этап реформы. Второй этап начнется весной", "Иван Петров")]


def test_ru_dash_clause_ending_in_a_comma_keeps_one_sentence() -> None:
    assert speakers(
        "«Работы остается очень много, — добавила Анна Смирнова, — но мы обязательно "
        "справимся с ней до конца года».",
    ) == [("Работы остается очень много, но мы обязательно справимся с ней до конца года",
           "Анна Смирнова")]


def test_ru_parts_joined_across_a_clause_keep_its_full_stop() -> None:
    found = speakers(
        "«Мы решили открыть новый завод в этом городе», — сказал Иван Петров на встрече. "
        "«Предлагаю вам возглавить его уже с весны», — обратился он к гостю.",
    )
    assert [text for text, _ in found] == [
        "Мы решили открыть новый завод в этом городе. Предлагаю вам возглавить его уже с весны"
    ]


def test_fr_parts_joined_across_a_clause_keep_its_colon() -> None:
    found = speakers(
        "« Nous ne comprenons pas une telle précipitation » déclare Paul Morel à propos de la "
        "décision ; mais il refuse d'aller plus loin : « nous continuons notre travail au "
        "service des habitants ».",
        title="Nouvelles",
    )
    assert found[0][0].startswith("Nous ne comprenons pas une telle précipitation: nous")


def test_es_listener_or_time_after_the_verb_is_no_speaker() -> None:
    # "dijo a la prensa", "dijo al salir": whom the words were said to, or when; the verb
    # carries its subject, the minister the paragraph is about.
    assert who(
        "La ministra de Salud, Carmen Ruiz, defendió el nuevo plan de vacunación.",
        "\"Vamos a vacunar a todos los niños antes del invierno\", dijo a la prensa en Lima.",
        "\"No vamos a esperar a que llegue otra ola de contagios\", afirmó al salir del "
        "Congreso.",
    ) == ["Carmen Ruiz", "Carmen Ruiz"]


def test_es_unstated_speaker_after_a_role_of_a_body_is_its_holder() -> None:
    # "El portavoz del Gobierno precisó que…": the quote after it is the spokesman's (the one
    # person the article names), not the government's, which is only what his role is of.
    assert who(
        "El director de Prensa de la Presidencia, Luis Ortega, declaró este lunes que no habrá "
        "cambios.",
        "\"No está en nuestra agenda ningún cambio de gabinete\", afirmó.",
        "El portavoz del Gobierno precisó que la decisión es del presidente.",
        "\"Lo que tenemos que hacer es trabajar y seguir trabajando\", dijo al conversar con la "
        "prensa.",
    ) == ["Luis Ortega", "Luis Ortega"]


def test_ru_paragraph_ended_by_a_dash_clause_is_a_quote_without_marks() -> None:
    assert speakers(
        "Глава компании Джон Роу прилетел в Москву во вторник.",
        "Российский рынок остается для нас главным. Спрос растет каждый год, — сказал Роу.",
        "Компания закрыла в прошлом году два завода, — сообщает агентство.",
        "Это решение далось очень нелегко! — добавил он.",
    ) == [
        ("Российский рынок остается для нас главным. Спрос растет каждый год", "Джон Роу"),
        ("Это решение далось очень нелегко!", "Джон Роу"),
    ]


def test_de_role_of_a_body_with_its_short_name_in_brackets_is_its_holder() -> None:
    assert who(
        "Der Vorsitzende der Gewerkschaft der Landwirte (GdL), Karl Huber, äußerte sich am "
        "Abend: „Die Betriebe brauchen jetzt schnell Hilfe vom Bund.“",
    ) == ["Karl Huber"]


def test_de_sentence_opening_with_an_abstract_noun_names_no_one() -> None:
    # German capitalises nouns: "Große Einigkeit" opens the sentence but is nobody "er" can be.
    assert who(
        "Große Einigkeit herrschte am Dienstag bei dem Treffen mit Klaus Berger.",
        "„Wir ziehen jetzt alle an einem Strang“, sagte er nach der Sitzung.",
    ) == ["Klaus Berger"]


def test_de_von_before_a_full_name_is_a_preposition_not_a_particle() -> None:
    # "von Anna Weber von den Grünen": from a person, of a party; "von der Leyen" is a name.
    assert who(
        "Kritik kam am Montag von Anna Weber von den Grünen.",
        "„Das reicht bei weitem nicht aus“, sagte sie.",
        "Auch Ursula von der Leyen äußerte sich.",
        "„Wir prüfen den Vorschlag“, sagte von der Leyen.",
    ) == ["Anna Weber", "Ursula von der Leyen"]


def test_es_dash_clause_inside_the_marks_is_no_part_of_the_quote() -> None:
    # Spanish sets the dashes against the clause: "A —dijo X—. B", "A -reconoció-. B".
    assert speakers(
        "El ministro de Transportes, Óscar Prieto, habló tras el consejo de ministros.",
        "“No sabía que tendría tanta repercusión —dijo el ministro—. Si lo hubiera sabido, "
        "no lo habría dicho”.",
        "“Dije lo que dije -reconoció-. No era consciente de lo que iba a pasar.”",
    ) == [
        ("No sabía que tendría tanta repercusión. Si lo hubiera sabido, no lo habría dicho",
         "Óscar Prieto"),
        ("Dije lo que dije. No era consciente de lo que iba a pasar.", "Óscar Prieto"),
    ]


def test_es_line_of_dialogue_with_its_clause_is_a_quote() -> None:
    assert speakers(
        "La ministra de Salud, Carmen Ruiz, visitó el hospital el lunes.",
        "—No vamos a cerrar ningún centro de salud este año —dijo la ministra—. Lo que haremos "
        "es abrir dos más.",
        "—Nos preocupa la falta de médicos en el norte —añadió Ruiz.",
        # An interview's answer says nothing of who speaks: no quote to show.
        "—Está garantizado por ley.",
    ) == [
        ("No vamos a cerrar ningún centro de salud este año. Lo que haremos es abrir dos más.",
         "Carmen Ruiz"),
        ("Nos preocupa la falta de médicos en el norte", "Carmen Ruiz"),
    ]


def test_fr_particle_written_against_the_name_is_part_of_it() -> None:
    assert who(
        "« Casser n'est pas manifester », a déclaré Claude d'Aubigny, le préfet, lundi.",
        "« Nous resterons fermes », a ajouté Valéry Martin d’Estrée.",
    ) == ["Claude d'Aubigny", "Valéry Martin d’Estrée"]


def test_fr_de_elided_before_a_name_after_a_sentence_opener_is_no_particle() -> None:
    assert who(
        "Paul Morel, haut-commissaire, défend la réforme. Proche d'Emmanuel Macron depuis "
        "2017, Paul Morel ne cède pas.",
        "« Cela relativise tout », a-t-il dit.",
    ) == ["Paul Morel"]


def test_de_article_after_a_role_begins_whom_it_was_said_to() -> None:
    # "sagte der SPD-Politiker der Nachrichtenagentur dpa": the agency is no name; the role,
    # never written with a name, is an epithet for the one man named just before
    # (test_quotes_german_epithets).
    assert who(
        "Der Bundesminister Max Weber hat den Plan am Montag verteidigt.",
        "„Das ist richtig so und bleibt auch so“, sagte der SPD-Politiker der "
        "Nachrichtenagentur dpa.",
    ) == ["Max Weber"]


def test_fr_reflexive_reporting_verbs() -> None:
    # "s'est félicitée X", "s'est indigné le député X": the verb is reflexive, the subject
    # after it as with any other.
    assert who(
        "« Nous avons gagné cette bataille importante », s’est félicitée Claire Dumas mardi.",
        "« Cette décision est une honte pour le pays », s'est indigné le député Paul Morel.",
    ) == ["Claire Dumas", "Paul Morel"]


def test_fr_es_adverbial_between_verb_and_subject() -> None:
    # "a réagi sur Twitter la députée", "dijo en Madrid el ministro": the subject comes after.
    assert who(
        "La députée Claire Dumas a été élue présidente de l'Assemblée mardi.",
        "« Nous ouvrons ensemble un nouveau chapitre », a réagi sur Twitter la députée.",
        "« Rien ne change pour les salariés », a déclaré à la presse le ministre Paul Morel.",
    ) == ["Claire Dumas", "Paul Morel"]
    assert who(
        "\"No habrá cambios en el gabinete este año\", dijo en Madrid el ministro Juan Pérez.",
    ) == ["Juan Pérez"]


def test_de_paper_in_quote_marks_after_the_subject_is_whom_it_was_said_to() -> None:
    assert who(
        "Innenministerin Anna Roth war am Montag in Berlin.",
        "„Wir werden die Grenzen weiter kontrollieren“, sagte die Ministerin dem „Spiegel“.",
    ) == ["Anna Roth"]


def test_de_colleague_compound_is_a_role_before_a_name() -> None:
    # "Müllers Parteikollege Hans Kurz": the colleague speaks, named after his role.
    assert who(
        "Innenminister Peter Müller war am Montag in Berlin.",
        "„Das reicht bei weitem nicht aus“, meint Müllers Parteikollege Hans Kurz.",
    ) == ["Hans Kurz"]


def test_ru_agency_quoting_someone_names_the_speaker() -> None:
    # "— цитирует Лаврова ТАСС", "— приводит его слова ТАСС": the agency quotes the person.
    assert who(
        "Министр иностранных дел Сергей Лавров выступил в Нью-Йорке.",
        "«Мы не допустим этого ни при каких условиях», — цитирует Лаврова ТАСС.",
        "«Наши условия известны всем участникам», — приводит его слова РИА Новости.",
        "«Мы ждем ответа от партнеров уже неделю», — приводит слова Марии Захаровой ТАСС.",
    ) == ["Сергей Лавров", "Сергей Лавров", "Мария Захарова"]


def test_ru_reporter_passing_on_someones_words_names_the_speaker() -> None:
    # "— передаёт слова Григорьянца корреспондент": the reporter passes on his words.
    assert who(
        "Глава комитета РФС Артур Григорьянц рассказал о решениях комитета.",
        "«Мы решили оштрафовать клуб на 10 тыс. рублей», — передаёт слова Григорьянца "
        "корреспондент «Чемпионата» Никита Кузин.",
    ) == ["Артур Григорьянц"]


def test_es_whom_it_was_said_to_after_the_subject_is_no_speaker() -> None:
    assert who(
        "El ministro de Economía, Luis Caputo, habló en Buenos Aires.",
        "\"No vamos a devaluar la moneda este año\", dijo Caputo a Radio Mitre.",
    ) == ["Luis Caputo"]


def test_de_quote_after_a_role_of_a_body_with_its_holder_named_is_theirs() -> None:
    # No clause of its own: the sentence before reports the role's holder, named after it.
    assert who(
        "Die Beamten hätten den Mann am Wagen angetroffen, berichtete der Polizeichef von "
        "Trier, Franz Becker, am Freitag im Ausschuss. „Dort sah er den Beamten grinsend "
        "entgegen.“ Danach nahmen sie ihn fest.",
    ) == ["Franz Becker"]


def test_fr_body_or_place_named_with_a_particle_is_no_person() -> None:
    # "le vice-président du Conseil d'Etat": no one "il" can stand for.
    assert who(
        "Le ministre a reconnu que le vice-président du Conseil d'Etat avait raison. Il a "
        "cependant pointé l'imminence de l'élection : « Le terrorisme est là et la menace est "
        "lourde. »",
    ) == [None]


def test_fr_adverb_between_auxiliary_and_participle_is_no_speaker() -> None:
    # "a encore déclaré", "a également souligné": the subject still follows the participle.
    for adverb in ("encore", "également", "ensuite", "notamment", "aussi"):
        assert who(
            "Le ministre de l'Intérieur Paul Morel a présenté son plan lundi.",
            f"« Nous resterons vigilants », a {adverb} déclaré le ministre de l'Intérieur.",
        ) == ["Paul Morel"], adverb


def test_a_number_of_people_is_no_person() -> None:
    # "Trois Marocains", "Cinco detenidos", "Zwei Polizisten": a count, not a name.
    assert who(
        "Trois Marocains et un Algérien ont été expulsés, a déclaré le ministre Paul Morel.",
        "« Nous resterons vigilants », a-t-il ajouté.",
    ) == ["Paul Morel"]


def test_es_more_reporting_verbs_with_the_subject_left_out_or_inverted() -> None:
    assert who(
        "El alcalde Juan Soto Lara habló el viernes con la prensa.",
        "“Vamos a seguir trabajando con la policía”, anotó este viernes.",
        "“No compartimos el comunicado”, expuso el presidente municipal.",
    ) == ["Juan Soto Lara", "Juan Soto Lara"]


def test_ru_promised_reports_words() -> None:
    assert who(
        "Президент Иван Петров провел совещание с министрами.",
        "«Мы обязательно дадим вам ответ», — пообещал президент.",
    ) == ["Иван Петров"]


# Portuguese and Italian


def test_pt_reporting_verbs_with_the_subject_inverted_or_left_out() -> None:
    assert who(
        "O ministro da Saúde, Paulo Mendes Rocha, visitou o hospital nesta terça-feira.",
        '"Vamos abrir mais leitos ainda este mês", afirmou.',
        '"A fila vai diminuir", disse Paulo Mendes Rocha.',
    ) == ["Paulo Mendes Rocha", "Paulo Mendes Rocha"]


def test_it_reporting_verbs_after_the_auxiliary() -> None:
    assert who(
        "Il ministro dei Trasporti Carlo Bianchi ha visitato il cantiere di Torino.",
        "«I lavori finiranno a maggio», ha detto Carlo Bianchi.",
        "«Non ci saranno ritardi», ha concluso il ministro.",
    ) == ["Carlo Bianchi", "Carlo Bianchi"]


def test_a_ministers_portfolio_is_no_part_of_the_name() -> None:
    words = "os preços vão cair bastante ainda neste ano"
    assert who(
        "El ministro de Salud Ana Ruiz Pineda habló el lunes en Lima.",
        f"«{words}», dijo Ana Ruiz Pineda.",
        "O ministro da Saúde Paulo Mendes Rocha falou nesta terça-feira.",
        f'"{words}", disse Paulo Mendes Rocha.',
        "Il ministro dei Trasporti Carlo Bianchi ha parlato a Torino.",
        f"«{words}», ha detto Carlo Bianchi.",
    ) == ["Ana Ruiz Pineda", "Paulo Mendes Rocha", "Carlo Bianchi"]


def test_it_whom_it_was_said_to_is_no_speaker() -> None:
    assert who(
        "Il ministro dei Trasporti Carlo Bianchi è arrivato a Torino.",
        "«Se siete qui per parlare del cantiere, vi rispondo volentieri», ha detto ai cronisti.",
    ) == ["Carlo Bianchi"]


def test_pt_according_to_is_no_first_name() -> None:
    # "Segundo Rocha, …" is "according to Rocha", not a man called Segundo Rocha.
    assert who(
        "Rocha fez duras críticas às empreiteiras. Segundo Rocha, a ponte atrasou.",
        "Rocha reconhece que se excedeu.",
        '"Não vamos aceitar mais atrasos de nenhuma empresa", disse.',
    ) != ["Segundo Rocha"]


def test_ru_role_of_a_body_written_with_more_words_is_its_holder() -> None:
    words = "Начнём с того, что в службе нет таких отделов, физически нет"
    assert who(
        "Проверить это по базе невозможно, заявил замглавы МВД РФ Олег Карпов.",
        f"«{words}», — подчеркнул замглавы МВД РФ.",
    ) == ["Олег Карпов"]
    assert who(
        "Глава МИД России Олег Карпов провел встречу с послами.",
        f"«{words}», — сказал глава российского МИД.",
    ) == ["Олег Карпов"]


def test_ru_role_and_body_before_a_name_are_no_part_of_it() -> None:
    words = "Все решения должны быть прозрачными и публично разъясненными"
    # A role that opens the sentence, capitalised.
    assert who(
        "Премьер-министр Украины Олег Карпов требует ответов от министров.",
        f"«{words}», — заявил Карпов.",
    ) == ["Олег Карпов"]
    # A department of a body between the role and the name.
    assert who(
        "Информации нет, заявила замдиректора департамента информации и печати МИД РФ Анна "
        "Белова.",
        f"«{words}», — сказала Белова.",
    ) == ["Анна Белова"]


def test_ru_a_complaint_or_an_admission_inside_the_quote_names_its_speaker() -> None:
    assert who(
        "Актриса Анна Светлова снялась в двадцати фильмах.",
        "«Сниматься после пятидесяти трудно, — пожаловалась Светлова. — Ролей почти нет»",
        "«Я боюсь камеры до сих пор», — призналась актриса Анна Светлова.",
    ) == ["Анна Светлова", "Анна Светлова"]


def test_de_a_possessive_opens_the_subject_after_the_verb() -> None:
    # "sagt seine Ehefrau": right after the verb "seine" opens the subject (his wife), as "his
    # wife" does in English; only after a subject does it open whom it was said to.
    assert who(
        "Seit dem 10. Mai ist Olli Kaßburg verschwunden.",
        "Polizeisprecherin Kathryn Landwehrmeyer bestätigt: „Die Ehefrau hat die Ermittlerin "
        "informiert.“",
        "„Der Zustand ist kaum auszuhalten“, sagt seine Ehefrau.",
        "„Wir arbeiten weiter“, sagte Landwehrmeyer ihren Kollegen.",
    ) == ["Kathryn Landwehrmeyer", "seine Ehefrau", "Kathryn Landwehrmeyer"]


def test_ru_sentence_ending_in_a_colon_with_any_verb_is_its_subjects() -> None:
    # "Тренер X оценил игру полузащитника Y:" then the quote: X speaks, not the object Y, and
    # whatever the verb ("прокомментировал", "оценил"), in its paragraph or the one before.
    assert who(
        "Наставник «Манчестер Юнайтед» Жозе Моуриньо оценил игру полузащитника команды "
        "Генриха Мхитаряна:",
        "«Я очень рад, потому что сегодня он сыграл против сильной команды».",
        "Главный тренер «Оренбурга» Роберт Евдокимов прокомментировал поражение от ЦСКА: "
        "«Мы достойно сражались».",
    ) == ["Жозе Моуриньо", "Роберт Евдокимов"]


def test_fr_role_of_a_council_before_the_name_is_no_part_of_it() -> None:
    # "le président du Conseil Giuseppe Conte": the council is the role's, not the name's.
    assert who(
        "Le cap des 100 cas a été franchi dans le pays.",
        "« Ni l'entrée ni la sortie ne sera autorisée », a déclaré le président du Conseil "
        "Giuseppe Conte, annonçant la fermeture des écoles.",
    ) == ["Giuseppe Conte"]


def test_es_a_colon_after_a_role_and_the_name_it_sets_off_introduces_that_person() -> None:
    # No reporting verb ("fue tajante:"): the name after the role is who speaks, and the
    # epithet later ("el funcionario") goes on with him.
    assert who(
        "El secretario de Transporte de la Nación, Diego Paz, fue tajante:",
        "\"No vamos a poner un peso más de subsidios para financiar una paritaria privada.",
        "\"Las empresas tuvieron ganancias durante años.\"",
        "El gremio que conduce Fernando Aguirre rechazó la oferta salarial de las cámaras.",
        "Horas más tarde, el funcionario moderó el tono. \"La puerta del diálogo está abierta "
        "y mañana vamos a estar en la audiencia\", afirmó.",
    ) == ["Diego Paz", "Diego Paz"]


def test_whom_the_words_were_said_to_after_the_verb_is_not_the_speaker() -> None:
    article = CleanArticle(title="Huelga en la mina", language="es", paragraphs=[
        "Según Juan Carlos Guajardo, analista de la consultora Plusmining, el conflicto llega en "
        "un mal momento. «Una huelga larga se va a notar en las exportaciones», explicó a EFE.",
    ])
    assert [quote.speaker for quote in find_quotes(article)] == ["Juan Carlos Guajardo"]
    article = CleanArticle(title="Маркетплейс повышает комиссию", language="ru", paragraphs=[
        "Директор по работе с продавцами маркетплейса Антон Жуков объяснил решение ростом "
        "расходов. «За год стоимость доставки выросла почти на треть», — сказал он РБК.",
    ])
    assert [quote.speaker for quote in find_quotes(article)] == ["Антон Жуков"]


def test_de_a_family_word_before_a_name_is_no_part_of_it_and_a_time_after_is_no_speaker() -> None:
    assert who(
        "Matthias Kühne führt die Firma gemeinsam mit seiner Tochter Lea Kühne. „Die Zinsen "
        "haben sich verdreifacht“, sagt Lea Kühne.",
        "Seine Tochter ist pragmatischer. „Vielleicht bauen wir eben kleiner“, sagt sie.",
        "Bauministerin Sabine Ostermann will gegensteuern. „Wir müssen schneller bauen“, "
        "sagte Ostermann vergangene Woche in Dresden.",
    ) == ["Lea Kühne", "Lea Kühne", "Sabine Ostermann"]


def test_fr_an_inverted_incise_inside_the_guillemets_is_cut_out_and_says_who() -> None:
    article = CleanArticle(title="Chômage", language="fr", paragraphs=[
        "Le Medef « salue une mesure de bon sens », a indiqué l’organisation patronale.",
        "Le député socialiste Julien Perrault a qualifié le texte de « machine à précariser ». "
        "« La ministre parle de compétences, mais elle envoie des gens vers le RSA, a-t-il "
        "estimé. Qu’elle vienne l’expliquer aux salariés. »",
        "Camille Oudard, adjointe au maire, a reçu une délégation. « Je comprends la colère "
        "des familles, explique-t-elle. Personne ne devrait apprendre cela par mail. »",
    ])
    assert [(quote.text, quote.speaker) for quote in find_quotes(article)] == [
        ("La ministre parle de compétences, mais elle envoie des gens vers le RSA. Qu’elle "
         "vienne l’expliquer aux salariés.", "Julien Perrault"),
        ("Je comprends la colère des familles. Personne ne devrait apprendre cela par mail.",
         "Camille Oudard"),
    ]


def test_ru_whose_words_open_a_sentence_is_whom_the_next_pronoun_goes_on_with() -> None:
    article = CleanArticle(title="Пошлина на пшеницу", language="ru", paragraphs=[
        "Замминистра сельского хозяйства Игорь Сазонов заявил, что пошлина сохранится. «Мы не "
        "видим оснований для отмены», — сказал он.",
        "По словам президента Российского зернового союза Павла Мартынова, базовую цену следует "
        "поднять. Он напомнил, что формула не менялась с 2021 года. «Пошлина в нынешнем виде — "
        "это налог на урожай»,— заявил он.",
    ])
    assert [quote.speaker for quote in find_quotes(article)] == [
        "Игорь Сазонов", "Павел Мартынов"]


def test_fr_verbs_of_manner_report_speech_too() -> None:
    article = CleanArticle(title="Incendie", language="fr", paragraphs=[
        "Sophie Garnier, la maire, a promis un relogement. « Personne ne restera dehors », "
        "a-t-elle déclaré.",
        "« On a tout laissé là-haut, même les papiers », soupire Nadia Benali.",
    ])
    assert [quote.speaker for quote in find_quotes(article)] == ["Sophie Garnier", "Nadia Benali"]
