"""Russian names in the nominative, as a key point or a speaker must show them.

Russian declines names: "по словам Дмитрия Пескова" (according to Dmitry Peskov), "встреча с
Марией Захаровой". A name that replaces "Он" at the head of a point, or that stands as a
quote's speaker, must be in the nominative ("Дмитрий Песков", "Мария Захарова"), also when the
article never writes it so. Which ending stands for which case depends on the gender, so the
caller says it: from the pronoun ("он", "она"), the verb ("заявила") or the case it knows
(:func:`genitive_gender`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from digests.analyse.language_words import cyrillic_stem
from digests.analyse.name_words import LOWER_CASE_ROLES

# Oblique endings of surnames and their nominative, longest first, by gender. The adjectival
# surnames ("Жириновского", "Собчак" aside) and the "-ов/-ев/-ин" ones cover most of them.
_SURNAME_ENDINGS: Final = {
    "m": (
        ("ского", "ский"), ("скому", "ский"), ("ским", "ский"), ("ском", "ский"),
        ("цкого", "цкий"), ("цкому", "цкий"), ("цким", "цкий"), ("цком", "цкий"),
        ("овым", "ов"), ("евым", "ев"), ("ёвым", "ёв"), ("иным", "ин"), ("ыным", "ын"),
        ("ова", "ов"), ("ева", "ев"), ("ёва", "ёв"), ("ина", "ин"), ("ына", "ын"),
        ("ову", "ов"), ("еву", "ев"), ("ёву", "ёв"), ("ину", "ин"), ("ыну", "ын"),
        ("ове", "ов"), ("еве", "ев"), ("ёве", "ёв"), ("ине", "ин"), ("ыне", "ын"),
    ),
    "f": (
        ("ской", "ская"), ("скую", "ская"), ("цкой", "цкая"), ("цкую", "цкая"),
        ("овой", "ова"), ("евой", "ева"), ("ёвой", "ёва"), ("иной", "ина"), ("ыной", "ына"),
        ("ову", "ова"), ("еву", "ева"), ("ёву", "ёва"), ("ину", "ина"), ("ыну", "ына"),
    ),
}
# First names: "Дмитрия" -> "Дмитрий", "Сергея" -> "Сергей", "Владимира" -> "Владимир";
# "Марии" -> "Мария", "Елены" -> "Елена", "Ольги" -> "Ольга".
_FIRST_NAME_ENDINGS: Final = {
    "m": (
        ("ием", "ий"), ("ия", "ий"), ("ию", "ий"), ("ии", "ий"),
        ("еем", "ей"), ("ея", "ей"), ("ею", "ей"), ("ее", "ей"),
        ("ом", ""), ("а", ""), ("у", ""), ("е", ""),
    ),
    "f": (
        ("ией", "ия"), ("ии", "ия"), ("ию", "ия"),
        ("ой", "а"), ("ы", "а"), ("у", "а"), ("е", "а"), ("и", "а"),
    ),
}
_HUSHING: Final = frozenset("гкхжшчщ")  # after these, "-и" is the genitive of "-а" ("Ольги")


def is_cyrillic(name: str) -> bool:
    """Does ``name`` (or any word) start with a Russian letter, capital or not?"""
    return "а" <= name[:1].lower() <= "я" or name[:1] in "ёЁ"


# A Russian verb in the past tense ("оценил", "прокомментировала", "поделился"): what opens
# a sentence's predicate, whatever the verb means.
_PAST_VERB: Final = re.compile(r"(?<![\w-])[а-яё]{3,}(?:л|ла|ли)(?:ся|сь)?(?![\w-])")


def past_verb_at(clause: str) -> int | None:
    """Where the first Russian verb in the past tense starts in ``clause``, if any: "Тренер
    Иван Петров оценил игру Олега Сидорова:" is a sentence whose subject comes before that
    verb, not a label naming the last name in it."""
    found = _PAST_VERB.search(clause)
    return found.start() if found else None


def nominative(name: str, gender: str) -> str:
    """``name`` (one to three capitalised Cyrillic words) in the nominative, for a man ("m")
    or a woman ("f"); unchanged when it is so already or the gender is unknown."""
    if gender not in _SURNAME_ENDINGS:
        return name
    words = name.split()
    first = [_first_name(word, gender) for word in words[:-1]]
    return " ".join([*first, _ending_replaced(words[-1], _SURNAME_ENDINGS[gender])])


def nominative_shown(name: str, gender: str, paragraphs: list[str]) -> str:
    """:func:`nominative`, and a man's surname in "-а" after a consonant without it when the
    article also writes it so: "Юриса Таргонскаса" -> "Юрис Таргонскас" beside "Таргонскас
    подчеркнул" (the genitive of a surname that ends in a consonant); "Дзюба", which the
    article never writes as "Дзюб", stays."""
    result = nominative(name, gender)
    head, _, surname = result.rpartition(" ")
    if gender != "m" or not surname.endswith("а") or surname[-2:-1] in _VOWELS \
            or len(surname) < 4:
        return result
    stem = re.compile(rf"(?<![^\W\d_]){re.escape(surname[:-1])}(?![^\W\d_])")
    if any(surname[:-1] in paragraph and stem.search(paragraph) for paragraph in paragraphs):
        return f"{head} {surname[:-1]}".strip()
    return result


def _first_name(word: str, gender: str) -> str:
    if gender == "m" and word in _FLEETING_VOWEL:
        return _FLEETING_VOWEL[word]  # "Павла" -> "Павел": a vowel the other cases drop
    if gender == "f" and word.endswith("и") and word[-2:-1] not in _HUSHING:
        return word[:-1] + "я" if word.endswith("ии") else word  # "Марии" -> "Мария"
    if gender == "m" and word.endswith(("ла", "та", "ша")) and len(word) <= 6:
        return word  # "Никита", "Миша", "Гавриила"? nominative as often as not: left alone
    return _ending_replaced(word, _FIRST_NAME_ENDINGS[gender])


# Men's first names whose other cases drop a vowel of the nominative, by their genitive.
_FLEETING_VOWEL: Final = {"Павла": "Павел", "Льва": "Лев", "Петра": "Пётр"}


def _ending_replaced(word: str, endings: tuple[tuple[str, str], ...]) -> str:
    for ending, replacement in endings:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return word[: -len(ending)] + replacement
    return word


# Nominative surname endings and their genitive, longest first, by gender: "Песков" ->
# "Пескова", "Жириновский" -> "Жириновского"; "Захарова" -> "Захаровой", "Собчак" (a woman's)
# stays. A man's surname that ends in another consonant takes "-а" ("Байден" -> "Байдена").
_GENITIVE_ENDINGS: Final = {
    "m": (("ский", "ского"), ("цкий", "цкого"), ("ской", "ского"), ("ый", "ого"), ("ой", "ого"),
          ("ь", "я"), ("й", "я")),
    "f": (("ская", "ской"), ("цкая", "цкой"), ("ова", "овой"), ("ева", "евой"), ("ёва", "ёвой"),
          ("ина", "иной"), ("ына", "ыной")),
}
_VOWELS: Final = frozenset("аеёиоуыэюя")


def surname_genitive(surname: str, gender: str) -> str | None:
    """A Russian surname in the nominative put in the genitive, for a man ("m") or a woman
    ("f"), as "по словам …" needs it; None when its form there cannot be told (an unknown
    gender, a man's surname in "-а"/"-я", which may or may not decline) or it is no
    nominative."""
    endings = _GENITIVE_ENDINGS.get(gender)
    if endings is None or not is_cyrillic(surname):
        return None
    for ending, replacement in endings:
        if surname.endswith(ending):
            return surname[: -len(ending)] + replacement
    last = surname[-1:].lower()
    if gender == "f" or last in "оуеиэ":
        return surname if last not in "ая" else None  # "Шойгу", "Собчак": no declension
    # No man's surname ends in another vowel in the nominative: a word in another case
    # ("Федерацию") is no name to put in the genitive.
    return None if last in _VOWELS else surname + "а"


def genitive_gender(name: str) -> str:
    """The gender a name in the genitive shows ("по словам Марии Захаровой": "f"; "по словам
    Дмитрия Пескова": "m"): feminine surnames end in "-ой" there, first names in "-ы"/"-и"."""
    words = name.split()
    if words[-1].endswith("ой"):
        return "f"
    if len(words) > 1 and words[0].endswith(("ы", "ии")):
        return "f"
    if len(words) > 1 and words[0].endswith("и") and words[0][-2:-1] in _HUSHING:
        return "f"
    return "m"


# What follows a surname's stem in its forms that show a gender: "Песков", "Песковым",
# "Пескове" a man's; "Захаровой", "Захаровую" a woman's. ("-а" and "-у" are either.)
_MALE_FORMS: Final = frozenset({"", "ым", "им", "е", "ом", "ого", "ому", "ий", "ый"})
_FEMALE_FORMS: Final = frozenset({"ой", "ая", "ую"})


def article_gender(name: str, article_text: str) -> str:
    """"m" or "f" when the forms of the surname of ``name`` in the article (or ``name``
    itself) show only one gender, else ""."""
    surname = name.split()[-1]
    stem = cyrillic_stem(surname.lower())
    written = re.findall(rf"(?<!\w){re.escape(surname[: len(stem)])}(\w*)", article_text)
    endings = {ending.lower() for ending in written} | {surname.lower()[len(stem) :]}
    male = bool(endings & _MALE_FORMS)
    female = bool(endings & _FEMALE_FORMS)
    return "m" if male and not female else "f" if female and not male else ""


# Genitive forms that no name in the nominative takes: an adjectival surname's ("Жуковского"),
# a man's first name's ("Андрея", "Алексея"); a woman's surname in "-ой" after a first name in
# "-ы"/"-и" ("Марии Петровой", where "Лев Толстой" is a nominative).
_ADJECTIVAL_GENITIVE: Final = ("ого", "его")
_MALE_FIRST_GENITIVE: Final = "ея"
_FEMALE_FIRST_GENITIVE: Final = ("ы", "и")
# a man's genitive, a woman's name
_MAN_OR_WOMAN_SURNAME: Final = ("ова", "ева", "ёва", "ина", "ына")
_OWNER_ROLE_WORDS: Final = 3  # "помощник депутата", "пресс-секретарь главы региона"


def describes_by_owner(phrase: str, name_start: int, paragraphs: list[str]) -> bool:
    """Is the Russian ``phrase`` a lower-case role with a name in the genitive after it at
    ``name_start`` ("помощник Жуковского", "пресс-секретарь Андрея Соколова"), which names
    someone by whom they work for? A surname in "-ова"/"-ина" is so when the article
    (``paragraphs``) writes it only as a man's or after a man's first name in the genitive."""
    role = phrase[:name_start].split()
    if not role or len(role) > _OWNER_ROLE_WORDS or not all(word.islower() for word in role) \
            or not is_role_in_any_case(role[0], LOWER_CASE_ROLES):
        return False
    words = phrase[name_start:].rstrip(" .").split()
    surname = words[-1]
    if surname.endswith(_ADJECTIVAL_GENITIVE):
        return True
    if len(words) > 1 and (words[0].endswith(_MALE_FIRST_GENITIVE) or (
            surname.endswith("ой") and words[0].endswith(_FEMALE_FIRST_GENITIVE))):
        return True
    if not surname.endswith(_MAN_OR_WOMAN_SURNAME):
        return False
    text = "\n".join(paragraphs)
    # Written only as a man's, or after a man's first name in the genitive ("Андрея Соколова").
    after_first = rf"[А-ЯЁ]\w*{_MALE_FIRST_GENITIVE} {re.escape(surname)}(?!\w)"
    return article_gender(surname, text) == "m" or re.search(after_first, text) is not None


# A patronymic ("Владимирович", "Сергеевна") stands between a first name and a surname.
_PATRONYMIC_ENDINGS: Final = ("ович", "евич", "ьич", "овна", "евна", "ична", "инична")
_CASE_ENDINGS: Final = "аяуюеиыьйо"


def person_words(words: list[str]) -> int:
    """How many of a Russian name run's last words name the person: a first name and a surname,
    with a patronymic between them where there is one. What comes before is whose role it is,
    in the genitive ("президента России Дмитрий Песков", "Президент Российской Федерации
    Владимир Владимирович Путин")."""
    return 3 if len(words) >= 3 and words[-2].endswith(_PATRONYMIC_ENDINGS) else 2


def is_role_in_any_case(word: str, roles: frozenset[str]) -> bool:
    """Is the lower-case Russian ``word`` one of ``roles`` in any case ("президента",
    "пресс-секретаря", "главы")?"""
    base = word.rstrip(_CASE_ENDINGS)
    return len(base) >= 3 and any(
        is_cyrillic(role) and role.rstrip(_CASE_ENDINGS) == base for role in roles
    )


def without_body_of_role(text: str, start: int, run: str, reach: int) -> tuple[int, str]:
    """Russian puts whose role it is in the genitive, without "of", between the role and the
    name: "президента России Дмитрий Песков" -> "Дмитрий Песков", also after what the role is
    in ("министр иностранных дел России Сергей Лавров"). The role is looked for in the ``reach``
    characters before the run."""
    words = run.split(" ")
    keep = person_words(words)
    if len(words) <= keep:
        return start, run
    # The role opens the run when it opens the sentence ("Премьер-министр Украины Николай
    # Азаров требует…"); else it is before it.
    role_opens = is_role_in_any_case(words[0].lower(), LOWER_CASE_ROLES)
    if not role_opens and not _role_before(text[max(0, start - reach) : start]):
        return start, run
    return start + len(" ".join(words[:-keep])) + 1, " ".join(words[-keep:])


# Dative endings of the adjective that opens an outlet's name ("Тверскому радио", "Российскому
# агентству"), which no nominative name word has; a dative name's first word ends in one of
# _DATIVE_FIRST ("Сергею Жуковскому", "Марии Петровой") and keeps it.
_OUTLET_ADJECTIVE: Final = ("ому", "ему")
_DATIVE_FIRST: Final = ("у", "ю", "е", "и", "ой", "ому", "ему")


def without_addressee(run: str) -> str:
    """A Russian name run without the outlet told after the name ("Ольга Кукушкина Тверскому
    [радио]", "Иван Петров ТАСС"): a known outlet, or a dative adjective after a word in
    another case, is whom it was said to, no part of the name."""
    words = run.split(" ")
    while len(words) > 1 and _is_addressee(words):
        words.pop()
    return " ".join(words)


def _is_addressee(words: list[str]) -> bool:
    word, before = words[-1], words[-2]
    if word.rstrip(".") in _OUTLETS:  # "ТАСС." ends the sentence
        return True
    return word.endswith(_OUTLET_ADJECTIVE) and not before.endswith(_DATIVE_FIRST)


# Outlets a name is told to in one word, as written after it: agencies' initials, which no
# name ends with (unlike a body's country: "Генпрокуратура РФ"), and papers in the dative.
_OUTLETS: Final = frozenset(
    """ТАСС РИА РБК РАПСИ НСН ИТАР-ТАСС НТВ ВГТРК RT Интерфаксу Известиям Коммерсанту
    Ведомостям""".split()
)


# Lower-case words between a Russian role and whose it is: "иностранных дел", "департамента
# информации и печати".
_ROLE_COMPLEMENT: Final = 4


def _role_before(text: str) -> bool:
    """Whether ``text`` ends with a Russian role, in any case and capitalised or not, and at
    most a couple of lower-case words after it ("министр иностранных дел", "Главы"), or the
    body it serves and the preposition of the place where ("Посол Швейцарии в [Берлине Пауль
    Зегер]": the place opens the name's run, and is no part of the name)."""
    words = text.split()[-1 : -_ROLE_COMPLEMENT - 2 : -1]
    for at, word in enumerate(words):
        if is_role_in_any_case(word.lower(), LOWER_CASE_ROLES):
            return True
        # a body's initials may come between ("начальника ГУМЧС по республике"), and so may a
        # body's name in the genitive when a place's preposition follows it ("Посол Швейцарии в")
        if not word.islower() and not word.isupper() and not (at == 1 and words[0] in _PLACE_OF):
            return False
    return False


def opens_with_role(phrase: str) -> bool:
    """Whether the Russian ``phrase`` that opens a sentence up to a name is a role and whose it
    is ("Вице-премьер ", "Председатель правительства РФ ", "Глава Минсельхоза "): the name after
    it is the sentence's subject, as after an English title. Not after a second name the role
    is joined to ("Министр Белоусов и [Лавров]")."""
    words = phrase.split()
    return 0 < len(words) <= _ROLE_COMPLEMENT + 1 and words[0][:1].isupper() \
        and is_role_in_any_case(words[0].lower(), LOWER_CASE_ROLES) \
        and not any(word == "и" or word.endswith(",") for word in words)


# Prepositions of the place where a role is held, between the body and the place ("Посол
# Швейцарии в Берлине", "постпред России при ООН").
_PLACE_OF: Final = frozenset("в во на при".split())


# Words a Russian role runs on through before the name: a second role ("соавтор законопроекта и
# председатель комиссии Василий Пискарев"), the region or field it covers ("помощник начальника
# ГУМЧС по республике Крым Владимир Иванов", "уполномоченный по правам человека …").
_ROLE_LINKS: Final = frozenset({"и", "по"})
_ROLE_RUN_WORDS: Final = 8  # role words between the link and the name, at most


def name_after_role_run(phrase: str, link_at: int) -> str | None:
    """The name that ends the Russian subject ``phrase`` when, cut at the "и"/"по" at
    ``link_at``, it runs on from a role to that name with only role words between (lower case,
    or a body's or region's name); else None."""
    if phrase[:1].isupper() or phrase[link_at:].split(" ", 1)[0] not in _ROLE_LINKS:
        return None
    words = phrase[link_at:].rstrip(" .").split()[1:]
    if len(words) < 3 or len(words) > _ROLE_RUN_WORDS + 3:
        return None
    keep = person_words(words)
    name = words[-keep:]
    if len(words) == keep or not all(_is_name_word(word) for word in name):
        return None
    between = words[:-keep]
    if phrase[link_at] == "и" and not between[0][:1].islower():
        return None  # "Иван Петров и Анна Сидорова": two speakers, not one role
    return None if _NOT_IN_ROLE.intersection(between) else " ".join(name)


def _is_name_word(word: str) -> bool:
    return word[:1].isupper() and word[1:2].islower() and is_cyrillic(word)


# Words that open what the speaker said it in or to ("в интервью", "журналистам"): no role.
_NOT_IN_ROLE: Final = frozenset("в во на с со для после перед журналистам и".split())


def initialled_name(words: list[str], is_initial: Callable[[str], bool]) -> bool:
    """Whether ``words`` are a Russian name written with initials ("А. Н. Лужина"): what
    follows it in the same run is someone else ("им. А. Н. Лужина Артема Селиверстова"), as
    Russian writes no given name after the initials and the surname."""
    last = words[-1]
    return "А" <= last[:1] <= "Я" and not is_initial(last) and all(map(is_initial, words[:-1]))
