"""Titles that African, Gulf, Israeli and Indian papers put before a name ("Hon.", "Eng.",
"MK", "MCA", "Alhaji", "Kgosi", "Collector", "Tehsildar", "Sheikha"), "bint" inside an Arabic
name, and a person named after whom they work for at the head of a sentence ("Morgan
Stanley's Clara Beaumont was more upbeat. … she wrote")."""

from __future__ import annotations

import pytest

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def speakers(*paragraphs: str) -> list[str | None]:
    found = find_quotes(CleanArticle(title="News", paragraphs=list(paragraphs), language="en"))
    return [q.speaker for q in found]


QUOTE = "\"We will appeal the ruling today,\""


@pytest.mark.parametrize(("written", "name"), [
    ("Hon. Nomvula Tshabalala-Grant", "Nomvula Tshabalala-Grant"),
    ("Eng. Youssef Al Mazrouei", "Youssef Al Mazrouei"),
    ("MK Tamar Ben-Natan", "Tamar Ben-Natan"),
    ("Alhaji Rasheed Olaniyan", "Rasheed Olaniyan"),
    ("Kgosi Letlhogonolo Masilo", "Letlhogonolo Masilo"),
    ("Khordha Collector Sasmita Pradhan", "Sasmita Pradhan"),
    ("Tehsildar Ramesh Kumar", "Ramesh Kumar"),
    ("Sheikha Maryam bint Sultan Al Qasimi", "Maryam bint Sultan Al Qasimi"),
])
def test_a_title_is_no_part_of_the_name(written: str, name: str) -> None:
    assert speakers(f"{QUOTE} said {written}.") == [name]


def test_a_role_and_a_title_before_the_name_both_go() -> None:
    assert speakers(
        "The motion, tabled on Tuesday by Lurambi North MCA Hon. Esther Nafula Wangila, lists "
        "three grounds.",
        "\"We have given the executive every chance,\" Ms Wangila said.",
    ) == ["Esther Nafula Wangila"]


def test_a_person_named_after_their_firm_opens_the_sentence() -> None:
    before = "\"We would be sellers on strength,\" said Yusuf Halvorsen, an analyst at Citi."
    quote = (" \"We see the quarter as a clearing event and we would be buyers on weakness,\" "
             "she wrote.")
    assert speakers(before, "Morgan Stanley's Clara Beaumont was more upbeat." + quote) \
        == ["Yusuf Halvorsen", "Clara Beaumont"]
    assert speakers(before, "Analysts were split. Citi's Clara Beaumont was upbeat." + quote) \
        == ["Yusuf Halvorsen", "Clara Beaumont"]


def test_a_union_minister_is_the_minister_before_a_chief_minister_named_later() -> None:
    # India's "Union Railway Minister" is a minister of the Union government, not a role of
    # a body called "Union"; "the minister" is he, not the Chief Minister named after.
    assert speakers(
        "Union Railway Minister Harish Chandra Mehrotra reached the site by helicopter.",
        "\"Our first priority is to save lives,\" the minister said at Balugaon.",
        "He refused to speculate on the cause. \"It is too early,\" he said.",
        "Odisha Chief Minister Bijoy Kumar Samal said the state would pay. \"Every injured "
        "passenger will get the best care,\" Samal said.",
    ) == ["Harish Chandra Mehrotra", "Harish Chandra Mehrotra", "Bijoy Kumar Samal"]


def test_a_role_of_a_body_named_with_it_is_still_not_the_role() -> None:
    assert speakers(
        "World Bank President Jim Yong Kim spoke first.",
        "Later, President Joyce Banda arrived.",
        "\"We will rebuild,\" the president said.",
    ) == ["Joyce Banda"]
