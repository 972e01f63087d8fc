"""A spokesperson's words are credited to the body they speak for, where it is named and is no
person; a person's spokesperson and an unnamed one stay as written."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def speakers(*paragraphs: str) -> list[str | None]:
    article = CleanArticle(title="Council tax to rise", paragraphs=list(paragraphs))
    return [quote.speaker for quote in find_quotes(article)]


def test_a_spokesperson_for_a_named_body_is_the_body() -> None:
    assert speakers(
        "Bin collections will change from April.",
        "A spokesperson for Birmingham City Council said: “The new rounds will be more "
        "reliable.”",
        "“This was a despicable crime against a vulnerable woman,” a spokesperson for the Met "
        "said.",
        "A Downing Street spokesman said: “The prime minister has full confidence in her.”",
        "“We are reviewing the timetable now,” a TfW spokesperson said.",
    ) == ["Birmingham City Council", "Met", "Downing Street", "TfW"]


def test_a_persons_spokesperson_stays_as_written() -> None:
    assert speakers(
        "Donald Trump flew to Iowa on Monday, where he held two rallies.",
        "“He has never met the man,” a spokesman for Donald Trump said.",
        "“She will not comment,” Ann Lee's spokesman said.",
    ) == ["a spokesman for Donald Trump", "Ann Lee's spokesman"]


def test_an_unnamed_spokesperson_stays_as_written() -> None:
    assert speakers(
        "Drivers will strike for four days from Thursday, June 26.",
        "A spokesperson said: “We are disappointed by the strike.”",
    ) == ["A spokesperson"]


def test_a_spokesperson_for_a_person_named_more_fully_before_stays_as_written() -> None:
    assert speakers(
        "Reality star Kayla Stone and footballer Marcus Hale have split after two years.",
        "A spokesperson for Marcus said: “Marcus wishes Kayla nothing but happiness.”",
    ) == ["A spokesperson for Marcus"]
