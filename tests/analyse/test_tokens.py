"""Content stems: the crude stems key points compare sentences by."""

from __future__ import annotations

import math
import sys
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from digests.analyse import tokens
from digests.analyse.tokens import (
    content_stem_set,
    content_stem_sets,
    content_stems,
    python_stem_sets,
)


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
    sets, centrality = content_stem_sets(texts)
    assert sets == [content_stem_set(text) for text in texts]
    assert sets[1] == frozenset({"zqxwvut", "electio"})
    # The log of how many of the texts hold each stem, summed: "electio" three, "zqxwvut" one
    # (said twice); a text without content words, or whose words no other text holds, 0.
    assert centrality[1] == pytest.approx(math.log(3) + math.log(1))
    assert centrality[2] == centrality[3] == centrality[4] == 0.0


def _same(
    found: tuple[list[frozenset[str]], list[float]],
    expected: tuple[list[frozenset[str]], list[float]],
) -> bool:
    """The same sets, and the same sums of logs but for their last bits, which may differ with
    the order of the stems (the C module's is the text's, Python's the set's)."""
    return found[0] == expected[0] and found[1] == pytest.approx(expected[1], rel=1e-12, abs=1e-12)


# Words that repeat, new words, function words, punctuation glued on, and the white space that
# str.split() splits at (the C module's tokens must be its tokens), in any mix.
_WORDS = st.sampled_from([
    "Election", "elections,", "the", "Putin’s", "“pain,”", "of", "Zkwrq", "zkwrq.", "U.S.", "12",
    "Москва", "Straße", "né", "—", "can't", "日本", "a",
])
_SPACES = st.sampled_from([" ", "  ", "\t", "\n", "\u00a0", "\u2009", "\u3000", "\x1f", "\x85"])
_TEXTS = st.lists(
    st.lists(st.tuples(_WORDS, _SPACES), max_size=12).map(
        lambda pairs: "".join(word + space for word, space in pairs)
    ),
    max_size=8,
)


@given(_TEXTS)
def test_the_c_module_gives_what_python_gives(texts: list[str]) -> None:
    if tokens._native_stem_sets is None:
        pytest.skip("the C module is not built here (or the run is from source)")
    assert _same(content_stem_sets(texts), python_stem_sets(texts))


@given(st.lists(st.text(max_size=40), max_size=6))
def test_the_c_module_gives_what_python_gives_for_any_text(texts: list[str]) -> None:
    if tokens._native_stem_sets is None:
        pytest.skip("the C module is not built here (or the run is from source)")
    assert _same(content_stem_sets(texts), python_stem_sets(texts))


def test_the_memo_may_be_cleared_while_texts_are_stemmed(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every new word then clears the memo: the stems already found are still the texts' own.
    # The words hold a letter beyond ASCII, which the C module leaves to the memo too.
    monkeypatch.setattr(tokens, "_MEMO_LIMIT", 1)
    texts = ["Qzé1 elections qzé2 elections", "qzé3 Elections qzé1", "qzé4"]
    sets, centrality = content_stem_sets(texts)
    assert sets == [
        frozenset({"qzé1", "electio", "qzé2"}), frozenset({"qzé3", "electio", "qzé1"}),
        frozenset({"qzé4"}),
    ]
    assert centrality == pytest.approx([2 * math.log(2), 2 * math.log(2), 0.0])
    assert list(tokens._MEMO) == ["qzé4"]  # cleared for it, the last new word


def test_the_c_module_refuses_what_is_not_a_list_of_texts() -> None:
    native = tokens._native_stem_sets
    if native is None:
        pytest.skip("the C module is not built here (or the run is from source)")
    with pytest.raises(TypeError, match="texts must be str"):
        native(["fine", 3], {}, str)  # type: ignore[list-item]
    with pytest.raises(TypeError, match="a stem must be a str"):
        native(["word"], {}, len)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="needs a list"):
        native(("a tuple",), {}, str)  # type: ignore[arg-type]
    with pytest.raises(ZeroDivisionError):  # an error while stemming a new word comes through
        native(["word"], {}, lambda token: str(1 / 0))


def test_the_c_module_stems_more_words_than_its_cache_holds() -> None:
    # 20,000 different words and each again: the cache keeps only some of them, by their
    # characters' hash, so slots are taken over and words looked up again in the memo.
    if tokens._native_stem_sets is None:
        pytest.skip("the C module is not built here (or the run is from source)")
    words = [f"w{n}rd{n % 7}s" for n in range(20_000)]
    texts = [" ".join(words[i : i + 50]) for i in range(0, len(words), 50)] * 2
    assert _same(content_stem_sets(texts), python_stem_sets(texts))


