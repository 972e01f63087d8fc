"""Other stories' cards printed inside an article's text: a headline twice, then its teaser.

A card links its story twice, from the picture and from the headline, so a scraper prints the
headline on two lines in a row; the teaser sentence under it reads as prose, and on its own
would stay. The doubled headline gives the card away, and a run of cards shows their shape:
every card one line longer than its headline, so the last card has a teaser too. (Doubled
headlines alone are dropped as repeated lines already; only their teasers need this.)
"""

from __future__ import annotations

from typing import Final

from digests.clean.lines import MAX_HEADLINE_WORDS, LineInfo

_MAX_LABEL_WORDS: Final = 6
_MIN_CARDS: Final = 2  # a page's own title printed twice over its first paragraph is one "card"
_CARD_LINES: Final = 3  # headline, headline, teaser


def teaser_card_lines(body: list[LineInfo]) -> set[int]:
    """Positions in ``body`` of the lines of a run of other stories' cards with teasers, and of
    the label over the run ("More tech stories")."""
    headlines = [
        position for position in range(len(body) - 2)
        if body[position].text == body[position + 1].text
        and not body[position].sentence_end
        and body[position].words <= MAX_HEADLINE_WORDS
    ]
    cards: set[int] = set()
    run: list[int] = []
    for headline in [*headlines, None]:
        if headline is not None and (not run or headline - run[-1] == _CARD_LINES):
            run.append(headline)
            continue
        if len(run) >= _MIN_CARDS:
            cards |= _run_lines(body, run)
        run = [headline] if headline is not None else []
    return cards


def _run_lines(body: list[LineInfo], run: list[int]) -> set[int]:
    lines = {headline + offset for headline in run for offset in range(_CARD_LINES)}
    label = run[0] - 1
    if label >= 0 and body[label].words <= _MAX_LABEL_WORDS and not body[label].sentence_end:
        lines.add(label)
    return lines
