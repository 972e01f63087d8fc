"""Readers' comments under a post, as a scraper prints them, are not the article."""

from __future__ import annotations

from digests.clean import clean_text
from digests.clean.comment_threads import comment_thread_start
from digests.clean.text import page_lines
from tests.clean.harbour_story import BODY

COMMENTS = [
    "2 thoughts on “Harbour pier to be rebuilt”",
    "Jasmin says:",
    "February 10, 2019 at 6:05 pm",
    "I have walked on that pier every summer since I was a child, and I am so glad that it "
    "will finally be rebuilt after all these years of waiting for the council to act on it.",
    "Reply",
    "Olle Brandt says:",
    "February 10, 2019 at 7:22 pm",
    "Eighteen months sounds optimistic to me. The last time the harbour was dredged it took "
    "twice as long as they said, and the ferry landing was a mess for the whole of that time. "
    "I hope the traders get their pause in the summer, because the market cannot lose another "
    "season of visitors after the storm and the long closure that followed it.",
    "Reply",
]


def page(*parts: str) -> str:
    return "\n\n".join(parts)


def test_comments_under_the_article_are_not_its_paragraphs() -> None:
    article = clean_text(page("Harbour pier to be rebuilt", *BODY, *COMMENTS))
    assert article.paragraphs == BODY


def test_comments_with_more_prose_than_the_article_do_not_take_its_place() -> None:
    german = [
        "Jasmin sagt:", "10. Februar 2019 um 18:05 Uhr", COMMENTS[3], COMMENTS[8],
        "Antworten", "Olle Brandt sagt:", "10. Februar 2019 um 19:22 Uhr", COMMENTS[8],
        COMMENTS[3], "Antworten",
    ]
    article = clean_text(page("Harbour pier to be rebuilt", *BODY, *german))
    assert article.paragraphs == BODY


def test_the_thread_starts_at_its_first_writer() -> None:
    lines = page_lines(page("Harbour pier to be rebuilt", *BODY, *COMMENTS))
    start = comment_thread_start(lines)
    assert start is not None and lines[start].text == "Jasmin says:"


def test_a_speaker_line_without_a_date_is_no_comment() -> None:
    # An interview printed as a transcript names its speakers the same way, with no date.
    lines = page_lines(page(
        "Harbour pier to be rebuilt", BODY[0], "The harbour master says:",
        "We have waited three winters for this, and the work can start in March.", BODY[1]))
    assert comment_thread_start(lines) is None


def test_a_page_that_is_only_comments_keeps_them() -> None:
    article = clean_text(page(*COMMENTS[1:]))
    assert COMMENTS[3] in article.paragraphs
