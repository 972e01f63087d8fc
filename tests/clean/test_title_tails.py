"""A headline's tail after a dash that opens with a conjunction ("— and shared pulpits") is
more of the headline, however short: no site's name opens with one."""

from __future__ import annotations

import pytest

from digests.clean import clean_text
from digests.clean.titles import reads_as_clause
from tests.clean.harbour_story import BODY


@pytest.mark.parametrize("tail", ["and shared pulpits", "but not yet", "or not", "und mehr"])
def test_a_short_tail_opening_with_a_conjunction_reads_as_a_clause(tail: str) -> None:
    assert reads_as_clause(tail)


def test_a_scraped_headline_keeps_its_tail_after_the_dash() -> None:
    """Religion News Service: "X — and shared pulpits", the headline as the page's first line."""
    headline = ("Methodist congregations in rural Ohio find new life in shared pastors — and "
                "shared pulpits")
    article = clean_text("\n".join([headline, "By Emily Park", *BODY]))
    assert article.title == headline
    assert article.paragraphs == BODY
