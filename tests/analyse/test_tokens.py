"""Content stems: the crude stems key points compare sentences by."""

from __future__ import annotations

from digests.analyse.tokens import content_stem_set, content_stem_sets, content_stems


def test_function_words_go_and_endings_are_cut() -> None:
    assert content_stems("The elections were held in Ohio.") == ["electio", "held", "ohio"]
    assert content_stem_set("Elections, elections and the election") == frozenset({"electio"})


def test_equal_stems_of_different_tokens_are_one_object() -> None:
    # Sets and counts of stems then compare them by identity, without reading characters.
    (plural,) = content_stems("Elections")
    (singular,) = content_stems("election,")
    assert plural == singular
    assert plural is singular


def test_the_stem_sets_of_several_texts_are_each_texts_own() -> None:
    # The second and fourth texts hold words stemmed nowhere before: the memo misses mid-list.
    texts = [
        "Elections were held.", "Zqxwvutsrs elections, zqxwvutsrs!", "", "the a of",
        "Qqwwee rrttyy's said", "Elections were held.",
    ]
    assert content_stem_sets(texts) == [content_stem_set(text) for text in texts]
    assert content_stem_sets(texts)[1] == frozenset({"zqxwvut", "electio"})
