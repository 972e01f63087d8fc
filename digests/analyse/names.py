"""What a proper name looks like in text, with no trained model.

A name is a run of capitalised words (with connectors such as "de" or "van" inside), cleaned of
the sentence-initial words, titles and weekdays that are capitalised for other reasons; a run
with a word such as "ministry" or "party" in it names a body, not a person. Everything here reads
one piece of text; :mod:`name_index` gathers the names a whole article mentions.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final, NamedTuple

from digests.analyse import language_words, russian_names
from digests.analyse.name_words import (
    ABBREVIATED,
    CONNECTORS,
    FUNCTION_WORDS,
    NAMED_OF_SOMETHING,
    OCCUPATIONS,
    ORG_WORDS,
    PLACE_ENDINGS,
    PLACE_WORDS,
    PORTFOLIO_MODIFIERS,
    PORTFOLIO_WORDS,
    TITLE_WORDS,
    US_STATES,
)


@lru_cache(maxsize=8192)
def bare(word: str) -> str:
    """The word without a possessive ending or a sentence-final period, for comparing."""
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    elif word.endswith(("'", "’")):
        word = word[:-1]
    if word.endswith(".") and word.lower() not in ABBREVIATED and not is_initial(word):
        word = word[:-1]
    return word


def is_initial(word: str) -> bool:
    """"K." or initials written together ("K.C.", "G.K."), which go on with the name after
    them; not a place's ("U.S.", "U.K.") nor an abbreviation's ("Z.B.", "A.M."), which may
    end a sentence or open one."""
    if len(word) == 2:
        return word[0].isupper() and word[1] == "."
    return _JOINED_INITIALS.fullmatch(word) is not None and word not in _NOT_INITIALS


_JOINED_INITIALS: Final = re.compile(r"(?:[A-ZÀ-ÖØ-ÞА-ЯЁ]\.){2,3}")
_NOT_INITIALS: Final = frozenset(
    "U.S. U.S.A. U.K. U.N. E.U. D.C. L.A. N.Y. U.A.E. N.J. S.C. N.C. Z.B. A.M. P.M. A.D. B.C. P.S."
    .split()
)


def is_function_word(word: str) -> bool:
    return bare(word).lower() in FUNCTION_WORDS


@lru_cache(maxsize=8192)
def is_title_word(word: str) -> bool:
    lowered = word.lower()
    return lowered in TITLE_WORDS or bare(word).lower() in TITLE_WORDS \
        or language_words.is_german_role(lowered) or _names_a_calling(lowered) \
        or ("-" in lowered and _is_compound_title(bare(word).lower()))


# What joins a title word by a hyphen in a compound title ("Vice-President", "President-elect",
# "Attorney-General", "Editor-in-chief").
_TITLE_AFFIXES: Final = frozenset({"vice", "elect", "general", "in", "chief", "co", "ex", "deputy"})


def _is_compound_title(lowered: str) -> bool:
    """A title written as words joined by hyphens, one of them a title word and each of the
    others one, an occupation or a title's affix: "secretary-treasurer", "vice-president",
    "president-elect"."""
    parts = lowered.split("-")
    return any(part in TITLE_WORDS for part in parts) and all(
        part in TITLE_WORDS or part in OCCUPATIONS or part in _TITLE_AFFIXES for part in parts)


_SHORTEST_CALLING: Final = 6  # letters: "Feist", "Geist", "Twist" are surnames


def _names_a_calling(lowered: str) -> bool:
    """An English noun for what someone does or believes, in "-ist": "Physicist Brian Cox",
    "Scientologist John Travolta". Longer than the surnames so spelt ("Feist", "Geist"), and
    not the Swedish ones in "-quist" ("Bergquist")."""
    return len(lowered) > _SHORTEST_CALLING and lowered.endswith("ist") \
        and not lowered.endswith(("quist", "qvist"))


def names_a_place(name: str) -> bool:
    """Whether ``name`` is a place as a whole: a state, or a name ending as a place's does (no
    person speaks as "Alabama" or "Oklahoma City"; "Clark County Sheriff Joe Lombardo" does)."""
    return name.lower() in US_STATES or name.rpartition(" ")[2].lower() in PLACE_ENDINGS


def describes_by_home_state(words: list[str]) -> bool:
    """Whether words describe a person by home state and office or party ("Vermont senator",
    "Iowa Republican", "New York Democrat"), as US papers call a politician they have just
    named: an epithet, never a name, though its words are capitalised."""
    return len(words) >= 2 and is_title_word(words[-1]) and names_a_place(" ".join(words[:-1]))


# Prepositions after which a name is where something happens ("in Las Vegas", "near Kharkiv"),
# whatever its words look like: no one speaks "in" someone ("in Smith's view" is whose view).
_PLACE_PREPOSITIONS: Final = frozenset("in near outside across throughout".split())


def named_as_a_place(text: str, start: int, end: int) -> bool:
    """Whether the name written at ``start:end`` of ``text`` follows a preposition of place and
    is no possessive: a place, however much it looks like a person's name."""
    if text.startswith(("'s", "’s"), end):
        return False
    before = text[max(0, start - 12) : start]
    if not before.endswith(" "):
        return False
    words = before.split()
    return bool(words) and words[-1].lower() in _PLACE_PREPOSITIONS


