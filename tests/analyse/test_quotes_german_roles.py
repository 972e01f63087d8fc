"""A German role written with what it is of, in the genitive, and its holder named apart."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def speakers(*paragraphs: str) -> list[str | None]:
    article = CleanArticle(title="Landtag", paragraphs=list(paragraphs), language="de")
    return [q.speaker for q in find_quotes(article)]


_NAMED = "Die Vorsitzende der Grünen-Fraktion im Landtag, Lena Hofer, sprach am Montag im Plenum."


def test_a_role_with_its_body_in_the_genitive_is_the_holder_named_apart() -> None:
    assert speakers(
        _NAMED, "„Wir werden das Gesetz noch einmal ändern“, sagte die Vorsitzende der Fraktion."
    ) == ["Lena Hofer"]


def test_according_to_a_role_in_the_genitive_is_never_the_word_for_according() -> None:
    found = speakers(
        _NAMED, "Nach Angaben der Vorsitzenden der Fraktion: „Wir ändern das Gesetz noch einmal.“"
    )
    assert found in (["Lena Hofer"], [None])
