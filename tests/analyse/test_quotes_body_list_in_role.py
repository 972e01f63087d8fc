"""A speaker's role that ends with a body whose name is a list ("… at Orbis Defense, Space,
and Security", "… for Hale, Marsh and Partners"): the commas inside the name do not make its
last item the one who speaks."""

from __future__ import annotations

import pytest

from digests.analyse.quotes import find_quotes
from digests.analyse.reporting import subject_before_verb
from digests.article import CleanArticle


def who(*paragraphs: str) -> list[str | None]:
    article = CleanArticle(title="Firm bids to build a lunar lander", paragraphs=list(paragraphs),
                           language="en")
    return [q.speaker for q in find_quotes(article)]


def test_a_listed_body_name_in_a_role_after_the_quote() -> None:
    assert who(
        "The firm confirmed its bid on Tuesday.",
        "“We have drawn the shortest path to the surface,” Ana Ruiz, senior vice president "
        "for launch at Orbis Defense, Space, and Security, said in a statement.",
    ) == ["Ana Ruiz"]


@pytest.mark.parametrize(
    ("before_verb", "subject"),
    [
        ("Ana Ruiz, senior vice president at Orbis Defense, Space and Security,", "Ana Ruiz"),
        ("Jane Roe, spokeswoman for Hale, Marsh and Partners,", "Jane Roe"),
        # Two people, the second after a role of the first: still no body's item.
        ("Ana Ruiz, a lawyer, and Tom Hale,", "Ana Ruiz"),
        # No role in lower case: a list of people is left as it was read.
        ("The mayor, Tom Hale, and Ana Ortiz,", "Tom Hale"),
    ],
)
def test_the_subject_before_a_verb_is_not_a_body_names_last_item(
    before_verb: str, subject: str
) -> None:
    assert subject_before_verb(before_verb) == subject
