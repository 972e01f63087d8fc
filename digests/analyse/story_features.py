"""What two reports of one event share: the features of an article's title and key points, and
the similarity of two articles by them (see :mod:`stories`, which groups articles as they arrive).

Two texts about one event share its names, numbers and rarer words even when worded differently,
so the similarity is a Jaccard over those distinctive tokens. Some of them must be anchors: names
(words capitalised inside a sentence; in German, where every noun is capitalised, not those an
article or an adjective announces) or telling figures (a magnitude, a toll, a share of the vote),
for common words join any two verdicts or any two quakes; with a telling figure among its
anchors, a pair matches however little else it shares, as a rewrite in another language does.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Final, NamedTuple

from digests.analyse.story_words import (
    GENERIC_NAMES,
    GERMAN_FUNCTION_WORDS,
    GERMAN_NOUN_MARKERS,
    GERMAN_UNINFLECTED,
    MONTHS,
    STORY_STOPWORDS,
)

MIN_SHARED_TOKENS: Final = 3
MIN_JACCARD: Final = 0.2
MIN_TITLE_JACCARD: Final = 0.4
# Two reports of one event that pick different details share a small part of their union (one
# outlet's key points run long), yet a good part of the shorter one's words: the overlap
# coefficient, with enough shared words that a few common ones cannot pass alone.
MIN_OVERLAP: Final = 0.3
MIN_OVERLAP_SHARED: Final = 4
# A title match alone needs this many shared words: a placeholder title ("index", "Live")
# makes two unrelated pages' titles identical.
MIN_TITLE_SHARED: Final = 2
# Anchors (names and telling figures) two reports must share, whatever else they share.
MIN_SHARED_ANCHORS: Final = 2
MIN_GERMAN_WORDS: Final = 3  # German function words in a title and key points of unknown language

_TOKEN: Final = re.compile(r"\d+(?:[.,]\d+)*%?|[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)
_SEPARATOR: Final = re.compile(r"[.,]")
_COMBINING: Final = re.compile(r"[\u0300-\u036f]")  # accents, once letters are decomposed (NFKD)
# Words, and the punctuation after which a capital opens a sentence rather than marks a name.
_WORD_OR_STOP: Final = re.compile(
    r"[.!?:;\"“”«»„()\[\]]|[^\W\d_]+(?:['’][^\W\d_]+)*|\d+", re.UNICODE
)
_YEAR: Final = re.compile(r"(?:19|20)\d\d")
# A result, "3-0", "3:0" or "3 – 0": one digit each side, so that times ("9:30"), tallies
# ("10-2"), formations ("4-4-2"), codes ("COVID-19") and ranges of a share ("2-3%") are not.
# The digit comes first and the look behind it after: a pattern opening with a look-behind is
# tried at every character, twice as slow.
# A numbered issue of a series in a title: a capitalised label and its number ("Gameweek 29",
# "Stage 14", "March 4"), or a day before its month ("4 March", "4. März", "4 de marzo").
_LABEL_NUMBER: Final = re.compile(r"([^\W\d_]+)\.? (\d{1,3})(?![\w%/]|[.,:\-–]\d)")
_DIGIT: Final = re.compile(r"\d")
_DAY_MONTH: Final = re.compile(r"(?<![\w.,])(\d{1,2})\.? (?:de )?([^\W\d_]+)")
_RESULT: Final = re.compile(r"(\d)(?<![\w.,:\-–]\d) ?[-–:] ?(\d)(?![\w%]|[.,:\-–]\d)")


class Features(NamedTuple):
    title: frozenset[str]  # distinctive tokens of the title
    words: frozenset[str]  # distinctive tokens of the title and key points
    # Of those, the ones that can anchor a match: names (words capitalised inside a sentence)
    # and telling figures; and the words capitalised anywhere, opening a sentence or a title
    # included. A name in one article is an anchor when the other capitalises it too: one may
    # open its title with the name the other writes mid-sentence ("Levy wins ..."), but
    # "Officer Kim Potter" does not make every "police officer" a name.
    names: frozenset[str]
    capitals: frozenset[str]
    # Results ("3-0", the larger side first) the title and key points give: two reports of one
    # match or vote give its result, worded apart as they may be; of two matches of one team,
    # different ones.
    results: frozenset[str]
    # Numbered issues the title names ("gameweek#29", "date#11-8"): two issues of one series
    # (a weekly preview, a daily briefing) share their whole title but that number.
    issues: frozenset[str]


# What an article whose row is gone is compared by: it matches nothing.
EMPTY_FEATURES: Final = Features(
    frozenset(), frozenset(), frozenset(), frozenset(), frozenset(), frozenset()
)
_MONTH: Final = {name: number for number, names in enumerate(MONTHS, 1) for name in names}


def distinctive_tokens(text: str) -> frozenset[str]:
    """Folded words and numbers of ``text`` that are not common news words."""
    folded = _fold(text)
    tokens = set()
    for raw in _TOKEN.findall(folded):
        token = raw.replace("’", "'").removesuffix("'s")
        if token[0].isdigit():
            tokens.add(_number(token.rstrip("%")))
        elif len(token) >= 3 and token not in _STOPWORDS:
            tokens.add(_stem(token))
    return frozenset(tokens)


def _fold(text: str) -> str:
    """Case and accents folded: outlets spell one name "Mbappé" and "Mbappe", "Málaga" and
    "Malaga", "Düsseldorf" and "Dusseldorf" (a headline's capitals or an English rewrite)."""
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold())
    return _COMBINING.sub("", decomposed)


