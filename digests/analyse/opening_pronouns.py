"""Which word opening a sentence needs an antecedent: "He…", "Its…", "This…", "Dabei…".

A key point is read alone. A sentence that opens with a pronoun, a demonstrative or a word that
points back ("Er sagte…", "Cette décision…", "After that,…") leans on a sentence the reader does
not see; :mod:`referents` then replaces the pronoun with a name or passes the sentence over.
Not "It" that stands for nothing ("It is likely that…"), nor "This week", "Those who…".
"""

from __future__ import annotations

import re
from typing import Final

from digests.analyse import referent_words

# Opening words that need an antecedent. Subject and possessive pronouns can be replaced by a
# name; the others ("They", "This", "It") stand for things we cannot name reliably.
# Also those of German, French, Spanish and Russian: "Er sagte…" dangles just the same.
REPLACEABLE: Final = {
    "he": "", "she": "", "his": "'s", "her": "'s", **dict.fromkeys(referent_words.REPLACEABLE, "")
}
# Possessives that stand for the same person as a subject pronoun ("He…" then "His…").
POSSESSIVE_OF: Final = {"his": "he", "her": "she"}
_UNRESOLVABLE: Final = frozenset(
    {"they", "their", "them", "it", "its", "this", "these", "those", "that", "such", "him"}
) | referent_words.UNRESOLVABLE
# "This week", "these days", "those who": the demonstrative points to a time or to the people
# the sentence goes on to describe, not back to an earlier sentence.
_DETERMINERS: Final = frozenset({"this", "that", "these", "those"}) | referent_words.DETERMINERS
_POINTS_IN_TIME: Final = frozenset(
    """
    year week weekend month morning afternoon evening night summer spring autumn fall winter
    season time days years weeks months who
    """.split()
) | referent_words.POINTS_IN_TIME
OPENING: Final = re.compile(r"^([\"'“‘«„]?)([^\W\d_]+)\b")
# "It is not clear whether…", "It emerged that…": an "it" that stands for nothing needs no name.
_BE: Final = (
    r"(?:'s|’s| is| was| has been| had been| will be| would be| remains| is not| was not"
    r"| has become| had become| became| becomes| seems| seemed| appears| appeared)"
)
_EXPLETIVE_IT: Final = re.compile(
    r"^It" + _BE + r" (?:(?:now|still|also|not|more and more|increasingly|ever more) )?"
    r"(?:clear|unclear|likely|unlikely|possible|"
    r"impossible|hard|difficult|easy|important|vital|essential|true|time|worth)\b"
    r"|^It(?:" + _BE + r")? (?:understood|thought|believed|feared|expected|reported|said|known|"
    r"emerged|appears|seems|appeared|seemed) that\b"
    r"|^It(?:'s|’s| is| was) (?!there |then |here |this |that )(?:[a-z]+ ){1,2}"
    r"(?:that|what|how|whether|why)\b"
)
POSSESSIVE_S: Final = re.compile(r"['’]s\b")
# German "Es" before a copula and a noun phrase ("Es war eine Generalprobe für…", "Es ist der
# dritte Erfolg…"): it stands for what the sentence before named. Not when the sentence goes
# on to say what "es" is, after a comma ("Es ist eine Schande, dass…", "Es ist das erste Mal,
# dass…") or a colon ("Es ist ein schwieriger Posten: Lambsdorff geht nach Moskau."), nor "Es
# gibt", "Es war einmal", "Es regnete", whose "es" stands for nothing.
_GERMAN_ES_FOR_BEFORE: Final = re.compile(
    r"^Es (?:war|ist|sei|wäre|bleibt|blieb|wird|wurde) (?:ein|eine|einer|der|die|das)\b"
    r"(?![^.;:]*(?::|,\s*(?:dass|ob|wie|wenn|weil|zu|um)\b))"
)



def opening_pronoun(sentence: str, language: str = "") -> tuple[str, bool] | None:
    """The sentence's first word if it needs an antecedent, and whether a name could replace it.
    In an article whose ``language`` is known, only that language's pronouns count."""
    match = OPENING.match(sentence)
    if match is None:
        return None
    word = match.group(2).lower()
    if word not in _MAY_NEED_ANTECEDENT:
        return None  # the usual opening ("The", a name): settled by one look-up
    languages = referent_words.LANGUAGES_OF.get(word)
    if languages and language and language[:2] not in languages:
        return None
    if word == "es":
        if language[:2] in ("de", "") and _GERMAN_ES_FOR_BEFORE.match(sentence):
            return word, False
        return None
    if (word == "it" and _EXPLETIVE_IT.match(sentence)) or (
        word == "il" and referent_words.EXPLETIVE_IL.match(sentence)
    ):
        return None
    if word in _SPANISH_CLITICS:
        # "Lo festejó todo el estadio", "Le preguntaron por…": what or whom is said elsewhere
        if language[:2] == "es" and _SPANISH_VERB_AFTER_CLITIC.match(sentence, match.end()):
            return word, False
        return None  # "La policía…", "Les habitants…": an article
    if word in REPLACEABLE:
        if word not in POSSESSIVE_OF and _opens_a_name(sentence, match.end()):
            # "Ella Toone scored", "He Jiankui said": a first name, no pronoun ("His Boeing 757"
            # is a possessive before a name)
            return None
        return word, True
    if word in referent_words.CONNECTIVES or _german_demonstrative(word, sentence, match.end()):
        return word, False
    if word in referent_words.PREPOSITIONS:
        return _demonstrative_after_preposition(sentence, match.end())
    if word in _UNRESOLVABLE:
        following = next_word(sentence, match.end())
        if word in _DETERMINERS and POSSESSIVE_S.sub("", following) in _POINTS_IN_TIME:
            # "This week the Senate voted…", "This year's budget…": a time, not something said
            # before
            return None
        if word in referent_words.ALSO_ENGLISH and not _french_possessive(sentence, match.end()):
            return None  # "Son Heung-min scored", "Son of a miner, he…"
        return word, False
    return None


