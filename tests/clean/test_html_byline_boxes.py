"""HTML mode: the byline read from a template's byline box when no author field names anyone:
the writer's job in an element of its own, a name box with no "By", two linked writers."""

from __future__ import annotations

import pytest

from digests.clean import clean_html
from tests.clean.test_html_body_bylines import STORY, page, paragraphs

URL = "https://example.org/a"


@pytest.mark.parametrize(
    "job",
    [
        '<span class="author-title">Senior Reporter</span>',
        '<span class="c-byline__role">Box Office Editor</span>',
        '<span class="Byline_title__x0">Transport Reporter</span>',
        '<span class="author-staff">Harbour Weekly Staff</span>',
    ],
)
def test_the_writer_s_job_in_an_element_of_its_own_is_no_part_of_the_byline(job: str) -> None:
    box = (
        f'<div class="article-byline"><a href="/editors/nc/">Nora Castell</a> {job} '
        "<span>Published Nov. 19, 2026</span></div>"
    )
    article = clean_html(page(box + paragraphs(STORY)), URL)
    assert article.byline == "Nora Castell"


@pytest.mark.parametrize(
    "name",
    [
        '<a class="author-name" href="/author/nora-castell/">Nora Castell</a>',
        '<span class="author-name"><a href="/author/nc/">Nora Castell</a></span>',
        '<p class="post-author-name">Nora Castell</p>',
        '<span class="authorName">Nora Castell</span>',
    ],
)
def test_an_element_named_as_the_writer_s_name_gives_the_byline_without_a_by(name: str) -> None:
    box = (
        f'<div class="author-box">{name} <span class="author-role">Senior reporter</span></div>'
        '<span class="post-date">Nov 26, 2026, 12:01</span>'
    )
    article = clean_html(page(box + paragraphs(STORY)), URL)
    assert article.byline == "Nora Castell"


@pytest.mark.parametrize(
    ("names", "byline"),
    [
        ('<a href="/a/nc/">Nora Castell</a> and <a href="/a/tb/">Tom Berg</a>',
         "Nora Castell and Tom Berg"),
        ('<a href="/a/nc/">Nora Castell</a>, <a href="/a/tb/">Tom Berg</a>',
         "Nora Castell, Tom Berg"),
        # what follows the one writer is no second writer
        ('<a href="/a/nc/">Nora Castell</a> and <a href="/tag/ferries/">ferries</a>',
         "Nora Castell"),
    ],
)
def test_a_by_label_over_two_linked_writers_names_both(names: str, byline: str) -> None:
    box = (
        f'<div class="meta"><span class="by">By {names}</span> '
        '<span class="date">Published on 14/11/2026, 9:05am</span></div>'
    )
    article = clean_html(page(box + paragraphs(STORY)), URL)
    assert article.byline == byline
