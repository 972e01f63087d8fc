"""Speakers named by a role ("the Kremlin spokesman", "le chef de l'Etat", "министр"): the
fullest name the article gives the person who holds that role, else the role as written."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def speakers(*paragraphs: str, title: str = "A story") -> list[tuple[str, str | None]]:
    found = find_quotes(CleanArticle(title=title, paragraphs=list(paragraphs)))
    return [(q.text, q.speaker) for q in found]


def test_a_role_with_its_body_before_the_name_in_capitals_is_that_persons() -> None:
    assert speakers(
        "Harbour Board Chairwoman Alice Brandt opened the new quay on Friday.",
        "“This quay will double our trade by next summer,” the harbour board chairwoman said.",
    ) == [("This quay will double our trade by next summer", "Alice Brandt")]


def test_a_role_with_its_body_before_the_name_in_lower_case_is_that_persons() -> None:
    assert speakers(
        "Mayor Tom Hale spoke first, and Kremlin spokesman Oleg Sarin told reporters later that"
        " the talks would go on.",
        "“Nothing has been agreed on the border yet,” the Kremlin spokesman said.",
    ) == [("Nothing has been agreed on the border yet", "Oleg Sarin")]


def test_a_role_of_a_body_the_article_names_no_one_with_stays_the_role() -> None:
    # "the World Bank president" is not the president the article names.
    assert speakers(
        "President Obama met the leaders on Monday.",
        "“We may end up having to do it in chunks,” the World Bank president said.",
    ) == [("We may end up having to do it in chunks", "the World Bank president")]


def test_a_role_of_a_body_named_in_parts_joined_by_ampersand_before_the_name() -> None:
    # "Devices & Services" is the body; the person is "Dana Holt", and "he" goes on with him,
    # not with a product named in passing.
    assert speakers(
        "The memo came from SVP of Devices & Services Dana Holt, whose unit makes the Echo"
        " speaker and the robot Vesta.",
        "“We have had to make hard choices this year,” he wrote.",
        "Holt added that staff would hear on Tuesday. “We will help everyone find a new role,”"
        " he said.",
    ) == [
        ("We have had to make hard choices this year", "Dana Holt"),
        ("We will help everyone find a new role", "Dana Holt"),
    ]


def test_a_role_of_a_body_named_in_parts_joined_by_and_before_the_name() -> None:
    assert speakers(
        "“Every child deserves the same care,” said Secretary of Health and Human Services"
        " Marta Solano.",
        "“We will open ten more clinics,” Solano said.",
    ) == [
        ("Every child deserves the same care", "Marta Solano"),
        ("We will open ten more clinics", "Marta Solano"),
    ]


def test_a_russian_role_with_what_it_is_of_before_the_name() -> None:
    # "министр иностранных дел России": the role, what it is of, and whose; then the name.
    for opening in ("Министр", "Вчера министр"):
        assert speakers(
            f"{opening} иностранных дел России Олег Смирнов встретился с коллегами в Казани.",
            "«Мы готовы продолжать переговоры», — подчеркнул министр.",
        ) == [("Мы готовы продолжать переговоры", "Олег Смирнов")]


def test_a_russian_role_the_article_wrote_as_the_head_of_the_ministry() -> None:
    assert speakers(
        "Глава МИД РФ Олег Смирнов заявил, что ждёт ответа.",
        "«Мы готовы продолжать переговоры», — подчеркнул министр.",
    ) == [("Мы готовы продолжать переговоры", "Олег Смирнов")]


def test_a_russian_role_the_article_names_no_one_with_stays_the_role() -> None:
    assert speakers(
        "Переговоры в Казани продолжились в среду.",
        "«Мы готовы продолжать переговоры», — подчеркнул министр.",
    ) == [("Мы готовы продолжать переговоры", "министр")]


def test_a_french_head_of_state_is_the_president_named_before() -> None:
    assert speakers(
        "Le président Paul Morel a visité Lyon mardi.",
        "«Nous allons reconstruire ce quartier», a déclaré le chef de l'Etat français.",
        "«Personne ne sera oublié», a ajouté le président français.",
    ) == [
        ("Nous allons reconstruire ce quartier", "Paul Morel"),
        ("Personne ne sera oublié", "Paul Morel"),
    ]


def test_a_name_after_the_role_that_opens_the_sentence_is_its_subject() -> None:
    # The left-out subject of "expresó" is the minister who opens the sentence before, not
    # the other minister named as its object.
    assert speakers(
        "El ministro del Interior, Juan Pérez, rechazó las declaraciones del ministro de"
        " Energía, Rómulo Sanz, sobre el audio.",
        "\"No he escuchado esas declaraciones y no tengo por qué responder\", expresó.",
    ) == [("No he escuchado esas declaraciones y no tengo por qué responder", "Juan Pérez")]


def test_a_left_out_subject_goes_on_with_the_last_speaker_not_a_name_in_passing() -> None:
    assert speakers(
        "El ministro de Cultura, Alejandro Soto, señaló que el nuevo ministro jurará pronto.",
        "“La juramentación debe ser pronto”, aseveró.",
        "Además, dijo que no le sorprendió la renuncia del ministro Fernando Vera.",
        "En otro momento, el titular de la cartera de Cultura dijo que el jefe de Estado"
        " responderá.",
        "“Yo creo que el respeto a la prensa está siempre puesto”, sostuvo.",
    ) == [
        ("La juramentación debe ser pronto", "Alejandro Soto"),
        ("Yo creo que el respeto a la prensa está siempre puesto", "Alejandro Soto"),
    ]


def test_a_source_quoted_by_an_agency_with_no_verb_of_its_own_speaks() -> None:
    assert speakers(
        "Le ministre Paul Morel était à Lyon mardi.",
        "«Nous allons reconstruire ce quartier», le ministre, cité par l'AFP.",
        "“Nobody will be left behind,” Mayor Jane Hobbs, quoted by Reuters.",
    ) == [
        ("Nous allons reconstruire ce quartier", "Paul Morel"),
        ("Nobody will be left behind", "Jane Hobbs"),
    ]


def test_a_bare_english_role_is_the_person_named_right_after_it() -> None:
    # The role before the name, in lower case or with what it is "of" between, is a title
    # the article gave that person: "the secretary", "the spokesman" is who holds it.
    assert speakers(
        "Secretary of State Anna Lindqvist flew to Oslo on Sunday for the talks.",
        "“We are closer than ever to a deal,” the secretary said.",
    ) == [("We are closer than ever to a deal", "Anna Lindqvist")]
    assert speakers(
        "Harbour spokesman Piet Vermeer spoke to reporters on Monday.",
        "“Nothing has been decided yet,” the spokesman added.",
    ) == [("Nothing has been decided yet", "Piet Vermeer")]
    # A role of a body named with it is still the role of the only person who holds it.
    assert speakers(
        "Kremlin spokesman Oleg Sarin spoke to reporters on Monday.",
        "“Nothing has been decided yet,” the spokesman added.",
    ) == [("Nothing has been decided yet", "Oleg Sarin")]


def test_a_bare_english_role_held_by_two_people_is_the_one_named_last_before() -> None:
    assert speakers(
        "Its spokesman Karl Brenner denied the report, and Senator Jane Roe called it false.",
        "Later, the new spokesman Tom Adler said the ships had left.",
        "“The fleet is at sea,” the spokesman said.",
    ) == [("The fleet is at sea", "Tom Adler")]


def test_a_bare_english_role_nobody_holds_stays_the_role() -> None:
    # Adler is named after the role word, but as the one told, not as its holder.
    assert speakers(
        "Governor Tom Hale met reporters in Albany on Friday.",
        "The spokesman told Tom Adler that the ships had left.",
        "“The fleet is at sea,” the spokesman said.",
    ) == [("The fleet is at sea", "the spokesman")]


def test_a_role_with_words_of_its_own_is_not_every_holder_of_the_role_word() -> None:
    # Boone is the presidential nominee; the vice-presidential one is someone else.
    assert speakers(
        "She backed the party's presidential nominee Carl Boone in 2012.",
        "“We need her back in the Senate,” the vice-presidential nominee said.",
    ) == [("We need her back in the Senate", "the vice-presidential nominee")]


def test_a_three_word_name_after_a_role_of_a_portfolio_is_kept_whole() -> None:
    # "Health" and "State" are what the role is of; the three words after them are the name.
    assert speakers(
        "“Every child deserves the same care,” said Secretary of Health Marta Ruiz Solano.",
        "“We will open ten more clinics,” Ruiz Solano said.",
    ) == [
        ("Every child deserves the same care", "Marta Ruiz Solano"),
        ("We will open ten more clinics", "Marta Ruiz Solano"),
    ]
    assert speakers(
        "Secretary of State Mary Ellen Parker landed in Lima on Monday.",
        "“We came to listen first,” Parker said.",
    ) == [("We came to listen first", "Mary Ellen Parker")]


def test_a_name_after_a_role_of_a_place_keeps_its_last_two_words() -> None:
    # "New Mexico" is a place of two words; the name is what follows it.
    assert speakers(
        "Governor of New Mexico Luis Ortega toured the dam on Monday.",
        "“The water will hold for now,” Ortega said.",
    ) == [("The water will hold for now", "Luis Ortega")]


def test_a_role_with_what_it_is_of_is_who_holds_that_one_not_the_last_of_the_role() -> None:
    # Two ministers: "el ministro de Cultura" is the one named with Culture, not the last one.
    assert speakers(
        "El ministro de Cultura, Alejandro Soto, visitó el museo el lunes.",
        "El ministro de Energía, Rómulo Sanz, no asistió.",
        "“La juramentación debe ser pronto”, dijo el ministro de Cultura.",
    ) == [("La juramentación debe ser pronto", "Alejandro Soto")]


def test_the_holder_of_a_portfolio_is_its_minister() -> None:
    # "el titular de la cartera de Cultura": the holder of the Culture portfolio.
    for holder in ("el titular de la cartera de Cultura", "el titular de Cultura"):
        assert speakers(
            "El ministro de Cultura, Alejandro Soto, visitó el museo el lunes.",
            "El ministro de Energía, Rómulo Sanz, no asistió.",
            f"“La juramentación debe ser pronto”, dijo {holder}.",
        ) == [("La juramentación debe ser pronto", "Alejandro Soto")]
    assert speakers(
        "El ministro de Energía, Rómulo Sanz, no asistió.",
        "“La juramentación debe ser pronto”, dijo el titular de la cartera de Cultura.",
    ) == [("La juramentación debe ser pronto", "el titular de la cartera de Cultura")]


def test_a_role_opening_the_sentence_with_what_it_is_of_is_not_that_body() -> None:
    assert speakers(
        "El ministro de Cultura, Alejandro Soto, visitó el museo el lunes.",
        "El ministro de Energía, Rómulo Sanz, no asistió.",
        "El titular de Cultura dijo: “La juramentación debe ser pronto”.",
    ) == [("La juramentación debe ser pronto", "Alejandro Soto")]


def test_a_role_with_whose_it_is_and_the_name_after_a_comma() -> None:
    # The clause is cut at the comma; the name after it is who holds the role.
    assert speakers(
        "“We treat the whole month as one long election day,” said Hale’s deputy campaign"
        " manager, Rita Brandt, who ran the ground game in 2012.",
    ) == [("We treat the whole month as one long election day", "Rita Brandt")]


def test_a_bare_english_role_is_the_person_an_appositive_gives_it() -> None:
    for apposition in ("a navy spokesman", "the spokesman for the navy"):
        assert speakers(
            f"Tom Adler, {apposition}, said the ships had left on Monday.",
            "Mayor Jane Roe was not told.",
            "“The fleet is at sea,” the spokesman said.",
        ) == [("The fleet is at sea", "Tom Adler")]
    # Adler is the spokesman's brother, not the spokesman.
    assert speakers(
        "Tom Adler, the brother of the spokesman, said the ships had left on Monday.",
        "“The fleet is at sea,” the spokesman said.",
    ) == [("The fleet is at sea", "the spokesman")]


def test_a_bare_english_role_is_not_someone_given_it_only_later_or_in_the_past() -> None:
    assert speakers(
        "“Please sit down,” the executive said to the workers.",
        "“We have to invest elsewhere,” said Rob Mack, a senior executive at the firm.",
    ) == [("Please sit down", "the executive"), ("We have to invest elsewhere", "Rob Mack")]
    assert speakers(
        "Meg Dorn, a former candidate for governor, backed the rival.",
        "“I respect the valley,” the candidate said in an email.",
    ) == [("I respect the valley", "the candidate")]


def test_a_role_of_a_body_is_its_holder_named_with_the_body_first() -> None:
    assert speakers(
        "Riverton Mayor Carla Vance opened the bridge on Monday.",
        "The mayor of Riverton said: “We have waited twenty years for this crossing.”",
    ) == [("We have waited twenty years for this crossing.", "Carla Vance")]


def test_a_role_of_a_body_is_its_holder_named_in_an_appositive() -> None:
    assert speakers(
        "Colonel Piet Marais, spokesman for the Ministry of Transport and Ports, met reporters.",
        "The Ministry of Transport spokesman described the fire and said: “No fuel was stored"
        " on the quay that night.”",
        "The spokesman for the Ministry of Transport added: “The port will reopen soon.”",
    ) == [
        ("No fuel was stored on the quay that night.", "Piet Marais"),
        ("The port will reopen soon.", "Piet Marais"),
    ]


def test_a_spokesman_of_a_body_nobody_is_named_with_speaks_for_the_body() -> None:
    assert speakers(
        "The mayor of Riverton said: “We have waited twenty years for this crossing.”",
        "The Ministry of Transport spokesman described the fire and said: “No fuel was stored"
        " on the quay that night.”",
    ) == [
        ("We have waited twenty years for this crossing.", "The mayor of Riverton"),
        ("No fuel was stored on the quay that night.", "Ministry of Transport"),
    ]


def test_an_occupation_with_its_field_before_the_name_is_that_persons() -> None:
    # "adviser" is no title, but the article wrote the same words right before a name.
    assert speakers(
        "“We cannot say when the talks will start,” communications adviser Omar Farid told "
        "reporters on Tuesday.",
        "The other advisers did not comment.",
        "But the communications adviser said: “The countdown is going on for the polls.”",
    ) == [("We cannot say when the talks will start", "Omar Farid"),
          ("The countdown is going on for the polls.", "Omar Farid")]


def test_an_occupation_the_article_names_no_one_with_stays_as_written() -> None:
    assert speakers(
        "Officials met on Tuesday to discuss the polls.",
        "The communications adviser said: “The countdown is going on for the polls.”",
    ) == [("The countdown is going on for the polls.", "The communications adviser")]


def test_a_role_of_a_body_named_with_an_adjective_between_is_that_persons() -> None:
    # "BNP factional leader Khandaker Delwar Hossain" is "the BNP leader".
    assert speakers(
        "BNP factional leader Omar Delwar Hossain on Wednesday demanded the resignation of "
        "the election chief.",
        "Demanding the release of detained leaders, the BNP leader said: “We will not take "
        "part in any election based on conspiracies.”",
    ) == [("We will not take part in any election based on conspiracies.", "Omar Delwar Hossain")]


def test_a_name_set_off_by_commas_after_an_inverted_role_of_a_body_is_the_speaker() -> None:
    # The role's body is a name too ("de Volvo", "de la Alianza", "of Apple"): the speaker is
    # the person named after the comma, whatever the clause goes on to say after the name.
    assert speakers(
        "Le constructeur suédois passe à l'électrique.",
        "«Cette annonce marque la fin du moteur à combustion», a déclaré le patron de Volvo, "
        "Håkan Samuelsson, selon lequel l'offre sera l'une des plus larges du marché.",
        "«Los objetivos del Kremlin no se limitan a Ucrania», dijo el secretario general de la "
        "Alianza, Jens Stoltenberg, tras la reunión.",
        "“We will build it here,” said the chief executive of Apple, Tim Cook, at a conference.",
    ) == [
        ("Cette annonce marque la fin du moteur à combustion", "Håkan Samuelsson"),
        ("Los objetivos del Kremlin no se limitan a Ucrania", "Jens Stoltenberg"),
        ("We will build it here", "Tim Cook"),
    ]


def test_the_governor_is_the_one_titled_gov() -> None:
    article = CleanArticle(title="Court ruling", paragraphs=[
        "The case arose in South Carolina, where Republican Gov. Henry McMaster in 2018 ordered "
        "the state Medicaid agency to end its contract.",
        "In a statement, the governor said: \"South Carolina taxpayers should not be forced to "
        "fund abortion providers.\"",
    ])
    assert [q.speaker for q in find_quotes(article)] == ["Henry McMaster"]


def test_the_senator_is_not_whoever_is_titled_sen() -> None:
    # A story names many senators; "the senator" here is the candidate it quoted, never
    # titled so, not the "Sen." named after the quote.
    article = CleanArticle(title="Sanders endorsements", paragraphs=[
        "\"It tells you that one of us is a candidate of the establishment,\" Sanders remarked.",
        "\"That would be me, yes. I think that's probably right,\" the senator said.",
        "Speaking later on the same show, Sen. Claire McCaskill said Sanders has pushed Clinton.",
    ])
    assert find_quotes(article)[1].speaker != "Claire McCaskill"


def test_the_skipper_is_the_captain() -> None:
    article = CleanArticle(title="Cricket", paragraphs=[
        "India captain Shubman Gill scored 269 and 161 in the match. \"We knew if we put "
        "enough runs on the board we would win,\" the skipper added.",
    ])
    assert [q.speaker for q in find_quotes(article)] == ["Shubman Gill"]


def test_a_role_is_the_person_the_article_set_off_after_it_between_commas() -> None:
    article = CleanArticle(title="Cladding row", paragraphs=[
        "The housing minister, Rachel Denholm, visited the tower on Monday.",
        "Residents say nothing has changed. “We will not let a single leaseholder fall through "
        "the cracks,” the minister told the conference.",
        "“The plant will move to Mexico,” a Carrier executive told the workers.",
        "The board cut the bonus of its chief executive, Gregory J. Hayes, by half.",
        "“Please quiet down,” the executive said.",
    ])
    # The executive who spoke goes on; the chief executive named in passing is not him.
    assert [quote.speaker for quote in find_quotes(article)] == [
        "Rachel Denholm", "a Carrier executive", "a Carrier executive"]


def test_the_sheriff_is_the_sheriff_named_before() -> None:
    assert speakers(
        "A negotiator spoke with the man for three hours, according to Sheriff Tom Brandt.",
        "\"She just kept him talking all night long,\" the sheriff said.",
    ) == [("She just kept him talking all night long", "Tom Brandt")]


def test_the_minister_is_the_one_set_off_after_the_role_and_its_portfolio() -> None:
    # Irish and British copy: "The Minister for Justice, X," then "the minister said".
    assert speakers(
        "The Minister for Justice, Seán Ó Dálaigh, welcomed the seizure and said he had approved "
        "funding for two more patrol boats.",
        "“We cannot watch every inch of the coast, but we can find the boats,” the minister said.",
    ) == [("We cannot watch every inch of the coast, but we can find the boats", "Seán Ó Dálaigh")]


def test_two_roles_joined_by_and_before_the_name_are_one_persons() -> None:
    assert [speaker for _, speaker in speakers(
        "“Route 9 Rapid is the biggest change to our network in 30 years,” said TRC President "
        "and CEO Marisol Vega.",
        "“The new buses arrive in March,” said board chair and former mayor Dan Ruiz.",
        "“We will pay for it with the fares we already charge,” said Chief Executive Officer and"
        " President Lena Okafor.",
    )] == ["Marisol Vega", "Dan Ruiz", "Lena Okafor"]
