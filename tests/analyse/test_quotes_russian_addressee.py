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
