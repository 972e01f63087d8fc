"""Russian roles that run through "и" or "по" before the name ("заместитель мэра и глава
комиссии Олег Смирнов", "начальник управления по Тверской области Ирина Белова"): the
speaker is the name at the end, not the first role cut at "и"/"по"."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def who(*paragraphs: str) -> list[str | None]:
    found = find_quotes(CleanArticle(title="Новости", paragraphs=list(paragraphs), language="ru"))
    return [q.speaker for q in found]


def test_role_through_i_reaches_the_name() -> None:
    assert who(
        "«Мост откроют к зиме», — сказал заместитель мэра и глава транспортной комиссии "
        "Олег Смирнов.",
    ) == ["Олег Смирнов"]


def test_role_through_po_reaches_the_name() -> None:
    assert who(
        "«Уровень воды снижается», — заявила начальник управления МЧС по Тверской области "
        "Ирина Белова.",
    ) == ["Ирина Белова"]


def test_po_before_an_adverbial_still_ends_the_subject() -> None:
    # "по телефону" says how it was said: the speaker named before it stays.
    assert who(
        "«Мост откроют к зиме», — сказал мэр Олег Смирнов по телефону.",
    ) == ["Олег Смирнов"]


def test_region_name_before_the_name_is_no_part_of_it() -> None:
    # "по республике Карелия Ирина Белова": the region's name runs into the person's.
    assert who(
        "«Уровень воды снижается», — сказала помощник начальника ГУМЧС по республике Карелия "
        "Ирина Белова.",
    ) == ["Ирина Белова"]
