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


def test_an_english_role_is_not_the_place_named_after_it() -> None:
    found = find_quotes(CleanArticle(title="A visit", paragraphs=[
        "The prime minister toured Kuala Pilah, Negeri Sembilan on Monday.",
        "“We will build more schools in this state,” the prime minister said.",
    ]))
    assert [q.speaker for q in found] == ["the prime minister"]


def test_a_capitalised_role_with_no_name_is_no_name() -> None:
    # "Prime Minister" is two role words: "Minister" is not a surname, as "King" is in "Mr. King".
    found = find_quotes(CleanArticle(title="A visit", paragraphs=[
        "The Prime Minister, who was in Negeri Sembilan, praised the state.",
        "“We will build more schools in this state,” the Prime Minister said.",
    ]))
    assert [q.speaker for q in found] != ["Minister"]
