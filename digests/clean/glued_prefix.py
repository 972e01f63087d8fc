"""Labels a template glues to the front of an article's first paragraph.

A section's name with a bar ("Politik | Der Senat hat ..."), or an aggregator's date in brackets
and the agency it credits ("(Di mercoledì 11 settembre 2024) AGI - ...") are printed on the same
line as the text, so the line is prose and stays: the label is cut off its front. A dateline
("KOBE (Kyodo) – ...") and an agency's credit ("(Reuters) – ...") belong to the story and stay,
but the site's own name put where a dateline goes ("Coast Herald – ...", "(example.com) ...") is
the template's: cut when it is a name the document title gives the site, or a domain. So is a
picture's credit printed straight before a bracketed dateline ("Jane Doe/Getty Images(SAINT PAUL,
Minn.) -- ..."), as syndicated radio news reaches its stations' sites. A teaser's
headline of the "Speaker: «quotation»" kind can run straight into the text, with no stop after
the quotation where a sentence quoting someone has one: it is cut too.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Final

from digests.clean.bylines import is_date_line
from digests.clean.lines import word_count
from digests.clean.titles import alnum_key

# One to three words, the first capitalised, then a bar.
_SECTION: Final = re.compile(r"^[^\W\d_][\w.&'’-]*(?: [\w.&'’-]+){0,2} \| (?=\S)")
# A bracketed text, then up to three words naming the agency, then a dash.
_BRACKETED: Final = re.compile(r"^\(([^()]{4,60})\)\s+(?:\S+(?: \S+){0,2}\s+)?[-–—]\s+(?=\S)")
# One to four words and a dash or a colon ("Coast Herald - ", "Site.com: "), or a name in brackets.
_DATELINE: Final = re.compile(
    r"^(?:(?P<name>[^\W\d_][\w.&'’-]*(?: [\w.&'’-]+){0,3})\s*[-–—:]|\((?P<bracketed>[^()]{3,40})\))"
    r"\s+(?=\S)"
)
# Up to six words, then a dateline in brackets that opens with a place in capitals, then a dash.
_CREDIT_BEFORE_DATELINE: Final = re.compile(
    r"^(?P<credit>[^\W\d_][^()]{0,50}?)(?P<space>\s?)"
    r"(?=\([A-Z][A-Z.'’ -]{2,}(?:,[^()]{1,25})?\)\s*(?:--|[-–—]))"
)
_MAX_CREDIT_WORDS: Final = 6
_FIRST_LETTER: Final = re.compile(r"[^\W\d_]")
# A name, a colon, a quotation without a stop at its end, then a word in capitals.
_QUOTE_HEADLINE: Final = re.compile(
    r"^[^\W\d_][^.!?:«»\"“”„]{2,80}: [«“\"„][^«»“”\"„]{10,200}[^.!?,;…«»“”\"„][»”\"“] (?=[^\W\d_])"
)
_DOMAIN: Final = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}")
_MIN_REST_WORDS: Final = 10  # what is left must still be a paragraph


def without_glued_prefix(text: str, site_names: Collection[str] = ()) -> str:
    """``text`` without a section's name, a bracketed date or the site's name (one of
    ``site_names``, case-folded, or a domain) glued to its front."""
    text = _cut(
        text, _label_end(text) or _site_dateline_end(text, site_names) or _credit_end(text)
    )
    return _cut(text, _quote_headline_end(text))


def _cut(text: str, end: int) -> str:
    """``text`` from ``end`` on, if that is still a paragraph."""
    rest = text[end:]
    return rest if end and word_count(rest) >= _MIN_REST_WORDS else text


def _quote_headline_end(text: str) -> int:
    """Where a "Speaker: «quotation»" headline run into ``text`` ends; 0 when none does."""
    headline = _QUOTE_HEADLINE.match(text)
    if headline is None or not text[headline.end()].isupper():
        return 0
    return headline.end()


def _site_dateline_end(text: str, site_names: Collection[str]) -> int:
    """Where the site's name put as a dateline on the front of ``text`` ends; 0 when none is."""
    dateline = _DATELINE.match(text)
    if dateline is None:
        return 0
    # A sentence running on in lower case has a dash inside it, not after a dateline.
    first_letter = _FIRST_LETTER.search(text, dateline.end())
    if first_letter is not None and first_letter.group().islower():
        return 0
    name = dateline.group("name") or dateline.group("bracketed")
    if _DOMAIN.fullmatch(name) or alnum_key(name) in {alnum_key(site) for site in site_names}:
        return dateline.end()
    return 0


def _credit_end(text: str) -> int:
    """Where a picture's credit before the bracketed dateline of ``text`` ends; 0 when none does.

    A slash ("Getty Images/iStock") or no space before the bracket says it is a credit; a
    dateline's own city ("HOUSTON (AP) —") is in capitals and stands apart from its bracket.
    """
    if "(" not in text[:60]:
        return 0
    glued = _CREDIT_BEFORE_DATELINE.match(text)
    if glued is None:
        return 0
    credit = glued.group("credit")
    if credit.upper() == credit or word_count(credit) > _MAX_CREDIT_WORDS:
        return 0
    return glued.end() if "/" in credit or not glued.group("space") else 0


def _label_end(text: str) -> int:
    """Where a label glued to the front of ``text`` ends; 0 when there is none."""
    if text[:1].isupper():
        section = _SECTION.match(text)
        return section.end() if section is not None else 0
    bracketed = _BRACKETED.match(text)
    return bracketed.end() if bracketed is not None and is_date_line(bracketed.group(1)) else 0
