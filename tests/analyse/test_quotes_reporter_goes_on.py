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


def test_a_country_and_a_title_before_the_name_that_reports() -> None:
    # "Spain's King Juan Carlos said…": the country's possessive and the title lead up to the
    # name; the king reports, and "he" is him, not the king quoted before. "King Juan" later
    # is the same king, by the fuller name.
    assert who(
        "Sweden's King Carl Gustaf referred to the attacks in his Christmas speech.",
        "“The need for friendship beyond borders is even greater,” he said.",
        "Spain's King Juan Carlos said the outrages opened a new stage in world history.",
        "“The terrible attacks have shaken the conscience of humanity,” he said.",
        "However, King Juan said the reaction showed no tolerance for such attacks.",
        "“The reaction has shown its willingness to prevent terror,” he said.",
    ) == ["Carl Gustaf", "Juan Carlos", "Juan Carlos"]


def test_the_one_asked_answers_not_the_one_who_asked() -> None:
    # "The Post's Scott Lane asked Sanders whether…": Sanders answers the "he said" after it.
    assert who(
        "Bernie Sanders will release his medical records before the first votes are cast.",
        "Last month, The Huffington Post’s Scott Lane asked Sanders whether questions about his "
        "health were fair game.",
        "“Sure it is. I would not have run if I was not blessed,” he said.",
    ) == ["Bernie Sanders"]
