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
