"""The class and id names that mark an article's lead box: the standfirst, deck or teaser a
template sets apart between the headline and the text.

:mod:`html` looks for the lead trafilatura left out by these names.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any, Final

# Parts of class and id names that CMS templates give the lead paragraph, with the newsroom
# words for it in the languages whose templates name it so ("perex" in Czech, Slovak and
# Hungarian, "chapô" in French, "entradilla" and "bajada" in Spanish).
_LEAD_NAMES: Final = frozenset({
    "intro", "teaser", "lead", "lede", "excerpt", "preface", "standfirst", "summary", "deck",
    "dek", "subtitle", "abstract", "description", "perex", "chapo", "chapeau", "entradilla",
    "bajada", "subhead", "subheadline", "desc", "descp", "sommario", "subtitulo", "sottotitolo",
})
# Those of the names that mean the deck alone, never the text's first paragraph set in bold
# ("intro", "lead"): a box so named is the standfirst even inside the text's own box.
_DECK_NAMES: Final = frozenset({
    "standfirst", "deck", "dek", "subtitle", "subhead", "subheadline", "chapo", "chapeau",
    "perex", "entradilla", "bajada", "sommario", "subtitulo", "sottotitolo",
})
# Parts of the names of a picture's or a clip's boxes: a "description" there describes the
# picture or the clip ("video-desc" under a player).
_PICTURE_NAMES: Final = frozenset({
    "caption", "figcaption", "slideshow", "gallery", "photo", "image", "img", "picture",
    "figure", "media", "credit", "slide", "video",
})
# schema.org types whose "description" is a picture's, a clip's or a recording's.
_MEDIA_TYPE: Final = re.compile(r"(?:Image|Video|Audio|Media)Object$")
_NAME_KEYS: Final = ("class", "id", "data-qa", "data-testid")
_NAME_PARTS: Final = re.compile(r"[\s_-]+")
_CAMEL_JOIN: Final = re.compile(r"(?<=[a-z])(?=[A-Z])")


def name_words(names: str) -> list[str]:
    """The words of class or id names, in lower case: words run together in camel case are
    words all the same ("atc-IntroText", "Byline_title__x0")."""
    return [part for part in _NAME_PARTS.split(_CAMEL_JOIN.sub(" ", names).lower()) if part]


def names_lead(element: Any) -> bool:
    """Whether the element's class, id or test name marks it as the lead box."""
    parts = _name_parts(element)
    if parts & _PICTURE_NAMES:
        return False  # a picture's description ("slideshow-description", "image-summary")
    if bool(parts & _LEAD_NAMES):
        return True
    return element.get("itemprop") == "description" and not _describes_media(element)


def names_deck(element: Any) -> bool:
    """Whether the element's names mark it as the deck ("standfirst", "field--name-subtitle")."""
    parts = _name_parts(element)
    return not parts & _PICTURE_NAMES and bool(parts & _DECK_NAMES)


def _name_parts(element: Any) -> set[str]:
    """The words of the element's class, id and test names ("data-qa", React's "data-testid"),
    and each two of them run together (a name written in two parts is the same name:
    "sub-headline", "sub-title")."""
    split = name_words(" ".join(element.get(key, "") for key in _NAME_KEYS))
    return {*split, *(first + second for first, second in pairwise(split))}


def _describes_media(element: Any) -> bool:
    """Whether the schema.org item that an ``itemprop`` belongs to is a picture or a clip
    (``<div itemscope itemtype="https://schema.org/VideoObject">``), not the article."""
    owner = next((a for a in element.iterancestors() if a.get("itemscope") is not None), None)
    return owner is not None and bool(_MEDIA_TYPE.search(owner.get("itemtype", "").strip()))