@lru_cache(maxsize=8192)
def is_place(name: str) -> bool:
    return name.lower() in US_STATES \
        or any(w.lower().strip(".,") in PLACE_WORDS for w in name.split())


@lru_cache(maxsize=8192)
def is_org(name: str) -> bool:
    return any(w.lower().strip(".,") in ORG_WORDS for w in name.split())


class NameRun(NamedTuple):
    """A run of capitalised words as written (``raw``), and where it is.

    A named tuple, not a dataclass: thousands are made per article and a tuple is built in a
    fraction of the time a frozen dataclass takes.
    """

    raw: str
    start: int
    end: int
    words: tuple[str, ...]


_UPPER: Final = "A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁΑ-Ω"
_WORD: Final = rf"[{_UPPER}](?:\.[{_UPPER}](?=\.))*[\w'’\-]*\.?"  # initials together: "K.C."
# The capital comes first and the look-behind after it: a pattern that starts with a character
# class lets the regex engine skip ahead to candidates instead of trying every position.
# Public for :mod:`name_index`, which keys its cache on each run as matched, before
# :func:`split_run` cuts it.
# French writes a particle against the name it belongs to: "Claude d'Harcourt", "Valéry
# Giscard d'Estaing" (inside a run only: a run does not open with it).
_ELIDED_PARTICLE: Final = ("d'", "d’")
# So does the Arabic article, with a hyphen: "Hisham al-Hashimi", "Abu Bakr al-Baghdadi".
_ARABIC_ARTICLE: Final = ("al-", "el-")
CAPITALISED_RUN: Final = re.compile(
    rf"[{_UPPER}](?<![\w'’\-.][{_UPPER}])(?:\.[{_UPPER}](?=\.))*[\w'’\-]*\.?"
    rf"(?: (?:(?:{'|'.join(sorted(CONNECTORS))}) |(?:d['’]|[ae]l-)(?=[{_UPPER}]))*{_WORD})*"
)


def is_capitalised(word: str) -> bool:
    """A word a name may hold: capitalised, or a French particle against a capitalised name
    ("d'Harcourt")."""
    return word[:1].isupper() or _particle_name(word)


def _particle_name(word: str) -> bool:
    """A name written against its particle: "d'Harcourt", "al-Hashimi"."""
    return (word.startswith(_ELIDED_PARTICLE) and word[2:3].isupper()) \
        or (word.startswith(_ARABIC_ARTICLE) and word[3:4].isupper())


