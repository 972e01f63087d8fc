"""A noun before a name that says whether the person is a man or a woman ("actress Ana Lind",
"her son, painter Olle Brandt", "a man, Ray Holt,") settles whom a later "he" or "she" is, as
an honorific does: a "she" does not go to the son, nor a "he" to the actress."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def who(*paragraphs: str) -> list[str | None]:
    article = CleanArticle(title="A singer late to her songs", paragraphs=list(paragraphs))
    return [q.speaker for q in find_quotes(article)]


def test_he_after_the_son_named_with_a_role_is_the_son() -> None:
    assert who(
        "The stage actress Ana Lind began writing songs at sixty.",
        "“It came all at once, like a radio left on,” Lind said.",
        "Lind’s son, painter Olle Brandt, remembers those weeks well. “The house was suddenly "
        "full of instruments nobody could play,” he said.",
        "The actress was not looking for a second career. “I only wanted the noise to stop,” "
        "she said.",
    ) == ["Ana Lind", "Olle Brandt", "Ana Lind"]


def test_a_woman_and_a_man_named_in_apposition() -> None:
    assert who(
        "A woman, Ana Lind, and a man, Ray Holt, were pulled from the river on Sunday.",
        "“The water was so cold I could not feel my hands,” she said.",
        "“I thought we would not make the bank,” he said.",
    ) == ["Ana Lind", "Ray Holt"]
