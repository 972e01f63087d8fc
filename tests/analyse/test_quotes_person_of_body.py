"""A speaker named with the body they work for after a preposition ("Dan Moss of the City
Police Department said", "Patrol Chief Dan Moss with the police said"): the person, not the
body the clause ends with."""

from __future__ import annotations

import pytest

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle

QUOTE = "“We will decide in the morning whether the balloons fly or not,”"


def who(*paragraphs: str) -> list[str | None]:
    article = CleanArticle(title="Parade decision due", paragraphs=list(paragraphs))
    return [q.speaker for q in find_quotes(article)]


@pytest.mark.parametrize("subject", [
    "Patrol Chief Dan Moss with the City Police Department",
    "Dan Moss of the City Police Department",
    "Dan Moss from the City Police Department",
    "Dan Moss at Harbor Airways",
])
def test_the_person_before_the_body_speaks(subject: str) -> None:
    assert who(
        "The parade starts at nine in the morning, organisers said.",
        f"{QUOTE} {subject} said on Wednesday.",
    ) == ["Dan Moss"]


def test_a_spokesman_of_a_body_speaks_for_the_body() -> None:
    # No name before the preposition: the body speaks, through its spokesman.
    assert who(
        "The parade starts at nine in the morning, organisers said.",
        f"{QUOTE} a spokesman for the City Police Department said.",
    ) == ["City Police Department"]
