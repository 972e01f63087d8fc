"""The sentences a key point takes on after it, while the whole still reads as one point.

Two short sentences in a row often carry one fact between them; a point that fills its ~200
characters tells the reader more. See :func:`with_following` for which sentences may join.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Final

from digests.analyse.body_sentences import BodySentences
from digests.analyse.lead_ins import strip_lead_in
from digests.analyse.routine_lines import declines_comment, is_background
from digests.analyse.sentence_kinds import (
    addresses_the_reader,
    in_first_person,
    is_page_furniture,
    is_question,
    is_whole_sentence,
    quoted_share,
)
from digests.analyse.tokens import already_said, content_stem_set
from digests.analyse.trim import MAX_CHARS, has_run_on, trim, without_note_marks

REDUNDANT: Final = 0.55  # share of a sentence's content words already said by another point
MIN_WORDS: Final = 6  # a candidate sentence has at least these; shorter ones are fragments
# A paragraph's opening sentence of fewer words than this, after a paragraph of several
# sentences, starts a new beat rather than going on with the point (see _opens_a_new_beat).
_NEW_BEAT_WORDS: Final = 9
# A sentence that turns against the one before it ("X probably has nothing to do with Y.
# However, it was Y that…"): after a short opening, the turn is the news it leads into. English
# only, as measured; not "Yet another…", which adds rather than turns.
_TURNS: Final = ("However, ", "But ", "Now, ", "Instead, ")
# Room a turn needs, cut to fit, to keep its subject, its verb and what happened: with less,
# its first words would say nothing ("However, it was this type of…").
_TURN_ROOM: Final = 80
# Subject pronouns that open a short sentence about the one before it ("She was 92.").
_SHORT_SENTENCE_SUBJECTS: Final = frozenset(
    "he she they er sie il elle ils elles él ella ellos ellas он она они".split()
)


def with_following(
    point: str, positions: list[int], stems_of: list[frozenset[str]], order: int,
    taken: set[int], others: list[frozenset[str]], body: BodySentences, language: str = "", *,
    dashes: bool = True,
) -> str:
    """``point`` with the sentences right after it, while the whole still fits in a point.

    Two short sentences in a row often carry one fact between them ("Dibaba won in 14:32.93.
    It is a world record."), and a point that fills its ~200 characters tells the reader more
    (measured: BBC +1.2 ROUGE-1, highlights unchanged). Only whole sentences join; not a quote
    (the digest shows the best quote on its own; nor a sentence in the first person, a quote
    without its marks), not a question (a teaser the point cannot answer: "…makes a quick
    comeback. What's the secret?"), not another point, nothing another point already says,
    nothing inside a quote, nor the short sentence that opens a paragraph after a paragraph of
    several (a new beat: ``_opens_a_new_beat``). A sentence that turns against the point
    ("However, …", "But …") joins cut to fit when it is too long to join whole, if the point
    leaves it room: after a teaser ("X probably has nothing to do with Y."), the turn is the
    news (9 dev articles change, 7 better; BBC ROUGE-1 56.18 -> 56.31, highlights 42.91 -> 42.98).
    ``order`` is the point's candidate among the candidates at body ``positions`` with
    content stems ``stems_of``; ``taken`` (candidates chosen or joined) gains the sentences
    joined, so no two points share one.
    """
    if point.endswith("…"):
        return point  # cut short: a sentence joined after the ellipsis would read as a jump
    english = language in ("en", "")
    following = order + 1
    at = positions[order] + 1  # the body's sentence right after the point
    while at < len(body.texts):
        if _opens_a_new_beat(at, body):
            break
        candidate = following < len(positions) and positions[following] == at
        if candidate:
            if following in taken:
                break
            stems = stems_of[following]
        elif _short_sentence(body.texts[at]):
            stems = content_stem_set(body.texts[at])  # "He was 92.": no candidate, too short
        else:
            break
        if at in body.spoken or body.starts_inside_quote(at) \
                or (dashes and body.said_without_marks(at)):
            break
        # Too long to join whole: only a turn joins, cut to fit, and ends the point.
        turn_fits = english and len(point) <= MAX_CHARS - _TURN_ROOM
        # strip_lead_in keeps a third of a sentence (less a bullet's two characters): one too
        # long even so ends the point without being stripped.
        if not turn_fits and len(point) + 1 + (len(body.texts[at]) - 2) // 3 > MAX_CHARS:
            break
        text = strip_lead_in(body.texts[at])
        cut_turn = len(point) + 1 + len(text) > MAX_CHARS
        if (
            (cut_turn and not (turn_fits and text.startswith(_TURNS)))
            or quoted_share(text) > 0.0
            or in_first_person(text, language)
            or addresses_the_reader(text)
            or declines_comment(text)
            or is_question(text)
            or is_background(text)
            or has_run_on(text)
            or is_page_furniture(text)
            or already_said(stems, others, REDUNDANT)
            or body.above_a_credit(at)
        ):
            break
        if cut_turn:
            text = _turn_to_fit(point, text)
        point = f"{point} {without_note_marks(text)}"
        if candidate:
            taken.add(following)
            following += 1
        if cut_turn:
            break
        at += 1
    return point


def _opens_a_new_beat(at: int, body: BodySentences) -> bool:
    """Does sentence ``at`` open a new beat of the story: a short sentence that opens a
    paragraph after one of two sentences or more ("…the better its chances seem." then "A
    motorway in Poland near the border.", "The police questioned her boyfriend.")? There the
    writer closed a thought and sets a scene or turns to another thread: joined to the point,
    it reads as a jump. A longer sentence there often goes on with the point's fact, and after
    a paragraph of one sentence, as wires write them, a break says nothing of where a thought
    ends; a short sentence about the point's subject ("She was 92.") finishes it anywhere."""
    starts = body.paragraph_starts
    paragraph = bisect_left(starts, at)
    if not (0 < paragraph < len(starts) and starts[paragraph] == at
            and at - starts[paragraph - 1] > 1):
        return False
    text = body.texts[at]
    return text.count(" ") < _NEW_BEAT_WORDS and not _short_sentence(text)


def _turn_to_fit(point: str, turn: str) -> str:
    """``turn`` as it follows ``point`` within a point's length: whole when the two run only a
    few words over (as any point may), else cut on its own, so that a cut at a clause boundary
    keeps a good share of the turn rather than its connective and a few words."""
    whole = f"{point} {turn}"
    if not trim(whole).endswith("…"):
        return turn
    return trim(turn, MAX_CHARS - len(point) - 1)


def _short_sentence(text: str) -> bool:
    """Is ``text`` a whole sentence too short to be a candidate, about the subject of the one
    before it ("He was 92.", "Er blieb unverletzt.")? Such a sentence finishes that one. Not
    other short lines: a heading ("FULL TEXT."), a broadcast's "Max Lee has more.", a
    columnist's "Kind of."."""
    space = text.find(" ")
    return (
        space > 0
        and text[:space].lower() in _SHORT_SENTENCE_SUBJECTS
        and text.count(" ") < MIN_WORDS - 1
        and is_whole_sentence(text)
    )
