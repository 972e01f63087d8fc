"""The numbers a scholarly story links to its references ("…a study in mice<sup><a
href="#ref-CR1">1</a></sup>."), which would otherwise be glued to the word before them
("mice1.")."""

from __future__ import annotations

import re
from typing import Any, Final

from digests.clean.comment_sections import remove_keeping_tail

# What a reference mark reads: numbers, their ranges and lists ("1", "2–4", "3,5"), maybe in
# brackets ("[7]").
_MARK_TEXT: Final = re.compile(r"\[?\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\]?")


def drop_reference_marks(tree: Any) -> None:
    """Remove from ``tree`` each superscript number that links to a place on the same page (a
    reference list): "km<sup>2</sup>", linking nowhere, is a square kilometre and stays."""
    for sup in list(tree.iter("sup")):
        if _MARK_TEXT.fullmatch(sup.text_content().strip()) is None:
            continue
        parent = sup.getparent()
        if parent is not None and parent.tag == "a" and _links_within(parent) \
                and not (parent.text or "").strip() and len(parent) == 1:
            remove_keeping_tail(parent)  # <a href="#ref1"><sup>1</sup></a>
        elif any(_links_within(link) for link in sup.iter("a")):
            remove_keeping_tail(sup)


def _links_within(link: Any) -> bool:
    return str(link.get("href", "")).startswith("#")
