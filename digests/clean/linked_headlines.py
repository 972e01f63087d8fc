"""Paragraphs of the body that are one link to another story and nothing else.

Editors drop the headline of a related story between two paragraphs ("Don't get trapped by bad
weather: Top tips", "Storm prompts airlines to relax travel policies"), set as a paragraph of
its own that is a link and nothing more. Trafilatura keeps it as a paragraph. A sentence of the
story may hold a link, or be one, but ends in a full stop; the headline does not.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from digests.clean.lines import ends_like_sentence, normalise

_MAX_HEADLINE_WORDS = 20
_TAIL_CHARS = 20
# A paragraph whose whole text is the text of one link in it (maybe inside bold or italics).
_LINK_ONLY_PARAGRAPHS = etree.XPath(
    "//p[count(.//a[@href]) = 1][normalize-space(.) = normalize-space(.//a[@href])]"
)


def may_be_linked_headline(text: str, html: str) -> bool:
    """A short line without a sentence's end, that the page's markup closes a link right after:
    what a linked headline looks like. The quick test that spares the page's tree the search
    for such paragraphs on the many pages that have none."""
    # Only the line's end is looked for: its start may be written with entities ("&gt;&gt;").
    return not ends_like_sentence(text) and len(text.split()) <= _MAX_HEADLINE_WORDS \
        and f"{text[-_TAIL_CHARS:]}</a>" in html


def linked_headlines(tree: Any) -> frozenset[str]:
    """The texts of the paragraphs that are a link alone, without a sentence's end."""
    texts = (normalise(paragraph.text_content()) for paragraph in _LINK_ONLY_PARAGRAPHS(tree))
    return frozenset(
        text for text in texts
        if text and not ends_like_sentence(text) and len(text.split()) <= _MAX_HEADLINE_WORDS
    )
