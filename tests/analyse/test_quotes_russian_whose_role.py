"""A Russian role with a name in the genitive after it ("помощник Соколова", "пресс-секретарь
Алексея Жуковского") names someone by whom they work for: the speaker is that role, not the
person whose role it is."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def who(*paragraphs: str) -> list[str | None]:
    found = find_quotes(CleanArticle(title="Новости", paragraphs=list(paragraphs), language="ru"))
    return [q.speaker for q in found]


def test_adjectival_surname_in_the_genitive() -> None:
    assert who(
        "Павел Громов, помощник депутата Андрея Жуковского, провел ночь в отделе полиции.",
        "«Думаю, заседание закончится за пять минут», — считает помощник Жуковского.",
    ) == ["помощник Жуковского"]


def test_genitive_first_name_before_the_surname() -> None:
    assert who(
        "Павел Громов, помощник депутата Андрея Соколова, провел ночь в отделе полиции.",
        "«Думаю, заседание закончится за пять минут», — считает помощник Андрея Соколова.",
    ) == ["помощник Андрея Соколова"]


def test_a_man_named_as_such_elsewhere() -> None:
    assert who(
        "Депутат Андрей Соколов не стал комментировать задержание.",
        "«Думаю, заседание закончится за пять минут», — считает помощник Соколова.",
    ) == ["помощник Соколова"]


def test_role_before_a_name_in_the_nominative_stays_the_name() -> None:
    assert who(
        "«Думаю, заседание закончится за пять минут», — считает помощник депутата "
        "Анна Соколова.",
    ) == ["Анна Соколова"]


def test_surname_after_a_genitive_first_name_elsewhere() -> None:
    assert who(
        "Павел Громов, помощник депутата Андрея Соколова, провел ночь в отделе полиции.",
        "«Думаю, заседание закончится за пять минут», — считает помощник Соколова.",
    ) == ["помощник Соколова"]
