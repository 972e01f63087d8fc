"""A video embedded in the text: its title and the sentence that sums it up, which a scraper
prints among the paragraphs ("Video" / "Retail theft crisis: Store owners say enough is
enough" / "Former NYPD detective Nick Caruso joins 'Fox & Friends First' to discuss…"; CBC's
"WATCH | …:" / the clip's title / "Duration 2:14" / its blurb). The blurb reads as a sentence,
and the story's key points would take it for one of their own.
"""

from __future__ import annotations

import re
from typing import Final

from digests.clean.lines import LineInfo

# The label over an embedded video, alone or with what the clip shows after a bar ("WATCH |
# Halifax Transit drivers describe the pressures of the job:").
_VIDEO_LABEL: Final = re.compile(r"(?:video|watch|vidéo|vídeo)(?:\s*[|:]\s*.{1,150})?", re.I)
# The clip's length under its title ("Duration 2:14", "2:14").
_DURATION: Final = re.compile(r"(?:duration|durée|dauer|duración)?\s*\d{1,2}:\d{2}", re.I)
# What a clip's blurb says its guest does, in the present tense.
_CLIP_VERB: Final = re.compile(
    r"\b(?:joins|join|discusses|discuss|weighs in|reacts|react|breaks down|sits down|speaks "
    r"with|speaks to|talks|weigh in)\b"
)
_MAX_TITLE_WORDS: Final = 20
_MAX_BLURB_WORDS: Final = 45


def video_blurb_lines(lines: list[LineInfo]) -> set[int]:
    """Indexes of the lines that are an embedded video's title or blurb."""
    found: set[int] = set()
    for position, line in enumerate(lines[:-1]):
        if _DURATION.fullmatch(line.text):
            # the title above the clip's length, the blurb below it (a paragraph above it
            # is the story's: the length is then all the video the scraper printed)
            if position > 0 and _title_shaped(lines[position - 1]):
                found.add(lines[position - 1].index)
                if _blurb_shaped(lines[position + 1]):
                    found.add(lines[position + 1].index)
        elif line.words <= _MAX_TITLE_WORDS + 2 and _VIDEO_LABEL.fullmatch(line.text):
            title = lines[position + 1]
            if not _title_shaped(title):
                continue
            found.add(title.index)
            # Without the clip's length under it, the next sentence may be the story's first:
            # a blurb says what the guest does in the clip ("joins … to discuss").
            blurb = lines[position + 2] if position + 2 < len(lines) else None
            if blurb is not None and _blurb_shaped(blurb) and _CLIP_VERB.search(blurb.text):
                found.add(blurb.index)
    return found


def _title_shaped(line: LineInfo) -> bool:
    return line.words <= _MAX_TITLE_WORDS and not line.sentence_end


def _blurb_shaped(line: LineInfo) -> bool:
    return line.words <= _MAX_BLURB_WORDS and line.sentence_end
