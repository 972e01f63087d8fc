"""Reporting verbs in the present tense that news writes after a quote: Russian "пишет",
"сообщает" (the governor writes on his channel, the press office reports), and a German
adverb after the inverted subject ("sagte der Sprecher weiter") that is no part of it."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def who(*paragraphs: str, title: str = "Новости") -> list[str | None]:
    article = CleanArticle(title=title, paragraphs=list(paragraphs))
    return [q.speaker for q in find_quotes(article)]


def test_russian_present_tense_verbs_after_a_quote() -> None:
    assert who(
        "При обстреле села погибли две местные жительницы.",
        "«Еще одна женщина пострадала, у нее осколочные ранения», — пишет Вячеслав Гладков.",
        "«Все пострадавшие доставлены в больницу», — сообщает Анна Петрова.",
    ) == ["Вячеслав Гладков", "Анна Петрова"]


def test_a_german_adverb_after_the_inverted_subject_is_no_part_of_it() -> None:
    assert who(
        "Die Pläne für den Bahnhof wurden am Abend im Rathaus vorgestellt.",
        '"Der Umbau beginnt in diesem Sommer", sagte die Bürgermeisterin weiter. '
        "Die Kosten trägt das Land.",
        title="Nachrichten",
    ) == ["die Bürgermeisterin"]


def test_a_man_s_surname_in_the_genitive_in_a_is_given_as_the_article_writes_it_alone() -> None:
    # "По словам … Юриса Таргонскаса" (genitive, "-а" on a consonant): the article writes
    # "Таргонскас" too, so that is the nominative; a surname it never writes without the "-а"
    # is left as it is (many men's surnames end in "-а").
    assert who(
        "По словам заместителя директора Юриса Таргонскаса, сирены обойдутся в три миллиона.",
        "«Мы готовимся предупредить жителей», — сообщил он.",
        "Таргонскас подчеркнул, что жителей будут предупреждать заранее.",
    ) == ["Юрис Таргонскас"]
