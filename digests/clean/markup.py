"""HTML markup a scraper printed as text: an embed code, a consent form, a tweet's blockquote.

A page can hold markup as text (in a ``<noscript>``, a ``<template>``, an attribute, a share
box's "embed this video" field), and a scraper that takes every text node prints it as it
stands: a long line that reads as prose by its length alone. Told by its tags, not by a site.
"""

from __future__ import annotations

import re
from typing import Final

# An opening, closing or empty tag with its attributes: "<iframe width="476" …>", "</a>", "<br/>".
_TAG: Final = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>")
# Tags write at least this share of a markup line's characters; a sentence about HTML ("wrap
# it in a <b> tag") has a tag or two in many words.
_TAG_SHARE: Final = 0.5


def is_markup(text: str) -> bool:
    """Whether ``text`` is mostly HTML tags: markup printed as text, no article's prose."""
    if "<" not in text:
        return False
    tagged = sum(len(tag) for tag in _TAG.findall(text))
    return tagged >= _TAG_SHARE * len(text)