# A Spanish object pronoun that opens the sentence, before its verb ("Lo festejó todo el
# estadio", "La anunció el ministro", "Le preguntaron…"): what it stands for is in another
# sentence. Only before a verb of the preterite or the imperfect ("-ó", "-aron", "-ieron",
# "-aba"), as these words are articles too ("La policía", "Los vecinos"); nouns seldom end so.
_SPANISH_CLITICS: Final = frozenset("lo la los las le les".split())
_SPANISH_VERB_AFTER_CLITIC: Final = re.compile(r" [a-záéíóúñ]{2,}(?:ó|aron|ieron|aba|aban)\b")

# Every opening word a rule of opening_pronoun can take for a pronoun.
_MAY_NEED_ANTECEDENT: Final = (
    frozenset(REPLACEABLE) | referent_words.CONNECTIVES | referent_words.GERMAN_DEMONSTRATIVES
    | referent_words.PREPOSITIONS | _UNRESOLVABLE | _SPANISH_CLITICS | {"es"}
)


def _german_demonstrative(word: str, sentence: str, at: int) -> bool:
    """Is the opening "Das" / "Den" … a pronoun ("Das war nicht der Mini") rather than an
    article ("Das neue Gesetz")? See referent_words.GERMAN_DEMONSTRATIVES."""
    if word not in referent_words.GERMAN_DEMONSTRATIVES:
        return False
    following = sentence[at : at + 40].split(maxsplit=2)
    if not following or not following[0].islower():
        return False
    verb = following[0].rstrip(",")
    if verb in referent_words.GERMAN_FINITE_VERBS:
        return True
    subject = following[1] if len(following) > 1 else ""
    return subject in referent_words.GERMAN_SUBJECT_AFTER_VERB or (
        subject in referent_words.GERMAN_SUBJECT_ARTICLES
        and verb.endswith(("t", "te"))
        and not verb.endswith("ste")
        and verb not in referent_words.GERMAN_NOT_WEAK_VERBS
    )


def _demonstrative_after_preposition(sentence: str, at: int) -> tuple[str, bool] | None:
    """The demonstrative or pronoun of an opening "For this reason" / "Für diese Aufgabe" /
    "Amid all this" / "In it," / "Por eso", as dangling; None when there is none or it points
    to a time."""
    words = sentence[at : at + 40].split(maxsplit=3)
    if words and words[0] == "all":
        words = words[1:]  # "Despite all that, …"
    if not words:
        return None
    first = words[0].lower()
    if first in referent_words.PRONOUNS_ENDING_PHRASE:
        return first.rstrip(","), False
    bare = first.rstrip(",")
    if bare in referent_words.DEMONSTRATIVES_ALONE or (
        bare != first and bare in referent_words.DEMONSTRATIVE_DETERMINERS
    ):
        return bare, False  # "Malgré cela", "After that, …", "Amid all this, …"
    if len(words) < 2 or first not in referent_words.DEMONSTRATIVE_DETERMINERS:
        return None
    following = words[1].lower().rstrip(",")
    if following in _POINTS_IN_TIME or following in referent_words.NOW_WORDS:
        return None
    return words[0].lower(), False


def _opens_a_name(sentence: str, at: int) -> bool:
    """Is the word at ``at`` capitalised, so that the pronoun-like word before it is a first
    name ("Ella Toone", "Elle Macpherson", "He Jiankui")? No subject pronoun of the languages
    read here is followed by a capital; "He I trust" is the one exception: "I"."""
    following = sentence[at + 1 : at + 3]
    return sentence[at : at + 1] == " " and following[:1].isupper() and following != "I "


def _french_possessive(sentence: str, at: int) -> bool:
    following = sentence[at : at + 24].split(maxsplit=1)
    return bool(following) and following[0].islower() and following[0] not in ("of", "and")


def next_word(sentence: str, at: int) -> str:
    following = sentence[at : at + 24].split(maxsplit=2)
    return following[0].lower().rstrip(",") if following else ""




def stands_for_nothing(sentence: str) -> bool:
    """Does ``sentence``, opening with "It", use it for nothing said before ("It is likely
    that…", "It emerged that…", "It has become clear…")?"""
    return _EXPLETIVE_IT.match(sentence) is not None
