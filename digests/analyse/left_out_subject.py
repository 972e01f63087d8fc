"""A Spanish sentence that opens with its verb and leaves its subject out ("Aseguró que la obra
terminará en marzo.", "Dijo no tener información."): Spanish says who only once and lets the
verb's ending carry the person after that. Read alone, as a key point, such a sentence does
not say who, so :mod:`referents` puts in the person the sentences before it are about, like
the name for an opening "He"; so too after a phrase set before the verb ("Cuestionado sobre
…, admitió que…").

Only verbs whose complement follows ("que", "no" and an infinitive) are taken: a Spanish verb
may also come before its subject ("Llegó la lluvia", "Murieron tres personas"), which is no
left-out subject; and a passive with no subject after its participle ("Fue encontrado sin vida
en…": who was?).
"""

from __future__ import annotations

import re
from typing import Final

from digests.analyse.language_words import VERBS

# A verb of the third person singular: the reporting verbs of the table, or any preterite
# ("informó", "reiteró", "admitió").
_OPENING_VERB: Final = re.compile(
    r"([A-ZÁÉÍÓÚ][a-záéíóúñ]+)(?= (?:que|no) )"
    # "Habló también de la seguridad…": speaking of something, said of the same person
    r"|(Habló)(?= (?:(?:también|además|luego|después) )?(?:de|sobre) )"
)
_SINGULAR: Final = frozenset(word for word in VERBS["es"].split() if not word.endswith("n"))
_PLURAL: Final = frozenset(word for word in VERBS["es"].split() if word.endswith("n"))
# "Se reunió con el comerciante Luis Mora…": a pronoun before the verb changes nothing about
# whose sentence it is (when it opens a sentence before the point, not the point itself: "Se
# registró un incendio" has no person for a subject).
_OBJECT_PRONOUN: Final = re.compile(r"(?:Se|Le|Les|Lo|La|Los|Las|No|También) (?=[a-záéíóúñ]+ó )")


# A passive that leaves its subject out: "Fue encontrado sin vida en…", "Había sido internado…"
# (a participle: regular, or one of the common irregular ones). Not when its subject follows
# the participle, maybe after a word of time ("Fue detenido el conductor…", "Fue hallado ayer
# un hombre…").
_PASSIVE: Final = re.compile(
    r"(Fue|Ha sido|Había sido|Será) (?:[a-záéíóúñ]{2,}(?:ado|ada|ido|ida)|(?:pues|muer|vis"
    r"|abier|escri|cubier|vuel|devuel|elec)t[oa]|(?:di|he)ch[oa]|pres[oa])\b"
    r"(?! (?:(?:ayer|hoy|anoche|finalmente|luego|después|también|ya) )?"
    r"(?:el|la|los|las|un|una|unos|unas|su|sus)\b)"
)


# The plural of the same, and of "estar" with what its subject is ("Están disponibles para…",
# "Fueron trasladados al hospital…": what is, who was?); not when the subject follows, maybe
# after a word of time ("Están abiertas las inscripciones…", "Fueron detenidos tres hombres…").
_PLURAL_STATE: Final = re.compile(
    r"(Están|Estaban|Estarán|Estuvieron|Fueron|Han sido|Habían sido|Serán) [a-záéíóúñ]{3,}\b"
    r"(?! (?:(?:ayer|hoy|anoche|finalmente|luego|después|también|ya) )?"
    r"(?:el|la|los|las|un|una|unos|unas|su|sus|\d|dos|tres|cuatro|cinco|seis|siete|ocho|nueve"
    r"|diez|varios|varias|miles|cientos|decenas|muchos|muchas|otros|otras|todos|todas)\b)"
)
_PLURAL_STATE_VERBS: Final = frozenset(
    "están estaban estarán estuvieron fueron han habían serán".split()
)


def left_out_subject(sentence: str) -> str | None:
    """The opening verb of a Spanish sentence that leaves its subject out, or None. A verb in
    the plural comes back too ("Dijeron que…", "Están disponibles para…"): no one name stands
    for its subject."""
    if not sentence[:1].isupper() or " " not in sentence[:16]:
        return None
    passive = _PASSIVE.match(sentence)
    if passive is not None:
        return passive.group(1)
    if sentence[0] in "EFHS":  # the plural state's verbs: one character settles most sentences
        plural = _PLURAL_STATE.match(sentence)
        if plural is not None:
            return plural.group(1)
    match = _OPENING_VERB.match(sentence)
    if match is None:
        return None
    written = match.group(1) or match.group(2)
    verb = written.lower()
    if verb in _SINGULAR or verb in _PLURAL or verb.endswith("ó"):
        return written
    return None


def is_plural(verb: str) -> bool:
    """Does ``verb`` (as :func:`left_out_subject` gives it) speak of several people?"""
    lower = verb.lower()
    return lower in _PLURAL or lower.split()[0] in _PLURAL_STATE_VERBS


def goes_on_without_subject(sentence: str) -> bool:
    """Does a sentence before a point go on about the same person, leaving the subject out
    ("Se reunió con el comerciante Luis Mora…", "Señaló que…")? A name inside it is then not
    whom the point is about."""
    opening = _OBJECT_PRONOUN.match(sentence)
    return left_out_subject(sentence[opening.end() :] if opening else sentence) is not None \
        or (opening is not None and sentence[opening.end() :][:1].islower())


# "Cuestionado sobre …, admitió que…", "Por otra parte, resaltó que…", "De hecho, dijo, …" (an
# aside): a phrase set before a verb that leaves its subject out. The verb follows a comma;
# every part before it opens like such a phrase (a participle, a preposition, a connective),
# so none of them is the subject ("Por otra parte, el gobernador resaltó…" has its own).
_VERB_AFTER_PHRASE: Final = re.compile(
    r", ([a-záéíóúñ]+ó|dijo|dice|sostuvo|sostiene|expuso)(?= (?:que|no) |, )"
)
_PHRASE_OPENERS: Final = frozenset(
    """cuestionado cuestionada consultado consultada interrogado interrogada preguntado
    preguntada al a por sobre respecto con en de asimismo además finalmente posteriormente
    luego después durante tras ante hoy ayer este esta""".split()
)
_PHRASE_REACH: Final = 200  # characters: a phrase before the verb is short


def subject_left_out_after_phrase(sentence: str) -> int | None:
    """Where the subject a Spanish sentence leaves out after its opening phrase would stand
    (the start of its verb), or None."""
    if not sentence[:1].isupper():
        return None
    match = _VERB_AFTER_PHRASE.search(sentence, 0, _PHRASE_REACH)
    if match is None or is_plural(match.group(1)):
        return None
    parts = sentence[: match.start()].split(", ")
    if all(part.partition(" ")[0].lower() in _PHRASE_OPENERS for part in parts):
        return match.start(1)
    return None
