"""Who issued the document a quote is read from ("the statement said" after "X released one").

A reporting clause whose subject is the document itself ("“…,” the statement said", "the release
added") names no one; the sentence that brought the document in usually does: "Fox News said in a
statement", "President Obama released a statement", "In a statement, the company said".
:func:`issuer_before` finds that sentence and returns its subject as written, for
:mod:`speakers` to resolve like any other subject.
"""

from __future__ import annotations

import re
from typing import Final

from digests.analyse.inverted_subjects import subject_after_verb
from digests.analyse.noun_phrases import PRONOUNS
from digests.analyse.reporting import speaker_in_clause, subject_before_verb

# "the statement", "a statement", "the press release", "the written statement": a document
# standing as the subject of a reporting clause, with the noun that names it.
DOCUMENT_SUBJECT: Final = re.compile(
    r"(?:the|a|an|this) (?:(?:press|news|written|joint|brief|short|initial|official) )?"
    r"(statement|release|letter|memo)"
)

# The document brought in with no owner written: "a statement", "a written statement", "in a
# news release". Group 1: the words before it in its sentence.
_BROUGHT_IN: Final = r"\b(?:a|an) (?:[a-z-]+ )?{noun}\b"
# Words between the issuer's verb and the document: "said in", "wrote in", "responded with".
_LINKS: Final = frozenset({"in", "with", "through", "via"})
# A verb that issues a document or speaks through one, in the past or present.
_ISSUING_VERB: Final = re.compile(
    r"(?:said|says|wrote|writes|released|releases|issued|issues|provided|sent|put out|posted|"
    r"published|added|responded|replied|announced|said late \w+|said on \w+)$"
)
# Where a sentence ends inside a paragraph: a stop, maybe a closing quote mark, then a space.
_SENTENCE_END: Final = re.compile(r"[.!?][”\"’']?\s+")
_PARAGRAPHS_BACK: Final = 2


def issuer_before(
    paragraphs: list[str], at: tuple[int, int], noun: str
) -> tuple[str, tuple[int, int]] | None:
    """The subject, as written, of the last sentence before ``at`` (in its paragraph or the two
    before) that brings in a document called ``noun`` without an owner, with where that
    sentence names it; None if no such sentence names one. ``paragraphs`` holds the title
    first, so paragraph ``i`` of ``at`` is ``paragraphs[i + 1]``."""
    pattern = re.compile(_BROUGHT_IN.format(noun=noun))
    for para in range(at[0], max(-1, at[0] - _PARAGRAPHS_BACK - 1), -1):
        text = paragraphs[para + 1]
        if noun not in text:
            continue
        limit = at[1] if para == at[0] else len(text)
        for found in reversed(list(pattern.finditer(text, 0, limit))):
            issuer = _issuer_in(text, found)
            if issuer:
                return issuer, (para, found.start())
    return None


def _issuer_in(text: str, found: re.Match[str]) -> str | None:
    """The subject of the sentence that brings in the document ``found``: the subject before
    the verb that issues it ("Cook provided a written statement", "Fox News said in a
    statement"), or after a scene-setting "In a statement," that opens the sentence; a
    sender named after it ("a letter from the council") comes first."""
    if text.startswith(" from ", found.end()):
        # "Smith received a letter from the parish council": the sender wrote it.
        sender = subject_after_verb(text[found.end() + len(" from ") :])
        if sender and sender.lower() not in PRONOUNS:
            return sender
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, found.start())]
    start = ends[-1] if ends else 0
    before = text[start : found.start()].rstrip()
    # "“…,” Fox News said in a statement": the subject follows the quote, whose words are not it.
    quote_end = max(before.rfind("”"), before.rfind('"'))
    before = before[quote_end + 1 :].lstrip(" ,")
    words = before.split()
    if not words:
        return None
    if words[-1].lower() in _LINKS:
        if len(words) == 1:
            # "In a statement, the company said …": the subject of what follows the comma.
            rest = text[found.end() :].lstrip()
            if not rest.startswith(","):
                return None
            return speaker_in_clause(rest[1:].strip(), quote_first=False, last_verb=False)
        words = words[:-1]
    verb = _ISSUING_VERB.search(" ".join(words[-3:]))
    if verb is None:
        return None
    pre = " ".join(words)[: -len(verb.group())].rstrip()
    return subject_before_verb(pre) if pre else None
