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
_LABELS = (
    "breaking", "breaking news", "just in", "update", "updated", "updates", "latest", "live",
    "live updates", "live blog", "watch", "video", "videos", "photo", "photos", "pictures",
    "in pictures", "gallery", "map", "maps", "listen", "audio", "podcast",
    "eilmeldung", "liveblog", "liveticker", "live-ticker", "foto", "fotos", "bildergalerie",
    "en direct", "dernière minute", "vidéo",
    "última hora", "en vivo", "en directo", "vídeo",
    "срочно", "видео", "фото",
)
# Longest first, so that "breaking news" goes whole rather than as "breaking".
_LABEL_WORDS = "|".join(re.escape(label) for label in sorted(_LABELS, key=len, reverse=True))
_LEADING = re.compile(
    rf"^\s*(?:\[(?:{_LABEL_WORDS})\]\s*|(?:{_LABEL_WORDS})\s*(?:[:：|]|\s[-–—])\s*)",
    re.IGNORECASE,
)
_TRAILING = re.compile(
    rf"\s*(?:\s[-–—|]\s*(?:{_LABEL_WORDS})|[\[(](?:{_LABEL_WORDS})[\])])\s*$", re.IGNORECASE
)
# Cheap tests first: most titles neither open nor end with a label word, and skip the patterns.
_MAY_OPEN = ("[", *_LABELS)
_MAY_END = ("]", ")", *_LABELS)
_ROOM = 2 + max(len(label) for label in _LABELS)
# Words a headline keeps after its label, or the label stays.
MIN_HEADLINE_WORDS = 3


def without_label(title: str) -> str:
    """``title`` without a newsroom label at its start or its end."""
    head = title[:_ROOM].lstrip().lower()
    if head.startswith(_MAY_OPEN):
        title = _without(_LEADING, title)
    if title[-_ROOM:].rstrip().lower().endswith(_MAY_END):
        title = _without(_TRAILING, title)
    return title


def _without(label: re.Pattern[str], title: str) -> str:
    rest = label.sub("", title, count=1)
    return rest if len(rest.split()) >= MIN_HEADLINE_WORDS else title
