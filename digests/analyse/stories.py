"""Stories: articles about one event, from one or more sources, grouped as they arrive.

A new article is compared only with the most recent articles fetched within a window (at most
``MAX_CANDIDATES``, read through the ``articles.fetched_at`` index), using what is stored and
small: the title, the key points, the language and the SimHash signature. Two texts about one
event share its names, numbers and rarer words even when worded differently, so the similarity
is a Jaccard over those distinctive tokens. Some of them must be anchors: names (words
capitalised inside a sentence; in German, where every noun is capitalised, not those an article
or an adjective announces) or telling figures (a magnitude, a toll, a share of the vote), for
common words join any two verdicts or any two quakes; with a telling figure among its anchors,
a pair matches however little else it shares, as a rewrite in another language does.
"""

from __future__ import annotations

import re
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from typing import NamedTuple

from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from digests.analyse.signature import hamming, to_unsigned
from digests.analyse.story_words import (
    GENERIC_NAMES,
    GERMAN_FUNCTION_WORDS,
    GERMAN_NOUN_MARKERS,
    GERMAN_UNINFLECTED,
    MONTHS,
    STORY_STOPWORDS,
)
from digests.outlets import site_of
from digests.store.models import Article, Story

STORY_WINDOW = timedelta(hours=36)
# Most recent articles looked at, whatever the traffic: this bounds the cost of one ingest.
MAX_CANDIDATES = 2_000
FEATURE_CACHE_SIZE = 50_000
SAME_TEXT_BITS = 12  # SimHash distance under which two bodies are one text, edited
MIN_SHARED_TOKENS = 3
MIN_JACCARD = 0.2
MIN_TITLE_JACCARD = 0.4
# Two reports of one event that pick different details share a small part of their union (one
# outlet's key points run long), yet a good part of the shorter one's words: the overlap
# coefficient, with enough shared words that a few common ones cannot pass alone.
MIN_OVERLAP = 0.3
MIN_OVERLAP_SHARED = 4
# A title match alone needs this many shared words: a placeholder title ("index", "Live")
# makes two unrelated pages' titles identical.
MIN_TITLE_SHARED = 2
# Anchors (names and telling figures) two reports must share, whatever else they share.
MIN_SHARED_ANCHORS = 2
MIN_GERMAN_WORDS = 3  # German function words in a title and key points of unknown language
_LOCK_KEY = 0x6E64_5354  # "ndST": the advisory lock that serialises story assignment

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*%?|[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)
_SEPARATOR = re.compile(r"[.,]")
_COMBINING = re.compile(r"[\u0300-\u036f]")  # accents, once letters are decomposed (NFKD)
# Words, and the punctuation after which a capital opens a sentence rather than marks a name.
_WORD_OR_STOP = re.compile(r"[.!?:;\"“”«»„()\[\]]|[^\W\d_]+(?:['’][^\W\d_]+)*|\d+", re.UNICODE)
_YEAR = re.compile(r"(?:19|20)\d\d")
# A result, "3-0", "3:0" or "3 – 0": one digit each side, so that times ("9:30"), tallies
# ("10-2"), formations ("4-4-2"), codes ("COVID-19") and ranges of a share ("2-3%") are not.
# The digit comes first and the look behind it after: a pattern opening with a look-behind is
# tried at every character, twice as slow.
# A numbered issue of a series in a title: a capitalised label and its number ("Gameweek 29",
# "Stage 14", "March 4"), or a day before its month ("4 March", "4. März", "4 de marzo").
_LABEL_NUMBER = re.compile(r"([^\W\d_]+)\.? (\d{1,3})(?![\w%/]|[.,:\-–]\d)")
_DIGIT = re.compile(r"\d")
_DAY_MONTH = re.compile(r"(?<![\w.,])(\d{1,2})\.? (?:de )?([^\W\d_]+)")
_RESULT = re.compile(r"(\d)(?<![\w.,:\-–]\d) ?[-–:] ?(\d)(?![\w%]|[.,:\-–]\d)")


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


_EMPTY = Features(frozenset(), frozenset(), frozenset(), frozenset(), frozenset(), frozenset())
_MONTH = {name: number for number, names in enumerate(MONTHS, 1) for name in names}
_FEATURES: OrderedDict[tuple[int, int], Features] = OrderedDict()


@dataclass(frozen=True)
class StoryMatch:
    story_id: int
    article_id: int
    score: float


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


_STOPWORDS = frozenset(_fold(word) for word in STORY_STOPWORDS)


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
_GENERIC = frozenset(_stem(_fold(word)) for word in GENERIC_NAMES)


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


@dataclass(frozen=True)
class Candidate:
    """A recent article a new one may join (or repeat): what is cheap to read of it."""

    article_id: int
    story_id: int
    signature: int  # unsigned
    published: datetime  # published_at, else fetched_at


