"""Which of an article's quotes a digest shows first: someone central, adding to the points.

A digest shows one quote under a story's title and key points, read at a glance. Its form
counts (a named speaker, a whole sentence, 8-40 words), and so does what it says:

* a quote found whole in a key point or the title adds nothing: the point already shows it,
  with who said it, and the digest would leave that point out (one fact fewer for the reader);
* common words it shares with the title and the points make it the story's, not an aside's;
* a speaker the title or the points name is one of the story's actors, not a bystander;
* a question, an answer that leans on the question put to the speaker ("Well, …", "Yes, …"), a
  sentence that goes on from one the reader does not see ("But …", "For example, …", "That
  means …"), talk with hardly a word of content ("Thank you very much", "We'll see") and a
  post's handles and links do not stand alone.

A quote without a speaker goes after every quote with one: a digest shows no quote nobody said,
so ranking one first would leave the story without a quote.

Ingest ranks once per article, a handful of quotes against one title and three points: each
test reads one quote, the stems come from :mod:`tokens`' memo.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from digests.analyse.quote_filter import words
from digests.analyse.tokens import content_stem_set
from digests.article import Quote

# A quote this short found whole inside a point is the point's own words ("“I am confident,”
# she said" under 'She said she was "confident"' is not one).
MIN_REPEAT_WORDS: Final = 4
# Content stems under which a quote says nothing a reader can take away.
MIN_CONTENT_STEMS: Final = 3
# Stems shared with the title and the points that count, each worth TOPIC_WORD: a long quote
# shares more by chance, and three shared words already tie it to the story.
MAX_TOPIC_WORDS: Final = 3
# A speaker's name shorter than this is not looked for in the title ("Li", "Ng" inside words).
MIN_NAME_CHARS: Final = 3

# Points: form first (at most 5, as the ranking had before it read what quotes say); what the quote
# says moves a quote past another of like form, and a speaker the title names past a bystander,
# but a question or a lean-on opening rarely outranks a quote that stands alone.
NAMED_SPEAKER: Final = 2.0
UNNAMED_SPEAKER: Final = 1.0
CAPITAL_START: Final = 1.0
SENTENCE_END: Final = 0.5
GOOD_LENGTH: Final = 1.5
FAIR_LENGTH: Final = 0.5
TOPIC_WORD: Final = 0.5
SPEAKER_IN_TITLE: Final = 1.5
SPEAKER_IN_POINTS: Final = 0.75
REPEATS_POINT: Final = -2.0
LEANS_ON_BEFORE: Final = -1.0
QUESTION: Final = -1.5
EMPTY_TALK: Final = -1.0
POST_MARKUP: Final = -1.5

_CLOSING_MARKS: Final = "”’\"'»“«)]"
# Openings that answer a question the reader does not see ("Well, …", "Yes, …"), or go on from a
# sentence before the quote ("But …", "For example, …"), in the languages the bot reads. The
# answer words count only with punctuation after them ("No, …" but "No country…").
_ANSWER_WORDS: Final = (
    "well look yes no oh okay ok sure ja nein nun oui non bon sí si bueno pues да нет ну"
)
_CONNECTIVES: Final = (
    "and but so or then also plus because however except und aber denn doch et mais donc alors "
    "puis y pero entonces и но а зато однако"
)
_LEAD_INS: Final = (
    "you know", "i mean", "for example", "for instance", "in fact", "in other words", "that way",
    "zum beispiel", "par exemple", "por ejemplo", "например",
)
_LEANS_ON_BEFORE: Final = re.compile(
    rf"(?:{'|'.join(_ANSWER_WORDS.split())})\s*[,.!…]"
    rf"|(?:{'|'.join(_CONNECTIVES.split())})\b(?!\s+far\b)"  # "So far …" is a time
    rf"|(?:{'|'.join(_LEAD_INS)})\b"
    # An English demonstrative as the subject, right before its verb: "That means…", "This is
    # what…", "Those are…" (not "This museum…", a demonstrative before its noun).
    r"|(?:that|this|these|those)(?:['’]s\b|,|\s+(?:is|was|are|were|means|meant|makes|made|"
    r"has|had|will|would|shows|says)\b)",
    re.IGNORECASE,
)
# A post quoted as written: its handles, hashtags and links read as noise in a digest.
_POST_MARKUP: Final = re.compile(r"(?:^|\s)[@#]\w|https?://")
_PLAIN_WORD: Final = re.compile(r"\w+")
# A word written with a capital (and what sticks to it): names, and German nouns, which the
# topic test then does without.
_CAPITALISED: Final = re.compile(r"(?<!\S)[^\s\w]*[A-ZÀ-ÖØ-ÞА-ЯЁ]\S*")
_SENTENCE_BREAK: Final = re.compile(r"[.!?…](?=\s)")


def rank_quotes(quotes: Sequence[Quote], title: str, key_points: Sequence[str]) -> list[Quote]:
    """The quotes best-first for a digest of a story with this ``title`` and ``key_points``;
    quotes without a speaker last, ties in document order."""
    if len(quotes) < 2:
        return list(quotes)  # most articles: nothing to order, and no need to read the story
    story = _StoryWords(title, key_points)
    scored = [
        (not quote.speaker, -digest_score(quote, story), index, quote)
        for index, quote in enumerate(quotes)
    ]
    scored.sort(key=lambda entry: entry[:3])
    return [entry[3] for entry in scored]


class _StoryWords:
    """What a quote is compared with: the title and the key points, read once per article."""

    def __init__(self, title: str, key_points: Sequence[str]) -> None:
        self.stems = content_stem_set(" ".join((title, *key_points)))
        # Each text as its words with a space before and after, so that "x in y" finds whole
        # words only (and " x" a word that starts with x).
        self.joined = [f" {' '.join(_plain_words(text))} " for text in (title, *key_points)]
        self.speaker_scores: dict[str, float] = {}  # an article quotes its few speakers often


def digest_score(quote: Quote, story: _StoryWords) -> float:
    """How well ``quote`` stands alone under the story's title and points (higher is better)."""
    return _form_score(quote) + _content_score(quote, story)


