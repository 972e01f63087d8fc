"""A site's plea for its readers' money or their e-mail address, set between a story's
paragraphs or under them: "Help us keep the lights on. Donate now.", "Perhaps you noticed: This
story, like all the news we publish, is free to read.", "We deliver climate news to your inbox
like nobody else."

Such a plea is written as prose, often longer than a label, so its shape does not give it away;
its wording does. Each phrase here is the site speaking of itself ("we", "our reporting") or
telling the reader to give: a story about a charity's appeal reports it ("the charity urged
people to donate"), it does not make it.
"""

from __future__ import annotations

import re
from typing import Final

from digests.clean.gated import GatedPattern

_MAX_PITCH_WORDS: Final = 80

_PITCH: Final = GatedPattern(re.compile(
    r"\bhelp us keep the lights on\b|"
    # the call that closes it ("Donate now.", "Give today!", "Join us today.")
    r"(?:^|[.!?] )(?:please )?(?:donate|give|contribute|join us|support us) (?:now|today)[.!]?$|"
    # the story is free, because readers pay ("Our reporting is free for everyone.", "This
    # story, like all the news we publish, is free to read.")
    r"\blike all (?:the )?(?:news|stories|journalism|reporting|articles|work) we publish\b|"
    r"^(?:our|this) (?:reporting|journalism|story|stories|news|work|content) (?:is|are|remains?) "
    r"free (?:to read|for (?:everyone|all|you)|to all)\b|"
    r"\bfree to all readers\b.{0,40}\bfree to produce\b|"
    r"\bbecome a (?:member|donor|supporter|sustaining member) (?:today|now)\b|"
    r"\bmake a (?:tax-deductible )?(?:donation|gift|contribution) (?:today|now)\b|"
    # a newsletter's pitch in the site's voice ("We deliver climate news to your inbox like
    # nobody else.", "Get the latest from Education Week in your email inbox.", "Railway
    # Gazette's daily and weekly newsletters keep you up to date.")
    r"^we (?:deliver|bring|send)\b.{0,60}\b(?:to|in|into) your (?:e-?mail )?inbox\b|"
    r"^get (?:the latest|our (?:best|top|latest))\b.{0,60}\b(?:to|in|into) your (?:e-?mail )?"
    r"inbox\W*$|"
    r"^[^.]{0,60}\bnewsletters? (?:keeps?|brings?|delivers?) you (?:up to date|informed|the)\b|"
    # what the site's paying readers get, behind a link ("Ag Intel: Want the full amendment
    # tracker? Agri-Pulse subscribers can download our markup scorecard here.")
    r"\b(?:our |premium |paid |[\w-]+ )?subscribers can (?:download|read|access|view|get|find|"
    r"see|listen to|watch)\b[^.!?]{0,80}\b(?:here|below)\W*$",
    re.IGNORECASE | re.UNICODE,
), ("lights on", "now", "today", "we publish", "free ", "inbox", "newsletter", "subscribers"))


def is_reader_pitch(text: str) -> bool:
    """A plea for the reader's money or e-mail address, in the site's own voice."""
    return len(text.split()) <= _MAX_PITCH_WORDS and _PITCH.search(text)


# The label over a sponsor's text in a newsletter ("Message from Lockridge Aerospace:"): what
# follows it is the sponsor's, not the story's.
_SPONSOR_LABEL: Final = re.compile(
    r"(?:a )?message from (?:our sponsors?|(?-i:[A-Z])[\w&'’.-]*(?: [\w&'’.-]+){0,4}):",
    re.IGNORECASE | re.UNICODE,
)


def is_sponsor_label(text: str) -> bool:
    """The label over a sponsor's message ("Message from Lockridge Aerospace:")."""
    return text[-1:] == ":" and _SPONSOR_LABEL.fullmatch(text) is not None
