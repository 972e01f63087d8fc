"""Spans of text between quote marks, in any of the usual typographic conventions.

English “…” and ‘…’, straight "…", German „…“ and »…«, French/Russian «…», and the doubled
apostrophes some wire archives use (''…'' and ``…''). A quote that runs over several paragraphs
follows the printers' rule: each paragraph opens with a mark and only the last one closes.

Every search runs forward from where the last one stopped, so unbalanced marks in a huge
paragraph cost linear time, not quadratic.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from digests.analyse.marked_search import search_at_marks

# Longer than this, "quoted" text is text after an opening mark that was never closed: it is not
# carried into the next paragraph, whose own quotes then still count.
MAX_CHARS: Final = 2500
# A mark that may open a quote; `` and '' need their second character. Searched for from the
# marks a paragraph holds (`openers_held`, `marked_search`); `clauses` looks for the quote after
# a reporting clause with it too.
OPENING_MARKS: Final = re.compile(r"[`'“„«‹»‚‘\"](?:(?<=`)`|(?<=')'|(?<=[“„«‹»‚‘\"]))")

# Scraped text sometimes closes a quote with an opening mark ("…here,“ said Jim"): a “ with
# white space or the end after it cannot open anything, so it closes. Written as one class, then
# what each mark needs, not as "[”\"]|“(?=…)": a pattern that opens with a class lets the regex
# engine scan for it, where an alternation is tried at every character (~1.8x slower).
# Scraped text mixes straight and curly marks: either closes the other. Some wire copy closes
# with two curly apostrophes ("…voters,’’ Will Moy told…"), where one is an apostrophe.
_DOUBLE_CLOSE: Final = re.compile(r'[”"“’](?:(?<=[”"])|(?<=“)(?=\s|$)|(?<=’)’)')
# ’ is also the apostrophe: a closing ’ cannot be followed by a letter ("don’t").
SINGLE_CLOSE: Final = re.compile(r"’(?![^\W_])")
_CLOSER: Final = {
    "“": _DOUBLE_CLOSE,
    "„": re.compile("[“”]"),
    "«": re.compile("»"),
    "‹": re.compile("›"),
    "»": re.compile("«"),
    "‚": re.compile("[‘’]"),
    "‘": SINGLE_CLOSE,
    '"': _DOUBLE_CLOSE,
    "''": re.compile("''"),
    "``": re.compile("''"),
}
# Scraped text may close a ‘ quote with a straight mark right after its last punctuation ("‘…,'
# he said"). Searched apart from the curly closer, and only where a straight mark is: one
# pattern for both would scan every paragraph many times slower.
# (The mark comes first and the look-behind after it, for the scan as above.)
_STRAIGHT_CLOSE: Final = re.compile(r"'(?<=[,.!?…]')(?=\s|$)")
# A keyboard that mixes conventions may close a “ quote with a guillemet ("“…as it stands,» the
# minister said"): a » that ends a word group, with no « of its own before it in the quote.
_GUILLEMET_CLOSE: Final = re.compile(r"»(?=[\s.,;:!?)]|$)")
# Marks that are also apostrophes or closers must sit where a quotation can begin.
_AMBIGUOUS: Final = frozenset({'"', "''", "‘", "‚", "»"})
_MAY_PRECEDE: Final = frozenset("([{—–-/:;")
_ALL_MARKS: Final = "“”„‟«»‹›\"‘’‚`'"
_SENTENCE_ENDS: Final = (". ", "! ", "? ")


class Span(NamedTuple):
    """Quoted words and where they sit: from the opening mark in paragraph ``para`` at ``start``
    to just after the closing mark in paragraph ``end_para`` at ``end``.

    A named tuple: cheaper to build than a frozen dataclass, and every quoted span makes one."""

    text: str
    para: int
    start: int
    end_para: int
    end: int
    closed: bool
    mark: str


def _can_open(para: str, m: re.Match[str]) -> bool:
    end = m.end()
    after = para[end : end + 1]
    mark = m.group()
    if not after:
        return False
    if after.isspace() and mark != "«":
        # Wire copy may leave a space after the mark that opens a paragraph or a sentence ('"
        # I am…', '… he told Cook. " You…'): there, before a capital, the mark opens; anywhere
        # else a spaced mark closes ('…problems,“ said Jim').
        return after == " " and para[end + 1 : end + 2].isupper() \
            and (not para[: m.start()].strip() or para.endswith(_SENTENCE_ENDS, 0, m.start()))
    if mark not in _AMBIGUOUS:
        return True
    start = m.start()
    before = para[start - 1 : start]
    return not before or before.isspace() or before in _MAY_PRECEDE or before in _ALL_MARKS


def _next_opener(para: str, pos: int, marks: list[str]) -> re.Match[str] | None:
    """The first mark from ``pos`` on that can open a quote; ``marks``: those in ``para``."""
    m = search_at_marks(OPENING_MARKS, para, marks, pos)
    while m is not None and not _can_open(para, m):
        m = search_at_marks(OPENING_MARKS, para, marks, m.end())
    return m


def _opens_paragraph(para: str) -> re.Match[str] | None:
    m = OPENING_MARKS.match(para, len(para) - len(para.lstrip()))
    return m if m and _can_open(para, m) else None


def _close(mark: str, para: str, start: int) -> re.Match[str] | None:
    """The mark that closes a quote opened with ``mark``, searched from ``start``."""
    if mark == "«" and para.find("«", start) >= 0:
        return _close_nested_guillemet(para, start)
    close = _search_closer(mark, para, start)
    if mark == '"':
        # A curly pair inside a straight quote is a quote within it ('"…isn’t about “Equal
        # Justice Under Law” anymore."'): its ” closes that, and the straight mark the quote.
        opened = start
        while close is not None and close.group() == "”" \
                and para.find("“", opened, close.start()) >= 0:
            opened = close.end()
            close = _search_closer(mark, para, opened)
    elif mark == "“":
        # And a straight pair inside a curly quote ('“He called it "a disaster" and left,”'):
        # a straight mark where a quotation opens (after a space, before a word) opens one.
        while close is not None and close.group() == '"' \
                and para[close.start() - 1 : close.start()].isspace() \
                and para[close.end() : close.end() + 1].isalnum():
            inner = para.find('"', close.end())
            if inner < 0:
                break
            close = _search_closer(mark, para, inner + 1)
        end = close.start() if close is not None else len(para)
        if para.find("»", start, end) >= 0:
            guillemet = _GUILLEMET_CLOSE.search(para, start, end)
            if guillemet is not None and para.find("«", start, guillemet.start()) < 0:
                return guillemet
    if mark == "‘":
        end = close.start() if close is not None else len(para)
        if para.find("'", start, end) >= 0:
            return _STRAIGHT_CLOSE.search(para, start, end) or close
    return close


def _search_closer(mark: str, para: str, start: int) -> re.Match[str] | None:
    """``_CLOSER[mark].search(para, start)``; for “ and ", whose pattern opens with a class of
    characters (the apostrophe among them), found as an opener is."""
    closer = _CLOSER[mark]
    if closer is not _DOUBLE_CLOSE:
        return closer.search(para, start)
    held = [candidate for candidate in _DOUBLE_CLOSE_MARKS if candidate in para]
    return search_at_marks(_DOUBLE_CLOSE, para, held, start)


_DOUBLE_CLOSE_MARKS: Final = ("”", '"', "“", "’")  # the class that `_DOUBLE_CLOSE` opens with


def _close_nested_guillemet(para: str, start: int) -> re.Match[str] | None:
    """The » that closes a «, past the pairs it holds: Russian print nests «…» in «…» («Новая
    эра, начатая танком «Барак», является…», — заявил он). With no closer left at the outer
    level, the quote goes on into the next paragraph («По матчу ЦСКА – «Рубин»: …¶…»), unless
    the first » is followed by a reporting dash («Мы «сыграли хорошо», — сказал он): an inner
    « left open by a typo, and the quote ends there."""
    depth = 0
    for found in _GUILLEMETS.finditer(para, start):
        if found.group() == "«":
            depth += 1
        elif depth:
            depth -= 1
        else:
            return found
    first = _CLOSER["«"].search(para, start)
    return first if first is not None and _REPORTING_DASH.match(para, first.end()) else None


_GUILLEMETS: Final = re.compile("[«»]")
_REPORTING_DASH: Final = re.compile(r"[,.!?…]?\s*[—–]")


def _read_span(paragraphs: list[str], index: int, opener: re.Match[str]) -> Span:
    """The span from ``opener``, continued into following paragraphs while they open a mark."""
    mark = opener.group()
    para = paragraphs[index]
    close = _close(mark, para, opener.end())
    if close is not None:  # the usual quote, closed in the paragraph that opens it
        text = " ".join(para[opener.end() : close.start()].split())
        return Span(text, index, opener.start(), index, close.end(), True, mark)
    parts: list[str] = []
    current, closing, start = index, mark, opener.end()
    while True:
        para = paragraphs[current]
        close = _close(closing, para, start)
        if close is not None:
            parts.append(para[start : close.start()])
            return Span(_join(parts), index, opener.start(), current, close.end(), True, mark)
        parts.append(para[start:])
        following = paragraphs[current + 1] \
            if current + 1 < len(paragraphs) and sum(map(len, parts)) <= MAX_CHARS \
            and not _is_fragment(parts[0]) else None
        reopened = _opens_paragraph(following) if following is not None else None
        if reopened is not None:
            current, closing, start = current + 1, reopened.group(), reopened.end()
        else:
            ends = _run_on_close(paragraphs, current + 1, closing, MAX_CHARS - len(_join(parts))) \
                if following is not None and closing in _RUN_ON_MARKS else None
            if ends is None:
                return Span(_join(parts), index, opener.start(), current, len(para), False, mark)
            end_para, end = ends
            parts.extend(paragraphs[current + 1 : end_para])
            parts.append(paragraphs[end_para][: end - 1])
            return Span(_join(parts), index, opener.start(), end_para, end, True, mark)


# Marks whose languages may run a quotation over paragraphs without opening each one again,
# closing it only at its end («…¶…», – сказал он), with the marks that open and close it.
_RUN_ON_MARKS: Final = {"«": ("«", re.compile("[«»]")), "„": ("„", re.compile("[„“”]"))}


def _run_on_close(
    paragraphs: list[str], first: int, mark: str, budget: int
) -> tuple[int, int] | None:
    """Where a quotation ``mark`` opened before paragraph ``first``, and not opened again at its
    start, ends: the paragraph and the end of its closer, past the pairs of marks it holds
    («Фулхэм» стал…). None if a paragraph opens with a mark, or no closer comes within the
    budget of characters."""
    opening, marks = _RUN_ON_MARKS[mark]
    for index in range(first, len(paragraphs)):
        para = paragraphs[index]
        budget -= len(para)
        if budget < 0 or _opens_paragraph(para):
            return None
        depth = 0
        for found in marks.finditer(para):
            if found.group() == opening:
                depth += 1
            elif depth:
                depth -= 1
            else:
                return index, found.end()
    return None


def _is_fragment(text: str) -> bool:
    """A quote that starts in lower case is a few words woven into the writer's sentence
    (`is “really an amorphous position`): left unclosed it is a typo, not the first paragraph
    of a long quotation, so the next paragraph's quote is not part of it."""
    letter = _FIRST_LETTER.search(text)
    return letter is not None and letter.group().islower()


