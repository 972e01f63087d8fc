"""An unnamed speaker described by where they were ("A woman on the train told …:", "A man in
the crowd said"): the whole description, not the place it ends with."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def who(*paragraphs: str) -> list[str | None]:
    article = CleanArticle(title="Commuters stuck for hours", paragraphs=list(paragraphs))
    return [q.speaker for q in find_quotes(article)]


def test_someone_on_a_vehicle_before_the_quote() -> None:
    assert who(
        "Hundreds of commuters were stuck near Leeds for four hours on Tuesday.",
        "A woman on the train told the local paper: “Nobody told us anything for two hours "
        "and the toilets stopped working.”",
    ) == ["A woman on the train"]


def test_someone_in_a_crowd_after_the_quote() -> None:
    assert who(
        "Hundreds of commuters were stuck near Leeds for four hours on Tuesday.",
        "“We were given one bottle of water between six of us,” a man in the crowd said.",
    ) == ["a man in the crowd"]
