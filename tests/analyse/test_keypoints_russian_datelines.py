"""Russian wire datelines: the agency's name before a dash ("ИНТЕРФАКС -"), left at the head
of the first sentence once "Город. 5 мая." split off, and the dateline that the splitter made a
sentence of its own ("ГОРОД, 5 мая - РИА Новости."): neither is news a reader needs."""

from __future__ import annotations

from digests.analyse.keypoints import key_points
from digests.analyse.lead_ins import strip_lead_in
from digests.article import CleanArticle


def test_agency_name_before_a_dash_is_stripped() -> None:
    assert strip_lead_in("ИНТЕРФАКС - Паводок затопил три села в Тверской области.") == (
        "Паводок затопил три села в Тверской области."
    )
    assert strip_lead_in("Тверь. 4 апреля. ИНТЕРФАКС - Паводок затопил три села.") == (
        "Паводок затопил три села."
    )
    # A dash between an acronym and what it is stays: Russian writes "is" as a dash.
    assert strip_lead_in("МЧС - главное ведомство по чрезвычайным ситуациям в стране.") == (
        "МЧС - главное ведомство по чрезвычайным ситуациям в стране."
    )


def test_a_dateline_alone_is_no_point() -> None:
    article = CleanArticle(
        title="Паводок в Тверской области",
        paragraphs=[
            "ТВЕРЬ, 4 апр - РИА Новости. Паводок затопил три села в Тверской области, "
            "эвакуированы сорок жителей, сообщили в региональном управлении МЧС.",
            "Уровень воды в реке поднялся за сутки на полтора метра после сильных дождей.",
            "Спасатели доставили жителям питьевую воду и лекарства на лодках.",
        ],
        language="ru",
    )
    points = key_points(article)
    assert points and not any("РИА Новости" in point for point in points)
