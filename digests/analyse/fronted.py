"""Where the subject pronoun after an opening phrase is: "Am Montag hat er…", "Lundi, il a…",
"On Monday night, he was back…".

The grammar only: which word is the pronoun, and whether a name could stand in its place.
:mod:`referents` decides which name, from the sentences before.
"""

from __future__ import annotations

import re
from typing import Final

from digests.analyse import language_words, referent_words

_ENGLISH_PRONOUN_HINTS: Final = tuple(
    f" {pronoun}{after}" for pronoun in ("he", "she", "they") for after in (" ", "’", "'")
)


def fronted_pronoun(sentence: str, language: str) -> tuple[int, int, str, bool] | None:
    """Where the subject pronoun after an opening phrase is ("Am Montag hat er…", "Lundi, il
    a…"), the pronoun, and whether a name could replace it; None when there is none.

    German: the verb is second, so the pronoun right after it (a lower-case word no preposition
    or conjunction) is the subject; "sie" only after an adverbial opening phrase, and "she"
    only before a singular verb ("hat sie"; "haben sie" is "they", which no name replaces).
    French and Spanish: the pronoun right after the comma that ends a short opening phrase
    with no clause of its own; not an "il" that stands for nothing ("Par ailleurs, il faut").
    """
    head = sentence[
        : referent_words.ENGLISH_FRONTED_REACH if language == "en" else referent_words.FRONTED_REACH
    ]
    # English, the usual language, writes its pronoun between plain spaces or before a
    # contracted verb ("they’re", ENGLISH_FRONTED): substring tests at memchr speed rule out
    # most sentences before the hint's scan.
    if language == "en" and not any(pronoun in head for pronoun in _ENGLISH_PRONOUN_HINTS):
        return None
    if referent_words.FRONTED_HINT.search(head) is None:
        return None
    match = referent_words.FRONTED_BY_LANGUAGE[language].match(head)
    if language == "de":
        return (
            (match and _german_fronted(match))
            or _german_after_clause(head)
            or _german_clause_subject(head)
        )
    if match is None:
        return None
    pronoun = match.group("pronoun")
    start, end = match.span("pronoun")
    lead = match.group("lead")
    if language == "ru":
        # "Когда она пришла, он ушёл": which of the two is who, the point does not say.
        clause = referent_words.RUSSIAN_CLAUSE_WORDS.search(lead.lower()) is not None
        return start, end, pronoun, not clause and pronoun in referent_words.REPLACEABLE
    if language == "en":
        if referent_words.ENGLISH_CLAUSE_WORDS.search(lead.lower()):
            return None
        return start, end, pronoun, pronoun in referent_words.REPLACEABLE
    if referent_words.CLAUSE_WORDS.search(lead.lower()):
        return None
    if pronoun == "il" and referent_words.EXPLETIVE_IL.match("Il" + sentence[end:]):
        return None
    return start, end, pronoun, pronoun in referent_words.REPLACEABLE


def dangling_it(sentence: str) -> int | None:
    """Where the rest of an English sentence starts after "it", the subject after an opening
    phrase of time, place or manner ("With little notice, it is…"); None when there is none."""
    head = sentence[: referent_words.FRONTED_REACH]
    if ", it " not in head:
        return None
    match = referent_words.ENGLISH_FRONTED_IT.match(head)
    return None if match is None else match.end()


def _german_fronted(match: re.Match[str]) -> tuple[int, int, str, bool] | None:
    """:func:`fronted_pronoun` for a German opening phrase with no comma ("Am Montag hat er…")."""
    pronoun = match.group("pronoun")
    start, end = match.span("pronoun")
    words = match.group("lead").lower().split()
    verb = match.group("verb")
    if verb in referent_words.GERMAN_NOT_VERBS:
        return None  # "dass sie", "für den er": a clause of its own, or an object
    if not referent_words.GERMAN_SUBJECT_WORDS.isdisjoint(words):
        return None  # "So manch einer … kennt sie": the opening phrase is the subject
    if pronoun == "er":
        return start, end, pronoun, True
    if words[0] not in referent_words.GERMAN_FRONT_OPENERS and not words[0][0].isdigit():
        return None  # "Robin Tschöpe hat sie verglichen": "sie" may be the object
    return start, end, pronoun, not referent_words.german_plural(verb)