_STOPWORDS: Final = frozenset(_fold(word) for word in STORY_STOPWORDS)


def _number(token: str) -> str:
    """One spelling of a number whatever the locale: "2,122" and "2.122" give "2122"; "6,8" and
    "6.8" give "6.8".

    Wire copies rewritten in German, French, Spanish or Russian write the same figures with a
    decimal comma and a thousands point; read as written, they shared no number with English.
    Groups of three digits after a separator are thousands; any other last group is decimals.
    """
    groups = _SEPARATOR.split(token)
    if len(groups) == 1 or all(len(group) == 3 for group in groups[1:]):
        return "".join(groups)
    return "".join(groups[:-1]) + "." + groups[-1]


@lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    # Plurals and simple verb forms, then a final "e", so that each form of a word meets the
    # others: "delegate"/"delegates"/"delegated", "city"/"cities", "win"/"wins". A final
    # "ss", "us" or "is" is not a plural ("across", "census", "Paris").
    if word.endswith("ies") and len(word) >= 5:
        word = word[:-3] + "y"
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) >= 4:
        word = word[:-1]
    elif word.endswith(("ing", "ed")):
        stem = word.removesuffix("ing").removesuffix("ed")
        word = stem if len(stem) >= 4 else word
    return word[:-1] if word.endswith("e") and len(word) >= 5 else word


# Stemmed as the tokens they are compared with.
_GENERIC: Final = frozenset(_stem(_fold(word)) for word in GENERIC_NAMES)


def features(title: str, key_points: list[str], language: str = "") -> Features:
    """The tokens of an article's title, of its title and key points, its names and capitals.

    ``language`` is the article's stored language (a code such as "de" or "de-DE"); when it is
    unknown it is guessed from the title and key points.
    """
    title_tokens = distinctive_tokens(title)
    points = " ".join(key_points)
    words = title_tokens | distinctive_tokens(points)
    figures = frozenset(t for t in words if _telling(t))
    german = _is_german(language, title, points)
    title_case = _title_case(title)
    point_capitals = distinctive_tokens(" ".join(_capitalised(points)))
    named = _names(points, german) | (_names(title, german) if not title_case else frozenset())
    if not german:
        named |= _subjects(title_tokens & point_capitals, points)
    capitals = distinctive_tokens(" ".join(_capitalised(title))) | point_capitals
    return Features(title_tokens, words, (named & words) - _GENERIC | figures,
                    (capitals & words) - _GENERIC | figures, _results(f"{title}\n{points}"),
                    _issues(title, title_case) if _DIGIT.search(title) else frozenset())


