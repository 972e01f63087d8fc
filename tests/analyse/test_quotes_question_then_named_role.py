"""A quote that ends in a question mark, then its speaker's name and a long role set off by
commas before the verb ("“…?” Ana Lind, a chemist at …, said at a forum."): the named speaker."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def who(*paragraphs: str) -> list[str | None]:
    article = CleanArticle(title="Water rates to rise", paragraphs=list(paragraphs))
    return [q.speaker for q in find_quotes(article)]


def test_a_long_role_between_the_name_and_the_verb() -> None:
    assert who(
        "The utility asked for a rise of nine per cent this spring.",
        "“If the pipes are this old, who is going to pay to replace them before they burst?” "
        "Ana Lind, the former chief engineer for the northern district at the water board, "
        "said at a forum in Dover.",
    ) == ["Ana Lind"]
