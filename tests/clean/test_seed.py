"""The seed page: cleaning must give exactly its labelled article and none of its chrome."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from digests.article import CleanArticle
from digests.clean import clean_text

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def expected() -> dict[str, object]:
    loaded: dict[str, object] = json.loads(
        (DATA / "bol-putin-mothers.expected.json").read_text(encoding="utf-8")
    )
    return loaded


@pytest.fixture(scope="module")
def article() -> CleanArticle:
    return clean_text((DATA / "bol-putin-mothers.txt").read_text(encoding="utf-8"))


def test_title_byline_and_standfirst(article: CleanArticle, expected: dict[str, object]) -> None:
    assert article.title == expected["title"]
    assert article.byline == expected["byline"]
    assert article.standfirst == expected["standfirst"]


def test_body_paragraphs(article: CleanArticle, expected: dict[str, object]) -> None:
    assert len(article.paragraphs) == expected["body_paragraph_count"]
    assert article.paragraphs[0].startswith(str(expected["body_first_paragraph_starts"]))
    assert article.paragraphs[-1].endswith(str(expected["body_last_paragraph_ends"]))


def test_no_chrome_survives(article: CleanArticle, expected: dict[str, object]) -> None:
    everything = [article.title, article.byline, *article.standfirst, *article.paragraphs]
    must_not_survive = expected["must_not_survive_cleaning"]
    assert isinstance(must_not_survive, list)
    for chrome in must_not_survive:
        leaks = [part for part in everything if chrome in part]
        # "Share" is a word of the first quote ("We share your pain") only in lower case.
        assert not leaks, f"{chrome!r} survived in {leaks}"


def test_every_quote_paragraph_is_kept(article: CleanArticle, expected: dict[str, object]) -> None:
    quotes = expected["quotes"]
    assert isinstance(quotes, list)
    for quote in quotes:
        assert quote["text"] in article.text