def _german_after_clause(head: str) -> tuple[int, int, str, bool] | None:
    """The subject pronoun after a German opening clause ("Wie die Polizei mitteilte, hat
    er…") or an opening phrase with an aside ("Am Montag, dem 11. Oktober, hat sie…"), as
    :func:`fronted_pronoun` gives it. Not replaceable when the clause leaves it unclear: another
    person's pronoun in it ("Als er sie traf, sagte sie…"), or a subject noun of the pronoun's
    gender that reports ("Wie der Verein mitteilte, hat er…": the club, or a player?) or is
    feminine ("die Wahl", "die Polizei": things as often as people). A masculine noun that
    acts is what "er" stands for, as written ("Als der Bewohner nachsah, erkannte er…"): None
    then."""
    match = referent_words.GERMAN_CLAUSE_FRONTED.match(head)
    if match is None or match.group("verb") in referent_words.GERMAN_NOT_VERBS:
        return None
    pronoun, verb = match.group("pronoun"), match.group("verb")
    start, end = match.span("pronoun")
    parts = match.group("lead").lower().split(", ")
    first = parts[0].split()
    singular = pronoun == "er" or not referent_words.german_plural(verb)
    if first[0] in referent_words.GERMAN_CLAUSE_OPENERS and singular:
        clause = " ".join(parts).replace(",", " ").split()[1:]
        if referent_words.GERMAN_PERSONAL_PRONOUNS.intersection(clause) - {pronoun}:
            return start, end, pronoun, False
        if clause[:1] and clause[0] in referent_words.GERMAN_ARTICLES_OF[pronoun]:
            if pronoun == "sie" or clause[-1] in language_words.GERMAN_REPORTING:
                return start, end, pronoun, False  # "sie" after "die Wahl", "die Polizei"…
            return None
    elif first[0] not in referent_words.GERMAN_CLAUSE_OPENERS and not (
        (first[0] in referent_words.GERMAN_FRONT_OPENERS or first[0][0].isdigit())
        and len(first) <= 5
        and referent_words.GERMAN_SUBJECT_WORDS.isdisjoint(first)
        and all(referent_words.GERMAN_ASIDE.match(part) for part in parts[1:])
    ):
        return None  # "Die Polizei kam, nahm sie fest": a main clause, and "sie" the object
    return start, end, pronoun, singular


def _german_clause_subject(head: str) -> tuple[int, int, str, bool] | None:
    """The subject pronoun of a German opening clause ("Als er ankam, war die Halle voll"), as
    :func:`fronted_pronoun` gives it: "sie" is "she" only before a singular verb at the clause's
    end ("Nachdem sie gewählt wurde"), and another pronoun in the clause leaves it unclear."""
    match = referent_words.GERMAN_CLAUSE_SUBJECT.match(head)
    if match is None or match.group("lead").lower().strip() not in (
        referent_words.GERMAN_CLAUSE_OPENERS
    ):
        return None
    pronoun = match.group("pronoun")
    clause = match.group("clause").split()
    start, end = match.span("pronoun")
    if not referent_words.GERMAN_PERSONAL_PRONOUNS.isdisjoint(clause):
        return start, end, pronoun, False
    return start, end, pronoun, pronoun == "er" or not referent_words.german_plural(clause[-1])


# "If Clinton is elected, he said…": the clause is what "he" said, and he is often someone else.
_SAYS: Final = frozenset({"said", "says", "told", "tells", "added", "adds"})


def names_the_subject(lead: str, person: str, verb: str) -> bool:
    """Does the opening phrase make ``person`` the subject of a clause of its own ("When Cameron
    visited the White House, he…", "After President Obama left office, he…")? The pronoun in the
    main clause then stands for them. Not "After meeting Trump" (Trump is the object), not
    "Because Trump's aides…" (a possessive), not "As Trump said, he…" nor "If Clinton is
    elected, he said…" (the speaker, ``verb`` saying so, is often someone else)."""
    if verb in _SAYS:
        return False
    match = referent_words.ENGLISH_SUBJECT_CLAUSE.match(lead)
    if match is None or match.group("name").replace(".", "").split()[-1] != person.split()[-1]:
        return False
    says = match.group("verb") in referent_words.ENGLISH_SAYS
    return not (says and match.group("conj").lower() == "as")
