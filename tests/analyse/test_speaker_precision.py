"""Speakers a digest must not show: the wrong person for "he"/"she", or a phrase that names no
person ("Six Trump", "In Sen. Jeff Sessions'"). None is better than either."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def speakers(*paragraphs: str, title: str = "A story") -> list[tuple[str, str | None]]:
    found = find_quotes(CleanArticle(title=title, paragraphs=list(paragraphs)))
    return [(q.text, q.speaker) for q in found]


def test_she_is_not_a_man_the_article_calls_he() -> None:
    # No honorific anywhere: the pronoun after "Dale Okoro" as a subject shows he is a man.
    assert speakers(
        "Dale Okoro toured the plant on Monday. He promised new jobs to the town.",
        "“We will build it here,” Okoro said.",
        "Former governor Jan Brewer, an early supporter of Okoro, calls the plan a priority.",
        "“That is something voters care about,” she said.",
    ) == [
        ("We will build it here", "Dale Okoro"),
        ("That is something voters care about", "Jan Brewer"),
    ]


def test_she_is_never_the_husband_the_sentence_names() -> None:
    # "Mara" alone names no one the article gives in full: no speaker rather than her husband.
    assert speakers(
        "Dale Okoro spoke first. He thanked the crowd.",
        "“We will win,” Okoro said.",
        "His wife, Mara, spoke later. At a rally in the spring, she described Okoro as kind.",
        "That said, she also noted, “When you attack him, he punches back.”",
    )[-1] == ("When you attack him, he punches back.", None)


def test_a_number_word_opening_a_sentence_is_no_first_name() -> None:
    assert speakers(
        "“Do not hand the election to Clinton with a Donald Trump nomination,” Cruz said.",
        "“Look at what happened in Wyoming,” Trump told supporters in Syracuse.",
        "Six Trump supporters ran for delegate slots, but none was elected.",
    )[1] == ("Look at what happened in Wyoming", "Donald Trump")


def test_a_short_word_opening_the_title_is_no_first_name() -> None:
    assert speakers(
        "CHICO, Calif. - Bernie Sanders first touched down in California ten months ago.",
        "Today, Sanders is touring California in a caravan of buses.",
        "“We are doing very well with younger voters,” he said.",
        title="Is Sanders finally connecting with minority voters?",
    ) == [("We are doing very well with younger voters", "Bernie Sanders")]
