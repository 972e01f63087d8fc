"""A labelled summary box at the top of a story: "Key Points", "In short:", "What to know".

Many sites print the story's main points in a box under the headline, under a label of their
own, and, where software wrote them, a note that says so ("AI-assisted summary", "Summary by
Bloomberg AI. Reviewed by the newsroom."). The bullets are the page's own summary: they become
the standfirst when the page has none (and so the key points), and never body paragraphs,
which would open the story with its summary and then tell it again.

Only a known label counts, near the top of the text, over bullets of a summary's length: a
label alone says nothing of the lines under it ("Highlights" also heads a match's video), so
the lines must read as sentences too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final

from digests.clean.blocks import Block
from digests.clean.lines import word_count
from digests.word_runs import shares_run

# The labels, case-folded, without a closing colon. A box may hold a second label further down
# ("In short: … What's next? …").
_LABELS: Final = frozenset({
    "key points", "key takeaways", "takeaways", "the takeaways", "top takeaways",
    "in short", "in brief", "briefly", "at a glance", "the gist", "the short version",
    "what to know", "what you need to know", "what we know", "what we know so far",
    "need to know", "highlights", "story highlights", "key facts", "summary", "article summary",
    "quick read", "quick summary", "tl;dr", "tldr", "in a nutshell", "what's next?",
    "what's next", "why it matters",
    # German, French, Spanish, Italian, Russian
    "das wichtigste in kürze", "das wichtigste im überblick", "das wichtigste", "auf einen blick",
    "kurz und knapp", "kurz & knapp", "in kürze", "l'essentiel", "l’essentiel",
    "ce qu'il faut retenir", "ce qu’il faut retenir", "en bref", "à retenir",
    "las claves", "claves", "en resumen", "lo que debes saber", "lo que hay que saber",
    "in breve", "in sintesi", "i punti chiave", "punti chiave", "коротко", "главное",
    "что известно", "кратко",
})
# A label that names the software or desk that wrote the box ("Takeaways by Bloomberg AI",
# "Key points by our newsroom").
_LABEL_BY: Final = re.compile(
    r"(?:key points|key takeaways|takeaways|summary|highlights)\s+(?:by|from)\s+\S.{0,40}",
    re.IGNORECASE)
# A note that software wrote the box ("AI-assisted summary", "Summary is AI generated,
# newsroom reviewed."), or the box's buttons.
_AI_NOTE: Final = re.compile(
    r"(?=.*\b(?:ai|artificial intelligence)\b)(?=.*\b(?:summar\w*|generated|assisted)\b).*",
    re.IGNORECASE)
_MAX_NOTE_WORDS: Final = 14
_BUTTON: Final = re.compile(
    r"hide|show|show more|expand|collapse|(?:see|read)\s+(?:the\s+)?(?:full\s+)?summary",
    re.IGNORECASE)
_MIN_ITEM_WORDS: Final = 5
_MAX_ITEM_WORDS: Final = 40
_PARAGRAPH_WORDS: Final = 12
_MAX_ITEMS: Final = 5
# A line this long, and this many times longer than every bullet above it, opens the story.
_LONG_ITEM_WORDS: Final = 25
_LONGER_THAN_ITEMS: Final = 1.5
_RETOLD_RUN: Final = 5  # words in a row that the lead shares with a bullet it retells
_MIN_ITEMS: Final = 2  # fewer, and only a note shows the label heads a summary
_LABEL_REACH: Final = 4  # the label stands among the text's first lines


def is_box_label(text: str) -> bool:
    folded = text.strip().rstrip(":").strip().casefold()
    return folded in _LABELS or _LABEL_BY.fullmatch(folded) is not None


def is_box_note(text: str) -> bool:
    text = text.strip().rstrip(".")
    return _BUTTON.fullmatch(text) is not None \
        or (word_count(text) <= _MAX_NOTE_WORDS and _AI_NOTE.match(text) is not None)


def _is_item(text: str) -> bool:
    """A bullet of a summary: a sentence, or a headline-like line of a few words, not long."""
    # A quote opens the story's paragraphs, hardly ever a summary's bullet.
    return _MIN_ITEM_WORDS <= word_count(text) <= _MAX_ITEM_WORDS \
        and text[:1] not in _QUOTE_MARKS and any(ch.islower() for ch in text)


_QUOTE_MARKS: Final = "\"“”„«»‘'"


def _opens_text(texts: Sequence[str], items: list[int], at: int) -> bool:
    """Whether the line at ``at``, under the box's bullets, is the story's first paragraph
    rather than one more bullet: a paragraph closed with a full stop under bullets that have
    none, one much longer than all of them, or one that retells a bullet (the box's border is
    lost in a scraper's text)."""
    text = texts[at]
    folded = text.casefold().split()
    if any(shares_run(folded, texts[item].casefold().split(), _RETOLD_RUN) for item in items):
        return True  # the lead that retells a bullet
    words = word_count(text)
    if words > _LONG_ITEM_WORDS and words > _LONGER_THAN_ITEMS * max(
            word_count(texts[item]) for item in items):
        return True
    return _ends_sentence(text) and not any(_ends_sentence(texts[item]) for item in items)


def _ends_sentence(text: str) -> bool:
    return text.rstrip("\"”’»)").endswith((".", "!", "?", "…"))


@dataclass(frozen=True)
class SummaryBox:
    """Where a box stands among the lines looked at (``start`` to ``end``, end excluded), and
    where its bullets do (not its labels and notes)."""

    start: int
    end: int
    items: list[int]


def find_box(
    texts: Sequence[str], goes_on: Callable[[int], bool] = lambda position: True,
    reach: int = _LABEL_REACH,
) -> SummaryBox | None:
    """The summary box whose label stands among the first ``reach`` of ``texts``, if any.

    ``goes_on(position)`` tells whether the line at ``position`` is in the same block of the
    page as the one before it (an HTML list's next item); a scraper's text gives no box's
    border, and there a line that is no bullet ends it.
    """
    for start in range(min(reach, len(texts))):
        if is_box_label(texts[start]):
            box = _box_under(texts, start, goes_on)
            if box is not None:
                return box
    return None


def _box_under(
    texts: Sequence[str], start: int, goes_on: Callable[[int], bool]
) -> SummaryBox | None:
    items: list[int] = []
    noted = False
    at = start + 1
    while True:
        if at == len(texts) or len(items) > _MAX_ITEMS:
            return None  # no border found: the "box" may be the story itself
        text = texts[at]
        if not goes_on(at):
            break
        if is_box_note(text):
            noted = True
            if items:
                at += 1
                break  # the note under the bullets closes the box
        elif is_box_label(text):
            if not items:
                return None  # a label over a label: a menu, no box
        elif _is_item(text) and not (items and _opens_text(texts, items, at)):
            items.append(at)
        else:
            break
        at += 1
    if len(items) < _MIN_ITEMS and not (items and noted):
        return None
    # The story goes on under its summary.
    if not any(word_count(text) >= _PARAGRAPH_WORDS for text in texts[at:]):
        return None
    return SummaryBox(start, at, items)


def blocks_without_box(blocks: list[Block], reach: int) -> tuple[list[Block], list[str]]:
    """An HTML page's blocks without the summary box whose label stands among the first
    ``reach``, and the box's bullets: the items of the list under its label."""
    def goes_on(at: int) -> bool:
        return blocks[at].tag == "list" or is_box_note(blocks[at].text) \
            or is_box_label(blocks[at].text)

    box = find_box([block.text for block in blocks], goes_on, reach)
    if box is None:
        return blocks, []
    return blocks[:box.start] + blocks[box.end:], [blocks[at].text for at in box.items]
