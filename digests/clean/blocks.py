"""Our pass over the blocks trafilatura kept: drop the chrome it lets through.

trafilatura judges elements by markup and link density; what passes it is chrome written as plain
paragraphs: an "Advertisement" label, "Also Read" with the headlines under it, a newsletter
banner, "End of Story", a photo credit printed under every picture. Each is recognised from its
wording and its shape (a short line, a headline without a full stop, a line repeated).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Final

from digests.clean import chrome, story_links
from digests.clean.lines import (
    MAX_HEADLINE_WORDS,
    ends_like_sentence,
    has_inner_sentence_end,
    word_count,
)
from digests.clean.reader_pitches import is_reader_pitch, is_sponsor_label

# What a credit line has that a repeated chorus line or refrain does not.
_ATTRIBUTION: Final = re.compile(r"[/©|:]|\b(?:photo|foto|bild|image|credit|via)\b", re.IGNORECASE)
_MAX_REPEATED_WORDS: Final = 15  # repeated lines longer than this are quoted text, not credits
# A credit's only number is a year ("© 2024 Reuters", "Photo: AP/2019").
_DIGIT_RUN: Final = re.compile(r"\d+")
_YEAR: Final = re.compile(r"(?:19|20)\d\d")
_MAX_LINKS_AFTER_HEADING: Final = 8
# An expression of a page's client-side template left unrendered ("{{ article.title }}",
# "{{item.date | date : 'dd/MM'}}"): the page is a script's shell, the text what it fills in.
_TEMPLATE_EXPRESSION: Final = re.compile(r"\{\{[^{}]+\}\}")


@dataclass(frozen=True)
class Block:
    """One line of extracted text and the element it came from (p, head, list, table, quote)."""

    text: str
    tag: str = "p"
    first_of_element: bool = True


def _is_end_marker(text: str) -> bool:
    lowered = text.lower().strip(" -–—*.()[]")
    return chrome.is_label(text) and (lowered.startswith("end") or lowered in {"ende", "fin"})


def _states_a_figure(text: str) -> bool:
    """Whether the line gives a number other than a year ("Tesla Model 3: 2,445 units").

    Such a line, printed twice, is a row of the story's own lists or tables (the month's best
    sellers, then the electric ones), not the credit a page prints under every picture, however
    much its colon looks like one ("Photo: Jan Novak/Harbour Times")."""
    if not any(ch.isdigit() for ch in text):
        return False
    return any(not _YEAR.fullmatch(run) for run in _DIGIT_RUN.findall(text))


def _is_headline(block: Block) -> bool:
    """A link to another story: short, and not closed like a sentence (a headline may hold
    two: "The Cybertruck is finally here. Here’s what you need to know"), or cut off."""
    text = block.text
    if word_count(text) > MAX_HEADLINE_WORDS:
        return False
    if not ends_like_sentence(text):
        return True
    return text.endswith(("...", "…")) and not has_inner_sentence_end(text)


_TITLE_CASE_SHARE: Final = 0.7


def _in_title_case(text: str) -> bool:
    """A headline's short line with most words capitalised ("Remember That Biglaw NFT
    Practice? Yeah, About That…"), however it ends: a sentence leaves most in lower case."""
    words = text.split()
    return len(words) <= MAX_HEADLINE_WORDS and sum(
        word[:1].isupper() for word in words
    ) >= _TITLE_CASE_SHARE * len(words)


def drop_chrome_blocks(blocks: list[Block]) -> list[Block]:
    """The blocks of the article itself, in order."""
    counts = Counter(b.text for b in blocks if word_count(b.text) <= _MAX_REPEATED_WORDS)
    kept: list[Block] = []
    seen: set[str] = set()
    said: set[str] = set()
    skipping_links = 0
    element_start = 0
    pointing = False  # inside an element that opened with a linked headline ("Earlier: …")
    for position, block in enumerate(blocks):
        text = block.text
        if skipping_links:
            if _is_headline(block):
                skipping_links -= 1
                continue
            skipping_links = 0
        if block.first_of_element:
            element_start = len(kept)
            pointing = False
        elif pointing and (_is_headline(block) or _in_title_case(text)):
            continue  # the next linked headline on its own line of the same paragraph
        if position and is_sponsor_label(blocks[position - 1].text):
            continue  # the sponsor's message under its label
        late = position >= len(blocks) // 2
        if late and _is_end_marker(text):
            break
        if story_links.is_read_more_heading(text):
            skipping_links = _MAX_LINKS_AFTER_HEADING
            continue
        # A plea for the reader's money runs longer than the chrome patterns look.
        if chrome.is_chrome(text) or is_reader_pitch(text):
            pointing = pointing or story_links.is_read_more_link(text)
            # A rights notice is chrome too; late in the text, it closes the article.
            if late and chrome.is_rights_notice(text):
                # The issue or the publisher's name printed above it in its box goes too; a
                # sentence stays (a page that sets its whole text as one element's lines).
                while len(kept) > element_start and not ends_like_sentence(kept[-1].text):
                    kept.pop()
                break
            continue
        if block.tag == "code":
            kept.append(block)  # code repeats lines on purpose
            continue
        if not any(ch.isalnum() for ch in text):
            continue  # a rule drawn with characters ("___", "* * *"): no text
        if "{{" in text and _TEMPLATE_EXPRESSION.search(text):
            continue
        if counts.get(text, 0) > 1 and _ATTRIBUTION.search(text) \
                and not ends_like_sentence(text) and not _states_a_figure(text):
            continue  # a credit printed once per picture
        if text in seen:
            continue  # a pull quote: a long paragraph printed twice
        if block.tag == "head" and text in said:
            continue  # a pull quote set as a heading: a paragraph, however short, again
        if word_count(text) > _MAX_REPEATED_WORDS:
            seen.add(text)
        said.add(text)
        kept.append(block)
    return kept
