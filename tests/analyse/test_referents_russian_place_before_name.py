"""A Russian role often says where it is held between the role and the name: "Посол Швейцарии в
Берлине Пауль Зегер" (the Swiss ambassador in Berlin, Paul Seger). The place, in the
prepositional case, is no part of the name: a pronoun later stands for "Пауль Зегер", not for
"Берлин Пауль Зегер". Cases shortened from real articles."""

from __future__ import annotations

import pytest

from digests.analyse.referents import resolve_opening


def _resolve(sentence: str, before: list[str]) -> str | None:
    text = " ".join([*before, sentence])
    return resolve_opening(sentence, list(reversed(before)), text, "ru")


@pytest.mark.parametrize(
    "lead",
    [
        "Посол Швейцарии в Берлине Пауль Зегер выступил в защиту решения правительства.",
        "Посол России в США Анатолий Антонов выступил в защиту решения правительства.",
        "Посол Франции в Москве Пьер Леви выступил в защиту решения правительства.",
    ],
)
def test_the_place_a_role_is_held_in_is_no_part_of_the_name(lead: str) -> None:
    name = " ".join(lead.split(" выступил")[0].split()[-2:])
    assert _resolve("Он заявил об этом изданию Augsburger Allgemeine.", [lead]) == (
        f"{name} заявил об этом изданию Augsburger Allgemeine."
    )


def test_a_name_without_a_role_before_it_keeps_its_words() -> None:
    lead = "Вчера Иван Петрович Сидоров выступил на заседании городской думы."
    assert _resolve("Он заявил об этом журналистам.", [lead]) == (
        "Иван Петрович Сидоров заявил об этом журналистам."
    )
