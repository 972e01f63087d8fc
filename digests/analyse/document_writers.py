"""Who wrote a document that a reporting clause names as its subject ("Mr Woodcock's letter
says", "their statement said", "a statement from the Hale family said"): the writer speaks."""

from __future__ import annotations

import re
from typing import Final

# What a person or a body writes, whose owner before it is its author: "Mr Woodcock's letter
# says", "the council's ruling said".
_DOCUMENT_NOUNS: Final = (
    "letter", "statement", "tweet", "post", "email", "memo", "note", "blog", "release",
    "ruling", "report", "filing", "complaint", "order", "judgment", "message", "announcement",
)
_DOCUMENT_OWNER: Final = re.compile(
    r"((?:[A-Z][\w.-]*\s)*[A-Z][\w.-]*)['’]s (?:[a-z]+ )?(?:"
    + "|".join(_DOCUMENT_NOUNS) + ")"
)
# The same with a common noun for the owner, whose "the" the subject phrase has lost ("The
# company's release continued" -> "company's release"): the owner, with its article back.
_COMMON_DOCUMENT_OWNER: Final = re.compile(
    r"(?:[Tt]he )?([a-z]+)['’]s (?:[a-z]+ )?(?:" + "|".join(_DOCUMENT_NOUNS) + ")"
)

# A document named with whom it came from ("the statement from the Hale family said"): they speak.
_DOCUMENT_SENDER: Final = re.compile(
    r"(?:[Tt]he|[Aa]n?) (?:[a-z]+ )?(?:" + "|".join(_DOCUMENT_NOUNS) + r") from (.+)"
)

# A document named by its writer's possessive ("their statement said"): the writer speaks.
_POSSESSED_DOCUMENT: Final = re.compile(
    r"([Tt]heir|[Ii]ts|[Hh]is|[Hh]er) (?:[a-z]+ )?(?:" + "|".join(_DOCUMENT_NOUNS) + r")"
)
_PRONOUN_OF_POSSESSIVE: Final = {"their": "they", "its": "it", "his": "he", "her": "she"}


def document_writer(subject: str) -> str | None:
    """The writer of the document ``subject`` names, or None if it names no document with its
    writer."""
    if " " in subject and subject.endswith(_DOCUMENT_NOUNS):
        owner = _DOCUMENT_OWNER.fullmatch(subject)
        if owner:
            return owner.group(1)  # "Mr Woodcock's letter says": Mr Woodcock wrote it
        common = _COMMON_DOCUMENT_OWNER.fullmatch(subject)
        if common:
            return f"the {common.group(1)}"  # "the company's release said": the company
    holder = _POSSESSED_DOCUMENT.fullmatch(subject)
    if holder:
        return _PRONOUN_OF_POSSESSIVE[holder.group(1).lower()]  # "their statement said": they
    sender = _DOCUMENT_SENDER.match(subject) if " from " in subject else None
    if sender:
        return sender.group(1)  # "a statement from the Hale family said": the family wrote it
    return None
