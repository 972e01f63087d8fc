"""Captions that a template prints as a list of one item right under the picture.

Most pages caption a picture inside its figure, where trafilatura leaves it out with the
picture. Some print the caption after the figure instead, as a list of a single item; trafilatura
keeps that list as text, and the caption reads as a paragraph of the story. A list of points
under a picture has more than one item, and a list that does not follow a picture is the story's.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from digests.clean.lines import normalise, word_count

_MAX_CAPTION_WORDS = 80  # a caption of several pictures at once ("Clockwise from top: ...")
_LONE_ITEM_AFTER_PICTURE = etree.XPath(
    "//figure[.//img]/following-sibling::*[1][self::ul or self::ol][count(li) = 1]/li"
)


def caption_items(tree: Any) -> frozenset[str]:
    """The texts of the one-item lists that directly follow a figure with a picture."""
    captions = (normalise(item.text_content()) for item in _LONE_ITEM_AFTER_PICTURE(tree))
    return frozenset(text for text in captions if 0 < word_count(text) <= _MAX_CAPTION_WORDS)
