"""A sentence that opens with whose view it gives, as a pronoun: "According to him, …", "Selon
elle, …", "Laut ihm, …", "Según él, …", "По его словам, …". Like a subject pronoun, it reads
alone only with the name put in (:mod:`referents` finds whose); Russian then wants the name in
the genitive ("По словам Пескова, …").
"""

from __future__ import annotations

import re
from typing import Final

from digests.analyse import language_words, russian_names
from digests.analyse.inverted_subjects import subject_after_verb

# The pronoun's person ("he", "she"; none for a plural, which no name replaces), in English,
# French, German and Spanish.
_ACCORDING_TO: Final = re.compile(
    r"^(According to|Selon|Laut|Según) (him|her|them|lui|elle|eux|elles|ihm|ihr|ihnen|él|ella"
    r"|ellos|ellas)\b"
)
_ACCORDING_PERSON: Final = {"him": "he", "lui": "he", "ihm": "he", "él": "he",
                     "her": "she", "elle": "she", "ihr": "she", "ella": "she"}
# Russian says it with a possessive: "По его словам" ("in his words"), "по её мнению".
_RUSSIAN_ACCORDING: Final = re.compile(r"^По (его|её|ее|их) (словам|мнению|данным|оценке)(?!\w)")
_RUSSIAN_POSSESSOR: Final = {"его": ("he", "m"), "её": ("she", "f"), "ее": ("she", "f")}


def according_opening(sentence: str) -> re.Match[str] | None:
    """The opening that gives whose view the sentence is, if it has one."""
    if sentence.startswith(("Acc", "Sel", "Lau", "Seg")):
        return _ACCORDING_TO.match(sentence)
    if sentence.startswith("По "):
        return _RUSSIAN_ACCORDING.match(sentence)
    return None


def whose(opening: re.Match[str]) -> str:
    """"he" or "she", whom the opening's pronoun stands for; "" for a group."""
    if opening.re is _RUSSIAN_ACCORDING:
        return _RUSSIAN_POSSESSOR.get(opening.group(1), ("", ""))[0]
    return _ACCORDING_PERSON.get(opening.group(2).lower(), "")


def with_name(opening: re.Match[str], sentence: str, name: str) -> str | None:
    """The sentence with ``name`` in place of the opening's pronoun; None where its form
    cannot be told (a Russian surname whose genitive is not sure)."""
    rest = sentence[opening.end() :]
    if opening.re is _RUSSIAN_ACCORDING:
        gender = _RUSSIAN_POSSESSOR[opening.group(1)][1]
        surname = russian_names.surname_genitive(name.split()[-1], gender)
        return None if surname is None else f"По {opening.group(2)} {surname}{rest}"
    return f"{opening.group(1)} {name}{rest}"


def named_by_according(phrase: str, post: str) -> str | None:
    """Who "according to X" names: X, or the pronoun in "по его словам"."""
    for possessive, pronoun in language_words.ACCORDING_PRONOUN.items():
        if f" {possessive} " in phrase:
            return pronoun
    subject = subject_after_verb(post)
    if subject and phrase != "according to" and language_words.unnamed_after_according(subject):
        return language_words.UNSTATED  # "Según entiende, «…»"
    if subject and phrase.startswith("по "):
        # "по словам (пресс-секретаря) Дмитрия Пескова": the genitive, which a speaker is not
        # shown in; the name is the capitalised words at the end.
        words = subject.split()
        at = len(words)
        while at > 0 and russian_names.is_cyrillic(words[at - 1]):
            at -= 1
        if at < len(words):
            name = " ".join(words[at:])
            gender = russian_names.genitive_gender(name)
            return " ".join([*words[:at], russian_names.nominative(name, gender)])
    return subject
