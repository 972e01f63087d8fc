"""Readers' comments in a box that the template names in the page's own language.

trafilatura leaves out a comment section by its English name ("comments", "comment-list"); a
Spanish, German, Dutch, Polish, Italian or Russian template names it in its newsroom's words
(``<div id="comentarios">``, ``<section class="leserkommentare">``, ``<div id="reacties">``),
and trafilatura takes its comments for more paragraphs of the story. Such boxes are cut from the
page before it looks: a name part that starts with a plural word for readers' comments.

The singular is left alone where it names a kind of article: a German "Kommentar" is an opinion
column. A box that holds the headline is the story's column, whatever its name
(``<div class="con-comentarios">`` around the whole article), and is kept.
"""

from __future__ import annotations

import re
from typing import Any, Final

from lxml import etree

# Name parts a comment box starts with, by language: Spanish and Portuguese, German, Polish,
# Italian, Dutch, and Russian written in Latin letters ("kommentarii", "kommentarij").
_COMMENT_STEMS: Final = (
    "comentario", "kommentare", "leserkommentar", "komentarz", "commenti", "reacties",
    "kommentari",
)
_NAME_PARTS: Final = re.compile(r"[\s_-]+")
_HOLDS_STORY: Final = "h1"
_IDS_AND_CLASSES: Final = etree.XPath("//@id | //@class")


def drop_comment_sections(tree: Any) -> None:
    """Remove from ``tree`` the boxes named for readers' comments in a language other than
    English, unless a box holds the headline (the story's own column)."""
    # Most pages name nothing so: all their ids and classes, read at once (by lxml, in C), settle
    # them, where reading every element's names in Python cost twice as long (~2 ms a page, 7%
    # of cleaning an HTML page; 4 of extraction-dev's 150 pages get past this).
    names = " ".join(_IDS_AND_CLASSES(tree)).lower()
    if not any(stem in names for stem in _COMMENT_STEMS):
        return
    doomed = [
        element
        for element in tree.iter()
        if isinstance(element.tag, str)
        and element.tag not in ("html", "body")
        and _names_comments(element)
    ]
    for element in doomed:
        if element.getparent() is None or next(element.iter(_HOLDS_STORY), None) is not None:
            continue
        remove_keeping_tail(element)


def _names_comments(element: Any) -> bool:
    names = f"{element.get('id', '')} {element.get('class', '')}".lower()
    return any(part.startswith(_COMMENT_STEMS) for part in _NAME_PARTS.split(names) if part)


def remove_keeping_tail(element: Any) -> None:
    """Remove the element; the text that follows it in its parent stays."""
    parent = element.getparent()
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)
