"""Where a reporting clause is: the verbs that report speech, and the stretch of a paragraph
before or after a quote up to the end of its sentence.

:mod:`reporting` reads the subject of such a clause; :mod:`quotes` and :mod:`sentences` use the
verbs too ("“Who knows?” Trump told ITV." is one sentence).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from digests.analyse import language_words
from digests.analyse.marked_search import finditer_at_marks
from digests.analyse.quote_spans import OPENING_MARKS

_VERBS: Final = """
said says say saying told tells telling added adds adding urged urges warned warns
warning asked asks asking explained explains wrote writes writing noted stated declared declares
insisted insists argued argues claimed continued continues replied replies responded responds
recalled recalls tweeted acknowledged acknowledges admitted admits announced complained
complains cautioned cautions conceded concedes observed remarked joked jokes quipped predicted
predicts suggested suggests countered counters shouted yelled exclaimed boasted boasts vowed vows
promised promises pledged emphasized emphasised stressed stresses charged alleged concluded
agreed agrees mused wondered pleaded demanded thundered testified cried lamented laments
repeated repeats reiterated chimed posted read reads notes concludes answered answers reported
confirmed confirms
commented retorted snapped interjected laughed sighed bragged scoffed recounted barked beamed
fumed marveled marvelled opined proclaimed pressed blogged yelling shouting screamed
chanted""".split()
# Bare forms that report speech only after a pronoun and "would", "will" or their contraction
# ("he'd respond", "she’ll tell"): not after "to" ("declined to respond", "to tell voters") nor
# a thing's "would" ("records that would respond to requests"); "say" is among the verbs above.
_AFTER_MODAL: Final = "(?=re[sp]|tell)(?:" + "|".join(
    f"(?<={pronoun}{modal} )"
    for pronoun in ("he", "she", "they", "we", "I", "He", "She", "They", "We")
    for modal in (" would", " will", "'d", "’d", "'ll", "’ll")
) + r")(?:respond|reply|tell)\b"
# A subject pronoun with "would" or "will" contracted onto it ("he'd say", "she’ll tell").
_CONTRACTED_AUXILIARY: Final = re.compile(r"(he|she|they|we|I)['’](?:d|ll)", re.IGNORECASE)


def uncontracted(word: str) -> str:
    """The pronoun of a subject with its auxiliary contracted onto it ("he'd" -> "he"), else
    ``word``: the subject of "he'd respond" is "he", as it is of "he would respond"."""
    contracted = _CONTRACTED_AUXILIARY.fullmatch(word)
    return contracted.group(1) if contracted else word


# The reporting verbs and "according to" of German, French, Spanish and Russian, so that
# quotes in those languages get their speakers too ("…“, sagte Olaf Berg").
_FOREIGN: Final = language_words.all_verbs()
_ACCORDING: Final = ["according to", *language_words.ACCORDING]
# Looked up in lower case: German capitalises the noun in "nach Angaben".
ACCORDING_SET: Final = frozenset(w.lower() for w in _ACCORDING)
_PHRASAL: Final = ["according to", "went on", "goes on", "shot back", "fired back", "pointed out",
            "points out", "wrote back", "writes back", "chimed in", "put it", "puts it",
            # "written" only after its auxiliary: "a written statement", "co-written by" say
            # nothing of who speaks.
            "has written", "have written", "had written"]
_ALL_REPORTING: Final = sorted(
    {*_VERBS, *_FOREIGN, *_PHRASAL, *_ACCORDING, *(w[0].upper() + w[1:] for w in _ACCORDING)}
)


REPORTING: Final = re.compile(
    r"\b(?:(?="
    + "["
    + re.escape("".join(sorted({w[0] for w in _ALL_REPORTING})))
    + "])(?:"
    + language_words.trie(_ALL_REPORTING)
    + r")\b|"
    + _AFTER_MODAL
    + ")"
)

# Initials written together ("G.K. Butterfield", "J.M. Berger"): their last period ends no
# sentence.
_INITIALS: Final = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
_ABBREVIATIONS: Final = frozenset(
    """mr mrs ms dr st jr sr gen gov sen rep lt col capt sgt prof rev adm no vs u.s u.n
    cmdr maj cpl pvt pfc spc cpt brig supt insp det hon eng engr ald atty dist commr supv sup
    treas asst assoc amb msgr fr pres cllr del rt
    jan feb mar apr jun jul aug sep sept oct nov dec inc corp co""".split()
)
# The patterns searched along a text open with one plain character class, not a repeat or an
# alternation: the regex engine then scans for that class in its fast loop, where it tries the
# whole pattern at every position otherwise (~1.5x faster over a clause; same matches as
# "[.!?]+…" and "``|''|[“„«‹»‚‘\"]").
# Where a sentence or a clause that reads as one ends: a stop, or a semicolon or colon, and a
# space.
SENTENCE_BREAK: Final = re.compile(r"[.!?;:]\s")
_SENTENCE_END: Final = re.compile(r"[.!?][.!?]*[”\"’')\]]*\s+(?=[^\s])")
_CLOSING_QUOTES: Final = frozenset("”\"’'")
_END_MARKS: Final = (".", "!", "?")  # what `_SENTENCE_END` opens with
# A reporting clause is short: looking further costs time on hostile input and finds nothing.
CLAUSE_WINDOW: Final = 300
_PARENTHESES: Final = re.compile(r"\s*\([^()]*\)")


def without_parentheses(text: str) -> str:
    # The pattern opens with optional white space, so the regex engine tries it at every
    # position: most texts hold no parenthesis, and a look for "(" settles them at once.
    return _PARENTHESES.sub("", text) if "(" in text else text


def real_sentence_ends(text: str, most: int | None = None) -> list[int]:
    """Offsets just after each sentence end in ``text``, skipping abbreviations and initials;
    only the first ``most`` of them if given."""
    ends = []
    for m in finditer_at_marks(_SENTENCE_END, text, _END_MARKS):
        before = text[: m.start() + 1].rsplit(None, 1)  # only the last word counts
        word = before[-1].rstrip(".").lower() if before else ""
        if text[m.start()] == "." and ends_no_sentence(word):
            continue
        # "the A.F.L.-C.I.O. and", "Jeffers (D-N.Y.) reacted": an initialism's period, since a
        # sentence does not open in lower case (a closing quote mark would end the sentence).
        if text[m.start()] == "." and text[m.end()].islower() and not _CLOSING_QUOTES & set(
            m.group()
        ):
            continue
        ends.append(m.end())
        if len(ends) == most:
            break
    return ends


# Words after which a quoted name goes on with the clause: "del ‘caso Nóos’", "of the
# ‘Sunday Times’", "der „Zeit“".
_BEFORE_A_NAME: Final = frozenset("del de la of the der des du".split())
_CLOSING_OF: Final = {"‘": "’", "“": "”", "„": "“", "«": "»", "‹": "›"}
_QUOTED_NAME_REACH: Final = 40  # characters: a name or title, not a sentence
_QUOTED_NAME_WORDS: Final = 3


def _name_goes_on(before: str, quoted: str, after: str) -> bool:
    """A name of a few words in quote marks right after a word, the clause going on after it
    ("рассказала «Известиям» пресс-секретарь", "told „Bild“ on Monday"): an outlet or a firm
    the clause names, where a next quote follows a stop or a colon."""
    return before[-1:].isalpha() and len(quoted.split()) <= _QUOTED_NAME_WORDS \
        and after[:1] == " " and after[1:2].isalpha()


@lru_cache(maxsize=64)
def clause_after(para: str, end: int) -> str:
    """The text after a closing mark up to the end of its sentence or the next quote."""
    # "Rep. Jim Mica (R-Fla.) said": the parenthesis holds no sentence end.
    rest = without_parentheses(para[end : end + CLAUSE_WINDOW])
    opener = OPENING_MARKS.search(rest)  # a clause is short: a plain search costs least
    while opener:
        # "dijo el instructor del ‘caso Noos’ en relación…", "рассказала «Известиям»
        # пресс-секретарь суда…": a quoted name the clause runs through, not the next quote.
        closer = _CLOSING_OF.get(opener.group()[0])
        closed = rest.find(closer, opener.end(), opener.end() + _QUOTED_NAME_REACH) \
            if closer else -1
        if closed < 0:
            break
        before = rest[: opener.start()].rstrip()
        if before.rpartition(" ")[2] not in _BEFORE_A_NAME and not _name_goes_on(
            before, rest[opener.end() : closed], rest[closed + 1 : closed + 3]
        ):
            break
        opener = OPENING_MARKS.search(rest, closed + 1)
    if opener:
        rest = rest[: opener.start()]
    ends = real_sentence_ends(rest, most=2)  # the clause ends at the first or second
    # A quote that itself ended the sentence leaves the reporting clause as the next one.
    if ends and not rest[: ends[0]].strip(" .!?"):
        ends = ends[1:]
    if ends:
        rest = rest[: ends[0]]
    return rest.strip()


def clause_after_end(para: str, end: int) -> int:
    """Where the sentence a quote ending at ``end`` goes on in ends: the offset after its
    reporting clause ("“…,” RT quoted Putin as saying."), or the paragraph's end."""
    rest = para[end : end + CLAUSE_WINDOW]
    ends = real_sentence_ends(rest, most=2)
    if ends and not rest[: ends[0]].strip(" .!?”\"’'"):
        ends = ends[1:]  # the quote's own full stop, written after its closing mark
    return end + ends[0] if ends else len(para)


