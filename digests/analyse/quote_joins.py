"""One quote from the parts its reporting clause interrupts: “A,” she said, “B.” -> "A, B.".

The comma that ends the first part belongs to the break as often as to the sentence: it is
turned into a full stop where the second part starts a new sentence, and dropped where it
stands between a subject and its verb (“That,” he said, “is a remarkable…” -> "That is a
remarkable…"), where English never writes one.
"""

from __future__ import annotations

import re
from typing import Final

_STARTS_WITH_I: Final = re.compile(r"\[?I\b")
# What may stand before the capital that opens a sentence in a quote: an editor's bracket
# ("[It was] a long day"), an ellipsis, an inner quote mark ("'Sir, we've …'"); not a handle's
# "@", which a tweet writes mid-sentence.
_BEFORE_A_SENTENCE: Final = "[(.…'‘\"“ "


def join_parts(parts: list[str], gap: str = "", language: str = "") -> str:
    """“A,” she said. “B.” -> "A. B."; “A,” she said, “b…” -> "A, b…".

    Writers end the first part with a comma even when the second starts a new sentence; the
    clause between says which it was when it ends with a full stop ("she said. “I…”"), else a
    capital letter after the break does ("I" is capitalised anywhere, so it tells nothing).
    """
    new_sentence = gap.rstrip().endswith((".", "!", "?"))
    english = language in ("en", "")
    text = parts[0].strip()
    for part in parts[1:]:
        part = part.strip()
        if not text.rstrip("'’”\"»").endswith(_PUNCTUATION):
            # «A», dit-il. «B» and «A», — сказал он. «B»: French and Russian put the comma
            # or stop outside the marks, so the clause between carries it.
            text += _stop_of(gap)
        if text.endswith(",") and part.lstrip(_BEFORE_A_SENTENCE)[:1].isupper() and (
            new_sentence or not _STARTS_WITH_I.match(part)
        ):
            text = text[:-1] + "."
        elif english and _comma_splits_subject_from_verb(text, part):
            text = text[:-1]
        text = f"{text} {part}"
    return text


def _comma_splits_subject_from_verb(before: str, after: str) -> bool:
    """Whether the comma ending ``before`` only marks the break between a subject and the verb
    that ``after`` opens with (“The problem,” she said, “is…”). Not after an aside, whose comma
    closes it (“The problem, frankly,” …), a clause opened by "if" or "when", whose comma the
    sentence keeps before a question (“If we fail,” she said, “will anyone care?”), or a
    word said on its own (“Well,” he said, “is it?”)."""
    if not before.endswith(",") or "," in before[:-1]:
        return False
    first_after = after.split(maxsplit=1)[:1]
    first_before = before.lstrip(_BEFORE_A_SENTENCE).split(maxsplit=1)[:1]
    return bool(first_after and first_before) \
        and first_after[0].replace("’", "'") in _VERBS_AFTER_A_SUBJECT \
        and first_before[0].rstrip(",").casefold() not in _OPENERS_KEEPING_THE_COMMA


# Finite verbs that follow their subject, in lower case as the second part continues them.
_VERBS_AFTER_A_SUBJECT: Final = frozenset(
    """is are was were has have had will would can could should may might must does do did
    isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't can't couldn't shouldn't
    doesn't don't didn't remains remain seems seem means mean""".split()
)
# Words that open a clause or stand alone before a comma that the sentence itself keeps, and
# the pronouns whose first part is a whole clause (“I regard him as a friend,” he said, “have
# talked with him for years”: the verb after the break is a second one).
_OPENERS_KEEPING_THE_COMMA: Final = frozenset(
    """if when whenever although though because while as since unless once after before until
    whether where well yes no yeah look listen okay ok oh now so sure right again still first
    second also however but and or frankly honestly today i we you he she they it there""".split()
)
_PUNCTUATION: Final = (".", ",", "!", "?", "…", ";", ":")


def _stop_of(gap: str) -> str:
    """The punctuation mark that ends the clause between two parts of a quote, or ""."""
    end = gap.rstrip(" \u00a0—–-«»“”„\"")[-1:]
    return end if end in _PUNCTUATION else ""
