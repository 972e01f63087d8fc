"""Who a "he said" after indirect speech is: the one who reported it. "Hale died at home,
Moss added. “…,” he said" goes on with Moss, who spoke, not with Hale, whom the reported words
were about; and "Tom Lake, who took two wickets, says the catch by Dan Hay was typical" is
Lake's sentence, whatever stands between his name and his verb."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def who(*paragraphs: str) -> list[str | None]:
    found = find_quotes(CleanArticle(title="A story", paragraphs=list(paragraphs)))
    return [q.speaker for q in found]


def test_the_reporter_after_a_comma_at_the_end_of_the_sentence_goes_on() -> None:
    assert who(
        "The actor Nigel Hale died on Wednesday aged 72, his agent said.",
        "Hale had been battling cancer for 18 months, said Ken Moss.",
        "Hale died peacefully at home with his partner and a friend, Moss added.",
        "“He was a brilliant actor and a wonderful friend,” he said.",
    ) == ["Ken Moss"]


def test_a_relative_clause_between_the_subject_and_its_reporting_verb() -> None:
    assert who(
        "Australian paceman Tom Lake, who has two wickets, says the catch taken by Dan Hay "
        "yesterday is typical of the side's fielding.",
        "“In the series so far there have been some great catches,” he said.",
    ) == ["Tom Lake"]
