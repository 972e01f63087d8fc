"""A long sentence without the aside its point would end in, so that the point keeps its verb.

A point keeps the start of a sentence too long for it (see :mod:`trim`). When an aside opens
early and runs to the cut or close to it, the point is a subject and its aside with no verb: "El
presidente, quien suele controlar la agenda mediática con sus ruedas de prensa…", "A noter qu'un
nombre important de préfectures (dont la Gironde, les Landes, …". Without the aside the sentence
says what it was written to say, in its own words: "El presidente publicó un video…".

Four kinds of aside are dropped, each only when the point would end inside it or less than
``_ROOM_AFTER`` characters after it (else the point reaches well beyond it, and it stays): three
or more words in brackets, and a relative clause set off by commas right after the sentence's
subject (at its first comma: ", who …,", ", whose …,", ", quien …,", ", qui …,", ", der …,",
", который …,"; after a list of names too: "Ann Lee, Bo Yu and Cy Ames, who …, were"), or a
description set off by commas after a name, or a surname alone ("Ann Lee of Leeds, the harbour
master who …, died today", "Lee, a doctoral student at …, found"); a clause about a place set
off by commas anywhere (", where …,", ", wo …,", ", donde …,"); and words between two spaced
dashes ("The five firms — Ann Ltd, Bo plc, … — were chosen"), a pair that sets off nothing but
an aside, when a verb in lower case follows it.
A comma that a list's next item follows ("…, who visited Paris, Rome and Oslo, said") does not
close the clause; a clause that a capitalised word or "and" follows ("…, Reuters reported", "…,
and China") is left alone. A caption run on into the sentence keeps its "(pictured)": the point
ends at that seam (see :mod:`trim`). Words in brackets the point ends well before stay.
"""

from __future__ import annotations

import re
from typing import Final

from digests.analyse.name_words import NOT_A_NAME_START, opens_as_adverb
from digests.analyse.trim import MAX_CHARS, has_run_on, trim, unclosed_quote

# An aside that ends this close to the cut leaves the point too little of the main clause.
_ROOM_AFTER: Final = 40
_SUBJECT_WORDS: Final = 6  # the relative clause opens right after the subject: within so many words
_RELATIVE: Final = re.compile(
    r", (?:who|whose|which|quien|quienes|cuyo|cuya|cuyos|cuyas|el cual|la cual|qui|lequel"
    r"|laquelle|lesquels|der|die|das|dessen|deren|welcher|welche|welches|который|которая"
    r"|которое|которые|которого|которой|которых|которым)"
    r" "
)
# After a name, a description set off by commas is an aside as well: "Ann Lee of Leeds, the
# former harbour master who …, died today". Only after a name (capitalised words, with "of" and
# the like between them): after an opening phrase ("On Monday, the minister …") the words after
# the comma are the subject itself.
_DESCRIPTION: Final = re.compile(r", (?:the|a|an|former) ")
# A subject that is a list of names: "Ann Lee, Bo Yu and Cy Ames", before the comma of its aside.
_NAME: Final = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
_NAME_LIST: Final = re.compile(rf"{_NAME}(?:, {_NAME}){{1,4}},? (?:and|y|et|und|и) {_NAME}(?=, )")
_NAME_JOINERS: Final = frozenset(
    {"of", "de", "del", "da", "van", "von", "der", "al", "bin", "le", "la"}
)
# A comma before a few words and another comma, or before one of these, goes on with a list
# ("Paris, Rome and Oslo,") rather than ending the aside.
_ITEM_WORDS: Final = 3
_ASIDE_SPACES: Final = 2  # brackets hold an aside of three words or more
_COORDINATOR: Final = re.compile(r"(?:and|or|but|y|o|pero|et|ou|mais|und|oder|aber|и|или|но)\b")
# A name that opens a clause of its own, right before its "who" clause: "…while Leeds", "…and
# the Reds", "…as Mayor Ann Lee".
_CLAUSE_SUBJECT: Final = re.compile(
    r"\b(?:while|whilst|whereas|as|and|but|when|after|before|though|although) (?:the )?"
    r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}$"
)
# Words after an aside that report it rather than go on with the name's verb: "…, police said".
_REPORTED: Final = re.compile(r"(?:\w+ ){0,2}(?:said|says|told|reported|added|according)\b")
_LIST_END: Final = re.compile(r" (?:and|or|y|o|e|et|ou|und|oder|и|или) ")
# A clause about a place, set off by commas: ", where …,", ", wo …,", ", donde …,".
_WHERE: Final = (", where ", ", wo ", ", donde ", ", où ", ", где ")
# Articles, which open a noun phrase about the clause rather than the sentence going on.
_ARTICLES: Final = frozenset(
    "a an the un una unos unas el la los las le les une des ein eine einen einer der die das"
    .split()
)
# A dash set off by spaces, as an aside opens and closes with it ("--" where a page has no dash).
_SPACED_DASH: Final = re.compile(r" (?:--|[–—―]) ")


