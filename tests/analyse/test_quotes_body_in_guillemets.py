"""A role named with its body in guillemets ("тренер «Северной звезды»" in any case, a foreign
club's indeclinable name included): the body's name is never the role's holder, though its
capitalised words look like a first name and a surname; the person named after it is."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def speakers(*paragraphs: str) -> list[str | None]:
    article = CleanArticle(title="Тренер доволен", paragraphs=list(paragraphs), language="ru")
    return [q.speaker for q in find_quotes(article)]


def test_the_person_after_a_club_in_guillemets_holds_the_role() -> None:
    assert speakers(
        "Главный тренер «Норд Стар» Иван Петров дал интервью после матча.",
        "«Мы сыграли хорошо и заслужили победу», – сказал тренер «Норд Стар».",
    ) == ["Иван Петров"]


def test_a_club_in_guillemets_with_no_person_after_it_never_speaks() -> None:
    quoted = speakers(
        "Главный тренер «Норд Стар» дал интервью после матча.",
        "«Мы сыграли хорошо и заслужили победу», – сказал тренер «Норд Стар».",
    )
    assert quoted != ["Норд Стар"]