# "Secretary of State John Kerry", "Chancellor of the Exchequer George Osborne", "Governor of the
# Bank of England Mark Carney": a role of a place or body, then the person. The run after "of"
# holds the body's name and the person's as one ("Exchequer George Osborne"); the person is its
# last name and the word before (with any initials or connectors between). The words before
# "of" must all be roles: "David French of the National Retail Federation" is a person of a body
# (a search finds the leftmost match, so the group holds every capitalised word before "of").
# The body may be named in parts joined by "&" or "and" ("SVP of Devices & Services Dave Limp",
# "Secretary of Health and Human Services Jane Roe"), which end a run: the run holds the last.
# The group's first word is written out, not left to the repeat: a pattern that opens with a
# character class lets the regex engine skip ahead to candidates (~2x faster search).
_CAPITALISED_WORD: Final = rf"[{_UPPER}][\w.'’-]* "
_ROLE_OF_BEFORE: Final = re.compile(
    rf"({_CAPITALISED_WORD}(?:{_CAPITALISED_WORD})*)(?:of|for) (?:the )?"
    rf"(?:(?:{_CAPITALISED_WORD})+(?:(?:of|for) (?:the )?|(?:&|and) ))*$"
)
_ROLE_OF_REACH: Final = 60  # characters before a run that the test reads
_MIN_BODY_AND_PERSON: Final = 3  # words: a body's name and a person's first and last names


def is_role(words: str) -> bool:
    """Are these capitalised words all roles ("Deputy Secretary", "Chief Executive")?"""
    return all(is_title_word(word) for word in words.split())


def without_body_of_role(text: str, start: int, run: str) -> tuple[int, str]:
    """``(start, run)`` with the leading body's name cut when the run follows a role "of"
    ("… of the Exchequer George Osborne" -> "George Osborne"); else unchanged. A Russian run
    loses the outlet told after the name too ("Ольга Кукушкина ТАСС")."""
    cyrillic = russian_names.is_cyrillic(run)
    if cyrillic:
        run = russian_names.without_addressee(run)
    if run.count(" ") < _MIN_BODY_AND_PERSON - 1:
        return start, run
    if cyrillic:
        return russian_names.without_body_of_role(text, start, run, _ROLE_OF_REACH)
    role = _ROLE_OF_BEFORE.search(text, max(0, start - _ROLE_OF_REACH), start)
    if role is None and text.endswith(_PORTFOLIO_PREPOSITIONS, max(0, start - 8), start) \
            and _PORTFOLIO_OF_ROLE.search(text, max(0, start - _ROLE_OF_REACH), start):
        return _without_portfolio(start, run)
    if (role is None or not is_role(role.group(1))) and not _follows_role_to(text, start, run):
        return _without_place_of(text, start, run)
    words = run.split(" ")
    first = len(words) - 1  # the surname
    if words[first] in _NAME_SUFFIXES and first > 0:
        first -= 1  # "Robert Hale Jr.": the suffix goes with the surname before it
    while first > 0 and (words[first - 1].lower() in CONNECTORS or is_initial(words[first - 1])):
        first -= 1
    first -= 1  # the first name
    # "Secretary of Health Marta Ruiz Solano": after a portfolio's words the whole rest is the
    # name, a middle name or second surname too; after other words ("Governor of New Mexico
    # Luis Ortega") only the first name and surname are sure to be.
    portfolio = 0
    while portfolio < first and bare(words[portfolio]).lower() in PORTFOLIO_WORDS:
        portfolio += 1
    while portfolio and bare(words[portfolio - 1]).lower() in PORTFOLIO_MODIFIERS:
        portfolio -= 1  # "of Public Prosecutions": a modifier goes on with the next word
    if portfolio and first - portfolio == 1:
        first = portfolio
    elif first >= 0 and is_initial(words[first + 1]) and all(
        bare(word).lower() in PORTFOLIO_WORDS for word in words[: first + 1]
    ):
        first += 1  # "… for External Affairs V. Muraleedharan": the initial is the first name
    if first <= 0 or (words[first].endswith(("'s", "’s", "'", "’", "."))
                      and not is_initial(words[first])):
        return start, run
    return start + len(" ".join(words[:first])) + 1, " ".join(words[first:])


