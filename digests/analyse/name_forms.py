"""Which written forms of a name are the name itself: not a common word capitalised only
because it opens a sentence ("Said Ellis"), nor a description glued before a full name
("Billionaire Donald Trump"). :mod:`name_index` asks these of the forms an article writes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator

from digests.analyse.names import is_headline_case, is_initial, is_place, is_title_word

# What a word capitalised only because it opens something follows: a sentence end, a colon, an
# opening quote mark or bracket, a dash.
_OPENS_AFTER = frozenset(".!?:;“„«‘\"'([—–-")


def capitalised_to_open(form: str, paragraphs: list[str], body: str) -> bool:
    """Whether the first word of a name form is a common word capitalised only because it
    opens a sentence or the title: "Said Ellis: “…”", "Understated Perez rises", "Neither
    Johnson nor Stein". The article writes the word in lower case elsewhere (``body``: its
    paragraphs but the title, joined) and the form nowhere but where something opens
    (``paragraphs`` has the title first). "Bill Clinton" opening a sentence in an article
    about a "bill" stays a name as long as the article also writes it inside one."""
    first = form.split(" ", 1)[0]
    lower = first.lower()
    if first == lower or len(first) < 2 or "." in first or not any(whole_words(body, lower)):
        return False
    headline = is_headline_case(paragraphs[0])
    for i, text in enumerate(paragraphs):
        for start in whole_words(text, form):
            before = text[:start].rstrip()
            if before and before[-1] not in _OPENS_AFTER and not (i == 0 and headline):
                return False
    return True


def whole_words(text: str, words: str) -> Iterator[int]:
    """Where ``text`` writes ``words`` as whole words (found with str.find: most texts hold
    them nowhere, or only inside other words, and a regex per form costs more)."""
    at = text.find(words)
    while at >= 0:
        end = at + len(words)
        if (at == 0 or not _joins(text[at - 1])) and (end == len(text) or not _joins(text[end])):
            yield at
        at = text.find(words, at + 1)


def _joins(char: str) -> bool:
    return char.isalnum() or char in "_'’-"


# Endings of common nouns and participles that describe someone ("Billionaire", "Scientologist",
# "Using"), which no first name in front of a full name has.
_DESCRIPTION_ENDINGS = ("ing", "ist", "ists", "aire", "aires")


def unglued(form: str, forms: Collection[str], body: Callable[[], str]) -> str:
    """The other of ``forms`` that ``form`` is with a description glued before it, else
    ``form``: "Billionaire Donald Trump" -> "Donald Trump", "Using Ted Cruz" (a heading),
    "Democrats Hillary Clinton" (a list after "fellow"). The word in front describes when it
    is a role, a plural of one, a place, has the ending of a common noun or a participle, or
    is written in lower case in the article (``body``, read only when needed); a first name
    before a double surname ("Debbie Wasserman Schultz") is none of these, and an initial
    ("J. Christopher Stevens") is kept."""
    first, _, rest = form.partition(" ")
    if " " not in rest or rest not in forms or is_initial(first) \
            or is_initial(rest.partition(" ")[0]):
        return form
    lowered = first.lower()
    if is_title_word(first) or is_title_word(lowered.removesuffix("s")) or is_place(first) \
            or lowered.endswith(_DESCRIPTION_ENDINGS) \
            or re.search(rf"\b{re.escape(lowered)}\b", body()):  # "real-estate" too
        return rest
    return form


def glued_descriptions(forms: Collection[str], body: Callable[[], str]) -> set[str]:
    """The forms among ``forms`` that :func:`unglued` finds another one of with a description
    glued before it."""
    return {form for form in forms if form.count(" ") > 1 and unglued(form, forms, body) != form}
