"""A sentence that opens with an occupation and then the name set off by commas ("The lawyer
for Paul Morel, Jean Dupont, said…", "Another pollster, David Woodard of Clemson University,
said…") has the name for its subject, as it has after a title ("The Kremlin spokesman, Dmitry
Peskov, said…"): the "he" of the quote after it is that person, not the client named inside
the role. A lawyer is a role before a Russian name too ("Адвокат Попова Сергей Иванов"). So
is a relation named after whose it is ("Pettit's husband, Glenn Pettit,"), and a party's role and
its seat ("the Labour MP for Bolton West, Sarah Ashworth,")."""

from __future__ import annotations

import pytest

from digests.analyse.name_index import NameIndex
from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def who(*paragraphs: str, language: str = "en") -> list[str | None]:
    article = CleanArticle(title="News", paragraphs=list(paragraphs), language=language)
    return [q.speaker for q in find_quotes(article)]


@pytest.mark.parametrize("opening", [
    "The lawyer for Paul Morel, Jean Dupont,",
    "Paul Morel's lawyer, Jean Dupont,",
])
def test_the_name_after_an_occupation_is_the_subject(opening: str) -> None:
    assert who(
        f'{opening} said his client was innocent. "My client is innocent," he added.'
    ) == ["Jean Dupont"]


def test_one_of_many_by_occupation() -> None:
    assert who(
        "Another pollster, David Woodard of Clemson University, said his survey showed the "
        "support holding. \"His numbers were the same as before the debate,\" he said."
    ) == ["David Woodard"]


def test_french_role_with_the_elided_article() -> None:
    assert who(
        "L'avocat de Paul Morel, Jean Dupont, a déclaré que son client était innocent. "
        "« Mon client est innocent », a-t-il ajouté.",
        language="fr",
    ) == ["Jean Dupont"]


def test_russian_lawyer_before_a_name() -> None:
    assert who(
        "Адвокат Попова Сергей Иванов заявил, что его подзащитный вину не признает. "
        "«Мой клиент невиновен», — сказал он.",
        language="ru",
    ) == ["Сергей Иванов"]


def test_a_plain_sentence_subject_still_counts() -> None:
    assert who(
        "Paul Morel told the court he was innocent. \"I did nothing wrong,\" he said."
    ) == ["Paul Morel"]


def test_a_possessive_noun_before_the_appositive_name_makes_it_the_subject() -> None:
    # "Her neighbour, Graham Lister, said…": the "he" of the next quote is Lister, not the
    # woman quoted before him.
    article = CleanArticle(title="Floods", paragraphs=[
        "Leanne Cartwright watched the water come through her back door on Tuesday.",
        "\"We have lost everything again. I honestly do not know if we can come back.\"",
        "Her neighbour, Graham Lister, said the water had risen \"faster than anyone expected\".",
        "\"I have lived here 40 years and I have never seen it come up like this,\" he said.",
    ])
    assert [q.speaker for q in find_quotes(article)] == ["Leanne Cartwright", "Graham Lister"]


COURT = (
    "Appearing for the state, Advocate General Harpreet Singh Dhillon told the court: \"The "
    "state is not running away from its commitment.\""
)


@pytest.mark.parametrize("opening", [
    # the name's own role inside the commas, after the role phrase that opens the sentence
    "Counsel for the petitioners, senior advocate Navneet Kaur Brar,",
    "The counsel for the petitioners, senior advocate Navneet Kaur Brar,",
    # a capitalised role and whom it acts for, with no article
    "Counsel for the petitioners, Navneet Kaur Brar,",
])
def test_a_role_phrase_then_the_name_set_off_is_the_subject(opening: str) -> None:
    assert who(
        COURT,
        f"{opening} countered that the tussle was no excuse. \"The farmer did what was asked "
        "of him,\" she said.",
    ) == ["Harpreet Singh Dhillon", "Navneet Kaur Brar"]


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Counsel for the petitioners, senior advocate Navneet Kaur Brar, countered it.", True),
    # whom the lawyer came with, not the lawyer
    ("The lawyer for the family, with advocate Navneet Kaur Brar, told the court so.", False),
    # no comma after the name: no name set off inside the commas
    ("Counsel for the petitioners, senior advocate Navneet Kaur Brar and two others left.", False),
])
def test_only_a_role_and_a_name_set_off_make_the_subject(sentence: str, subject: bool) -> None:
    index = NameIndex.build("News", [sentence])
    [mention] = [m for m in index.mentions_in(0) if m.name == "Navneet Kaur Brar"]
    assert index.is_subject(mention) is subject


def test_a_relative_named_after_whose_relative_they_are_is_the_subject() -> None:
    # "Dr Haddad's mother, Leila Haddad,": the mother speaks, not the daughter named before,
    # who shares her surname
    assert who(
        "Dr Amira Haddad, 34, a junior doctor, died at the scene of the crash in March.",
        "In a statement read to the court, Dr Haddad's mother, Leila Haddad, described her "
        "daughter as the light of the family.",
        "\"Amira worked nights so that other people's children would come home,\" she said.",
    ) == ["Leila Haddad"]


def test_a_husband_named_after_his_wife_is_the_subject() -> None:
    assert who(
        "\"She was barefoot and shaking,\" said neighbor Lorraine Pettit, 67.",
        "Pettit's husband, Glenn Pettit, said he saw a dozen police cars arrive.",
        "\"I've never seen anything like it on this street,\" he said.",
    ) == ["Lorraine Pettit", "Glenn Pettit"]


def test_a_party_role_and_its_seat_before_the_name_set_off() -> None:
    assert who(
        "Prime minister Daniel Ashworth said the waiting list had fallen.",
        "Later, the Labour MP for Bolton West, Sarah Ashworth, asked about pharmacies.",
        "\"Pharmacies in my constituency are closing at a rate of one a month,\" she said.",
    ) == ["Sarah Ashworth"]


def test_a_possessive_inside_a_longer_clause_is_no_relation() -> None:
    # "spoken to Celtic's head of football operations, Fergus Doyle,": an object, not the
    # subject of the sentence (the agent is)
    index = NameIndex.build("News", [
        "His agent said he had spoken to Celtic's head of football operations, Fergus Doyle, "
        "on Tuesday morning."
    ])
    [mention] = [m for m in index.mentions_in(0) if m.name == "Fergus Doyle"]
    assert not index.is_subject(mention)