def _form_score(quote: Quote) -> float:
    """A named speaker, a capital start, a whole sentence, a length read at a glance."""
    count = len(words(quote.text))
    score = 0.0
    if quote.speaker and quote.speaker[:1].isupper():
        score += NAMED_SPEAKER
    elif quote.speaker:
        score += UNNAMED_SPEAKER
    if quote.text[:1].isupper():
        score += CAPITAL_START
    if quote.text.rstrip(_CLOSING_MARKS).endswith((".", "!")):
        score += SENTENCE_END
    if 8 <= count <= 40:
        score += GOOD_LENGTH
    elif 5 <= count <= 60:
        score += FAIR_LENGTH
    return score


def _content_score(quote: Quote, story: _StoryWords) -> float:
    """What the quote says, against what the digest already shows of the story."""
    text = quote.text
    common = _common_word_stems(text)
    score = TOPIC_WORD * min(MAX_TOPIC_WORDS, len(common & story.stems))
    score += _speaker_score(quote.speaker, story)
    # A quote found whole in a point has all its words there: most quotes fail that at once.
    if common <= story.stems and _retells(text, story):
        score += REPEATS_POINT
    if _only_a_question(text):
        score += QUESTION
    if _LEANS_ON_BEFORE.match(text):
        score += LEANS_ON_BEFORE
    if len(common) < MIN_CONTENT_STEMS and len(content_stem_set(text)) < MIN_CONTENT_STEMS:
        score += EMPTY_TALK
    if ("@" in text or "#" in text or "/" in text) and _POST_MARKUP.search(text):
        score += POST_MARKUP
    return score


def _common_word_stems(text: str) -> frozenset[str]:
    """The stems of the quote's words written in lower case: a name it shares with the story
    ("Obama", "Syria") ties a bystander's comment to it as much as an actor's; what the story is
    about ("resign", "ban", "families") is in its common words."""
    return content_stem_set(_CAPITALISED.sub("", text))


def _only_a_question(text: str) -> bool:
    """Is the quote one question and nothing else? ("How many…, and how many…?" after "That is
    a false equivalency!" says something; "Why would we?" alone does not.)"""
    body = text.rstrip(_CLOSING_MARKS)
    return body.endswith("?") and not _SENTENCE_BREAK.search(body[:-1])


def _speaker_score(speaker: str | None, story: _StoryWords) -> float:
    """A speaker the title names leads the story; one the points name takes part in it."""
    if not speaker or not speaker[:1].isupper():
        return 0.0
    known = story.speaker_scores.get(speaker)
    if known is not None:
        return known
    score = 0.0
    names = [w for w in _plain_words(speaker) if len(w) >= MIN_NAME_CHARS]
    if names:
        # The surname, the last word of the name; a title may inflect it ("Путина"), so a word
        # that starts with it counts.
        surname = f" {names[-1]}"
        title, *points = story.joined
        if surname in title:
            score = SPEAKER_IN_TITLE
        elif any(surname in point for point in points):
            score = SPEAKER_IN_POINTS
    story.speaker_scores[speaker] = score
    return score


def _retells(text: str, story: _StoryWords) -> bool:
    """Is the quote found whole in the title or a key point? That point already shows it, and
    with who said it. (A point that is part of the quote is another matter: the digest leaves
    the point out and shows it as the quote, now with its speaker; nothing is lost.)"""
    quoted = _plain_words(text)
    if len(quoted) < MIN_REPEAT_WORDS:
        return False
    whole = f" {' '.join(quoted)} "
    return any(whole in joined for joined in story.joined)


def _plain_words(text: str) -> list[str]:
    return _PLAIN_WORD.findall(text.casefold())
