"""A quote standing alone after "He says X's … is …": "he" is someone named before that
sentence, never a name that comes later in it."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def who(*paragraphs: str) -> list[str | None]:
    article = CleanArticle(title="How managers handle the cameras", paragraphs=list(paragraphs))
    return [q.speaker for q in find_quotes(article)]


def test_he_is_not_the_name_later_in_his_sentence() -> None:
    assert who(
        "Last month Arsenal boss Mikel Arteta snapped at a reporter and Chelsea's Enzo Maresca "
        "walked out of an interview.",
        "“Your pulse is racing when the camera is switched on,” media coach Dan Pike said.",
        "Dan has trained managers for a decade.",
        "He says Arteta's outburst is one he will show on his courses.",
        "“Think of the fans at home first, never of the reporter holding the microphone.”",
    ) == ["Dan Pike", "Dan Pike"]
