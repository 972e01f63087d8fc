"""A "he" after a sentence opened by a one-word name the article titles ("Prince Edwin", then
"Edwin recalls…"): that later subject is who "he" is, not a full name that opened a sentence
before it. A one-word opener the article gives no title of the pronoun's gender (a country, a
body) does not count."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def who(*paragraphs: str) -> list[str | None]:
    article = CleanArticle(title="A prince recalls his night out", paragraphs=list(paragraphs),
                           language="en")
    return [q.speaker for q in find_quotes(article)]


def test_a_titled_one_word_subject_after_a_full_name_is_the_he() -> None:
    assert who(
        "Prince Edwin spoke to the writer Carla Benning on Saturday.",
        "Benning asked Edwin about the dinner. Edwin recalls the night well. “I was at the "
        "noodle bar until ten,” he said.",
    ) == ["Edwin"]


def test_a_country_opening_a_sentence_is_not_the_he() -> None:
    assert who(
        "Trade minister Lars Odegaard met his counterparts in Geneva on Monday.",
        "Odegaard praised the deal. Norway signed it first. “We wanted to be at the front of "
        "the line,” he said.",
    ) == ["Lars Odegaard"]
