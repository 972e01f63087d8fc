"""Kickers: a short opening paragraph that plays on the story instead of telling it.

Features and reviews open with a line of wordplay or scene ("A half century on, the band is
still smoking.", "Time is not on the chairman's side.", a caption's "Waves crashed against the
lighthouse today."), and the news comes in the paragraph below it. Read in a digest, such a
line tells nothing. What gives it away, in any language: it is short and a paragraph of its
own, and the paragraph below names the headline's event with clearly more of its words (at
least two more, and at least twice as many). A short lead that tells the news holds the
headline's words as well as what follows it does ("British Airways has blamed high fuel prices
for a 40% drop in profits."). Only a kicker that ranks first gives way, to the sentence below
it: lower down, the news already leads. Measured: 1 dev article changes (better: the news that
a politician lost two jobs leads instead of "X had a rough day Monday"), 4 of ~900 saved pages
(2 better, a caption and a deck fragment gone; 2 even); ROUGE unchanged. Skipping every short
opening paragraph of this shape instead changed 55 dev articles, nearly all of them a deck
under the headline ("Senator from Texas says he cannot allow Clinton to win"), which is an
editor's summary, not a teaser: dropped.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from digests.analyse.body_sentences import BodySentences
from digests.analyse.tokens import content_stem_set

# Words in a kicker, at the most: a line of wordplay is short; a longer opening may carry facts.
MAX_WORDS: Final = 14
# How many more of the headline's words the paragraph below must hold, and how many times as many.
MORE_TITLE_WORDS: Final = 2
TIMES_THE_TITLE_WORDS: Final = 2


def plays_on_the_story(opening: str, following: str, title: frozenset[str]) -> bool:
    """Is ``opening`` (a paragraph of its own) a kicker, given the sentence ``following`` it
    that opens the next paragraph and the headline's content stems ``title``?"""
    if not title or opening.count(" ") >= MAX_WORDS:
        return False
    in_opening = len(content_stem_set(opening) & title)
    in_following = len(content_stem_set(following) & title)
    return in_following >= max(in_opening + MORE_TITLE_WORDS, TIMES_THE_TITLE_WORDS * in_opening)


def opens_with_a_kicker(body: BodySentences, title: frozenset[str]) -> bool:
    """Is the body's first sentence a kicker: a paragraph of its own that plays on the story
    told in the paragraph below it?"""
    starts = body.paragraph_starts
    return len(starts) > 1 and starts[1] == 1 and len(body.texts) > 1 \
        and plays_on_the_story(body.texts[0], body.texts[1], title)


def news_before_kicker(
    ranked: Iterator[int], positions: list[int], body: BodySentences, title: frozenset[str]
) -> Iterator[int]:
    """Candidate indexes in ``ranked`` order, but when the best is a kicker, the sentence below
    it (the news) in its place and the kicker nowhere. ``positions`` are the candidates'
    positions in ``body``. Only the best is looked at: lower down, a kicker is outranked
    anyway, and the lead's place is what it takes from the news."""
    best = next(ranked, None)
    if best is None:
        return
    if positions[best] != 0 or not opens_with_a_kicker(body, title):
        yield best
        yield from ranked
        return
    news = 1 if len(positions) > 1 and positions[1] == 1 else None
    if news is not None:
        yield news
    yield from (order for order in ranked if order != news)
