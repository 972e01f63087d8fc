"""A Russian quote closed by a plural verb with no subject ("— отметили в пресс-службе",
"— сообщили в мэрии") is said by a body's unnamed people: no person named before, in any
case, is its speaker."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def who(title: str, *paragraphs: str) -> list[str | None]:
    found = find_quotes(CleanArticle(title=title, paragraphs=list(paragraphs), language="ru"))
    return [q.speaker for q in found]


def test_plural_verb_names_no_earlier_person() -> None:
    assert who(
        "Билеты на концерты с Ириной Лебедевой в филармонии распроданы",
        "Все билеты на первые концерты с участием Ирины Лебедевой были быстро раскуплены. "
        "Певица выйдет на сцену филармонии 12 и 13 мая. «Этот концерт открывает весенний "
        "сезон, поэтому к нему всегда приковано внимание публики», — отметили в пресс-службе.",
    ) == [None]


def test_singular_verb_still_goes_on_with_the_person() -> None:
    assert who(
        "Концерт в филармонии перенесут",
        "Ирина Лебедева выйдет на сцену филармонии 12 и 13 мая. «Этот концерт открывает "
        "весенний сезон, и я очень его жду», — добавила она.",
    ) == ["Ирина Лебедева"]
