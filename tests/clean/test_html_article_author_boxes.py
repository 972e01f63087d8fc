"""HTML mode: the byline an article's header prints in its own author element ("article-author",
"ArticleHeader--author"), and two writers it prints where the author field names only one; a
commenter's element is no byline, nor the writer's job a second writer."""

from __future__ import annotations

import pytest

from digests.clean import clean_html
from tests.clean.test_html_body_bylines import STORY, page, paragraphs

URL = "https://example.org/a"


@pytest.mark.parametrize(
    "box",
    [
        '<div class="article-author"><a href="/person/nc">By Nora Castell</a></div>',
        '<div class="article-author"><a href="/person/nc">Nora Castell</a></div>',
        '<div class="ArticleHeader--author">By Nora Castell</div>',
        '<p class="entry__author"><a href="/author/nc">Nora Castell</a></p>',
    ],
)
def test_the_article_s_author_element_gives_the_byline(box: str) -> None:
    article = clean_html(page(box + paragraphs(STORY)), URL)
    assert article.byline == "Nora Castell"
    assert article.paragraphs == STORY


@pytest.mark.parametrize(
    "box",
    [
        '<div class="ArticleHeader--author">By <span>Nora Castell</span> and '
        "<span>Tom Berg</span></div>",
        '<div class="ArticleHeader--author">By Nora Castell and Tom Berg</div>',
    ],
)
def test_two_writers_printed_win_over_one_in_the_author_field(box: str) -> None:
    head = '<meta name="author" content="Nora Castell">'
    article = clean_html(page(box + paragraphs(STORY), head), URL)
    assert article.byline == "Nora Castell and Tom Berg"
    # A job after the writer's name is no second writer.
    job = ('<div class="meta"><span>By <a href="/authors/nc">Nora Castell</a></span>, '
           '<span>Political Reporter</span></div>')
    alone = clean_html(page(job + paragraphs(STORY), head), URL)
    assert alone.byline == "Nora Castell"


def test_a_commenters_element_is_no_byline() -> None:
    comments = ('<div class="comments"><p class="comment-author">Tom Berg</p>'
                "<p>I take this ferry every day and it is always late.</p></div>")
    article = clean_html(page('<div class="article-author">By Nora Castell</div>'
                              + paragraphs(STORY) + comments), URL)
    assert article.byline == "Nora Castell"
