"""Content words of a sentence, reduced to a crude stem, for comparing sentences cheaply.

Key-point scoring only needs to know which sentences share vocabulary with the rest of the
article and with its title, so a fast, language-light reduction beats a real stemmer here: lower
case, drop function words (English plus the commonest German, French, Spanish and Russian ones),
cut a few inflection endings, keep the first seven letters. "Elections", "election" and "electoral"
collapse; so do a few unrelated words, which costs little when scoring whole sentences.
"""

from __future__ import annotations

import math
import re
import sys
from collections import Counter
from itertools import chain
from typing import TYPE_CHECKING, Final

_WORD: Final = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
STEM_LENGTH: Final = 7

STOP_WORDS: Final = frozenset(
    """
    a about above after again against all also although am among an and another any are aren't
    around as at be because been before being below between both but by can can't cannot could
    did didn't do does doesn't doing don't down during each either even ever every few for from
    further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers
    herself him himself his how how's however i i'd i'll i'm i've if in into is isn't it it's its
    itself just let's may me might more most much must my myself neither no nor not now of off on
    once one only or other ought our ours ourselves out over own per rather said same say says
    she she'd she'll she's should shouldn't since so some still such than that that's the their
    theirs them themselves then there there's these they they'd they'll they're they've this
    those though through thus to too under until up upon us very was wasn't we we'd we'll we're
    we've were weren't what what's when when's where where's whether which while who who's whom
    whose why why's will with within without won't would wouldn't yet you you'd you'll you're
    you've your yours yourself yourselves told mr mrs ms dr new also year years last first
    der die das den dem des ein eine einen einem einer und oder aber nicht mit von zu im am auf
    für ist sind war wurde werden hat haben sich auch als wie bei nach aus noch nur
    le la les un une des du de et ou mais pas avec pour dans sur est sont été a au aux ce cette
    qui que il elle ils elles se sa son ses leur plus
    el los las una unos unas y o pero con por para en es son fue del al lo su sus que se más
    и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по ее мне
    было вот от меня о из ему теперь когда даже ну ли если уже или ни быть был него до вас
    """.split()
)

_ENDINGS: Final = (
    ("ations", "ation", "ings", "ing", "ies", "ied", "ers", "er", "ed", "es", "ly", "s")
)


