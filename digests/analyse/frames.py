"""A long sentence that a point can show whole once its frame goes: the opening phrase that
sets its time or source, or the attribution it closes with.

A point keeps the start of a sentence too long for it, cut with "…" (see :mod:`trim`). A wire
or press lead often runs past the limit by its frame alone: "Over a median follow-up of 4.2
years, the primary outcome … occurred in 6.1% of patients…", "According to a joint report by
UNICEF, …, the number of malnourished children has risen by 18 per cent…", "…destroying 40
homes as wind gusts topped 50 mph, officials said." Cut, the point keeps the frame and loses
what the sentence says (the finding, the figure). Without the frame the sentence fits whole, in
its own words, and the point shows that instead. The closing attribution goes first (the cut
would have dropped it anyway), then the opening phrase, then both; a frame goes only when the
rest then fits whole.

English only; the frame is known by its words:
- an attribution after the last comma: a reporting verb within a few words ("…, officials
  said.", "…, the state weather agency PAGASA said on Tuesday.", "…, said Ann Lee.") or
  "according to …", with no quote mark in it;
- an opening phrase up to a comma: a preposition's phrase ("Over…", "In…", "During…"),
  "According to …", or a clause whose main clause holds whatever it says ("After…", "While…",
  "Although…"); not one that sets a condition ("If…", "Unless…", "Until…"), without which the
  main clause would claim what the sentence does not. The main clause must open with a subject
  that needs nothing before it: an article, a number, a name; not a pronoun ("…, he said").
"""

from __future__ import annotations

import re
from typing import Final

from digests.analyse.asides import without_aside
from digests.analyse.trim import MAX_CHARS, has_run_on, trim, unclosed_quote

_ATTRIBUTION_REACH: Final = 80  # characters after the last comma
_ATTRIBUTION_WORDS: Final = 9
_REPORTED: Final = re.compile(
    r"(?:^|\s)(?:said|says|told|reported|reports|announced|confirmed|stated|added|wrote)\b"
)
_TIME_AFTER: Final = re.compile(
    r"(?:\s(?:on|late|early|in)?\s?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|today|yesterday|tonight|this week|last week|in a statement|in a release))*$"
)
_QUOTE_MARKS: Final = "\"“”„«»"
_OPENING: Final = re.compile(
    r"(?:According to|In|On|At|For|By|From|Under|Over|During|Throughout|Among|Across|Within"
    r"|Against|Beyond|Between|Through|Despite|In spite of|With|Amid|Amidst|Following|Unlike"
    r"|(?P<clause>When|While|Whilst|Although|Though|Even though|As|After|Before|Since"
    r"|Because))\s"
)
_OPENING_REACH: Final = 120  # characters: a longer opening is a clause the sentence is about
# What may open the main clause: a determiner or a number; a capitalised name when no list goes
# on right after it ("In Paris, Rome and Oslo, …" holds no main clause at "Rome").
_SUBJECT_OPENERS: Final = frozenset(
    """the a an this these some more most many several nearly almost
    about over only two three four five six seven eight nine ten dozens hundreds thousands
    millions""".split()
)
# Words that stand for someone the opening named ("While she…, her campaign…"), or that open
# a quote's words.
_PRONOUNS: Final = frozenset("he she it they we i you that those there his her its their".split())
_LIST_AFTER: Final = re.compile(r"^\S+(?: \S+){0,2}?(?:,| and | or )")
# The last items of a list, up to the comma that closes it: "the WFP and the FAO (FAO), ".
_LIST_END: Final = re.compile(r"[^,;:]{0,60}?\s(?:and|or)\s[^,;:]{1,60}?,\s")
_MIN_WORDS: Final = 6


