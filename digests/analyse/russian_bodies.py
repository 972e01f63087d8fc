"""A body that speaks in a Russian reporting clause without a subject: "— заявили в
авиакомпании", "— сообщили в МВД", "— говорится в сообщении компании". Russian writes the
body's people as a plural verb with no subject, or an impersonal one, and the body after "в" (in
the prepositional case) or after the document it issued (in the genitive). The speaker is the
body, in the nominative ("МВД", "Кремль", "пресс-служба ведомства"), or the name the article
gives the body a common noun stands for ("Авиакомпания Qantas … — заявили в авиакомпании" ->
"Qantas"). A press service or office with nothing after it ("— отметили в пресс-службе") names
no one.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from digests.analyse.name_words import LOWER_CASE_ROLES
from digests.analyse.russian_names import is_role_in_any_case

if TYPE_CHECKING:
    from digests.analyse.name_index import NameIndex

# The clause after the quote: a plural or impersonal verb, "в", perhaps a document, the body.
# "отмечается", "говорится", "сообщается": said in a document, whose issuer speaks.
_BODY_CLAUSE: Final = re.compile(
    r"[\s,]*[—–-]?\s*(?:заявили|сообщили|отметили|добавили|пояснили|уточнили|подчеркнули|"
    r"ответили|напомнили|рассказали|признали|отмечается|говорится|сообщается|подчеркивается|"
    r"подчёркивается|уточняется)\s+(?:в|во)\s+"
    r"(?P<document>(?:сообщении|заявлении|пресс-релизе|релизе|ответе|обращении)\s+)?"
    r"(?P<body>[\w-]+(?:\s+(?=[\w-]+[.,;!?]?$)[\w-]+)?)\s*[.,;!?]?$"
)
# Words that are a place for a body's people, not the body: "в пресс-службе" alone says whose
# service it is no more than "в офисе" does.
_UNNAMED: Final = frozenset("пресс-службе пресс-службы офисе офиса службе службы".split())
# Prepositional endings ("в авиакомпании", "в министерстве") and genitive ones ("в сообщении
# компании", "министерства") and the nominative each comes from, longest first.
_PREPOSITIONAL: Final = (
    ("ии", "ия"), ("стве", "ство"), ("ице", "ица"), ("уре", "ура"), ("уме", "ума"), ("ле", "ль"),
    ("е", ""),
)
_GENITIVE: Final = (
    ("ии", "ия"), ("ства", "ство"), ("ции", "ция"), ("ы", "а"), ("и", "а"), ("а", ""),
)


def body_after_verb(clause: str) -> str | None:
    """The body a Russian clause after a quote says spoke, in the nominative as the article
    may write it; None when the clause is no such thing or names no body."""
    if " в" not in clause:
        return None  # the usual case, settled by one substring test
    found = _BODY_CLAUSE.match(clause)
    if found is None:
        return None
    words = found.group("body").split()
    if words[0] in _UNNAMED:
        if len(words) == 1:
            return None
        # "в пресс-службе ведомства": the service of the body, which stays in the genitive.
        return f"пресс-служба {words[1]}" if words[0].startswith("пресс-служб") \
            else f"{_nominative(words[0], _PREPOSITIONAL)} {words[1]}"
    if len(words) > 1:
        return None  # "в Москве заявили": a place and more, not a body alone
    endings = _GENITIVE if found.group("document") else _PREPOSITIONAL
    return _nominative(words[0], endings)


def _nominative(word: str, endings: tuple[tuple[str, str], ...]) -> str:
    """A body's word in the nominative: capitals ("МВД", "Минобороны") and Latin names
    ("Qantas") are not declined; a Russian noun takes the nominative of its ending."""
    if word.isupper() or not ("а" <= word[:1].lower() <= "я") or word.endswith("ороны"):
        return word
    for ending, nominative in endings:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: len(word) - len(ending)] + nominative
    return word


def body_named(body: str, paragraphs: list[str], para: int) -> str | None:
    """The body a clause names (:func:`body_after_verb`) by its name: as written when it is
    one ("МВД"), else the name the article gives, up to paragraph ``para`` of the body, to the
    body a common noun stands for ("авиакомпания" -> "Qantas"); else None."""
    if not body.islower():
        return body
    return None if " " in body else _named_body(paragraphs[: para + 1], body)


# A common noun for a body, then the name the article gives it: "Авиакомпания Qantas",
# "компании «Аэрофлот»", "банк ВТБ".
def _named_body(paragraphs: list[str], noun: str) -> str | None:
    """The one name ``paragraphs`` give the body a common noun in the nominative stands for
    ("авиакомпания" -> "Qantas" after "Авиакомпания Qantas"); None for none, or two."""
    stem = noun[:-1] if noun.endswith(("я", "а", "о", "ь")) else noun
    if len(stem) < 4:
        return None
    pattern = re.compile(
        rf"(?i:{re.escape(stem)})\w*\s+(?:«([^»]{{2,40}})»|([A-ZА-ЯЁ][\w&-]*(?:\s+[A-Z][\w&-]*)*))"
    )
    names = {m.group(1) or m.group(2)
             for text in paragraphs for m in pattern.finditer(text)}
    return names.pop() if len(names) == 1 else None


# "замглавы МВД РФ", "глава российского МИД": a role, an adjective or two, the body's words.
_BODY_ROLE_WORDS: Final = 4


def is_role_of_body(index: NameIndex, phrase: str) -> bool:
    """A Russian role with whose role it is, in the genitive, after it: "представитель
    Кремля", "глава МИД". The capitalised word is a body when the article gives no person
    a fuller name with it. A body in capitals may take an adjective or a country with it
    ("глава российского МИД", "замглавы МВД РФ"): such words are never a person's."""
    words = phrase.split()
    if not (words[0].islower() and words[-1][:1].isupper()
            and is_role_in_any_case(words[0], LOWER_CASE_ROLES)):
        return False
    if len(words) == 2:
        return index.fullest(words[1]) == words[1]
    return len(words) <= _BODY_ROLE_WORDS and all(
        word.isupper() or word.islower() for word in words[1:]
    )
