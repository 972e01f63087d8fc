"""German quotes that a group says, or that nobody in the article is named as saying: "sie" with
a plural verb is "they", and German nouns, all capitalised, are no speakers."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def speakers(*paragraphs: str) -> list[str | None]:
    found = find_quotes(CleanArticle(title="Leben im Lager", paragraphs=list(paragraphs)))
    return [quote.speaker for quote in found]


def test_sie_with_a_plural_verb_is_a_group_not_the_woman_named_before() -> None:
    assert speakers(
        "Anna Berg lebt seit einem Jahr im Lager.",
        "Die Wachleute waren nett, aber wenn wir sie etwas fragen, sagen sie nur: «Wissen wir"
        " nicht.»",
        "Und sie sagten uns: «Ihr dürft hier nicht bleiben.»",
    ) == [None, None]


def test_sie_with_a_singular_verb_is_still_the_woman_named_before() -> None:
    assert speakers(
        "Anna Berg lebt seit einem Jahr im Lager.",
        "Wenn wir etwas brauchen, sagt sie nur: «Wartet bis morgen.»",
    ) == ["Anna Berg"]


def test_a_capitalised_noun_after_a_determiner_is_no_one() -> None:
    # "Einige Migranten": a determiner and a noun, not a first name and a surname.
    assert speakers(
        "Es war überfüllt. Einige Migranten wurden krank.",
        "«Wir wollen hier raus», sagte er.",
    ) == [None]


def test_a_capitalised_noun_after_an_article_is_no_subject() -> None:
    # "während der Quarantäne" ends the part before the verb's subject; it is a noun.
    assert speakers(
        "Anna Berg lebt seit einem Jahr im Lager.",
        "Und während der Quarantäne, wenn wir sie etwas fragten, sagte sie nur: «Wartet bis"
        " morgen.»",
    ) == ["Anna Berg"]
