"""A capitalised region written after "the" ("for the Upper Midwest", "over the Great Lakes")
is a place, not the person a later "he" stands for."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def who(*paragraphs: str) -> list[str | None]:
    article = CleanArticle(title="Storm eases before the holiday", paragraphs=list(paragraphs))
    return [q.speaker for q in find_quotes(article)]


def test_he_after_a_region_named_with_the_is_the_person_before_it() -> None:
    assert who(
        "Forecasters expect a calm weekend, officials said on Wednesday.",
        "Channel 5 meteorologist Tom Baker predicted fresh snow from a weak front for the "
        "Upper Midwest.",
        "But he added: “The worst of the snow and rain is over, and tomorrow will be quieter.”",
    ) == ["Tom Baker"]
    assert who(
        "Forecasters expect a calm weekend, officials said on Wednesday.",
        "A city meteorologist, Tom Baker, predicted fresh snow over the Great Lakes.",
        "“The worst of the snow and rain is over,” he said.",
    ) == ["Tom Baker"]


def test_a_name_after_the_is_still_a_speaker_when_it_speaks() -> None:
    # A name written as the subject stays a name: only the "he" skips a region after "the".
    assert who(
        "Forecasters expect a calm weekend, officials said on Wednesday.",
        "“The worst is over,” the Weather Service's Anna Reyes said.",
    ) == ["Anna Reyes"]