async def recent_candidates(
    session: AsyncSession, article: Article, *, now: datetime, window: timedelta = STORY_WINDOW
) -> list[Candidate]:
    """The newest articles fetched within ``window`` (at most MAX_CANDIDATES), ``article`` aside.

    Call :func:`lock_assignment` first so that concurrent ingests see each other.
    """
    # Articles fetched in the window are the members of the stories updated in it; asking by
    # fetched_at walks one index, newest first, and stops at the cap.
    found = await session.execute(
        select(Article.id, Article.story_id, Article.signature,
               func.coalesce(Article.published_at, Article.fetched_at))
        .where(Article.fetched_at >= now - window, Article.id != article.id,
               Article.story_id.is_not(None))
        .order_by(Article.fetched_at.desc())
        .limit(MAX_CANDIDATES)
    )
    return [Candidate(a, story, to_unsigned(sig), published)
            for a, story, sig, published in found if story is not None]


async def find_story(
    session: AsyncSession, article: Article, candidates: list[Candidate]
) -> StoryMatch | None:
    """The story of a candidate that reports the same event as ``article``, if any."""
    signature = to_unsigned(article.signature)
    for c in candidates:
        if signature and hamming(signature, c.signature) <= SAME_TEXT_BITS:
            return StoryMatch(c.story_id, c.article_id, 1.0)
    # Reports of one event are published within hours of each other; fetched together, a
    # backfilled feed or a late page can hold last month's turn of the same affair.
    published = article.published_at or article.fetched_at
    candidates = [c for c in candidates if abs(c.published - published) <= STORY_WINDOW]
    known = await _candidate_features(session, [(c.article_id, c.signature) for c in candidates])
    mine = features(article.title, list(article.key_points), article.language)
    best: StoryMatch | None = None
    for c in candidates:
        score = similarity(mine, known[(c.article_id, c.signature)])
        if score > 0 and (best is None or score > best.score):
            best = StoryMatch(c.story_id, c.article_id, score)
    return best


async def _candidate_features(
    session: AsyncSession, keys: list[tuple[int, int]]
) -> dict[tuple[int, int], Features]:
    """Features of stored articles, from the cache or, for those not seen yet, the database.

    An article's title and key points never change after ingest, so a process tokenises each
    article once; the cache key includes the signature so a reused id cannot hit a stale entry.
    """
    missing = [key for key in keys if key not in _FEATURES]
    for start in range(0, len(missing), 500):
        ids = [article_id for article_id, _ in missing[start:start + 500]]
        found = await session.execute(
            select(Article.id, Article.signature, Article.title, Article.key_points,
                   Article.language)
            .where(Article.id.in_(ids))
        )
        for article_id, signature, title, key_points, language in found:
            key = (article_id, to_unsigned(signature))
            _remember(key, features(title, list(key_points or []), language or ""))
    return {key: _FEATURES.get(key) or _EMPTY for key in keys}


def _remember(key: tuple[int, int], value: Features) -> None:
    _FEATURES[key] = value
    if len(_FEATURES) > FEATURE_CACHE_SIZE:
        _FEATURES.popitem(last=False)


async def lock_assignment(session: AsyncSession) -> None:
    """Make concurrent ingests take turns from here until their transactions end.

    Two reports of one event (or two copies of one text) ingested at the same moment would
    otherwise each miss the other, still uncommitted. SQLite already serialises writers: the
    article insert that precedes this holds its write lock. PostgreSQL needs a
    transaction-scoped lock.
    """
    if session.get_bind().dialect.name == "postgresql":
        await session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})


async def assign_story(
    session: AsyncSession,
    article: Article,
    *,
    now: datetime,
    candidates: list[Candidate] | None = None,
) -> Story:
    """Put ``article`` (flushed, with an id) into a matching recent story or a new one.

    Call it inside the transaction that stores the article and commit soon after: on
    PostgreSQL other assignments wait for that commit. ``candidates`` are those read under
    :func:`lock_assignment`; without them, this locks and reads them itself.
    """
    if candidates is None:
        await lock_assignment(session)
        candidates = await recent_candidates(session, article, now=now)
    match = await find_story(session, article, candidates)
    story = await session.get(Story, match.story_id) if match else None
    if story is None:
        story = Story(
            title=article.title, lead_article_id=article.id, article_count=1, source_count=1,
            first_seen_at=now, updated_at=now,
        )
        session.add(story)
        await session.flush()
        article.story_id = story.id
        return story
    article.story_id = story.id
    await session.flush()
    await refresh_counts(session, story, now=now)
    return story


def _source_key(url: str, source_id: int | None, source_name: str, article_id: int) -> str:
    """The outlet an article counts for: its site (one newsroom's feeds are one source), else
    its source, else its source's name, else itself."""
    site = site_of(url)
    if site is not None:
        return f"site:{site}"
    if source_id is not None:
        return f"id:{source_id}"
    return f"name:{source_name}" if source_name else f"article:{article_id}"


async def refresh_counts(session: AsyncSession, story: Story, *, now: datetime) -> None:
    """Recount a story's articles and sources; keep the earliest article as its lead."""
    rows = (await session.execute(
        select(Article.id, Article.source_id, Article.source_name, Article.title,
               func.coalesce(Article.published_at, Article.fetched_at),
               func.coalesce(Article.canonical_url, Article.url))
        .where(Article.story_id == story.id)
    )).all()
    story.article_count = len(rows)
    story.source_count = len({_source_key(r[5] or "", r[1], r[2], r[0]) for r in rows})
    earliest = min(rows, key=lambda r: (r[4], r[0]))
    story.lead_article_id = earliest[0]
    story.title = earliest[3]
    story.updated_at = now
