"""People the article does not name. A sentence whose subject is one ("Another tenant, who asked
not to be named, said…", "One resident told the meeting…"): a "she said" after it is that
person's, not the last woman named before. A speaker described by a role ("a Home Office
spokeswoman"): whom "the spokeswoman" stands for later.
"""

from __future__ import annotations

import re
from typing import Final

from digests.analyse.clauses import REPORTING
from digests.analyse.name_index import NameIndex
from digests.analyse.names import is_title_word
from digests.analyse.noun_phrases import names_people

# The article or count that opens such a subject, and up to three lower-case words after it,
# of which one names a person ("One longtime resident,"). The pattern opens with the words
# themselves, which the regex engine scans for (asked of every "he" and "she", a pattern that
# opens with where a sentence starts reads each paragraph six times slower); that the words
# open a sentence is checked after.
_UNNAMED_OPENING: Final = re.compile(r"(?:Another|One|An?)((?: [a-z][a-z-]*){1,3})(?=[ ,])")


def unnamed_subject_before(index: NameIndex, at: tuple[int, int]) -> tuple[int, int] | None:
    """Where the last sentence that opens with an unnamed person who says something starts, in
    the paragraph of ``at`` (before it) or the one before; None if there is none."""
    for paragraph in (at[0], at[0] - 1):
        if paragraph < 0:
            return None
        text = index.paragraphs[paragraph + 1]
        end = at[1] if paragraph == at[0] else len(text)
        found = None
        for match in _UNNAMED_OPENING.finditer(text, 0, end):
            if not _opens_sentence(text, match.start()):
                continue
            stop = text.find(". ", match.end(), end)
            # The subject speaks ("said the office stopped answering"): "A neighbor of a
            # friend was selling a farmhouse" is no one who says what follows.
            if any(names_people(word) for word in match.group(1).split()) \
                    and REPORTING.search(text, match.end(), end if stop < 0 else stop):
                found = (paragraph, match.start())
        if found:
            return found
    return None


def _opens_sentence(text: str, start: int) -> bool:
    """Whether ``start`` opens the paragraph or follows a sentence's end and a space, maybe
    past a closing mark (". Another", ".” One")."""
    if start == 0:
        return True
    before = text[max(0, start - 3) : start]
    return before[-1:] == " " and (before[-2:-1] in _SENTENCE_ENDS or (
        before[-2:-1] in _CLOSERS and before[-3:-2] in _SENTENCE_ENDS))


_SENTENCE_ENDS: Final = frozenset(".!?")
_CLOSERS: Final = frozenset("\"”’)")


def unnamed_opened_since(index: NameIndex, at: tuple[int, int], gender: str) -> bool:
    """Whether a sentence that opens with a person the article does not name comes after the
    last person of ``gender`` named before ``at``."""
    unnamed = unnamed_subject_before(index, at)
    return unnamed is not None and index.last_person(at, unnamed, gender) is None


def unnamed_role(speaker: str) -> str | None:
    """The role of a speaker described without a name ("a Home Office spokeswoman",
    "A spokesperson for Mid-Coast Council": "spokeswoman", "spokesperson"), if it is one."""
    words = speaker.split()
    if words[0].lower() not in ("a", "an"):
        return None
    return next((word for word in words[1:] if word.islower() and is_title_word(word)), None)
