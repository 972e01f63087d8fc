"""The Chinese family name He before a given name ("He Lifeng said") is a name, not the pronoun."""

from __future__ import annotations

from digests.analyse.name_parts import is_family_name_he
from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def who(*paragraphs: str) -> list[str | None]:
    article = CleanArticle(title="Trade talks stall again", paragraphs=list(paragraphs))
    return [q.speaker for q in find_quotes(article)]


def test_he_and_a_given_name_speak_after_the_quote() -> None:
    assert who(
        "Negotiators left Geneva on Friday without a date for the next round.",
        "“Nobody on either side wants to move first on the tariffs,” He Yafei, a former "
        "official at the central bank, said at a forum.",
    ) == ["He Yafei"]


def test_a_later_pronoun_goes_on_with_the_whole_name() -> None:
    assert who(
        "Negotiators left Geneva on Friday, and Liu Wei flew home.",
        "The talks were tense. He Weidong said the round had gone better than expected.",
        "“We are nearer than we have ever been,” he said.",
    ) == ["He Weidong"]


def test_the_pronoun_before_a_word_that_is_no_given_name() -> None:
    assert not is_family_name_he(("He", "Says"))
    assert not is_family_name_he(("He", "Obama"))
    assert is_family_name_he(("He", "Jiankui"))
