"""HTML mode: a paragraph of the body that is one link to another story and nothing else."""

from __future__ import annotations

import trafilatura

from digests.clean import clean_html
from tests.clean.harbour_story import BODY
from tests.clean.test_html_body_bylines import STORY, page

LONG_STORY = [*STORY, *BODY]


def paragraphs(texts: list[str]) -> str:
    return "\n".join(f"<p>{text}</p>" for text in texts)


def test_a_paragraph_that_is_only_a_link_to_another_story_goes() -> None:
    body = "\n".join([
        paragraphs(LONG_STORY[:3]),
        "<p><a href='https://example.org/2024/03/ferry-fares' target='_blank'>Ferry fares to "
        "rise for the third year</a></p>",
        paragraphs(LONG_STORY[3:6]),
        "<p><a href='https://example.org/2024/03/pier' target='_blank'>#Harbour24: A day in "
        "the life of the busiest pier</a></p>",
        paragraphs(LONG_STORY[6:]),
    ])
    html = page(body)
    kept = trafilatura.extract(html) or ""
    assert "Ferry fares to rise" in kept and "A day in the life of the busiest pier" in kept
    assert clean_html(html, "https://example.org/a").paragraphs == LONG_STORY


def test_a_paragraph_that_opens_with_a_link_stays() -> None:
    opened = (
        "<a href='/2024/03/vessels'>The two new vessels</a> were ordered last spring, and "
        "more may follow"
    )
    html = page(paragraphs([*LONG_STORY[:5], opened, *LONG_STORY[5:]]))
    assert "The two new vessels were ordered last spring, and more may follow" in \
        clean_html(html, "https://example.org/a").paragraphs


def test_a_labelled_link_to_another_story_goes() -> None:
    # "On Harbour Times | <a>headline</a>": the site's pointer to another of its stories, a
    # short label and a separator before the one link that makes up the rest.
    body = "\n".join([
        paragraphs(LONG_STORY),
        "<p>On Harbour Times | <a href='https://example.org/2024/03/ferry-fares'>Ferry fares "
        "to rise for the third year</a></p>",
        "<p>Read next: <a href='https://example.org/2024/03/pier'>A day in the life of the "
        "busiest pier on the coast</a></p>",
    ])
    assert clean_html(page(body), "https://example.org/a").paragraphs == LONG_STORY


def test_a_sentence_that_closes_on_a_link_stays() -> None:
    closing = ("The full report is on the <a href='/2024/03/report'>council's website</a>")
    html = page(paragraphs([*LONG_STORY, closing]))
    assert "The full report is on the council's website" in \
        clean_html(html, "https://example.org/a").paragraphs