def test_the_c_module_asks_another_memo_for_its_own_stems() -> None:
    # A word cached from one memo is not what another memo (and its stemmer) says.
    native = tokens._native_stem_sets
    if native is None:
        pytest.skip("the C module is not built here (or the run is from source)")
    assert content_stem_sets(["elections"])[0] == [frozenset({"electio"})]
    own: dict[str, str] = {}
    assert native(["elections"], own, lambda token: own.setdefault(token, "x" + token))[0] == [
        frozenset({"xelections"})
    ]
    assert native(["elections"], own, str)[0] == [frozenset({"xelections"})]  # now its memo's
    assert content_stem_sets(["elections"])[0] == [frozenset({"electio"})]


def test_the_c_module_tells_words_apart_by_every_character() -> None:
    # Words that differ in one character, in any script, and one word written in one script
    # inside a text in another (its characters stored wider there) are stemmed as themselves.
    if tokens._native_stem_sets is None:
        pytest.skip("the C module is not built here (or the run is from source)")
    texts = ["streets streetz stre\u00e9ts", "улицы улица streets", "streets 街道 streetz"]
    assert _same(content_stem_sets(texts), python_stem_sets(texts))


def _python_stemmer(memo: dict[str, str], asked: list[str]) -> Callable[[str], str]:
    """stem_new as tokens.py's, recording the tokens it was asked for."""

    def stem_new(token: str) -> str:
        asked.append(token)
        stem = memo[token] = sys.intern(tokens._token_stem(token.lower()))
        return stem

    return stem_new


_RULES = (tokens.STOP_WORDS, tokens._ENDINGS, tokens.STEM_LENGTH)


def _python_stem_set(text: str) -> frozenset[str]:
    return frozenset(tokens._token_stem(token.lower()) for token in text.split()) - {""}


def test_the_c_module_stems_ascii_words_itself_as_python_does() -> None:
    native = tokens._native_stem_sets
    if native is None:
        pytest.skip("the C module is not built here (or the run is from source)")
    memo: dict[str, str] = {}
    asked: list[str] = []
    texts = ["Elections, O'Neill’s “quoted” rock'n'roll U.S. the 2016 _x_ a-b-c Re-elected",
             "für Straße Путин İstanbul Ⓐbc"]
    sets, _ = native(texts, memo, _python_stemmer(memo, asked), _RULES)
    assert asked == ["für", "Straße", "Путин", "İstanbul"]  # a letter beyond ASCII: Python's
    assert list(memo) == asked  # the memo is for those alone
    assert sets == [_python_stem_set(text) for text in texts]
    assert {"electio", "o'neill", "bc"} <= sets[0] | sets[1]  # "Ⓐ" is no letter to _WORD
    assert not {"the", "x"} & sets[0]  # a function word; a single letter


_MIXED_TOKENS = st.text(
    alphabet=st.sampled_from(list("aeiouAEIOUsStTnN019'’_-.,;:!?()[]“”‘«»/&@#é Üß\u0130Ⓐ")),
    max_size=14,
)


@given(st.lists(_MIXED_TOKENS, max_size=20))
def test_the_c_module_stems_any_token_as_python_does(words: list[str]) -> None:
    native = tokens._native_stem_sets
    if native is None:
        pytest.skip("the C module is not built here (or the run is from source)")
    memo: dict[str, str] = {}
    texts = " ".join(words).split()
    sets, _ = native(texts, memo, _python_stemmer(memo, []), _RULES)
    assert sets == [_python_stem_set(text) for text in texts]
    # Compared by identity with the stems of tokens.py, which it interns.
    assert all(stem is sys.intern(stem) for found in sets for stem in found)


def test_the_c_module_gives_one_object_for_each_stem_while_its_table_is_emptied() -> None:
    # More stems than its table of stems keeps: it is emptied and filled again, and a stem is
    # still the one object tokens.py's sys.intern gives, which the counts compare by identity.
    native = tokens._native_stem_sets
    if native is None:
        pytest.skip("the C module is not built here (or the run is from source)")
    words = [f"q{n:06d}" for n in range(60_000)]
    texts = [" ".join(words[i : i + 500]) for i in range(0, len(words), 500)]
    sets, _ = native([*texts, "q000007 q059999"], {}, str, _RULES)
    assert sets[-1] == {"q000007", "q059999"}
    assert all(stem is sys.intern(stem) for found in sets for stem in found)
    _, centrality = native(["q000007 tables", "Q000007 Tables"], {}, str, _RULES)
    # one stem, one object, counted once for each text
    assert centrality == pytest.approx([2 * math.log(2), 2 * math.log(2)])


