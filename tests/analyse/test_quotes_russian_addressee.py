"""Russian names the outlet a speaker told it to right after the name, in the dative and
capitalised ("заявила Ольга Кукушкина Тверскому радио", "сказал Иван Петров ТАСС"): the outlet
is no part of the speaker's name, which a later quote by surname must still find whole."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def who(*paragraphs: str) -> list[str | None]:
    found = find_quotes(CleanArticle(title="Новости", paragraphs=list(paragraphs), language="ru"))
    return [q.speaker for q in found]


def test_outlet_adjective_in_the_dative_ends_the_name() -> None:
    assert who(
        "Концерт в парке перенесли на воскресенье, заявила начальница отдела культуры "
        "Ольга Кукушкина Тверскому областному радио.",
        "\"Сцену не успели собрать\", - сообщила Кукушкина.",
    ) == ["Ольга Кукушкина"]


def test_agency_initials_end_the_name() -> None:
    assert who(
        "Концерт в парке перенесли на воскресенье, заявила начальница отдела культуры "
        "Ольга Кукушкина ТАСС.",
        "\"Сцену не успели собрать\", - сообщила Кукушкина.",
    ) == ["Ольга Кукушкина"]


def test_a_name_in_the_dative_keeps_its_surname() -> None:
    # Both words in the dative: the name of whom it was said to, whole.
    assert who(
        "\"Сцену не успели собрать\", - сказал Иван Петров.",
        "Позже он передал слово Сергею Жуковскому.",
    ) == ["Иван Петров"]


def test_a_body_keeps_its_country() -> None:
    assert who(
        "Ранее Генпрокуратура РФ потребовала от провайдеров закрыть сайты. «Владельцам "
        "сайтов направлены предупреждения о недопустимости таких публикаций, а при повторных "
        "нарушениях последуют штрафы», — говорится в сообщении ведомства.",
    ) == ["Генпрокуратура РФ"]


def test_an_outlet_in_guillemets_between_verb_and_speaker_is_no_next_quote() -> None:
    # "рассказала «Известиям» пресс-секретарь суда Ульяна Солопова": the outlet's name in
    # guillemets is part of the clause, which goes on to its subject.
    article = CleanArticle(title="Новости", paragraphs=[
        "«Суд удовлетворил ходатайство следствия», — рассказала «Известиям» пресс-секретарь "
        "суда Ульяна Солопова.",
        "«Проснулась от грохота, все тряслось», — рассказала «Фонтанке» жительница дома Ирина "
        "Самойлова.",
    ])
    assert [q.speaker for q in find_quotes(article)] == ["Ульяна Солопова", "Ирина Самойлова"]


def test_a_body_in_latin_letters_before_a_russian_name_is_no_part_of_it() -> None:
    article = CleanArticle(title="Новости", paragraphs=[
        "Партнер консалтинговой компании RusEnergy Михаил Крутихин назвал решение "
        "вынужденным. «Без европейского рынка компании тяжело», — сказал он.",
    ])
    assert [q.speaker for q in find_quotes(article)] == ["Михаил Крутихин"]