def _without_place_of(text: str, start: int, run: str) -> tuple[int, str]:
    """``(start, run)`` without the state or city that opens it right after "of", where a
    first name and a surname follow: "U.S. Attorney for the District of Massachusetts Joshua
    Levy" -> "Joshua Levy" (a role too long for the role pattern: "for the District"). No
    person is named after a state, so the state ends what the role is of."""
    if not text.endswith("of ", max(0, start - 3), start):
        return start, run
    words = run.split(" ")
    for size in (1, 2):  # "Texas", "New York"
        rest = len(words) - size
        if rest >= 2 and words[size][:1].isupper() \
                and names_a_place(" ".join(words[:size])):
            return start + len(" ".join(words[:size])) + 1, " ".join(words[size:])
    return start, run


# A role in lower case sent "to" a country or a body, then the person who holds it ("the
# envoy to Ukraine Kurt Volker", "ambassador to the Vatican Ana Ruiz"): the run holds the
# country's name and the person's as one. Not "of" ("head of Goldman Sachs Asset Management"
# names a body to its end), and not a role that is a person's next step ("promoted to Captain").
_ROLE_TO: Final = frozenset(
    "envoy ambassador adviser advisor counselor counsellor representative delegate attaché "
    "liaison consul emissary".split()
)
_ROLE_TO_REACH: Final = 24  # characters: "counsellor to the " and a margin
_NAME_SUFFIXES: Final = frozenset("Jr. Jr Sr. Sr II III IV".split())


def _follows_role_to(text: str, start: int, run: str) -> bool:
    """Does ``run``, at ``start``, come right after a lower-case role and "to" (see
    :data:`_ROLE_TO`)?"""
    before = text[max(0, start - _ROLE_TO_REACH) : start]
    if before.endswith(" to "):
        before = before[:-4]
    elif before.endswith(" to the "):
        before = before[:-8]
    else:
        return False
    return before.rpartition(" ")[2] in _ROLE_TO


# A role in lower case and what it is "of" in German, French, Spanish, Portuguese or Italian,
# right before a run: "el ministro de Salud Ana Ruiz", "il ministro dei Trasporti Carlo
# Bianchi", "o ministro da Saúde Paulo Rocha", "la ministre de la Santé Anne Roux".
_PORTFOLIO_PREPOSITIONS: Final = (
    "de la ", "de l'", "de l’", "del ", "de ", "da ", "do ", "das ", "dos ", "dei ", "della ",
    "dell'", "dell’", "degli ", "delle ", "du ", "des ", "für ",
)
_PORTFOLIO_OF_ROLE: Final = re.compile(
    r"\b(?:" + "|".join(sorted(language_words.ROLE_WORDS, key=len, reverse=True)) + r")s?\s+"
    r"(?:de la |de l['’]|del |de |da |do |das |dos |dei |della |dell['’]|degli |delle |du |des "
    r"|für )$"
)


def _without_portfolio(start: int, run: str) -> tuple[int, str]:
    """``(start, run)`` without the portfolio words that open it ("Salud Ana Ruiz" -> "Ana
    Ruiz"), as long as a first name and a surname are left."""
    words = run.split(" ")
    cut = 0
    while cut < len(words) - 2 and bare(words[cut]).lower() in PORTFOLIO_WORDS:
        cut += 1
    if cut == 0:
        return start, run
    return start + len(" ".join(words[:cut])) + 1, " ".join(words[cut:])


def runs_containing(text: str, needle: str) -> list[str]:
    """The runs :data:`CAPITALISED_RUN` finds in ``text`` that contain ``needle``, in order.

    A surname look-up wants only these, and scanning a whole paragraph for runs costs more than
    the look-up itself (see :func:`matches_containing`).
    """
    found: list[str] = []
    for match in matches_containing(CAPITALISED_RUN, text, needle):
        run = match.group()
        if " " in run:  # a body's name and a person's, or a name and whom it was told to
            run = without_body_of_role(text, match.start(), run)[1]
        if needle in run:  # not when the needle was in the body's name, now cut
            found.append(run)
    return found


