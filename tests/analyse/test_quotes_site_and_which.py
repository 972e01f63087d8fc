"""Who speaks when a reporting clause names a site or ends with a clause about a thing:
"a fan on Twitter wrote" is the fan, not the site; "Ana Ruiz, spokeswoman for the league,
which fined the club, said" is Ana Ruiz, not the league."""

from __future__ import annotations

import pytest

from digests.analyse.quotes import find_quotes
from digests.analyse.reporting import subject_before_verb
from digests.article import CleanArticle


@pytest.mark.parametrize(
    ("before_verb", "subject"),
    [
        ("One reader on Weibo", "One reader on Weibo"),
        ("A fan on Twitter", "A fan on Twitter"),
        # A name that opens after a scene-setting phrase on a site is still the subject.
        ("Writing on Facebook, Tom Hale", "Tom Hale"),
        ("Tom Hale, a commentator on Channel Four,", "Tom Hale"),
    ],
)
def test_a_person_on_a_site_is_not_the_site(before_verb: str, subject: str) -> None:
    assert subject_before_verb(before_verb) == subject


def test_a_clause_about_a_body_after_the_speakers_role() -> None:
    article = CleanArticle(
        title="Club fined over crowd trouble",
        paragraphs=[
            "The club was fined on Monday for crowd trouble at its last home game.",
            "Ana Ruiz, spokeswoman for the Northern League, which fined the club, said: “We "
            "could not let the club off after what happened in the stands.”",
        ],
        language="en",
    )
    assert [q.speaker for q in find_quotes(article)] == ["Ana Ruiz"]


def test_a_site_user_after_a_source_and_before_a_clause_about_the_site() -> None:
    assert subject_before_verb(
        "According to the agency, one reader on Weibo, which is China's answer to Twitter,"
    ) == "one reader on Weibo"


def test_a_quote_posted_by_a_site_user_is_theirs_not_the_sites() -> None:
    article = CleanArticle(
        title="Second case of fever confirmed",
        paragraphs=[
            "Health officials confirmed a second case of the fever on Sunday.",
            "One reader on Weibo, which is China's answer to Twitter, posted: “How did the two "
            "of them travel to the capital, by train or by plane?”",
        ],
        language="en",
    )
    assert [q.speaker for q in find_quotes(article)] == ["One reader on Weibo"]
