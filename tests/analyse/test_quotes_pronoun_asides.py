"""A later "he" or "she" goes on with a person the article makes a subject, not with a name in
an aside: the one spoken to ("told Channel Nine") or a thing named in a relative clause about
the person ("whose unit makes the voice assistant Ivy")."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def speakers(*paragraphs: str) -> list[str | None]:
    found = find_quotes(CleanArticle(title="A story", paragraphs=list(paragraphs)))
    return [quote.speaker for quote in found]


def test_the_medium_spoken_to_is_not_who_he_means() -> None:
    assert speakers(
        "Ruritania will make sure that the sanctions hurt Brussels more than Varna, government "
        "spokesman Ivan Sorokin told Channel Nine on Friday.",
        "“They will feel the consequences long before we do,” he said.",
    ) == ["Ivan Sorokin"]


def test_a_name_in_a_relative_clause_is_not_who_he_means() -> None:
    assert speakers(
        "The news came from division head Mark Dorsey, whose unit makes the voice assistant "
        "Ivy and the home robot Tobi.",
        "“We have had to make some very hard choices this year,” he wrote.",
        "Many of those laid off had worked on Acme Ivy for years.",
    ) == ["Mark Dorsey"]


def test_the_one_the_writer_spoke_to_answers() -> None:
    assert speakers(
        "I told Governor Ana Reyes that her plan had been mocked on the radio.",
        "“Then they have not read it,” she replied.",
    ) == ["Ana Reyes"]


def test_a_title_that_is_only_a_name_is_a_label_not_who_she_is() -> None:
    found = find_quotes(CleanArticle(title="Volna Media", paragraphs=[
        "Болезнь обнаружена у директора театра Марины Орловой, сообщает агентство со ссылкой"
        " на помощницу директора Веру Зимину.",
        "«Директор чувствует себя хорошо и работает из дома», — сказала она.",
    ]))
    assert [q.speaker for q in found] != ["Volna Media"]
    assert found[0].speaker is not None and "Зимин" in found[0].speaker


def test_the_name_after_said_in_an_inverted_clause_is_who_he_means() -> None:
    # "…, said Pia Lund" makes Lund the sentence's subject: a company that opened an earlier
    # sentence is not who "he" or "she" goes on with.
    assert speakers(
        "Harbour Mills’ bread deal shows where the bakery chain is heading.",
        "Sales have held up well, said Pia Lund, who follows the chain as an analyst at the "
        "Norra brokerage. In a year or two, she said, “You will not recognise the shops.”",
    ) == ["Pia Lund"]
    assert speakers(
        "Harbour Mills’ bread deal shows where the bakery chain is heading.",
        "“Sales have held up,” says Tom Berg, a baker in the town. Later he added, “The "
        "shops will change.”",
    ) == ["Tom Berg", "Tom Berg"]


def test_a_name_after_said_that_goes_on_to_its_own_verb_is_what_was_said() -> None:
    # "…, said Trump will win": the name opens the indirect speech, the subject is before it.
    assert speakers(
        "And Ada Fisher, one of the few women on the board, said Tom Hale will win easily. "
        "“I think he will do fine,” she said.",
    ) == ["Ada Fisher"]


def test_a_name_after_an_opening_phrase_is_the_sentence_subject() -> None:
    # "Realising his error, Tom Reed turned back": the phrase before the comma is no subject;
    # the name after it is, and "he" goes on with him rather than someone named before.
    assert speakers(
        "Lena Ortiz, the council leader, spoke first at the opening of the bridge.",
        "Realising his error, Tom Reed turned back to the crowd. “I meant the other bridge,” "
        "he said.",
    ) == ["Tom Reed"]
    assert speakers(
        "Lena Ortiz, the council leader, spoke first at the opening of the bridge.",
        "After the ribbon was cut, Tom Reed turned to the crowd. “It took ten years,” he said.",
    ) == ["Tom Reed"]


def test_he_paragraphs_later_is_the_subject_not_the_name_in_passing_beside_it() -> None:
    # Reed opens the paragraph that names Hart in passing; nobody else is named since, so the
    # "he" three paragraphs on is Reed.
    assert speakers(
        "Tom Reed spoke first at the opening of the bridge, thanking the builders and the "
        "engineer Paul Hart.",
        "The crowd cheered as the ribbon was cut.",
        "The bridge will open to traffic on Monday.",
        "Traffic on the old bridge had been heavy for years.",
        "Later he joked that the old bridge would be missed. “Nobody will miss the potholes,” "
        "he said.",
    ) == ["Tom Reed"]