def matches_containing(pattern: re.Pattern[str], text: str, needle: str) -> list[re.Match[str]]:
    """The matches of ``pattern`` in ``text`` that contain ``needle``, in order: those a scan
    of the whole text finds, read only around each occurrence of ``needle``.

    For patterns of name runs, which hold capitalised words and the connectors between them:
    no match crosses a comma or a lower-case word between spaces that is no connector ("said",
    "the"), and none straddles where another one ends, so a scan started after any of these sees
    the same matches a scan of the whole text would. Each occurrence of ``needle`` is read from
    the last such point before it: usually a word or two back, where commas alone left whole
    sentences to read in a long paragraph (a look-up in a 5,000-character paragraph took
    ~35 µs, most of what listing all its runs does).
    """
    found: list[re.Match[str]] = []
    size = len(needle)
    start = 0  # a point no match crosses, with every match before it read
    at = text.find(needle)
    while at >= 0:
        start = text.rfind(",", start, at) + 1 or start
        plain = _TO_LAST_PLAIN_WORD.match(text, start, at)
        if plain is not None:
            start = plain.end()
        # Searched one match at a time: usually the first holds the occurrence, and a search
        # costs less than setting up an iterator for it.
        match = pattern.search(text, start)
        while match is not None and match.start() <= at:
            start = match.end()
            if start >= at + size:
                found.append(match)
                break
            match = pattern.search(text, start)
        at = text.find(needle, max(at + 1, start))
    return found


# Up to the last lower-case word between spaces that is no connector, and the space after it:
# a greedy match of anything backtracks from the end to it.
_TO_LAST_PLAIN_WORD: Final = re.compile(
    rf".*(?<= )(?!(?:{'|'.join(sorted(CONNECTORS))}) )[a-z]+ ", re.DOTALL
)


def name_runs(text: str) -> list[NameRun]:
    """Maximal runs of capitalised words (with name connectors such as "de" or "van" inside).

    A run stops at punctuation, at a possessive ("Russia's") and at a sentence-final period.
    """
    runs: list[NameRun] = []
    for match in CAPITALISED_RUN.finditer(text):
        at, run = match.start(), match.group()
        if " " in run:  # a body's name and a person's, or a name and whom it was told to
            at, run = without_body_of_role(text, at, run)
        for start, end, words in split_run(run):
            first = at + start
            runs.append(NameRun(text[first : first + end - start], first, first + end - start,
                                words))
    return runs


@lru_cache(maxsize=8192)
def split_run(run: str) -> tuple[tuple[int, int, tuple[str, ...]], ...]:
    """A matched run cut after possessives and sentence ends, as (start, end, words) pieces."""
    words = run.split(" ")
    if len(words) > 2 and not _holds_no_headline_verb(words):
        return _split_heading(words)
    pieces: list[tuple[int, int, tuple[str, ...]]] = []
    offset, current_start = 0, 0
    current: list[str] = []
    # German and French cuts: most runs hold none of their words (one test per run, not three).
    special = " d" in run or " von " in run  # "der", "den", "dem", "d'", "von"
    for i, word in enumerate(words):
        if not special:
            pass
        elif word == "von" and current and _von_is_a_preposition(words, i):
            pieces.append(_trimmed(current_start, current))
            current = []
            offset += len(word) + 1
            continue
        elif word in _ARTICLES and current and current[-1].lower() not in _TAKE_ARTICLE:
            # "der CDU-Politiker der Nachrichtenagentur dpa": an article after a role or a
            # name begins whom it was said to, not more of the name ("von der Leyen", "van
            # der Vaart", "Van den Berg" take one after their particle).
            pieces.append(_trimmed(current_start, current))
            current = []
            offset += len(word) + 1
            continue
        elif current and word.startswith(_ELIDED_PARTICLE) and (
            i < len(words) - 1 or current[0].lower() in NAMED_OF_SOMETHING
        ):
            # A particle ends a name ("Claude d'Harcourt"); with more after it, it is the
            # preposition ("Proche d'Emmanuel Macron"), which the piece after it leaves out,
            # and so it is after a body's or a place's word ("Conseil d'Etat", "Côte d'Azur").
            pieces.append(_trimmed(current_start, current))
            current = []
        if len(current) > 1 and russian_names.initialled_name(current, is_initial):
            pieces.append(_trimmed(current_start, current))
            current = []
        if not current:
            current_start = offset
        current.append(word)
        offset += len(word) + 1
        if word.endswith(("'s", "’s", "'", "’")) or (word.endswith(".") and bare(word) != word):
            if word.endswith(("s'", "s’")) and i + 1 < len(words) \
                    and words[-1].lower() in ORG_WORDS:
                continue  # "Irish Property Owners' Association": the plural is the name's
            pieces.append(_trimmed(current_start, current))
            current = []
    if current:
        pieces.append(_trimmed(current_start, current))
    return tuple(p for p in pieces if p[2])


