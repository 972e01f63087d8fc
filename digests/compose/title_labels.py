"""A headline's newsroom label: "BREAKING:", "WATCH:", "Photos:", "… – video", "[VIDEO]".

On the site, such a label says what the link leads to or how new it is. In a digest it misleads:
the digest shows no video or photos, and a "breaking" story is hours old when the morning digest
arrives. So the label goes and the headline stays. Only a closed list of words goes, and only
set off as a label (a colon, a bar or a dash after it, brackets around it): "Watch the skies"
and "Live music returns" keep their first word. A label with too little headline after it stays,
as the title would say nothing without it.
"""

from __future__ import annotations

import re

# Urgency and media labels, in the languages the analysis knows best and a few more.
_LABEL_WORDS = (
    r"breaking(?: news)?|just in|update[ds]?|latest|live(?: updates?| blog)?|watch|videos?|"
    r"photos?|pictures|in pictures|gallery|maps?|listen|audio|podcast|"
    r"eilmeldung|liveblog|live-?ticker|fotos?|bildergalerie|"
    r"en direct|dernière minute|vidéo|"
    r"última hora|en (?:vivo|directo)|vídeo|"
    r"срочно|видео|фото"
)
_LEADING = re.compile(
    rf"^\s*(?:\[(?:{_LABEL_WORDS})\]\s*|(?:{_LABEL_WORDS})\s*(?:[:：|]|\s[-–—])\s*)",
    re.IGNORECASE,
)
_TRAILING = re.compile(
    rf"\s*(?:\s[-–—|]\s*(?:{_LABEL_WORDS})|[\[(](?:{_LABEL_WORDS})[\])])\s*$", re.IGNORECASE
)
# Words a headline keeps after its label, or the label stays.
MIN_HEADLINE_WORDS = 3


def without_label(title: str) -> str:
    """``title`` without a newsroom label at its start or its end."""
    for pattern in (_LEADING, _TRAILING):
        rest = pattern.sub("", title, count=1)
        if rest != title and len(rest.split()) >= MIN_HEADLINE_WORDS:
            title = rest
    return title
