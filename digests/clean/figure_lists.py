"""Captions that a template prints outside a figure, where trafilatura keeps them as text.

Most pages caption a picture inside its figure, where trafilatura leaves it out with the
picture. Some print the caption after the figure instead, as a list of a single item; trafilatura
keeps that list as text, and the caption reads as a paragraph of the story. A list of points
under a picture has more than one item, and a list that does not follow a picture is the story's.

Others set the picture and its caption in a plain box (``<div class="foto"><img alt="Izaskun
Lesaka."><p>Izaskun Lesaka.</p></div>``): the line in the picture's box that repeats its
description (the alt or title text) is the caption, and so is the short text of a box that holds
the picture and nothing else (``<div class="image-none"><img ...><br><i>The basement at 80 New
York. (Scott Heins/Gothamist)</i></div>``), even where the box sits inside a paragraph. A
paragraph that holds a picture is no such box, nor is a box with a paragraph in it (a brief
under its picture): their text is the story's.
"""

from __future__ import annotations

from typing import Any, Final

from lxml import etree

from digests.clean.lines import normalise, word_count

_MAX_CAPTION_WORDS: Final = 80  # a caption of several pictures at once ("Clockwise from top: ...")
_LONE_ITEM_AFTER_PICTURE: Final = etree.XPath(
    "//figure[.//img]/following-sibling::*[1][self::ul or self::ol][count(li) = 1]/li"
)
_DESCRIBED_PICTURE: Final = etree.XPath("//img[normalize-space(@alt) or normalize-space(@title)]")
_LINES_IN_BOX: Final = etree.XPath("./p | ./*/p | ./span | ./div[not(.//img)]")
_CLOSING: Final = " .!?…"
_MAX_BOX_CAPTION_WORDS: Final = 45  # captions.is_caption's bound
# Boxes whose text is the story's or a link's, not a picture's caption.
_NOT_PICTURE_BOXES: Final = frozenset({"p", "a", "li", "td", "body", "article", "section", "main"})
# A box with a paragraph or a heading in it is a story's, a brief's or a teaser's, the picture
# only one of its parts.
_HOLDS_PROSE: Final = etree.XPath("boolean(.//p | .//h1 | .//h2 | .//h3 | .//h4 | .//ul | .//ol)")


def caption_items(tree: Any) -> frozenset[str]:
    """The texts of the one-item lists that directly follow a figure with a picture."""
    captions = (normalise(item.text_content()) for item in _LONE_ITEM_AFTER_PICTURE(tree))
    return frozenset(text for text in captions if 0 < word_count(text) <= _MAX_CAPTION_WORDS)


def alt_text_captions(tree: Any) -> frozenset[str]:
    """The lines in a picture's box (its parent element) that repeat its alt or title text."""
    captions: set[str] = set()
    for picture in _DESCRIBED_PICTURE(tree):
        box = picture.getparent()
        if box is None:
            continue
        descriptions = {
            _comparable(picture.get(name, "")) for name in ("alt", "title")
        } - {""}
        for line in _LINES_IN_BOX(box):
            text = normalise(line.text_content())
            if word_count(text) <= _MAX_CAPTION_WORDS and _comparable(text) in descriptions:
                captions.add(text)
    return frozenset(captions)


def _comparable(text: str) -> str:
    return normalise(text).rstrip(_CLOSING).casefold()


def picture_box_captions(tree: Any) -> dict[str, bool]:
    """The short texts of the boxes that hold a picture and its caption and nothing else, each
    with whether its box sits inside a paragraph (whose text then runs on after the caption)."""
    captions: dict[str, bool] = {}
    for picture in tree.iter("img"):
        box = picture.getparent()
        if box is None or box.tag in _NOT_PICTURE_BOXES or _HOLDS_PROSE(box):
            continue
        text = normalise(box.text_content())
        if 0 < word_count(text) <= _MAX_BOX_CAPTION_WORDS:
            inline = any(ancestor.tag == "p" for ancestor in box.iterancestors())
            captions[text] = captions.get(text, False) or inline
    return captions
