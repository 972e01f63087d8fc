"""Text a page leaves loose after a box, made a paragraph of its own before extraction.

Some templates write the story as bare text between line breaks, right after a picture's box
("<div class=img-wrap>…</div>BENGALURU: Residents of…<br><br>Several complexes…"). The lead is
then the box's tail, and trafilatura drops it with the box it hangs on: the story loses its
first paragraph. Wrapped in a paragraph of its own, it is text like the rest.
"""

from __future__ import annotations

from typing import Any, Final

from lxml import etree

# Words a box's loose text has at least to be wrapped: fewer are a label or a link's tail.
_MIN_WORDS: Final = 8
_BOXES: Final = ("div", "figure", "aside", "section", "table")
# Elements inside a run of text, which go with it into its paragraph ("announced the opening
# of <b>Nam Nghi</b> recently…"); a line break or a box ends the run.
_INLINE: Final = frozenset(
    "a b i em strong span u small sup sub abbr cite q time mark font s".split()
)


def wrap_loose_text(tree: Any) -> None:
    """Give the text that follows a box, in its parent, a paragraph of its own."""
    for box in list(tree.iter(*_BOXES)):
        tail = box.tail
        if not tail or tail.isspace():
            continue
        run = []
        following = box.getnext()
        while following is not None and isinstance(following.tag, str) \
                and following.tag in _INLINE:
            run.append(following)
            following = following.getnext()
        words = len(tail.split()) + sum(
            len(" ".join(element.itertext()).split()) + len((element.tail or "").split())
            for element in run
        )
        if words < _MIN_WORDS:
            continue
        paragraph = etree.Element("p")
        paragraph.text = tail
        box.tail = None
        box.addnext(paragraph)
        paragraph.extend(run)  # moved, their tails with them