_FIRST_LETTER: Final = re.compile(r"[^\W\d_]")


def _join(parts: list[str]) -> str:
    # One split over all the parts: a part that is only white space adds no double space.
    return " ".join(" ".join(parts).split())


# What `OPENING_MARKS` matches: a mark of its own, or a doubled one (`` and '', where a single
# one is a backtick or an apostrophe).
_OPENER_NEEDLES: Final = ('"', "“", "‘", "''", "„", "«", "»", "‹", "‚", "``")


def openers_held(para: str) -> list[str]:
    """The marks of `OPENING_MARKS` that ``para`` holds; two in three paragraphs hold none (their
    apostrophes open nothing), and ``in`` tests, run in C, settle them in a third of the time
    the pattern takes to scan them. A doubled mark is looked for only where the single one is:
    a search for one character runs as a memchr, one for two characters reads the text ~10x
    slower (twice as fast over the BBC paragraphs, most of which hold no " and no ``, and two
    in three no ')."""
    return [
        needle for needle in _OPENER_NEEDLES
        if needle[0] in para and (len(needle) == 1 or needle in para)
    ]


def find_spans(paragraphs: list[str]) -> list[Span]:
    """Every quoted span in document order; nested marks inside a span are part of its text."""
    spans: list[Span] = []
    index, pos = 0, 0
    count = len(paragraphs)
    marks: list[str] = []  # the marks that may open a quote in paragraph ``marks_of``
    marks_of = -1
    while index < count:
        para = paragraphs[index]
        if marks_of != index:
            marks, marks_of = openers_held(para), index
        if not marks:
            index, pos = index + 1, 0
            continue
        opener = _next_opener(para, pos, marks)
        if opener is None:
            index, pos = index + 1, 0
            continue
        span = _read_span(paragraphs, index, opener)
        spans.append(span)
        index, pos = span.end_para, span.end
    return spans
