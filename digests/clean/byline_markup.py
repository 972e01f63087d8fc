"""How a template marks up the parts of a byline: the writer's job in an element of its own,
the writer's name in one named so, more writers in links of their own after an "and".

:mod:`html_head` reads the byline from the page's markup with these.
"""

from __future__ import annotations

import re
from typing import Any, Final

from digests.clean.bylines import clean_byline, looks_like_names, without_writer_job
from digests.clean.lead_names import name_words
from digests.clean.lines import normalise

# What the parts of a class name inside a byline box call the writer's job ("Senior
# Reporter", "Box Office Editor", "PhillyVoice Staff"), printed next to the name.
_JOB_PARTS: Final = frozenset({"title", "role", "job", "jobtitle", "position", "staff"})


def texts_but_jobs(box: Any, texts: list[Any]) -> list[Any]:
    """The texts of a byline ``box`` that are not in an element of it marking the writer's job
    ("<span class='author-title'>Senior Reporter</span>"): all of them if every one is."""
    kept = [text for text in texts if not _in_job_element(text.getparent(), box)]
    return kept or texts


def _in_job_element(element: Any, box: Any) -> bool:
    """Whether ``element``, or one between it and the ``box`` holding it, marks a job."""
    while element is not None and element is not box:
        if not _JOB_PARTS.isdisjoint(name_words(element.get("class") or "")):
            return True
        element = element.getparent()
    return False


# An element whose class names the writer's name ("author-name", "author__name", "authorName"),
# or the article's writer as a part of the article's box or head ("article-author",
# "ArticleHeader--author", "post-author", "entry__author"): a commenter's or a teaser's
# ("comment-author", "most-read__author") belongs to no article.
_NAME_CLASS: Final = re.compile(
    r"(?:^|[-_])author[-_]*name$"
    r"|^(?:[a-z]{1,4}[-_]+)?(?:article|post|entry|story)[a-z]*[-_]+author$",
    re.IGNORECASE,
)


def names_writer_class(element: Any) -> bool:
    """Whether one of ``element``'s classes is the word "author" alone or the writer's name."""
    return any(
        token == "author" or _NAME_CLASS.search(token) is not None
        for token in (element.get("class") or "").split()
    )


# What stands between two writers' names, each in a link of its own ("<a>Ann Lee</a> and
# <a>Tom Berg</a>").
_JOINERS: Final = frozenset({"and", "&", ",", ", and", "und", "et", "y"})


def joined_names(texts: list[str]) -> str:
    """The names in the first of ``texts``, and those of the writers the texts after it join to
    them ("Ann Lee" / "and" / "Tom Berg"); each more one a full name."""
    names = clean_byline(normalise(texts[0])) if texts else ""
    for joiner, more in zip(texts[1::2], texts[2::2], strict=False):
        word = normalise(joiner)
        other = clean_byline(normalise(more))
        if not names or word not in _JOINERS or " " not in other or not looks_like_names(other):
            break
        names = f"{names}, {other}" if word == "," else f"{names} {word} {other}"
    # (the writer's job after a comma is no second writer: "Ann Lee" / "," / "Political
    # Reporter")
    return without_writer_job(names)
