"""A role written before a name at the start of a sentence, capitalised as German nouns and
sentence openers are ("Journalistin Anna Biselli", "DWD-Meteorologe Andreas Friedrich",
"Экономист Сергей Алексашенко"), is no part of the name the quote goes to."""

from __future__ import annotations

import pytest

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def who(*paragraphs: str) -> list[str | None]:
    article = CleanArticle(title="Nachrichten", paragraphs=list(paragraphs))
    return [q.speaker for q in find_quotes(article)]


@pytest.mark.parametrize(("opening", "name"), [
    ("Journalistin Anna Biselli begrüßte das Urteil.", "Anna Biselli"),
    ("DWD-Meteorologe Andreas Friedrich warnte vor Gewittern.", "Andreas Friedrich"),
    ("Kreisbrandrat Josef Aigner sprach von einer schwierigen Nacht.", "Josef Aigner"),
    ("Verteidigerin Kathrin Hendrich lobte die Mannschaft.", "Kathrin Hendrich"),
])
def test_a_german_role_before_the_name(opening: str, name: str) -> None:
    assert who(opening + " „Das war ein wichtiger Tag für uns alle“, sagte "
               + ("sie." if name.startswith(("Anna", "Kathrin")) else "er.")) == [name]


@pytest.mark.parametrize(("opening", "name"), [
    ("Экономист Сергей Алексашенко считает, что санкции работают.", "Сергей Алексашенко"),
    ("Вице-губернатор Николай Бельский провел совещание.", "Николай Бельский"),
])
def test_a_russian_role_before_the_name(opening: str, name: str) -> None:
    assert who(opening + " «Это серьезный удар по экспорту», — сказал он.") == [name]


def test_a_possessive_role_after_a_sentence_with_commas_sets_off_the_subject() -> None:
    # The sentence before has its own commas; "Its chief executive, Raúl Benavides," is the
    # subject "he" goes on with, not the company that opened the paragraph.
    assert who(
        "Former NASA administrator Lena Achterberg said the industry was still learning. "
        "“Nobody should be surprised,” she said.",
        "Selene Dynamics was founded in 2018 by former engineers and has raised about $410 "
        "million, including a round last year. Its chief executive, Raúl Benavides, said the "
        "company had begun building a second lander. “We're going back in 2026,” he said.",
    ) == ["Lena Achterberg", "Raúl Benavides"]


def test_a_name_after_an_initial_and_a_possessive_in_a_relative_clause_is_no_subject() -> None:
    assert who(
        "C. Boyden Gray, who served as White House counsel under Mr. Bush's father, George "
        "Bush, ticked through the code of conduct: “Civility and good manners were kind of "
        "assumed,” he said.",
    ) == ["C. Boyden Gray"]


def test_the_name_set_off_after_a_role_of_a_named_owner() -> None:
    assert who(
        "An FDA panel voted against the drug on Thursday.",
        "“We have a biomarker that moved,” said Corvane’s chief medical officer, Dr. Samuel "
        "Adeyemi, during the company’s presentation.",
    ) == ["Samuel Adeyemi"]


def test_another_of_those_quoted_set_off_before_his_name_is_the_new_he() -> None:
    assert who(
        "“I found out from a post,” said Crystal Yazzie, a parent.",
        "Another parent, Miguel Arrendondo, said the road was unsafe. “There is no crossing "
        "guard,” he said.",
    ) == ["Crystal Yazzie", "Miguel Arrendondo"]


def test_a_possessive_role_with_a_party_before_the_name_sets_off_the_subject() -> None:
    assert who(
        "Senator Raymond Oyelaran defended the bill. “This is the best deal,” he said.",
        "Another parent, Miguel Arrendondo, said the road was unsafe.",
        "His Republican counterpart, Sen. Carla Hutchins, said the aid was too slow. “You "
        "cannot fund the recovery with promises,” she said.",
    ) == ["Raymond Oyelaran", "Carla Hutchins"]


@pytest.mark.parametrize("opening", [
    "Principal of Ruamata School, Huia Tāwhiri, said her pupils had spent two winters cold.",
    "The head of the union, Huia Tāwhiri, said members would walk out on Monday.",
    "The dean of the law school, Huia Tāwhiri, said the building was not safe.",
])
def test_a_school_or_union_head_set_off_after_her_role_is_the_new_she(opening: str) -> None:
    # "principal", "head" and "dean" are roles like "chief executive": the name set off after
    # them opens the sentence, and "she" goes on with her, not with the man quoted before.
    assert who(
        "“We've made significant changes already,” Andrew Moana-Reid told Morning Report.",
        opening,
        "“The children wear their jackets inside, and we are sitting on the heat,” she said.",
    ) == ["Andrew Moana-Reid", "Huia Tāwhiri"]


def test_a_students_class_year_is_no_part_of_the_name() -> None:
    article = CleanArticle(title="A story", paragraphs=[
        "Sophomore Ethan Kwok said his discussion section had been canceled twice.",
        "\u201cI didn\u2019t even know this was happening,\u201d Kwok said.",
    ])
    assert [q.speaker for q in find_quotes(article)] == ["Ethan Kwok"]


@pytest.mark.parametrize("role", ["Parent", "Pastor", "Trustee", "Assemblywoman", "Developer"])
def test_a_local_role_before_the_name_is_no_part_of_it(role: str) -> None:
    article = CleanArticle(title="A story", paragraphs=[
        f"{role} Rachel Kim said the pool should stay open.",
        "\u201cIt is the only pool in town,\u201d Kim said.",
    ])
    assert [q.speaker for q in find_quotes(article)] == ["Rachel Kim"]
