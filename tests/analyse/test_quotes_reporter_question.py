"""A quote with no clause of its own after the reporter's question that names someone in the
third person ("What did Suh say after the play?"): the quote is that person's answer, not more
of the quote before the question. An interviewer's question to the speaker ("Is it your best
match?") still lets the speaker go on."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def who(*paragraphs: str) -> list[str | None]:
    article = CleanArticle(title="Harbour derby ends in a brawl", paragraphs=list(paragraphs))
    return [q.speaker for q in find_quotes(article)]


def test_the_person_the_reporter_asks_about_answers() -> None:
    assert who(
        "Harbour United captain Tom Berger was sent off after a clash with striker Ana Lind.",
        "“She ran straight into me and went down too easily,” Berger said after the game.",
        "What did Lind say after the match?",
        "“I was running for the ball. He pushed me, and everyone in the ground saw it.”",
    ) == ["Tom Berger", "Ana Lind"]


def test_an_interviewer_s_question_to_the_speaker_lets_the_speaker_go_on() -> None:
    assert who(
        "“We were the better side for most of the match,” Tom Berger said after the game.",
        "Was it the hardest game of your career?",
        "“Probably. They never stopped running, and we never stopped either.”",
    ) == ["Tom Berger", "Tom Berger"]
