"""A Russian sentence that opens with a role and whose it is before a name ("Вице-премьер
Дмитрий Патрушев доложил…", "Председатель правительства РФ Михаил Мишустин поручил…") has that
name for its subject, as "Deputy Prime Minister Dmitry Patrushev reported…" has in English: the
"он" of the quote after it is that person, not the speaker quoted the paragraph before."""

from __future__ import annotations

import pytest

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle

EARLIER = "«Цены упали. Нужно поддержать тех, кто работает в отрасли», - сказал Мишустин."


def who(*paragraphs: str) -> list[str | None]:
    found = find_quotes(CleanArticle(title="Новости", paragraphs=list(paragraphs), language="ru"))
    return [q.speaker for q in found]


@pytest.mark.parametrize("opening", [
    "Вице-премьер Дмитрий Патрушев доложил",
    "Министр Дмитрий Патрушев доложил",
    "Глава Минсельхоза РФ Дмитрий Патрушев доложил",
])
def test_the_name_after_an_opening_role_is_the_subject(opening: str) -> None:
    assert who(
        EARLIER,
        f"{opening}, что правительство уже выделило 8 млрд рублей. «Эти средства помогли "
        "сохранить поголовье», - отметил он.",
    ) == ["Мишустин", "Дмитрий Патрушев"]


def test_a_name_after_the_role_of_another_in_the_genitive_is_still_the_subject() -> None:
    assert who(
        EARLIER,
        "Председатель правительства РФ Михаил Мишустин поручил подготовить предложения. "
        "«Эти средства помогут сохранить поголовье», - отметил он.",
    ) == ["Михаил Мишустин", "Михаил Мишустин"]


def test_a_name_after_a_word_that_is_no_role_is_not_the_subject() -> None:
    assert who(
        EARLIER,
        "Фермеры пригласили Дмитрия Патрушева на встречу. «Эти средства помогли сохранить "
        "поголовье», - отметил он.",
    ) == ["Мишустин", "Мишустин"]


def test_a_name_joined_to_another_role_holder_is_not_the_subject() -> None:
    assert who(
        EARLIER,
        "Министр Белоусов и Патрушев обсудили поддержку отрасли. «Эти средства помогли "
        "сохранить поголовье», - отметил он.",
    )[1] != "Патрушев"


def test_a_vice_president_of_a_body_before_a_name_is_no_part_of_it() -> None:
    assert who(
        "«Мы видим восстановление спроса и хотим его поддержать», — заявил старший "
        "вице-президент Сбербанка Олег Ганеев.",
    ) == ["Олег Ганеев"]