def _subjects(candidates: frozenset[str], points: str) -> frozenset[str]:
    """Of the title's tokens the key points capitalise (``candidates``), those they never write
    in lower case: the company or person every sentence opens with ("Tesla posted ...", "Tesla
    reported ...") is a name though no sentence holds it mid-way; "Earthquake" opening one is
    written "the earthquake" in another. German capitalises every noun, so this says nothing
    there. A token is a folded stem, which opens the word it comes from ("earthquak")."""
    return frozenset(token for token in candidates if f" {token}" not in points)


def _issues(title: str, title_case: bool) -> frozenset[str]:
    """The numbered issues ``title`` names, each as "label#number" ("date#3-4" for 4 March).

    A title capitalising every word (``title_case``) writes a toll as a label: "Kills 300".
    """
    found = set()
    labels = not title_case
    for label, number in _LABEL_NUMBER.findall(title):
        month = _MONTH.get(label.casefold())
        if month is not None:
            found.add(f"date#{month}-{int(number)}")
        elif labels and label[0].isupper() and _labels(label):
            found.add(f"{_stem(_fold(label))}#{int(number)}")
    for day, word in _DAY_MONTH.findall(title):
        month = _MONTH.get(word.casefold())
        if month is not None:
            found.add(f"date#{month}-{int(day)}")
    return frozenset(found)


def _labels(word: str) -> bool:
    """Whether a capitalised word before a number can label an issue: not a function word or a
    weekday ("The 8 best ...", "No 5", "Tuesday 5/2"), nor a unit ("Rs 60")."""
    return len(word) >= 3 and _fold(word) not in _STOPWORDS


def _other_issues(a: Features, b: Features) -> bool:
    """Whether the titles name another issue of one series: a label both give, with numbers
    of which neither text gives the other's ("Category 2" is one storm's "Category 4" when the
    report says it fell from 4; a title's "6 February" is the other's when it names that day).
    """
    numbers: dict[str, set[str]] = {}
    for issue in a.issues:
        label, number = issue.split("#")
        numbers.setdefault(label, set()).add(number)
    for issue in b.issues:
        label, number = issue.split("#")
        mine = numbers.get(label)
        if mine is None or number in mine or _day(number) in a.words:
            continue
        if not {_day(n) for n in mine} & b.words:
            return True
    return False


def _day(number: str) -> str:
    """The number of an issue as the words of a text hold it: a date's day ("2-6" gives "6")."""
    return number.rpartition("-")[2]


def _results(text: str) -> frozenset[str]:
    """The results ``text`` gives, each as "3-0" whichever side it names first ("0:3")."""
    return frozenset(f"{max(a, b)}-{min(a, b)}" for a, b in _RESULT.findall(text))


def anchors(a: Features, b: Features, shared: frozenset[str] | None = None) -> frozenset[str]:
    """The names and telling figures two articles share (``shared``: their common words)."""
    shared = a.words & b.words if shared is None else shared
    # The common words are few: test each rather than intersect the four larger sets.
    return frozenset(t for t in shared if (t in a.names and t in b.capitals)
                     or (t in b.names and t in a.capitals))


def _capitalised(text: str) -> list[str]:
    return [word for word in _WORD_OR_STOP.findall(text) if word[0].isupper()]


def _is_german(language: str, title: str, points: str) -> bool:
    """Whether the article is German: its stored language says so or, when it has none, its
    title and key points hold a few words only German uses ("und", "nicht", "wird"). A full
    guess of the language would cost as much as the rest of the features."""
    if language:
        return language[:2].casefold() == "de"
    words = f"{title} {points}".casefold().split()
    return sum(word in GERMAN_FUNCTION_WORDS for word in words) >= MIN_GERMAN_WORDS


