"""A standfirst of several sentences as the first key point: its whole sentences as far as they
fit, not a cut in the middle of one, and not the question a teaser asks."""

from __future__ import annotations

from digests.analyse.keypoints import key_points
from digests.article import CleanArticle

BODY = [
    "The harbour authority has signed a contract to rebuild the old pier, which has been closed "
    "to the public since a storm damaged it three winters ago.",
    "Work will start in March and should take about eighteen months, a spokeswoman said.",
]


def first_point(standfirst: str) -> str:
    article = CleanArticle(title="Harbour pier to be rebuilt", standfirst=[standfirst],
                           paragraphs=BODY)
    return key_points(article)[0]


def test_the_sentences_that_fit_and_no_cut_one() -> None:
    standfirst = (
        "The old pier will reopen in two years under a twelve-million contract signed on "
        "Monday. Traders asked for the works to pause in summer. The ferry will use a temporary "
        "landing in the meantime, and the market will move to the car park by the station."
    )
    assert first_point(standfirst) == (
        "The old pier will reopen in two years under a twelve-million contract signed on "
        "Monday. Traders asked for the works to pause in summer."
    )


def test_a_question_the_standfirst_asks_is_left_out() -> None:
    assert first_point(
        "The old pier makes an astonishing comeback. What is the secret of its recovery?"
    ) == "The old pier makes an astonishing comeback."


def test_the_lead_that_retells_the_standfirst_is_not_a_second_point() -> None:
    article = CleanArticle(
        title="Boeing cuts delivery forecast",
        standfirst=["Boeing posted a third-quarter loss of more than $6 billion and lowered its "
                    "delivery forecast for the 737 Max."],
        paragraphs=[
            "Boeing on Wednesday reported a quarterly loss of $6.17 billion and lowered its "
            "outlook for 737 Max deliveries as a strike by more than 33,000 machinists dragged "
            "on into its sixth week.",
            "Chief executive Kelly Ortberg said the company needed a fundamental change of "
            "culture and would look at selling businesses that do not make money.",
            "Striking machinists are set to vote on a new contract offer later on Wednesday.",
        ],
    )
    points = key_points(article)
    assert points[0].startswith("Boeing posted")
    assert not any(point.startswith("Boeing on Wednesday") for point in points)


def test_a_lead_that_retells_half_of_the_standfirst_is_not_a_second_point() -> None:
    # The standfirst and the lead tell one event in other words; the lead's extra details (the
    # district's name, the day it announced) do not make it a second fact.
    article = CleanArticle(
        title="Bus routes cut as driver shortage deepens",
        standfirst=["Starting Monday, about 1,400 students will lose bus service. Parents say "
                    "they were given less than a week's notice."],
        paragraphs=[
            "About 1,400 students in the Mesa Verde Unified School District will lose their bus "
            "service starting Monday, the district announced Wednesday, as a shortage of "
            "drivers forces it to eliminate 12 routes.",
            "For the past month, supervisors and mechanics have been driving buses to fill the "
            "gaps, according to the superintendent.",
            "Students with disabilities whose education plans require transportation will keep "
            "their service, the district said.",
        ],
    )
    points = key_points(article)
    assert points[0].startswith("Starting Monday")
    assert not any(point.startswith("About 1,400 students") for point in points)
