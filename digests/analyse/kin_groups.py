"""A bereaved or worried family that speaks as "they": "His family paid tribute. In a statement
released through police, they said: “…”". The group is written as a description that opens a
sentence ("His family", "The family of Tom Reed", "Reed's parents", "The Reed family"), not as
a name, so the organisations the article names (the police that released the statement) would
otherwise be taken for "they".
"""

from __future__ import annotations

import re
from typing import Final

_KIN: Final = r"(?:family|families|parents|relatives|loved ones)"
# The group opening a sentence, with what it belongs to: "His family", "The family of Tom
# Reed", "Tom Reed's parents", "The Reed family".
_KIN_SUBJECT: Final = re.compile(
    r"(?:^|(?<=[.!?”\"] ))((?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he) (?:[A-Z][\w'’-]* )?" + _KIN
    + r"(?: of (?:[A-Z][\w'’-]*)(?: [A-Z][\w'’-]*)*)?"
    + r"|(?:[A-Z][\w'’-]* ){0,2}[A-Z][\w-]*['’]s " + _KIN + r")(?= [a-z])"
)


def kin_subject_before(paragraphs: list[str], at: tuple[int, int]) -> str | None:
    """The family a sentence opened with in the quote's paragraph before it, or in the
    paragraph before that: whom "they" in the reporting clause stands for. ``paragraphs``
    starts with the title; ``at`` counts body paragraphs, as the quotes do."""
    body_para = at[0] + 1
    texts = [paragraphs[body_para][: at[1]]] if body_para < len(paragraphs) else []
    if body_para - 1 >= 1:
        texts.append(paragraphs[body_para - 1])
    for text in texts:
        found = None
        for found in _KIN_SUBJECT.finditer(text):  # noqa: B007 - the last one is wanted
            pass
        if found is not None:
            return found.group(1)
    return None
