"""A pronoun whose auxiliary is contracted onto it ("he'd say", "she’ll tell") or written out
before a bare verb ("he would respond") is still the subject of the reporting clause, not a
name in a clause before it ("When his editors asked him …, he'd respond, “…”")."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def quotes(*paragraphs: str) -> list[tuple[str, str | None]]:
    article = CleanArticle(title="A story", paragraphs=list(paragraphs), language="en")
    return [(q.text, q.speaker) for q in find_quotes(article)]


def test_contracted_would_before_the_quote() -> None:
    assert quotes(
        "Tom Reed wrote four novels in ten years, none of them easy to read.",
        "When his editors asked him to explain himself more, he'd respond, “I have a horror "
        "of being obvious.”",
    ) == [("I have a horror of being obvious.", "Tom Reed")]


def test_would_and_a_bare_verb_before_the_quote() -> None:
    assert quotes(
        "Tom Reed wrote four novels in ten years, none of them easy to read.",
        "When his editors asked him to explain himself more, he would respond, “I have a "
        "horror of being obvious.”",
    ) == [("I have a horror of being obvious.", "Tom Reed")]


def test_contracted_will_after_the_quote() -> None:
    assert quotes(
        "Mara Lind has run the bakery on Dock Street for forty years.",
        "“We open at six and we close when the bread is gone,” she’ll tell anyone who asks.",
    ) == [("We open at six and we close when the bread is gone", "Mara Lind")]


def test_a_new_sentence_with_its_own_clause_starts_a_new_quote() -> None:
    # "When …, he'd respond," after a finished quote sets a new scene: no interrupted quote.
    assert [text for text, _ in quotes(
        "Tom Reed wrote four novels in ten years, none of them easy to read.",
        "“It makes the books dense,” his editor Jo Walton said. “Sometimes it is too hard for "
        "people.” When his editors asked him to explain himself more, he’d respond, “I have a "
        "horror of being obvious.”",
    )] == ["It makes the books dense. Sometimes it is too hard for people.",
           "I have a horror of being obvious."]


def test_a_finished_quote_keeps_its_first_half_despite_a_new_clause_after_it() -> None:
    # "“A,” she said. “B.” When …, he'd respond, …": B's full stop ends its sentence, so the
    # clause after it is the next sentence's, not B's own: A and B stay one interrupted quote.
    assert [text for text, _ in quotes(
        "Tom Reed wrote four novels in ten years, none of them easy to read.",
        "“You only see a tenth of the iceberg,” his editor Jo Walton said. “It makes the books "
        "dense.” When his editors asked him to explain himself more, he’d respond, “I have a "
        "horror of being obvious.”",
    )] == ["You only see a tenth of the iceberg. It makes the books dense.",
           "I have a horror of being obvious."]
