"""A Russian quote closed by a body's people speaking in the plural or impersonally ("—
заявили в авиакомпании", "— сообщили в МВД", "— говорится в сообщении компании"): the body
speaks, by the name the article gives it ("Авиакомпания Qantas" -> "Qantas"), else as written,
in the nominative. A press service named by nothing ("— отметили в пресс-службе") is no one."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def who(*paragraphs: str) -> list[str | None]:
    found = find_quotes(CleanArticle(title="Новости", paragraphs=list(paragraphs), language="ru"))
    return [q.speaker for q in found]


def test_the_body_a_common_noun_stands_for_is_the_one_the_article_names() -> None:
    assert who(
        "Авиакомпания Qantas продала билеты бизнес-класса по цене эконома.",
        "«К сожалению, тариф был слишком хорош, чтобы быть правдой», — заявили в авиакомпании.",
    ) == ["Qantas"]


def test_a_body_named_after_the_verb_speaks_in_the_nominative() -> None:
    assert who(
        "В Москве задержали двух подозреваемых.",
        "«Работает оперативно-следственная группа», — сообщили в МВД.",
        "«Переговоры продолжатся на следующей неделе», — заявили в Кремле.",
    ) == ["МВД", "Кремль"]


def test_an_impersonal_verb_and_the_document_of_a_body() -> None:
    assert who(
        "Министерство обороны открыло горячую линию.",
        "«Номер горячей линии — 117», — говорится в сообщении министерства.",
        "«Звонки принимаются круглосуточно», — отмечается в сообщении пресс-службы ведомства.",
    ) == ["министерство", "пресс-служба ведомства"]
