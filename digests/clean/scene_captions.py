"""A picture's caption without a credit: it says what the picture shows in the present tense,
though the scene is days old ("The premier talks with a resident during a visit last week").

News prose tells past events in the past tense; a caption tells the scene as it is in the
picture. A sentence that opens with who is pictured, goes straight on to an action one can see
(talks, greets, looks on, shakes hands) and dates it in the past (last week, yesterday, earlier
this month) is a caption that a scraper kept without its credit. English only; the verb must
follow its subject with no clause between, so "The company holds a stake, which it bought last
year" and "Keller says she met them last week" stay.
"""

from __future__ import annotations

import re
from typing import Final

# Actions a picture shows, in the present tense.
_SCENE_VERBS: Final = (
    "talks", "speaks", "chats", "meets", "greets", "visits", "tours", "inspects", "poses",
    "arrives", "gestures", "waves", "smiles", "reacts", "celebrates", "addresses", "attends",
    r"looks\s+on", r"shakes\s+hands", "lays", "signs",
)
_DAYS: Final = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# A time that is past, not a possessive ("last week's vote" is a thing, not when).
_PAST_TIME: Final = (
    rf"(?:last\s+(?:week|month|year|night|weekend|{_DAYS})|yesterday"
    rf"|earlier\s+(?:this|in\s+the)\s+(?:week|month|year|day))(?!['’]s)\b"
)
# Who is pictured: up to eight words opening with a capital, no comma (a clause) between them.
_SCENE_CAPTION: Final = re.compile(
    rf"^[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){{0,7}}\s+(?:{'|'.join(_SCENE_VERBS)})\b"
    rf"[^.!?\"“”]*?\b{_PAST_TIME}[^.!?\"“”]*\.?$"
)
_MAX_WORDS: Final = 40
_PAST_WORDS: Final = ("last ", "yesterday", "earlier ")


def is_scene_caption(text: str) -> bool:
    """Whether ``text`` is a caption telling a past scene in the present tense."""
    if not any(word in text for word in _PAST_WORDS) or text.count(" ") >= _MAX_WORDS:
        return False
    return _SCENE_CAPTION.match(text) is not None