def _names(text: str, german: bool = False) -> frozenset[str]:
    """Distinctive tokens of the words ``text`` capitalises inside a sentence: names, mostly.

    German capitalises every noun: there a capitalised word after an article, an inflected
    adjective or a figure ("der Stadtrat", "knappen Abstimmung", "25,7 Prozent") is a noun,
    and two reports of different votes in one town would share "Stadtrat", "Antrag" and
    "Mehrheit" as if they were names.
    """
    found = []
    opening = True
    previous = ""  # the word before
    for token in _WORD_OR_STOP.findall(text):
        if token[0].isdigit():
            previous = token  # a figure neither opens nor continues a sentence
            continue
        if not token[0].isalpha():
            opening = True
            previous = ""
            continue
        if token[0].isupper() and not opening and not (german and _german_noun(previous, token)):
            found.append(token)
        # An opening article announces a noun as it would inside the sentence ("Der Stadtrat");
        # any other opening word keeps its capital: "Bundeskanzler Scholz" is a name.
        folded = token.casefold()
        previous = folded if opening and folded in GERMAN_NOUN_MARKERS else token
        opening = False
    return distinctive_tokens(" ".join(found))


def _german_noun(previous: str, word: str) -> bool:
    """Whether ``word``, capitalised in German text after ``previous``, is a common noun."""
    if sum(letter.isupper() for letter in word) >= 2:
        return False  # an initialism: "SPD", "AfD"
    if previous[:1].isdigit():
        return True
    # Articles and adjectives agree with their noun: "der", "einen", "neue", "knappen". A
    # capitalised word before is a name or a noun itself ("Kanzler Scholz", "Olaf Scholz").
    if not previous[:1].islower() or previous in GERMAN_UNINFLECTED:
        return False
    return previous in GERMAN_NOUN_MARKERS or previous.endswith(("e", "en", "er", "es", "em"))


def _title_case(title: str) -> bool:
    """Whether the title capitalises most of its words ("Deadly Earthquake Rocks Lorca"), so
    that its capitals say nothing about names."""
    words: list[str] = [w for w in _TOKEN.findall(title) if len(w) >= 4 and not w[0].isdigit()]
    return sum(w[0].isupper() for w in words) * 2 > len(words)


def _telling(token: str) -> bool:
    """A figure that two reports of different events seldom share: one with decimals, or of
    three digits and more that is neither a year nor a round hundred ("7.8", "2122", "820")."""
    if not token[0].isdigit():
        return False
    if "." in token:
        return True
    return len(token) >= 3 and not token.endswith("00") and not _YEAR.fullmatch(token)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def similarity(a: Features, b: Features) -> float:
    """How likely two articles report one event, 0..1; 0 when they share too little."""
    shared = a.words & b.words
    if len(shared) < MIN_SHARED_ANCHORS:
        return 0.0  # most candidates: nothing more to look at
    if a.results and b.results and not a.results & b.results:
        # Both give a result and none is the same: the same team or the same people on
        # another occasion (a semi-final and the final, two rulings of one court).
        return 0.0
    if a.issues and b.issues and _other_issues(a, b):
        return 0.0  # the next gameweek's preview, the next day's briefing
    named = anchors(a, b, shared)
    if len(named) < MIN_SHARED_ANCHORS:
        # Two reports of one event name the same people and places, or give the same figures;
        # words alone ("former", "officer", "guilty", "charged") are shared by any two verdicts,
        # and one place by any two stories from it.
        return 0.0
    if _figures_match(named) or a.results & b.results:
        # A result shared beside two names says one match as a magnitude says one quake.
        return jaccard(a.words, b.words)
    if len(shared) < MIN_SHARED_TOKENS:
        return 0.0
    score = jaccard(a.words, b.words)
    title_shared = len(a.title & b.title)
    title_score = jaccard(a.title, b.title) if title_shared >= MIN_TITLE_SHARED else 0.0
    if score >= MIN_JACCARD or title_score >= MIN_TITLE_JACCARD:
        return max(score, title_score)
    overlap = len(shared) / min(len(a.words), len(b.words))
    if len(shared) >= MIN_OVERLAP_SHARED and overlap >= MIN_OVERLAP:
        return score
    return 0.0


def _figures_match(named: frozenset[str]) -> bool:
    """Whether the shared anchors (two at least) hold a telling figure: a figure beside a name
    or another figure says one event whatever else the texts share. Reports of one quake, vote
    or set of results worded apart (or in another language) still give its magnitude, toll or
    percentages."""
    return any(token[0].isdigit() for token in named)