def without_aside(sentence: str) -> str:
    """``sentence`` without a bracketed aside or a subject's relative clause that its point
    would end in (see the module's doc); the sentence itself when it fits or has none."""
    if len(sentence) <= MAX_CHARS or has_run_on(sentence):
        # The usual case: the point keeps the whole sentence. Where a caption runs on, the
        # point ends at the seam, which a caption's "(pictured)" may mark: it stays.
        return sentence
    point_end = len(trim(sentence, keep_short_tail=False).removesuffix("…"))
    return (
        _without_brackets(sentence, point_end)
        or _without_relative_clause(sentence, point_end)
        or _without_later_relative_clause(sentence, point_end)
        or _without_where_clause(sentence, point_end)
        or _without_dashed_aside(sentence, point_end)
        or sentence
    )


def _without_brackets(sentence: str, point_end: int) -> str | None:
    opening = sentence.find(" (", 0, point_end)
    if opening < 0:
        return None
    closing = sentence.find(")", opening)
    inside = sentence[opening + 2 : closing]
    if closing + _ROOM_AFTER < point_end or "(" in inside or inside.count(" ") < _ASIDE_SPACES:
        # The point gets past it; or the brackets nest (no telling where they end); or they
        # hold a tag, not an aside ("(R-Fla.)", "(FOIA)", a caption's "(left)"): little to gain.
        return None
    return sentence[:opening] + sentence[closing + 1 :]


def _without_relative_clause(sentence: str, point_end: int) -> str | None:
    first_comma = sentence.find(", ")
    if first_comma < 0 or sentence.count(" ", 0, first_comma) >= _SUBJECT_WORDS:
        return None
    names = _NAME_LIST.match(sentence)
    if names is not None:
        first_comma = names.end()  # "Ann Lee, Bo Yu and Cy Ames, who …,": the list is the subject
    relative = _RELATIVE.match(sentence, first_comma)
    if relative is None and _names_someone(sentence[:first_comma]):
        relative = _DESCRIPTION.match(sentence, first_comma)
    if relative is None:
        return None
    closing = _aside_closing(sentence, relative.end(), point_end)
    if closing is None:
        return None
    rest = sentence[closing + 2 :]
    if not rest[:1].islower() or _COORDINATOR.match(rest):
        # "…, Reuters reported", "…, and China": no verb of the subject's follows
        return None
    return f"{sentence[:first_comma]} {rest}"


def _without_later_relative_clause(sentence: str, point_end: int) -> str | None:
    """``sentence`` without an English "who" clause after a name further in ("…while Leeds,
    who had started the day third, won 3-1…") that the point would end in; None when there is
    none, or when what follows it is no verb of the name's ("…, police said")."""
    opening = max(sentence.rfind(", who ", 0, point_end), sentence.rfind(", whose ", 0, point_end))
    if opening <= 0 or _CLAUSE_SUBJECT.search(sentence, 0, opening) is None:
        # "…said Don Fowler, who…", "…including Russ Feingold, who…; Ann Lee, who…": a name
        # that no clause opens with, whose verb comes before it or not at all
        return None
    closing = _aside_closing(sentence, opening + 2, point_end)
    if closing is None:
        return None
    rest = sentence[closing + 2 :]
    if not rest[:1].islower() or _COORDINATOR.match(rest) or _REPORTED.match(rest):
        return None
    return f"{sentence[:opening]} {rest}"


def _without_where_clause(sentence: str, point_end: int) -> str | None:
    """``sentence`` without a clause about a place set off by commas (", where US companies are
    deeply involved,", ", wo …,", ", donde …,", ", où …,", ", где …,") that the point would end
    in; None when there is none, when no word of the sentence's own follows it ("…, police
    said"), or when the point would gain nothing past it. Such a clause only describes the
    place before it: the sentence reads whole without it, whatever follows, a verb or the rest
    of a list ("…from Venezuela, neighbouring Guyana and the US could give…")."""
    opening = max(sentence.rfind(where, 0, point_end) for where in _WHERE)
    if opening <= 0 or unclosed_quote(sentence[:opening]) or not trim(sentence).endswith("…"):
        # A quotation keeps its words; a point that shows the whole sentence keeps the clause.
        return None
    closing = _aside_closing(sentence, opening + 2, point_end)
    if closing is None:
        return None
    rest = sentence[closing + 2 :]
    if not rest[:1].islower() or _REPORTED.match(rest) \
            or rest.partition(" ")[0] in _ARTICLES:
        # "…, police said": no word of the sentence's own; "…, an issue that…": words about
        # the clause itself, which would be left with nothing to describe.
        return None
    return _gaining(sentence[:opening], rest, opening)


