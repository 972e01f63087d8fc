"""Paragraphs of the body that are one link to another story and nothing else.

Editors drop the headline of a related story between two paragraphs ("Don't get trapped by bad
weather: Top tips", "Storm prompts airlines to relax travel policies"), set as a paragraph of
its own that is a link and nothing more. Trafilatura keeps it as a paragraph. A sentence of the
story may hold a link, or be one, but ends in a full stop; the headline does not. Some sites
set a short label before it ("En Xataka | …", "Read next: …"): the same pointer.
"""

from __future__ import annotations

from typing import Any, Final

from lxml import etree

from digests.clean.lines import ends_like_sentence, normalise

_MAX_HEADLINE_WORDS: Final = 20
_TAIL_CHARS: Final = 20
_MAX_LABEL_WORDS: Final = 4
# What closes a label before the link ("En Xataka | …", "Read next: …", "Lire aussi » …").
_LABEL_ENDS: Final = ("|", ":", "»", "›", "–", "—", "-")
# A paragraph with one link in it (maybe inside bold or italics).
_ONE_LINK_PARAGRAPHS: Final = etree.XPath("//p[count(.//a[@href]) = 1]")
_LINK: Final = etree.XPath(".//a[@href]")


def may_be_linked_headline(text: str, html: str) -> bool:
    """A short line without a sentence's end, that the page's markup closes a link right after:
    what a linked headline looks like. The quick test that spares the page's tree the search
    for such paragraphs on the many pages that have none."""
    # Only the line's end is looked for: its start may be written with entities ("&gt;&gt;").
    return not ends_like_sentence(text) and len(text.split()) <= _MAX_HEADLINE_WORDS \
        and f"{text[-_TAIL_CHARS:]}</a>" in html


def linked_headlines(tree: Any) -> frozenset[str]:
    """The texts of the paragraphs that are a link alone, without a sentence's end, or such a
    link under a short label ("En Xataka | Qué son los coches de kilómetro 0", "Read next: A
    day in the life of the busiest pier"): the site's pointer to another of its stories."""
    found = set()
    for paragraph in _ONE_LINK_PARAGRAPHS(tree):
        text = normalise(paragraph.text_content())
        if not text or ends_like_sentence(text) or len(text.split()) > _MAX_HEADLINE_WORDS:
            continue
        link = normalise(_LINK(paragraph)[0].text_content())
        if link == text or (link and text.endswith(link) and _is_label(text[:-len(link)])):
            found.add(text)
    return frozenset(found)


def _is_label(prefix: str) -> bool:
    """A few words closed by a separator: what introduces the link, not a sentence's start."""
    label = prefix.strip()
    if not label.endswith(_LABEL_ENDS):
        return False
    return 1 <= len(label.rstrip("".join(_LABEL_ENDS)).split()) <= _MAX_LABEL_WORDS