def stem(word: str) -> str:
    """A crude stem: lower case, one common ending removed, at most seven characters."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    for ending in _ENDINGS:
        if len(w) - len(ending) >= 4 and w.endswith(ending):
            w = w[: -len(ending)]
            break
    return w[:STEM_LENGTH]


def words(text: str) -> list[str]:
    """The words of ``text`` as written (letters and digits, inner apostrophes kept)."""
    return _WORD.findall(text)


# Stems by white-space separated token as written, punctuation and all ("" for function words):
# news vocabulary repeats, so this memo turns tokenising and stemming into dict look-ups done in C
# (str.split, map). Keyed by the token as written rather than lower-cased: lower-casing every
# sentence first costs more than the few extra entries ("The" beside "the"). Cleared when large
# so that a long-running process stays bounded. The stems are interned: the stems of different
# tokens ("Election", "elections") are then one object, which the sets and counts of stems that
# key points build compare by identity, without comparing characters.
_MEMO: dict[str, str] = {}
_MEMO_LIMIT = 200_000
# The rules of stem(), with which the C module stems most tokens itself rather than look each up
# in the memo or call _new_token_stem for it (see ``ascii_stem`` in its source).
_RULES: Final = (STOP_WORDS, _ENDINGS, STEM_LENGTH)

if TYPE_CHECKING:  # the C module's signature, from its stub (mypyc would check it at run time)
    from digests.analyse._stem_sets import StemSet, StemSets

_native_stem_sets: StemSets | None
_native_stem_set: StemSet | None
try:
    from digests.analyse._stem_sets import stem_set as _native_stem_set
    from digests.analyse._stem_sets import stem_sets as _native_stem_sets
except ImportError:  # not built (no C compiler, NEWSDIGEST_PURE_PYTHON, running from source)
    _native_stem_sets = _native_stem_set = None


def content_stems(text: str) -> list[str]:
    """Stems of the words that carry content, in order, repeats kept."""
    tokens = text.split()
    try:
        return list(filter(None, map(_MEMO.__getitem__, tokens)))
    except KeyError:  # a token not seen before: stem the new ones, then look up again
        if len(_MEMO) >= _MEMO_LIMIT:
            _MEMO.clear()
        for token in tokens:
            if token not in _MEMO:
                _MEMO[token] = sys.intern(_token_stem(token.lower()))
        return list(filter(None, map(_MEMO.__getitem__, tokens)))


def content_stem_set(text: str) -> frozenset[str]:
    """The distinct stems of :func:`content_stems`, built without the list in between: key
    points compare sentences as sets, for every sentence of every article."""
    if _native_stem_set is not None:
        # In C where built: it stems most tokens itself, without the memo (see ``ascii_stem``).
        return _native_stem_set(text, _MEMO, _new_token_stem, _RULES)
    try:
        return frozenset(filter(None, map(_MEMO.__getitem__, text.split())))
    except KeyError:  # a token not seen before: stemmed with the others
        return frozenset(content_stems(text))


def content_stem_sets(texts: list[str]) -> tuple[list[frozenset[str]], list[float]]:
    """:func:`content_stem_set` of each text, and how central each text is among them: the sum,
    over its stems, of the log of how many of the texts hold the stem. Key points stem every
    candidate sentence of every article and weigh each by how many sentences its words recur in
    (a word in one sentence adds log 1 = 0): one pass over the words does both. Done by the
    small C module ``_stem_sets`` where it was built (the same sets, and sums that may differ
    from Python's in the last bits of a float, in ~30% less time: see its source), else by
    :func:`python_stem_sets`."""
    if _native_stem_sets is None:
        return python_stem_sets(texts)
    return _native_stem_sets(texts, _MEMO, _new_token_stem, _RULES)


def python_stem_sets(texts: list[str]) -> tuple[list[frozenset[str]], list[float]]:
    """:func:`content_stem_sets` in Python (where the C module is not built, and to test it)."""
    stem_of = _MEMO.__getitem__
    sets: list[frozenset[str]] = []
    for text in texts:
        try:
            sets.append(frozenset(filter(None, map(stem_of, text.split()))))
        except KeyError:  # a token not seen before: stemmed, with the text's others, as one
            sets.append(content_stem_set(text))
    count_of = Counter(chain.from_iterable(sets)).__getitem__
    return sets, [math.fsum(map(math.log, map(count_of, stems))) for stems in sets]


def already_said(stems: frozenset[str], others: list[frozenset[str]], share: float) -> bool:
    """Does another text already say ``share`` or more of these content words?"""
    if not stems:
        return True
    # A plain loop rather than any() over a generator: called for every candidate looked at and
    # every sentence a point may take on, and a generator costs more to start than the test.
    for other in others:  # noqa: SIM110 - a loop on purpose, see above
        if other and len(stems & other) / len(stems) >= share:
            return True
    return False


def _new_token_stem(token: str) -> str:
    """The stem of a token not in the memo, recorded there (for the C module)."""
    if len(_MEMO) >= _MEMO_LIMIT:
        _MEMO.clear()
    stem = _MEMO[token] = sys.intern(_token_stem(token.lower()))
    return stem


def _token_stem(token: str) -> str:
    """The stem of the content word a token holds ("pain,”" -> "pain"), "" if none.

    A token with several words ("well-known", "u.s.") is stemmed as one: comparing sentences
    only needs the same text to give the same stem.
    """
    found = _WORD.findall(token.replace("’", "'"))
    if not found:
        return ""
    word = found[0] if len(found) == 1 else "".join(found)
    if len(word) < 2 or word in STOP_WORDS:
        return ""
    return stem(word)