def test_the_c_module_refuses_rules_it_cannot_read() -> None:
    native = tokens._native_stem_sets
    if native is None:
        pytest.skip("the C module is not built here (or the run is from source)")
    with pytest.raises(TypeError, match="rules must be"):
        native(["word"], {}, str, (set(), (), 7))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="rules must be"):
        native(["word"], {}, str, (frozenset(), (), 7, 10))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="ASCII"):
        native(["word"], {}, str, (frozenset(), ("ées",), 7))
    with pytest.raises(ValueError, match="negative"):
        native(["word"], {}, str, (frozenset(), (), -1))


@given(st.lists(_MIXED_TOKENS, max_size=20))
def test_the_c_module_gives_one_texts_set_alone_as_among_others(words: list[str]) -> None:
    single = tokens._native_stem_set
    if single is None:
        pytest.skip("the C module is not built here (or the run is from source)")
    text = " ".join(words)
    assert content_stem_set(text) == _python_stem_set(text)
    assert single(text, tokens._MEMO, tokens._new_token_stem, _RULES) \
        == content_stem_sets([text, "other words"])[0][0]


def test_the_c_module_refuses_a_set_of_what_is_not_a_text() -> None:
    single = tokens._native_stem_set
    if single is None:
        pytest.skip("the C module is not built here (or the run is from source)")
    with pytest.raises(TypeError, match="needs a str"):
        single(["a list"], {}, str)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="3 or 4 arguments"):
        single("text", {})  # type: ignore[call-arg]


def test_the_c_module_counts_each_call_afresh() -> None:
    # One table counts for every call: what an earlier call counted, in a table of any size
    # (this one grows past what is kept between calls), is no part of the next call's counts.
    native = tokens._native_stem_sets
    if native is None:
        pytest.skip("the C module is not built here (or the run is from source)")
    texts = ["Elections were held.", "The elections were won.", "Turnout was low."]
    first = content_stem_sets(texts)
    many = [f"w{n:05d}" for n in range(20_000)]
    native([" ".join(many[i : i + 100]) for i in range(0, len(many), 100)], {}, str, _RULES)
    assert _same(content_stem_sets(texts[1:]), python_stem_sets(texts[1:]))
    again = content_stem_sets(texts)
    assert again == first and _same(again, python_stem_sets(texts))


def test_the_c_module_counts_a_call_made_while_another_counts() -> None:
    # stem_new runs Python, which may call the module again: each call keeps its own counts.
    native = tokens._native_stem_sets
    if native is None:
        pytest.skip("the C module is not built here (or the run is from source)")
    memo: dict[str, str] = {}
    inner: list[object] = []

    def stem_new(token: str) -> str:
        inner.append(native(["zebra zebra crossing", "zebra"], {}, str, _RULES)[1])
        stem = memo[token] = sys.intern(tokens._token_stem(token.lower()))
        return stem

    sets, centrality = native(["Straße elections", "elections held"], memo, stem_new, _RULES)
    assert sets == [frozenset({"straße", "electio"}), frozenset({"electio", "held"})]
    assert centrality == pytest.approx([math.log(2), math.log(2)])
    # "zebra" in both texts, "crossing" in one: each inner call counted on its own
    assert inner and all(counts == pytest.approx([math.log(2), math.log(2)]) for counts in inner)


def test_the_c_module_leaves_out_the_stop_words_of_the_rules_given() -> None:
    # Its own table of the stop words follows the rules' set: another set, and it reads that one
    # (a word longer than the table keeps, "themselves", is looked up in the set itself).
    native = tokens._native_stem_sets
    if native is None:
        pytest.skip("the C module is not built here (or the run is from source)")
    text = ["election themselves the turnout"]
    own_rules = (frozenset({"election", "themselves"}), tokens._ENDINGS, tokens.STEM_LENGTH)
    assert native(text, {}, str, own_rules)[0] == [frozenset({"the", "turnout"})]
    assert native(text, {}, str, _RULES)[0] == [frozenset({"electio", "turnout"})]
    assert native(text, {}, str, own_rules)[0] == [frozenset({"the", "turnout"})]
