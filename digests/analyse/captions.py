"""Is a sentence a photo's caption that scraping left in the text?

A caption tells, in the present tense, what someone in the picture is doing at that moment
("Lena Ortiz, 7, holds her father's hand as volunteers carry sandbags…", "Coach Dan Reeve
looks on as his side lose…", "Amy Cole, left, stands beside…"); read as a key point it tells
what one person looked like, not what happened. News in the present tense is told too
("Lena Ortiz, 42, faces one count of fraud", "The club holds the record…"), so a caption is
known only by its frame: a name, then the subject's age or place in the picture, then a verb
of pose and a clause on what goes on around it ("as…"); or a name that "looks on".
"""

from __future__ import annotations

import re
from typing import Final

_NAME: Final = r"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,4}"
_IN_THE_PICTURE: Final = (
    r",\s(?:\d{1,3}|left|right|centre|center|second from (?:left|right)|front),"
)
_POSE: Final = (
    r"(?:holds|hold|sits|sit|stands|stand|poses|pose|gestures|reacts|waits|walks|hugs"
    r"|embraces|smiles|carries|wipes|prays|kneels|watches|cheers|waves|cries|weeps)"
)
_CAPTION: Final = re.compile(
    rf"^{_NAME}(?:{_IN_THE_PICTURE}\s{_POSE}\b[^,;]*\sas\s"
    r"|\slooks on\b(?=\s(?:as|during|from|while)\b|[,.]))"
)


# What opens a caption's paragraph rather than a story's: a photo gallery's count ("3 of 12."),
# or the photographer's credit set before the caption ("Jane Cole/for The Daily Post Leo…",
# "John Lee/Reuters Police…"): a name of two to four words, a slash, then the outlet, as "for"
# one or as a photo agency ("New York/New Jersey" is no credit).
_GALLERY_COUNT: Final = re.compile(r"\d{1,3} of \d{1,3}\.?$")
_PHOTOGRAPHER_CREDIT: Final = re.compile(
    r"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){1,3}/(?:for\s[A-Z]|Getty|Reuters|AP\b|AFP|EPA|Bloomberg"
    r"|Shutterstock|Staff|Zuma|Alamy|PA\b|dpa|Xinhua|Sipa|Corbis)"
)


def opens_a_caption(first_sentence: str) -> bool:
    """Does a paragraph that opens with ``first_sentence`` hold a photo's caption: a gallery's
    count ("3 of 12. A navy diver checks his gear…") or a photographer's credit ("Jane Cole/for
    The Daily Post Leo Marsh and his manager pose…") before it? Scraped text keeps such
    paragraphs above the story, and all their sentences tell of the picture, not the news."""
    if first_sentence[:1].isdigit():
        return _GALLERY_COUNT.match(first_sentence) is not None
    # A slash near the start settles most sentences without the pattern.
    return "/" in first_sentence[:60] and _PHOTOGRAPHER_CREDIT.match(first_sentence) is not None


def is_photo_caption(sentence: str) -> bool:
    """Does ``sentence`` read as a photo's caption (see the module's doc)?"""
    if " as " not in sentence and " looks on" not in sentence:
        return False  # the usual case, settled by substring tests
    return _CAPTION.match(sentence) is not None