def fitted(sentence: str) -> str:
    """``sentence`` as a point should show it: without the aside its point would end in (see
    :mod:`asides`) or without its frame, whichever lets the point show it whole; else without
    the aside, for the point to keep its verb."""
    shorter = without_aside(sentence)
    if len(shorter) <= MAX_CHARS or _fits(shorter):
        return shorter
    framed = without_frame(sentence)
    if framed is sentence and shorter is not sentence:
        framed = without_frame(shorter)
    return framed if _fits(framed) else shorter


def without_frame(sentence: str) -> str:
    """``sentence`` without its closing attribution, its opening phrase or both (see the
    module's doc) when that lets a point show it whole; else ``sentence`` itself."""
    if len(sentence) <= MAX_CHARS or not trim(sentence).endswith("…") or has_run_on(sentence):
        return sentence  # the usual case: the point shows it whole (or ends at a seam)
    unattributed = _without_attribution(sentence)
    if unattributed and _fits(unattributed):
        return unattributed
    main = _without_opening(sentence)
    if main and _fits(main):
        return main
    if unattributed and main:
        both = _without_opening(unattributed)
        if both and _fits(both):
            return both
    return sentence


def _fits(sentence: str) -> bool:
    return not trim(sentence).endswith("…")


def _without_attribution(sentence: str) -> str | None:
    """``sentence`` with a full stop where its closing attribution began; None without one."""
    comma = sentence.rfind(", ")
    before = sentence.rfind(", ", 0, comma)
    if before > 0 and sentence.startswith("said ", before + 2):
        comma = before  # "…, said Ann Lee, the fire chief."
    tail = sentence[comma + 2 :] if comma > 0 else ""
    if not tail.endswith(".") or len(tail) > _ATTRIBUTION_REACH \
            or any(mark in tail for mark in _QUOTE_MARKS) or "''" in tail \
            or sentence[:1] in _QUOTE_MARKS or sentence[:1] in "'‘":
        # A quotation's attribution is whose words they are: it stays, and so does the cut.
        return None
    words = _TIME_AFTER.sub("", tail[:-1])
    verb = _REPORTED.search(words)
    # "…, officials said.", "…, said Ann Lee.": the verb ends the words or opens them.
    reported = verb is not None and len(words.split()) <= _ATTRIBUTION_WORDS \
        and (verb.start() == 0 or verb.end() == len(words))
    if not (reported or words.startswith("according to ")):
        return None
    head = sentence[:comma]
    if unclosed_quote(head):
        return None  # the comma ends a quoted phrase's words, not the sentence's
    return head + "."


def _without_opening(sentence: str) -> str | None:
    """The main clause after the sentence's opening phrase, capitalised; None without one."""
    opener = _OPENING.match(sentence)
    if opener is None:
        return None
    comma = sentence.find(", ", 0, _OPENING_REACH)
    listed = _LIST_END.match(sentence, comma + 2) if comma >= 0 else None
    if listed is not None:
        # "According to a report by UNICEF, the WFP and the FAO, the number…": the list the
        # opening names ends at a later comma, where a determiner opens the main clause.
        later = listed.end()
        if sentence[later:].split(maxsplit=1)[0].lower() in _SUBJECT_OPENERS:
            comma = later - 2
    if comma < 0:
        return None
    opening, main = sentence[:comma], sentence[comma + 2 :]
    if opener.group("clause") and opening.rsplit(None, 1)[-1][:1].isupper():
        # "When Ann Lee, the economy secretary, came…", "As China builds islands in the South
        # China Sea, a waterway…": the comma after a name may open its aside, not the main clause.
        return None
    if any(mark in opening for mark in _QUOTE_MARKS) or opening.count("(") != opening.count(")"):
        return None
    first = main.split(maxsplit=1)[0] if main else ""
    lower = first.lower()
    if lower in _PRONOUNS or len(main.split()) < _MIN_WORDS:
        return None
    if lower not in _SUBJECT_OPENERS and not first[:1].isdigit() and not (
        first[:1].isupper() and _LIST_AFTER.match(main) is None
    ):
        return None
    return main[0].upper() + main[1:]
