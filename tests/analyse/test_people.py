"""Who a sentence names, and the fullest form of a name: the ground key points stand on when
they replace "he" by a name. A wrong name in a key point tells the reader something false, so
every case here is one where a capitalised run looks like a person and is not, or where the
name the article gives must not turn into another person's. The sentences are shortened from
real articles."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digests.analyse.people import fullest_name, people_named, short_form, words_before


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        # A place after "in", a publication named with "The", a description after "the".
        ("Footage shows the skater sailing down a slope in Santa Monica, Los Angeles, before "
         "he falls.", []),
        ("The Democratic frontrunner wrote for The Washington Informer that the District is "
         "neglected.", []),
        ("In an interview on Thursday, the Wisconsin Republican criticised the president.", []),
        ("He chairs the Democrats' Senate campaign arm in a year that looked good.", []),
        ("Voters heard about his Inaugural Address on Monday.", []),
        # A possessive ends the name: what follows it is the person's thing.
        ("The employer asked for proof, and Ki Hong's Social Security number was not enough.",
         ["Ki Hong"]),
        # A title and a surname name someone, as "Mr Putin" does.
        ("With Merrick Garland, President Obama made the safe choice for the Supreme Court.",
         ["Merrick Garland", "Obama"]),
        # Still people: a title before the name, a name after "with", a name that opens.
        ("Speaker Paul Ryan says the whole world is watching.", ["Paul Ryan"]),
        ("He spent an hour with President Enrique Nieto in Mexico City.", ["Enrique Nieto"]),
        ("Nicholas Negroponte says he is developing a laptop.", ["Nicholas Negroponte"]),
    ],
)
def test_people_named(sentence: str, people: list[str]) -> None:
    assert people_named(sentence, sentence) == people


def test_a_sentence_end_before_a_name_is_not_its_first_name() -> None:
    text = (
        "Presidential candidate Ben Carson spoke. Troops left Iraq. Carson said it was a "
        "mistake."
    )
    assert fullest_name("Carson", text) == "Ben Carson"


def test_a_name_keeps_its_initials_and_loses_its_abbreviated_title() -> None:
    text = "Donald J. Trump said it. Sen. Marco Rubio disagreed. Trump and Rubio then met."
    assert fullest_name("Trump", text) == "Donald J. Trump"
    assert fullest_name("Rubio", text) == "Marco Rubio"


def test_initials_written_together_open_the_name() -> None:
    # "J.R. Hale", not "R. Hale": a surname's fullest form keeps both initials.
    text = "J.R. Hale, a painter who taught for decades, died on Friday. Hale was 90."
    assert fullest_name("Hale", text) == "J.R. Hale"
    assert people_named("A.J. Moss opened the show.", "A.J. Moss opened the show.") == [
        "A.J. Moss"
    ]


def test_a_name_with_its_first_name_never_becomes_another_persons() -> None:
    text = "Hillary Clinton spoke on Monday. Former President Bill Clinton joined her."
    assert fullest_name("Bill Clinton", text) == "Bill Clinton"
    assert fullest_name("Clinton", text) == "Hillary Clinton"  # the article's longest form


def test_names_in_a_headline_count_only_where_the_body_writes_them() -> None:
    title = "Bernie Sanders Says He’s Already Started Writing His Inaugural Address."
    body = "Sen. Bernie Sanders hasn’t let the odds stop him from drafting his inaugural address."
    assert people_named(title, body) == ["Bernie Sanders"]


def test_a_first_word_capitalised_only_as_the_first_takes_the_articles_full_name() -> None:
    # "Why Sanders…" opens a headline: "Why" is no first name, and the body never writes it.
    body = "Bernie Sanders spoke in Harlem. Sanders lags among black voters."
    assert fullest_name("Why Sanders", body) == "Bernie Sanders"


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        # An initialism names a body, and a number opens no name.
        ("One BLM activist tweeted about it.", []),
        # A surname alone names its person where it says something (whom it told may be a
        # person too: the two make a pronoun after them ambiguous).
        ("“It speaks to who you are,” Tester told Capital Download on Thursday.",
         ["Tester", "Capital Download"]),
        # After a possessive: a person where the article goes on to use the surname.
        ("NBC's Cynthia McFadden spoke to him. McFadden added that he had talked.",
         ["Cynthia McFadden"]),
        ("Britain's Prince Harry visited the troops.", ["Harry"]),
    ],
)
def test_people_named_by_initialisms_reporting_verbs_and_possessives(
    sentence: str, people: list[str]
) -> None:
    assert people_named(sentence.split(". ")[0] + ".", sentence) == people


@pytest.mark.parametrize(
    ("name", "text", "short"),
    [
        ("Nicholas Negroponte", "Nicholas Negroponte spoke. Mr Negroponte left.", "Mr Negroponte"),
        ("Ted Cruz", "Texas Sen. Ted Cruz spoke. Cruz left.", "Cruz"),
        ("Justin Ki Hong", "Justin Ki Hong spoke. Then Ki Hong left.", "Ki Hong"),
        ("Ursula von der Leyen", "Ursula von der Leyen spoke. Von der Leyen and von der Leyen's "
         "team left.", "von der Leyen"),
        ("Xi Jinping", "Xi Jinping spoke. Mr Xi left.", "Xi Jinping"),
        ("Bill Clinton", "Bill Clinton spoke. Hillary Clinton left. Clinton stayed.",
         "Bill Clinton"),
    ],
)
def test_the_short_form_is_the_one_the_article_writes(name: str, text: str, short: str) -> None:
    assert short_form(name, text) == short


def test_a_word_in_lower_case_is_not_the_surname_written_alone() -> None:
    assert short_form("Tom Price", "Tom Price spoke. The price rose.") == "Tom Price"


_PIECES = st.sampled_from(
    ["Clinton", "Clinton's", "Clintons", "Bill", "Hillary", "Mrs", "(Mrs", "“Bill", "the", "-",
     "Clinton-Smith", " ", "\u00a0", "\n", "\n\n", "", ".", "Jr."]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=30), st.sampled_from(["Clinton", "Jr."]))
def test_the_words_before_a_surname_are_those_the_whole_text_pattern_finds(
    pieces: list[str], surname: str
) -> None:
    text = " ".join(pieces)
    expected = [m.group(1) for m in re.finditer(rf"(\S+) {re.escape(surname)}\b", text)]
    assert list(words_before(surname, text)) == expected


def test_the_short_form_takes_no_honorific_of_the_other_gender() -> None:
    text = "Michael Howard spoke. Mrs Howard will campaign. Howard left."
    assert short_form("Michael Howard", text, "m") == "Howard"
    assert short_form("Michael Howard", text, "f") == "Mrs Howard"



@pytest.mark.parametrize(
    "sentence",
    [
        "La Policía Municipal sigue operando pese a la falta de equipo en Tlalpan.",
        "Die Staatsanwaltschaft Hildesheim ermittelt gegen den Fahrer.",
        "Le Gouvernement Borne a présenté son budget lundi.",
        "Полиция Москвы задержала водителя автобуса.",
    ],
)
def test_an_institution_in_another_language_is_nobody(sentence: str) -> None:
    assert people_named(sentence, sentence) == []


def test_a_person_beside_an_institution_is_still_named() -> None:
    sentence = "El alcalde Juan Soto Lara dijo que la Policía Municipal sigue operando."
    people = people_named(sentence, sentence)
    assert len(people) == 1 and "Soto Lara" in people[0]
