"""Characters that print as nothing inside words (soft hyphens, zero-width spaces) are dropped
before cleaning: a word cut by one is two words to every test of words and names."""

from __future__ import annotations

from digests.analyse import analyse
from digests.clean import clean_html, clean_text
from digests.clean.lines import without_invisible

TITLE = "Bundeskanzler ruft zur Einigung im Bahnstreik auf"
PARAGRAPHS = [
    "Bundeskanzler Olaf Scholz hat die Tarifparteien am Dienstag zu einer raschen Einigung "
    "im Streit um Arbeitszeit und Lohn aufgerufen.",
    "„Die Fahrgäste dürfen nicht die Leidtragenden sein“, sagte der Bundeskanzler in Berlin.",
]


def hyphenated(text: str, mark: str) -> str:
    """German long words broken as a site breaks them for narrow screens."""
    for word in ("Bundeskanzler", "Bahnstreik", "Tarifparteien", "Leidtragenden"):
        text = text.replace(word, word[:5] + mark + word[5:])
    return text


def test_the_characters_go_and_joiners_stay() -> None:
    assert without_invisible("Bundes\u00adkanzler\u200b \ufeffScholz\u2060") == \
        "Bundeskanzler Scholz"
    # Persian and Indic words and emoji need their joiners; right-to-left text its marks.
    kept = "می\u200cخواهم \u200f👩\u200d💻"
    assert without_invisible(kept) == kept


def test_scraped_text_with_soft_hyphens_cleans_and_reads_as_without() -> None:
    page = "\n\n".join([TITLE, *PARAGRAPHS])
    article = clean_text(hyphenated(page, "\u00ad"))
    assert article.title == TITLE and article.paragraphs == PARAGRAPHS
    assert [q.speaker for q in analyse(article).quotes] == ["Olaf Scholz"]


def test_a_page_with_soft_hyphen_entities_cleans_as_without() -> None:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    page = (f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
            f"{body}</article></body></html>")
    for mark in ("&shy;", "&#173;", "\u00ad", "&#8203;"):
        article = clean_html(hyphenated(page, mark))
        assert article.title == TITLE and article.paragraphs == PARAGRAPHS, mark