_ARTICLES: Final = frozenset({"der", "den", "dem"})
_TAKE_ARTICLE: Final = frozenset({"von", "van", "de"})


def _von_is_a_preposition(words: list[str], at: int) -> bool:
    """Is the German "von" at ``at`` the preposition ("Aussage von Sebastian Engelmann", "von
    den Grünen") rather than a name's particle ("Ursula von der Leyen", "Richard von
    Weizsäcker")? A particle comes before one name, with "der" or "dem" at most."""
    after = words[at + 1 : at + 3]
    if after[:1] == ["den"]:
        return True  # "von den Grünen": a plural, which no family name is
    return len(after) == 2 and after[0][:1].isupper() and after[1][:1].isupper()


def _split_heading(words: list[str]) -> tuple[tuple[int, int, tuple[str, ...]], ...]:
    """:func:`split_run` for a heading in title case, whose verbs no name holds: the pieces
    between them ("Review Crowd Does Not Like Donald Trump" -> "Review Crowd", "Donald Trump";
    "Hillary Clinton Says Trump’s…"). What runs on longer than a name ("Ted Cruz Apologizes To
    Ben Carson For Telling Supporters Carson") holds no name to take."""
    pieces: list[tuple[int, int, tuple[str, ...]]] = []
    offset, first, first_offset = 0, 0, 0
    for i, word in enumerate([*words, "Is"]):  # a verb after the last word ends the last piece
        if word in _HEADLINE_VERBS:
            if first < i:
                pieces.extend((first_offset + start, first_offset + end, piece)
                              for start, end, piece in split_run(" ".join(words[first:i])))
            first, first_offset = i + 1, offset + len(word) + 1
        offset += len(word) + 1
    if len(pieces) > 1:
        return tuple(p for p in pieces if len(p[2]) <= _LONGEST_NAME)
    return tuple(pieces)


# Verbs, and the words around them, that title case capitalises in a heading and no name holds.
# Not the small words a body's name holds in title case too ("Institute For Fiscal Studies").
_HEADLINE_VERBS: Final = frozenset(
    "Is Are Was Were Does Did Has Have Had Not Like Says Than".split()
)
_holds_no_headline_verb = _HEADLINE_VERBS.isdisjoint  # bound once: split_run runs per run
_LONGEST_NAME: Final = 4  # words: "Aung San Suu Kyi", "Andrés Manuel López Obrador"


def _trimmed(start: int, words: list[str]) -> tuple[int, int, tuple[str, ...]]:
    """The piece without connectors or lower-case words at its edges."""
    while words and (words[-1].lower() in CONNECTORS or (
        not words[-1][0].isupper() and not _particle_name(words[-1])  # "d'Harcourt"
    )):
        words.pop()
    while words and (not words[0][0].isupper() or _describes_what_follows(words[0])):
        start += len(words.pop(0)) + 1
    return start, start + len(" ".join(words)), tuple(words)


_DESCRIBING_TAILS: Final = ("-based", "-born", "-backed", "-led", "-owned", "-funded", "-run")


def _describes_what_follows(word: str) -> bool:
    """"Houston-based" (Selene Dynamics), "London-born" (Ada Cole): where from, not a name."""
    return "-" in word and word.lower().endswith(_DESCRIBING_TAILS)
