"""Plain text scraped off a page -> CleanArticle, for pages of any site.

The page's text arrives with its chrome: menus, share buttons, ad labels, related headlines,
footers. Three observations carry the classifier, none of them tied to a site or a language:

* article prose comes in long lines that read like sentences; chrome comes in short lines,
  headlines without a full stop, repeated labels and runs of menu items;
* the article is one dense stretch of such prose: the stretch with the most prose, less the chrome
  inside it, is found as a maximum-sum segment over per-line scores, so a sidebar sentence far
  from the body does not join it while an ad label inside the body does not split it;
* the title, byline and summary bullets sit just above that stretch: the title is the heading
  the page repeats (or its document title), the byline a short "By ..." or bullet line.
"""

from __future__ import annotations

from collections import Counter

from digests.article import CleanArticle
from digests.clean import chrome
from digests.clean.blocks import Block, drop_chrome_blocks
from digests.clean.header import Header, find_header
from digests.clean.lines import LineInfo, describe

_CAP_WORDS = 40  # one very long line must not outweigh a body of ordinary paragraphs
_SHORT_SENTENCE_WORDS = 4
_PROSE_WORDS = 10
_RUN_ON_WORDS = 25  # long enough to be prose even without a full stop


def clean_text(text: str) -> CleanArticle:
    """The article in ``text`` (a whole page as plain text) without the page's chrome."""
    lines = page_lines(text)
    if not lines:
        return CleanArticle()
    repeats = Counter(line.text for line in lines)
    scores = [line_score(line, repeats[line.text]) for line in lines]
    start, end = densest_span(scores)
    header = find_header(lines, start, end)
    body = [line for line in lines[header.body_start: end + 1] if line.index not in header.used]
    return CleanArticle(
        title=header.title,
        byline=header.byline,
        standfirst=header.standfirst,
        paragraphs=_paragraphs(body, header),
    )


def page_lines(text: str) -> list[LineInfo]:
    """The page's non-blank lines, measured."""
    lines: list[LineInfo] = []
    blank_before = True
    for index, raw in enumerate(text.splitlines()):
        if not raw.strip():
            blank_before = True
            continue
        lines.append(describe(index, raw, blank_before))
        blank_before = False
    return lines


def line_score(line: LineInfo, occurrences: int) -> float:
    """Evidence that a line is article prose (positive) or chrome (negative)."""
    words = line.words
    if chrome.is_chrome(line.text):
        return -3.0
    if occurrences > 1 and words < _RUN_ON_WORDS:
        return -2.0
    if line.letters < 0.5:
        return -1.5  # dates, scores, prices, symbol rows
    if line.sentence_like and not line.text.endswith(("...", "…")):
        if words >= _PROSE_WORDS:
            return float(min(words, _CAP_WORDS))
        if words >= _SHORT_SENTENCE_WORDS:
            return 1.0
        return -1.0
    if words >= _RUN_ON_WORDS:
        return min(words, _CAP_WORDS) / 2
    return -2.0 if words < _PROSE_WORDS else -1.0


def densest_span(scores: list[float]) -> tuple[int, int]:
    """First and last position of the contiguous run of lines with the highest score sum."""
    best_sum = float("-inf")
    best = (0, 0)
    running = 0.0
    run_start = 0
    for position, score in enumerate(scores):
        if running <= 0:
            running = 0.0
            run_start = position
        running += score
        if running > best_sum:
            best_sum = running
            best = (run_start, position)
    return best


def _keeps(line: LineInfo) -> bool:
    """Inside the article's stretch: prose and list items stay, stray labels go."""
    if line.sentence_like and line.words >= 3:
        return True
    if line.bullet and line.words >= _SHORT_SENTENCE_WORDS:
        return True
    return line.words >= 8 and line.letters >= 0.5


def _paragraphs(body: list[LineInfo], header: Header) -> list[str]:
    blocks: list[Block] = []
    previous: LineInfo | None = None
    for line in body:
        if line.text in (header.title, header.byline) or not _keeps(line):
            previous = None
            continue
        wrapped = (
            previous is not None
            and not line.blank_before
            and not line.bullet
            and not previous.bullet
            and not previous.sentence_end
        )
        if wrapped and blocks:
            blocks[-1] = Block(text=f"{blocks[-1].text} {line.text}")
        else:
            blocks.append(Block(text=line.text))
        previous = line
    return [block.text for block in drop_chrome_blocks(blocks)]
