"""The parts of a capitalised run: the words that name the person, and the surname.

Titles and sentence openers are no part of a name ("Chief Executive Tim Cook" is Tim Cook); a
surname may be two words ("Aung San Suu Kyi", Spanish and Russian forms). And a headline whose
every word is capitalised (headline case) shows no name's edges at all.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from digests.analyse import language_words, russian_names
from digests.analyse.german_kin import GERMAN_KIN
from digests.analyse.name_words import INTRODUCING_DESCRIPTIONS, OCCUPATIONS, PARTY_INITIALS
from digests.analyse.names import bare, is_function_word, is_initial, is_org, is_title_word


@lru_cache(maxsize=8192)
def person_part(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words of a run that name the person or body: sentence openers and titles dropped."""
    # A plural's mark inside a run is a body's name's own ("Irish Property Owners' Association").
    kept = [w if w.endswith(("s'", "s’")) and i < len(words) - 1 else bare(w)
            for i, w in enumerate(words)]
    if is_family_name_he(kept):
        return tuple(kept)
    start = 0
    while start < len(kept) and is_function_word(kept[start]):
        start += 1
    if _foreign_honorific(words[start:]):
        start += 1
    if len(kept) - start == 1 and is_title_word(kept[start]):
        return ()
    # The last word is the name even when it is also a role word ("Mr. King", "Ms. Chancellor"),
    # after an honorific; after other roles it is one more ("Prime Minister", "Vice President").
    if len(kept) - start > 1 and is_title_word(kept[-1]) and kept[-2].lower() not in HONORIFICS \
            and all(is_title_word(w) for w in kept[start:-1]):
        return ()
    last_title = -1
    for i in range(start, len(kept) - 1):
        if kept[i].lower() in _NAME_LIKE_TITLES and i > start and not is_title_word(kept[i - 1]):
            continue  # "Ali Imam Majumder": after a first name, a middle name
        if is_title_word(kept[i]) or is_title_word(words[i]) or _describes(kept[i]):
            last_title = i
    # "Cambridge Police Commissioner Christine Elow": the person after the role, even in a run
    # that names a body; but "Defense Department" is a body, nothing after its role word.
    if last_title >= 0 and not is_org(" ".join(kept[last_title + 1 :])):
        start = last_title + 1
        # "Глава ЦБ Эльвира Набиуллина": the body a role belongs to, after the role; in
        # Russian a whole genitive ("Президент Российской Федерации Владимир Путин").
        if len(kept) - start > 2 and len(kept[start]) > 1 and kept[start].isupper() \
                and not is_initial(kept[start]):  # "Rep. G. K. Butterfield": an initial
            start += 1
        if russian_names.is_cyrillic(kept[-1]):
            start = max(start, len(kept) - russian_names.person_words(kept[start:]))
    while start < len(kept) and is_function_word(kept[start]):
        start += 1
    if len(kept) - start > 1 and russian_names.is_cyrillic(kept[-1]):
        # "RusEnergy Михаил Крутихин": a body written in Latin letters before a Russian name
        while start < len(kept) - 1 and not russian_names.is_cyrillic(kept[start]):
            start += 1
    if len(kept) - start > 2 and kept[start] in PARTY_INITIALS:
        start += 1  # "le député LFI Marc Vidal": the party, then the person
    end = len(kept)
    if end - start > 2 and kept[-1] in _POST_NOMINALS:
        end -= 1  # "Alasdair Reid MSP", "Jane Hale OBE": the seat or honour after the name
    return tuple(w for w in kept[start:end] if w)


# Letters written after a name for a seat or an honour, in capitals.
_POST_NOMINALS: Final = frozenset(
    "MP MSP MLA MEP MS AM TD QC KC OBE MBE CBE KBE DBE PhD".split()
)


# Titles that are also given and middle names ("Imam Tariq Hassan", "Ali Imam Majumder").
_NAME_LIKE_TITLES: Final = frozenset({"imam", "sheikh", "sultan", "emir", "raja"})



# A romanised Chinese given name: one or two syllables of pinyin ("Jiankui", "Lifeng", "Yi").
_PINYIN_SYLLABLE: Final = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uan|uai|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|"
    r"ui|ue|er|a|o|e|i|u|ü)"
)
_PINYIN_GIVEN_NAME: Final = re.compile(f"(?:{_PINYIN_SYLLABLE}){{1,2}}", re.IGNORECASE)