def clause_before(para: str, start: int) -> str:
    """The sentence that leads up to an opening mark (text after the last sentence end)."""
    head = para[max(0, start - CLAUSE_WINDOW) : start]
    # The quote opens a sentence of its own, also right after a quoted one (`… brief." "I …`).
    if head.rstrip().rstrip("”\"’'").endswith((".", "!", "?")):
        return ""
    ends = real_sentence_ends(head)
    return head[ends[-1] :].strip() if ends else head.strip()


def ends_no_sentence(word: str) -> bool:
    """Is ``word`` (lower case, before a period) an abbreviation, an initial or initials written
    together ("G.K."), whose period ends no sentence?"""
    return word in _ABBREVIATIONS or len(word) == 1 or (
        "." in word and _INITIALS.fullmatch(word) is not None
    )


def role_phrase_start(head: str, opening: int, last_end: int) -> int | None:
    """Where the role phrase before a name set off by a comma starts in ``head`` (the words up
    to the name), the sentence opening at ``opening`` and its last end before at ``last_end``:
    at the opening, or after a phrase that sets the scene and names no one ("Présente sur
    place, la préfète de Haute-Garonne, Sophie Lambert, a reçu…"); None with more commas."""
    commas = head.count(",", last_end)
    if commas == 1:
        return opening
    scene = head.find(",", opening)
    if commas != 2 or any(word[:1].isupper() for word in head[opening:scene].split()[1:]):
        return None
    return scene + 1
