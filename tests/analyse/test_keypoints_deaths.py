"""Under a headline that reports a death, the sentence that tells it is the first point, ahead of
the career that shares more of the headline's words."""

from __future__ import annotations

import pytest

from digests.analyse.deaths import reports_a_death
from digests.analyse.keypoints import key_points
from digests.article import CleanArticle


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Edna Marsh, mayor who rebuilt the harbour, dies at 91", True),
        ("Former goalkeeper dead at 78", True),
        ("Obituary: the poet of the fens", True),
        ("Ex-Bürgermeister von Kiel gestorben", True),
        ("Polls show a dead heat in the governor's race", False),
        ("Council budget dead on arrival, critics say", False),
    ],
)
def test_a_headline_that_reports_a_death(title: str, expected: bool) -> None:
    assert reports_a_death(title) is expected


@pytest.mark.parametrize(
    "words",
    [
        "dies", "died", "has died", "dead at 80", "dead aged 80", "passes away", "passed away",
        "obituary", "ist tot", "gestorben", "stirbt", "verstorben", "est mort", "est morte",
        "meurt", "muere", "fallece", "ha muerto", "ha fallecido",
    ],
)
def test_every_headline_word_is_found_in_any_case(words: str) -> None:
    # An ASCII headline is ruled out by its lower case first: each word must still be found,
    # however the headline capitalises it.
    for written in (words, words.upper(), words.title()):
        assert reports_a_death(f"Arne Vollan, the old ferryman, {written}")


def test_german_dies_is_this_not_a_death() -> None:
    # "dies" is German for "this": a German headline that holds it reports no death.
    assert not reports_a_death("Neue Mietregeln: Was dies für Familien bedeutet", "de")
    assert reports_a_death("Ex-Bürgermeister von Kiel gestorben", "de")


def test_the_death_comes_before_the_career() -> None:
    body = [
        "Edna Marsh, who used three decades in office to fight for the fishing fleet and to build"
        " a modern port with money from the capital, died early on Sunday in a hospice.",
        "She was 91.",
        "Mayor Edna Marsh served the harbour town as its mayor for twenty-two years.",
        "The mayor rebuilt the harbour wall and the town's school after the floods.",
        "The town council will fly its flag at half-mast until the funeral next week.",
    ]
    title = "Edna Marsh, harbour town mayor for 22 years, dies"
    points = key_points(CleanArticle(title=title, paragraphs=body))
    assert points[0].startswith("Edna Marsh, who used three decades")
    assert "died early on Sunday" in points[0]


def test_other_stories_keep_their_order() -> None:
    body = [
        "Mayor Edna Marsh served the harbour town as its mayor for twenty-two years.",
        "Edna Marsh, who led the harbour town through the floods of 1978, died on Sunday.",
        "Marsh rebuilt the harbour wall and the town's school after the floods.",
    ]
    title = "Edna Marsh, harbour town mayor for 22 years, honoured by the council"
    points = key_points(CleanArticle(title=title, paragraphs=body))
    assert points[0].startswith("Mayor Edna Marsh served")


def test_the_death_comes_before_a_summary_line_that_does_not_tell_it() -> None:
    """The page's own summary line under an obituary's headline may quote a tribute ("Her son
    describes her as a legend"): the body's sentence that tells the death still comes first."""
    body = [
        "Actor Ana Ruiz, best known for her role in a film about the civil war, has died at 90.",
        "Her son announced the news in a statement to a magazine on Thursday.",
        "She made more than sixty films in a career that spanned six decades.",
    ]
    tribute = "Her son describes her as a legend of the golden age of cinema"
    article = CleanArticle(
        title="Actor Ana Ruiz has died at the age of 90, says her son",
        standfirst=[tribute],
        paragraphs=body,
    )
    points = key_points(article)
    assert points[0] == body[0] or points[0].startswith(f"{body[0]} ")
    # read alone, the summary line names whose son it means
    assert points[1] == f"Ana Ruiz's{tribute.removeprefix('Her')}"
