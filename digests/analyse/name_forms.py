"""Which written forms of a name are the name itself: not a common word capitalised only
because it opens a sentence ("Said Ellis"), nor a description glued before a full name
("Billionaire Donald Trump"). :mod:`name_index` asks these of the forms an article writes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from functools import lru_cache
from typing import Final

from digests.analyse import language_words
from digests.analyse.clauses import REPORTING
from digests.analyse.name_parts import FOREIGN_HONORIFICS, is_headline_case, surname_of
from digests.analyse.names import bare, is_initial, is_place, is_title_word
from digests.analyse.whole_words import holds_whole, whole_words

# What a word capitalised only because it opens something follows: a sentence end, a colon, an
# opening quote mark or bracket, a dash.
_OPENS_AFTER: Final = frozenset(".!?:;“„«‘\"'([—–-")


def capitalised_to_open(form: str, paragraphs: list[str], body: str) -> bool:
    """Whether the first word of a name form is a common word capitalised only because it
    opens a sentence or the title: "Said Ellis: “…”", "Understated Perez rises", "Neither
    Johnson nor Stein". The article writes the word in lower case elsewhere (``body``: its
    paragraphs but the title, joined) and the form nowhere but where something opens
    (``paragraphs`` has the title first). "Bill Clinton" opening a sentence in an article
    about a "bill" stays a name as long as the article also writes it inside one."""
    first, _, rest = form.partition(" ")
    lower = first.lower()
    if first == lower or len(first) < 2 or "." in first:
        return False
    # Before initials the article also writes alone ("ERCOT said … Allow ERCOT to impose
    # penalties", a list item), a word opens the sentence whether or not the article writes
    # it in lower case elsewhere.
    if not any(whole_words(body, lower)) and not (
        _initials(rest) and _count(body, rest) > _count(body, form)
    ):
        return False
    headline = is_headline_case(paragraphs[0])
    for i, text in enumerate(paragraphs):
        for start in whole_words(text, form):
            before = text[:start].rstrip()
            if before and before[-1] not in _OPENS_AFTER and not (i == 0 and headline):
                return False
    return True


def _count(text: str, words: str) -> int:
    return sum(1 for _ in whole_words(text, words))


def _initials(word: str) -> bool:
    """Whether a word is a body's initials ("ERCOT", "NHS"), not a surname's initial ("Sandra
    K.")."""
    return word.isupper() and word.isalpha() and len(word) > 2


# Endings of common nouns and participles that describe someone ("Billionaire", "Scientologist",
# "Using"), which no first name in front of a full name has.
_DESCRIPTION_ENDINGS: Final = ("ing", "ist", "ists", "aire", "aires")


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
            or holds_whole(body(), lowered):  # "real-estate" too
        return rest
    return form


def glued_descriptions(forms: Collection[str], body: Callable[[], str]) -> set[str]:
    """The forms among ``forms`` that :func:`unglued` finds another one of with a description
    glued before it."""
    return {form for form in forms if form.count(" ") > 1 and unglued(form, forms, body) != form}


# German capitalises every noun: after one of its articles a capitalised word is a common noun
# ("des Teilnehmerfeldes", "sagte der MOPO"), where English "the Post" is a body's name.
_GERMAN_ARTICLES: Final = frozenset(
    "der die das des dem den ein eine einer eines einem einen".split()
)
# What a word that opens a sentence, a quote or a heading follows (not a dash: "- HuffPollster"
# signs what it follows).
_OPENS_AFTER_BUT_DASHES: Final = frozenset(".!?:;“„«‘\"'([•")
_APPOSITIVE: Final = re.compile(r",\s+(?:the|a|an)\s")


def written_as_name(word: str, occurrences: Iterable[tuple[str, int]]) -> bool:
    """Whether the article writes ``word`` (at ``occurrences``: paragraph text and offset)
    where only a name goes: inside a sentence (not after a German article), or opening one as
    who speaks or with an appositive ("Hale said", "Xinhua, the official news agency,
    wrote"). "Perhaps, he said", "Hours later" and "Unprecedented" (a heading) are capitalised
    only because they open something."""
    for text, start in occurrences:
        before = text[max(0, start - 40) : start].split()
        if before and before[-1].lower() in _GERMAN_ARTICLES:
            continue
        previous = before[-1] if before else ""
        if previous and (previous[-1] not in _OPENS_AFTER_BUT_DASHES
                         or (previous[-1] == "." and (is_title_word(previous)
                                                      or previous.lower() in FOREIGN_HONORIFICS))):
            return True
        after = text[start + len(word) : start + len(word) + 40]
        blank = len(after) - len(after.lstrip())
        if (blank and REPORTING.match(after, blank)) or _APPOSITIVE.match(after) \
                or after.startswith(("'s", "’s")):
            return True
    return False


@lru_cache(maxsize=8192)
def surname_key(name: str) -> str:
    return word_key(surname_of(tuple(name.split())))


@lru_cache(maxsize=8192)
def word_key(word: str) -> str:
    """A name word as compared: bare, lower case, umlauts written out as English writes them
    ("Müller" as "mueller"), for Russian without its case ending, and without the Arabic article
    that papers drop when they name the person again ("al-Hashimi", then "Hashimi")."""
    key = bare(word).lower()
    if key.startswith(("al-", "el-")) and len(key) > 5:
        key = key[3:]
    if key.isascii():
        return key  # the usual case, settled by one test
    if "а" <= key[:1] <= "ё":
        return language_words.cyrillic_stem(key)
    return key.translate(_UMLAUTS_WRITTEN_OUT)


_UMLAUTS_WRITTEN_OUT: Final = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_WRITTEN_OUT_UMLAUT: Final = re.compile(r"[aou]e")


def umlaut_spelling(surname: str) -> str | None:
    """A surname written out in English ("Mueller") as German spells it ("Müller"), to find
    the person the article names in German spelling; None when it has no such letters."""
    if not surname.isascii() or _WRITTEN_OUT_UMLAUT.search(surname) is None:
        return None
    return _WRITTEN_OUT_UMLAUT.sub(lambda m: {"ae": "ä", "oe": "ö", "ue": "ü"}[m.group()], surname)


@lru_cache(maxsize=8192)
def form_word_keys(form: str) -> tuple[int, frozenset[str]]:
    """How many words a name form has, and the set of them as compared (bare, lower case)."""
    written = form.split()
    return len(written), frozenset(word_key(w) for w in written)


def same_person(name: str, fuller: str) -> bool:
    """Whether ``name`` is a shorter form of ``fuller``, every word of it among its words:
    "Acosta" named again after "Melba Acosta Febo" spoke."""
    return set(name.split()) <= set(fuller.split())