def is_family_name_he(words: list[str] | tuple[str, ...]) -> bool:
    """"He Jiankui", "He Lifeng": the Chinese family name He before a given name in pinyin,
    never the pronoun, which no capitalised given name follows in running text."""
    return len(words) == 2 and words[0] == "He" and words[1][:1].isupper() \
        and words[1][1:].islower() \
        and _PINYIN_GIVEN_NAME.fullmatch(words[1]) is not None


# Titles after which a role word is a surname: "Mr. King", "Ms. Chancellor", "Dr. Judge".
# The honorifics French, German and Spanish news write before a surname ("M. Mose", "Mme
# Dumas", "Frau Berger", "Sra. Gómez"), as English writes "Mr."; not "Don", a given name too.
FOREIGN_HONORIFICS: Final = (
    language_words.MALE_TITLES | language_words.FEMALE_TITLES | {"mlle", "mlle."}
) - {"don"}


def _foreign_honorific(words: tuple[str, ...]) -> bool:
    """Whether a run opens with a foreign honorific before the name ("Frau Anna Berger",
    "M. Mose"). "M." only before a lone surname: before more words it is an initial ("M. Night
    Shyamalan"), as it is inside a name ("John M. Ford")."""
    if len(words) < 2 or words[0].lower() not in FOREIGN_HONORIFICS:
        return False
    return words[0] != "M." or len(words) == 2


HONORIFICS: Final = frozenset(
    "mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady madam prof prof. professor".split()
)


def _describes(word: str) -> bool:
    """An occupation or a plural role written before a name ("Journalist Jorge Ramos",
    "Senators Mitch McConnell and Chuck Schumer"): what the person is, not their name; so is
    a pair of them joined by a hyphen ("Singer-songwriter Ana Ruiz", "Actor-directors …"); and
    where they were born ("South Korean-born Monte Haines")."""
    lowered = word.lower()
    if lowered.endswith("-born") or _PARENT_OF.fullmatch(lowered):
        return True  # "South Korean-born", "Mother-of-three Aisha Begum"
    if "-" in lowered:
        return all(_describes_one(part) for part in lowered.split("-"))
    return _describes_one(lowered)


# "Mother-of-three", "grandfather-of-five": a tabloid's way to bring in a parent.
_PARENT_OF: Final = re.compile(
    r"(?:great-)?(?:grand)?(?:mother|father|mum|dad|ma|pa|mom|nan|gran)-of-[a-z]+"
)


def _describes_one(lowered: str) -> bool:
    if lowered in OCCUPATIONS or (lowered.endswith("s") and lowered[:-1] in OCCUPATIONS):
        return True
    if lowered in INTRODUCING_DESCRIPTIONS:
        return True  # "Regular Keith Aspinall", "Shocked Terry Cooper"
    if lowered in GERMAN_KIN:
        return True  # "seiner Tochter Lea Kühne": German capitalises the family word
    return lowered.endswith("s") and is_title_word(lowered[:-1])


# Short words that headline style may leave in lower case ("Auctioning Off Gun Used to Kill").
_HEADLINE_SMALL: Final = 3
_HEADLINE_CAPITALISED: Final = 0.8
# Words read: a heading is short, and a long paragraph's opening tells its style (it is asked
# of whole paragraphs, for every name in them a quote's speaker might be).
_HEADLINE_WORDS: Final = 40


def is_headline_case(text: str) -> bool:
    """Whether ``text`` capitalises (nearly) every word, as headline style does."""
    opening = text.split(maxsplit=_HEADLINE_WORDS)[:_HEADLINE_WORDS]
    long_words = [w for w in opening if len(w) > _HEADLINE_SMALL and w[:1].isalpha()]
    if len(long_words) < 3:
        return False
    capitalised = sum(1 for w in long_words if w[:1].isupper())
    return capitalised >= _HEADLINE_CAPITALISED * len(long_words)


def surname_of(words: tuple[str, ...]) -> str:
    """The last word that is not a suffix such as "Jr." - the key full names are found by."""
    for word in reversed(words):
        if word.lower().strip(".,") not in {"jr", "sr", "ii", "iii"}:
            return bare(word)
    return ""