def _aside_closing(sentence: str, after: int, point_end: int) -> int | None:
    """The comma that closes an aside opened before ``after``: the first one after it, past the
    items of a list the aside holds ("…, Rome, Riga and Oslo,"); None when there is none, or
    when the point would end more than ``_ROOM_AFTER`` characters past it (it gets past the
    aside: the aside stays)."""
    closing = sentence.find(", ", after)
    while closing >= 0 and _list_goes_on(sentence, closing):
        closing = sentence.find(", ", closing + 2)
    if closing < 0 or closing + _ROOM_AFTER < point_end:
        return None
    return closing


def _gaining(head: str, rest: str, aside_at: int) -> str | None:
    """``head`` and ``rest`` joined, the sentence without the aside that stood between them at
    ``aside_at``; None when its point would be cut before, or just after, where the aside
    was: it would gain none of the verb's words and lose the aside's."""
    shorter = f"{head} {rest}"
    point = trim(shorter)
    if point.endswith("…") and len(point) - 1 < aside_at + _ROOM_AFTER:
        return None
    return shorter


def _without_dashed_aside(sentence: str, point_end: int) -> str | None:
    """``sentence`` without the words between its first two spaced dashes of one kind when the
    point would end inside them or soon after; None when there are no such two, when no verb
    of the sentence's follows the second ("— The Gazette reported", "— and then …"), or when
    the words between them go on with what came before ("Despite the slump — and the strikes —
    most firms…" would lose the comma its opening phrase needs)."""
    opening = _SPACED_DASH.search(sentence, 0, point_end)
    if opening is None:
        return None
    closing = sentence.find(opening.group(), opening.end())
    if closing < 0 or closing + _ROOM_AFTER < point_end:
        return None
    rest = sentence[closing + len(opening.group()) :]
    if (
        not rest[:1].islower()
        or _COORDINATOR.match(rest)
        or _COORDINATOR.match(sentence, opening.end())
    ):
        return None
    return _gaining(sentence[: opening.start()], rest, opening.start())


def _list_goes_on(sentence: str, comma: int) -> bool:
    """Do the words after ``comma`` go on with a list: short items, up to one with "and" or
    "or" ("…, Riga, Tallinn and Oslo over the past month,")? Short words after a comma that no
    such item ends are the sentence going on ("…, remembers Mr. Bush, known as Jeb, as …"), and
    so are words whose "and" comes late ("…, fall into two groups: those who … and …")."""
    while True:
        following = sentence.find(", ", comma + 2)
        chunk = sentence[comma + 2 : following if following >= 0 else len(sentence)]
        if _LIST_END.search(chunk, 0, _first_words_end(chunk)) is not None:
            return True
        if following < 0 or chunk.count(" ") >= _ITEM_WORDS:
            return False
        comma = following


def _first_words_end(chunk: str) -> int:
    """Where the first ``_ITEM_WORDS`` + 1 words of ``chunk`` end: a list's last item has its
    "and" among them ("storms and floods along the coast")."""
    end = 0
    for _ in range(_ITEM_WORDS + 1):
        end = chunk.find(" ", end + 1)
        if end < 0:
            return len(chunk)
    return end + 1


def _names_someone(subject: str) -> bool:
    """Is ``subject`` (the words before the sentence's first comma) a name: "Ann Lee", "Arthur
    Penrose of Dorset", a surname alone ("Lee, a doctoral student at …, found"), not "On
    Monday", "Instead" or "Separately"?"""
    words = subject.split()
    if len(words) == 1:
        word = words[0]
        return (
            word.isalpha()
            and word[:1].isupper()
            and word[1:].islower()
            and not opens_as_adverb(word)
        )
    return (
        len(words) >= 2
        and words[0] not in NOT_A_NAME_START
        and words[-1][:1].isupper()
        and all(word[:1].isupper() or word in _NAME_JOINERS for word in words)
    )
