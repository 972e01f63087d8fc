"""Include/exclude terms on their own: words, phrases, case, punctuation, the SQL prefilter."""

from __future__ import annotations

from digests.compose.filters import TermFilter, normalise_terms


def test_terms_are_normalised() -> None:
    assert normalise_terms(["  Central   Bank ", "central bank", "", "  ", "ECB"]) == [
        "central bank", "ecb"]


def test_whole_words_only() -> None:
    f = TermFilter(include=["art"])
    assert f.includes("Modern ART fair")
    assert f.includes("art.")
    assert not f.includes("A long article")
    assert not f.includes("smart cities")


def test_phrases_span_any_whitespace_but_not_other_words() -> None:
    f = TermFilter(include=["central bank"])
    assert f.includes("The Central\n  Bank said")
    assert not f.includes("central reserve bank")


def test_terms_are_literal_text() -> None:
    f = TermFilter(include=["c++", "3.5", "(x)"])
    assert f.includes("learn C++ today")
    assert f.includes("up 3.5 percent")
    assert not f.includes("up 305 percent")
    assert f.includes("case (x) here")
    assert not TermFilter(include=[".*"]).includes("anything")


def test_unicode_case_folding() -> None:
    assert TermFilter(include=["straße"]).includes("STRASSE gesperrt")
    assert TermFilter(include=["ärzte"]).includes("ÄRZTE streiken")


def test_exclude_and_accepts() -> None:
    f = TermFilter(include=["election"], exclude=["football"])
    assert f.accepts("Election day")
    assert not f.accepts("Election and football")
    assert not f.accepts("Weather")
    assert TermFilter().accepts("anything")


def test_prefilter_only_for_plain_ascii_words() -> None:
    assert TermFilter(include=["Central Bank", "ecb"]).prefilter_words() == [
        ["central", "bank"], ["ecb"]]
    assert TermFilter(include=["ecb", "ärzte"]).prefilter_words() is None
    assert TermFilter(include=["c++"]).prefilter_words() is None
    assert TermFilter(exclude=["x"]).prefilter_words() is None
