"""Russian names in the nominative, and pronouns after an opening phrase in Russian news."""

from __future__ import annotations

import pytest

from digests.analyse.referents import resolve_opening
from digests.analyse.russian_names import article_gender, genitive_gender, nominative


@pytest.mark.parametrize(
    ("name", "gender", "expected"),
    [
        ("Дмитрия Пескова", "m", "Дмитрий Песков"),
        ("Дмитрием Песковым", "m", "Дмитрий Песков"),
        ("Сергею Лаврову", "m", "Сергей Лавров"),
        ("Владимира Жириновского", "m", "Владимир Жириновский"),
        ("Дмитрий Песков", "m", "Дмитрий Песков"),
        ("Марии Захаровой", "f", "Мария Захарова"),
        ("Ольги Скабеевой", "f", "Ольга Скабеева"),
        ("Еленой Малышевой", "f", "Елена Малышева"),
        ("Мария Захарова", "f", "Мария Захарова"),
        ("Анну Пугачёву", "f", "Анна Пугачёва"),
        ("Ирину Солнцыну", "f", "Ирина Солнцына"),
        ("Сергея Шойгу", "m", "Сергей Шойгу"),
    ],
)
def test_a_russian_name_in_the_nominative(name: str, gender: str, expected: str) -> None:
    assert nominative(name, gender) == expected


def test_the_gender_a_genitive_shows() -> None:
    assert genitive_gender("Дмитрия Пескова") == "m"
    assert genitive_gender("Марии Захаровой") == "f"
    assert genitive_gender("Ольги Скабеевой") == "f"


def test_the_gender_the_article_shows() -> None:
    assert article_gender("Дмитрия Пескова", "Дмитрий Песков заявил.") == "m"
    assert article_gender("Марию Захарову", "слова Захаровой") == "f"
    # "-ова" alone is a man's genitive or a woman's nominative.
    assert article_gender("Мария Захарова", "Мария Захарова заявила.") == ""


_PESKOV = ["Пресс-секретарь президента Дмитрий Песков выступил в понедельник."]
# "Марию Захарову" could be a man's dative ("Дмитрию Пескову"); "у Захаровой" says not.
_ZAKHAROVA = ["Журналисты спросили Марию Захарову о санкциях, и у Захаровой был ответ."]


@pytest.mark.parametrize(
    ("sentence", "before", "expected"),
    [
        ("Позже он заявил, что переговоры продолжатся.", _PESKOV,
         "Позже Дмитрий Песков заявил, что переговоры продолжатся."),
        ("Как сообщил он, встреча прошла хорошо.", _PESKOV,
         "Как сообщил Дмитрий Песков, встреча прошла хорошо."),
        # Named before in an oblique case: the point shows the nominative.
        ("В понедельник она сообщила о новых мерах.", _ZAKHAROVA,
         "В понедельник Мария Захарова сообщила о новых мерах."),
        ("Она заявила, что санкции незаконны.", _ZAKHAROVA,
         "Мария Захарова заявила, что санкции незаконны."),
        # A woman's pronoun for a man named before, "они", a clause of its own: passed over.
        ("В понедельник она сообщила о новых мерах.", _PESKOV, None),
        ("Позже они заявили о протесте.", _PESKOV, None),
        ("Когда она пришла, он ушёл.", _PESKOV, None),
        # "Дмитрия Пескова" could be a woman's name in the nominative for all the endings say.
        ("Позже он заявил, что переговоры продолжатся.",
         ["В Кремле прокомментировали слова Дмитрия Пескова."], None),
    ],
)
def test_a_russian_pronoun_after_an_opening_phrase(
    sentence: str, before: list[str], expected: str | None
) -> None:
    assert resolve_opening(sentence, before, " ".join([*before, sentence]), "ru") == expected
