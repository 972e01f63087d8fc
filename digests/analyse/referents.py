"""Who "he" or "she" is: resolving a sentence's opening pronoun to a name, or saying it cannot be.

A key point is read alone, far from the sentence before it, so "He said the plan had failed"
means nothing. The nearest of the few sentences before it that names anyone decides: when it names
exactly one person, the pronoun is replaced by that person's fullest name in the article
("Mr Putin" -> "Vladimir Putin"); when it names several (or none of the sentences names anyone),
the sentence is reported as dangling and key-point selection passes it over. "This", "That" and
the like dangle too, unless they point to a time or to the people the sentence describes
("This week…", "Those who…").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from digests.analyse import referent_words, russian_names
from digests.analyse.according_to import according_opening, whose, with_name
from digests.analyse.fronted import fronted_pronoun, names_the_subject
from digests.analyse.genders import title_gender
from digests.analyse.left_out_subject import (
    goes_on_without_subject,
    is_plural,
    left_out_subject,
    subject_left_out_after_phrase,
)
from digests.analyse.opening_pronouns import (
    OPENING,
    POSSESSIVE_OF,
    POSSESSIVE_S,
    REPLACEABLE,
    next_word,
    opening_pronoun,
)
from digests.analyse.people import (
    NAME_RUN,
    fullest_name,
    is_title,
    people_named,
    short_form,
    surname_shared,
    words_before,
)
from digests.analyse.whole_words import holds_whole

LOOK_BACK: Final = 3  # sentences (plus the title); an antecedent further away is no longer obvious

_EPITHET: Final = re.compile(r"^The (former|latter)\b")
# "He's", "she’ll": a subject pronoun with its verb contracted, then the next word.
_CONTRACTION: Final = re.compile(r"['’](s|ll|d|ve|re)\b ?([\w'’]*)")
# Past participles after "'s" that make it "has" ("She's been", "He's won"), not "is".
_AFTER_HAS: Final = frozenset(
    "been got gotten had done made seen said taken given become come gone won lost".split()
)


def _contracted_verb(ending: str, following: str) -> str | None:
    """The verb a contraction after "he"/"she" stands for; None when it may be either of two
    ("'d": "had" or "would"; "'s" before another participle: "he’s expected to resign" is
    "is", "he’s worked there" is "has")."""
    if ending == "s":
        if following in _AFTER_HAS:
            return "has"
        return None if following.endswith("ed") else "is"
    return {"ll": "will"}.get(ending)


# A quote, then its reporting clause with a pronoun: "“We won,” he said."
_QUOTE_THEN_PRONOUN: Final = re.compile(
    r"^([\"“‘][^\"”’]+[\"”’],?\s+)(he|she)\b"
    # Russian puts the verb first, after a dash: "«…», — сказал он."
    r"|^([«\"“„][^»\"”“]+[»\"”“],?\s*[—–-]\s*[а-яё]+\s+)(он|она)\b"
    # German too, without the dash: "„…“, sagte er."
    r"|^([„\"“»][^“”\"«]+[“”\"«],?\s+[a-zäöüß]+\s+)(er|sie)\b"
)
# French joins the pronoun to the verb: "« … », a-t-il affirmé", "« … », dit-elle".
_QUOTE_THEN_FRENCH_PRONOUN: Final = re.compile(
    r"^([«\"“][^»\"”]+[»\"”],?\s+)([a-zéèêëàâîïôûùç]+)-(?:t-)?(il|elle)\b"
)
# Auxiliaries the participle follows, before the subject they take: "a affirmé Jean Dupont".
_FRENCH_AUXILIARIES: Final = frozenset({"a", "avait", "aura", "aurait", "est", "était"})
_OPENING_MARKS: Final = "\"“‘«„»"  # » opens a German quote: »…«, sagte er



def dangling_epithet(
    sentence: str, title: str, article_text: str, before: Sequence[str] = ()
) -> bool:
    """Does the sentence open with "The former …" or "The latter" that nothing shown explains?

    "The former Mexican leader went on the record…" stands for a name an earlier sentence gave;
    read alone, only a title that names someone makes it clear ("Former Mexico leader Calderon
    calls…"). When none of the sentences ``before`` it names anyone, there is no name it
    stands for: it is how the story introduces someone ("The former mayor of Scranton was
    sentenced…", a wire story's lead), and it reads as well alone. "The latter" needs two
    earlier names, which no point shows.
    """
    # (The substring test settles nearly every sentence without the regex engine.)
    match = _EPITHET.match(sentence) if sentence.startswith("The ") else None
    if match is None:
        return False
    if match.group(1) == "latter":
        return True
    if people_named(title, article_text):
        return False
    return any(people_named(earlier, article_text) for earlier in before)


def resolve_opening(
    sentence: str,
    before: Sequence[str],
    article_text: str,
    language: str = "",
    *,
    shown: Sequence[str] = (),
) -> str | None:
    """``sentence`` made readable alone, or None when its opening pronoun cannot be resolved.

    ``before`` holds the sentences before it, nearest first. A sentence that does not open with
    a pronoun comes back unchanged. In the ``language``s with a rule for it (German, French,
    Spanish), so does the subject pronoun after an opening phrase ("Am Montag hat er…").
    """
    according = according_opening(sentence)
    if according is not None:  # "According to him, …": dangles as a subject pronoun does
        person = whose(according)
        name = person and antecedent(
            before, article_text, continuing=person, sentence=sentence, shown=shown
        )
        return with_name(according, sentence, name) if name else None
    if language[:2] == "es":
        if (verb := left_out_subject(sentence)) is not None:
            if is_plural(verb):
                return None
            return _with_left_out_subject(sentence, 0, before, article_text, shown)
        if (at := subject_left_out_after_phrase(sentence)) is not None:
            return _with_left_out_subject(sentence, at, before, article_text, shown)
    found = opening_pronoun(sentence, language)
    if found is None:
        resolved = _resolve_reporting_clause(sentence, before, article_text, shown)
        if resolved is sentence and language[:2] in referent_words.FRONTED_BY_LANGUAGE:
            return _resolve_fronted(sentence, before, article_text, language[:2], shown)
        return resolved
    word, replaceable = found
    if not replaceable:
        return None
    name = antecedent(before, article_text, continuing=word, sentence=sentence, shown=shown)
    if name is None:
        return None
    name = _as_subject(name, word, article_text)
    if name is None:
        return None
    match = OPENING.match(sentence)
    assert match is not None
    replacement = match.group(1) + name + REPLACEABLE[word]
    rest = sentence[match.end() :]
    contraction = _CONTRACTION.match(rest)
    if contraction is not None:
        # "She’s a member" must not read as "Kelsey Atkinson’s a member": the verb in full.
        verb = _contracted_verb(contraction.group(1).lower(), contraction.group(2))
        if verb is None:
            return None
        return f"{replacement} {verb}{rest[contraction.end(1) :]}"
    return replacement + rest


def antecedent(
    before: Sequence[str],
    article_text: str,
    *,
    continuing: str = "",
    sentence: str = "",
    shown: Sequence[str] = (),
) -> str | None:
    """The one person the nearest sentence naming anyone names, in full; None if ambiguous.

    A sentence before that opens with the same pronoun as ours (``continuing``) goes on about
    the same person, so a name inside it is not who "he" is: "Negroponte says… He told the
    programme Go Digital… He said…" is about Negroponte, not Go Digital. Names inside quote
    marks are what someone said, not who the story is about ("“…this debate with Crazy Bernie,”
    Limbaugh said." names Limbaugh). The person found must also fit the pronoun's own
    ``sentence`` (see :func:`_may_stand_for`). Where the reader already sees the full name
    (in ``shown``: the title, the points above), the article's short form stands for it ("Mr
    Negroponte told…" under "Nicholas Negroponte says…").
    """
    person = POSSESSIVE_OF.get(continuing, continuing)
    for earlier in before[: LOOK_BACK + 1]:
        if person:
            opening = opening_pronoun(earlier)
            if opening is not None and POSSESSIVE_OF.get(opening[0], opening[0]) == person:
                continue
        told = _QUOTED.sub(" ", earlier)
        people = [
            person for person in people_named(told, article_text)
            if not _named_alongside(told, person)
        ]
        if len(people) == 1 and _described_subject_besides(told, people[0]):
            return None
        if len(people) == 1:
            name = fullest_name(people[0], article_text)
            if not _may_stand_for(name, person, sentence, article_text):
                return None
            if not any(name in s for s in shown):
                return name
            return short_form(name, article_text, _GENDER_OF.get(person, ""))
        if people or _DESCRIBED_PERSON.search(told):
            # "The Montana senator…" names no one but is who "He chairs…" is about: a name
            # further back may be someone else.
            return None
    return None


# Words after which a name is someone the sentence's subject is with or against, never its
# subject: "In films with Clint Eastwood, the actress thrilled…", "mit Clint Eastwood", "avec",
# "con", "с". A role or two may come between ("with actor Clint Eastwood"). Matched against
# the words right before a mention, so anchored at their end.
_ALONGSIDE: Final = re.compile(
    r"(?<!\w)(?:with|alongside|against|beside|opposite|mit|gegen|neben|avec|contre|aux côtés de"
    r"|con|contra|junto a|с|со|против)\s+(?:[^\s,;:.]+\s+){0,2}$",
    re.IGNORECASE,
)
_ALONGSIDE_REACH: Final = 60  # characters before a mention that hold the preposition and its roles


def _named_alongside(sentence: str, person: str) -> bool:
    """Is ``person`` named in ``sentence`` only after "with", "against" and the like (see
    :data:`_ALONGSIDE`)? Then a pronoun after the sentence stands for someone else. (The
    mentions are found by ``str.find``: a pattern built for each name would be compiled anew.)"""
    first = person.split()[0]
    mentioned = False
    at = sentence.find(first)
    while at >= 0:
        end = at + len(first)
        if (at == 0 or not sentence[at - 1].isalnum()) \
                and (end == len(sentence) or not sentence[end].isalnum()):
            if _ALONGSIDE.search(sentence, max(0, at - _ALONGSIDE_REACH), at) is None:
                return False  # named here as the subject or the object, not alongside
            mentioned = True
        at = sentence.find(first, end)
    return mentioned


def _described_subject_besides(sentence: str, person: str) -> bool:
    """Does ``sentence`` open with a person described, not named, who is not ``person``? "The
    Brazilian … set up Tom Walker" is about the Brazilian; "The Montana senator Jon Tester
    said…" names its subject right after the description."""
    if not sentence.startswith("The "):
        return False  # the usual opening, settled without the pattern
    described = referent_words.DESCRIBED_SUBJECT.match(sentence)
    if described is None:
        return False
    after = sentence[described.end() :].lstrip(" ,")
    return not any(after.startswith(word) for word in person.split())


# A person described rather than named: "the Montana senator", "the 29-year-old"; "Der Mann",
# "der 31-Jährige", "L'homme", "el sospechoso", "мужчина". The pattern opens with the first
# letters of its words in both cases and leaves the rest to a case-blind group (a pattern that
# opens with a word boundary, or ignores case from its first letter, makes the regex engine try
# every alternative at every position: ~2x slower over a sentence, the same matches).
_DESCRIBED_PERSON: Final = re.compile(
    r"[TtDdLlEeМмЖжПп](?<!\w.)(?i:"
    r"(?<=t)he (?:[\w'’-]+ ){0,3}?(?:senator|congressman|congresswoman|lawmaker|governor|mayor|"
    r"president|minister|leader|candidate|nominee|republican|democrat|chairman|spokesman|"
    r"spokeswoman|official|man|woman|boy|girl|player|star|actor|actress|singer|[\w-]*year-old)\b"
    r"|(?<=d)(?:er|ie|en|em) (?:[\w'’-]+ ){0,3}?(?:mann|frau|täter|[\w-]*verdächtige[rn]?|"
    r"polizist|junge|mädchen|[\w-]*jährige[rn]?)\b"
    r"|(?<=l)(?:['’]|e |a )(?:[\w'’-]+ ){0,2}?(?:homme|femme|suspect|garçon|fille)\b"
    r"|(?<=e)l (?:[\w'’-]+ ){0,2}?(?:hombre|mujer|sospechoso|sospechosa|joven|niño|niña)\b"
    r"|(?<=l)a (?:[\w'’-]+ ){0,2}?(?:hombre|mujer|sospechoso|sospechosa|joven|niño|niña)\b"
    r"|(?<=м)ужчина(?!\w)|(?<=ж)енщина(?!\w)|(?<=п)одозреваем(?:ый|ая)(?!\w))"
)


# A quotation within a sentence, or one that runs on past its end. Each alternative opens with
# its quote mark (the single one's look-behind comes after it): the regex engine then scans for
# those marks in its fast loop, where it tries every alternative at every position otherwise
# (~5x faster over a sentence, the same matches).
_QUOTED: Final = re.compile(
    r"“[^“”]*(?:”|$)|\"[^\"]*(?:\"|$)|«[^«»]*(?:»|$)|„[^„“”]*(?:[“”]|$)|''.*?(?:''|$)"
    r"|‘(?<!\w‘)[^‘’]*’(?!\w)"
)


def _may_stand_for(name: str, pronoun: str, sentence: str, article_text: str) -> bool:
    """Can ``pronoun`` opening ``sentence`` stand for ``name``? Not when the sentence names the
    same person again ("She described a meeting with Bill Clinton" is not about Bill Clinton),
    nor when the article's "Mr"/"Ms" for that surname says the person is of the other gender."""
    surname = name.split()[-1]
    if holds_whole(sentence, surname):
        return False
    gender = _GENDER_OF.get(pronoun)
    if gender is None or surname_shared(name.split(), article_text):
        return True  # "Mrs Clinton" beside "Bill Clinton" may be Hillary Clinton
    shown = {title_gender(word.lower()) for word in words_before(surname, article_text)}
    return not shown & ({"m", "f"} - {gender})


_GENDER_OF: Final = {"he": "m", "she": "f"}
_AS_ENGLISH: Final = {
    "он": "he", "она": "she", "er": "he", "sie": "she", "il": "he", "elle": "she",
}


def _resolve_reporting_clause(
    sentence: str, before: Sequence[str], article_text: str, shown: Sequence[str]
) -> str | None:
    """Name the speaker of "“…,” he said": the quote opens the sentence, so "he" dangles."""
    # (Only a sentence that opens with a quote mark can: a test of one character first.)
    if sentence[:1] not in _OPENING_MARKS:
        return sentence
    match = _QUOTE_THEN_PRONOUN.match(sentence)
    if match is None:
        return _resolve_french_reporting_clause(sentence, before, article_text, shown)
    group = next(g for g in (1, 3, 5) if match.group(g))
    lead, pronoun = match.group(group, group + 1)
    if pronoun == "sie" and lead.rstrip().endswith("en"):
        return sentence  # "„…“, sagten sie": they, whom no one name stands for
    name = antecedent(before, article_text, continuing=_AS_ENGLISH.get(pronoun, pronoun),
                      sentence=sentence, shown=shown)
    if name is not None:
        name = _as_subject(name, pronoun, article_text)  # "сказала Анна", not "Анну"
    if name is None:
        return None
    return lead + name + sentence[match.end() :]


def _resolve_french_reporting_clause(
    sentence: str, before: Sequence[str], article_text: str, shown: Sequence[str]
) -> str | None:
    """Name the speaker of "« … », a-t-il affirmé": "« … », a affirmé Jean Dupont"."""
    match = _QUOTE_THEN_FRENCH_PRONOUN.match(sentence)
    if match is None:
        return sentence
    lead, verb, pronoun = match.group(1, 2, 3)
    name = antecedent(before, article_text, continuing=_AS_ENGLISH[pronoun],
                      sentence=sentence, shown=shown)
    if name is None:
        return None
    rest = sentence[match.end():]
    participle = _PARTICIPLE.match(rest) if verb in _FRENCH_AUXILIARIES else None
    if participle is not None:
        verb, rest = f"{verb} {participle.group(1)}", rest[participle.end():]
    return f"{lead}{verb} {name}{rest}"


_PARTICIPLE: Final = re.compile(r"\s+([a-zéèêëàâîïôûùç]+)")


def _german_names_the_subject(lead: str, person: str) -> bool:
    """Does a German opening clause open with ``person`` as its subject ("Als Scholz ankam,
    sagte er…", "Nachdem Bundeskanzler Olaf Scholz…")? The pronoun then stands for them."""
    words = lead.replace(",", " ").split()
    if not words or words[0].lower() not in referent_words.GERMAN_CLAUSE_OPENERS:
        return False
    for word in words[1:]:
        if not is_title(word.lower()):
            return word in person.split()
    return False


def _with_left_out_subject(
    sentence: str, at: int, before: Sequence[str], article_text: str, shown: Sequence[str]
) -> str | None:
    """``sentence`` with the subject it leaves out put in before its verb at ``at``
    ("Aseguró que…" -> "Marta Ruiz aseguró que…"), or None when the sentences before do not
    show one person it can be. Those before that leave their subject out too are about the
    same person, so the names inside them are someone else."""
    stated = [earlier for earlier in before if not goes_on_without_subject(earlier)]
    name = antecedent(stated, article_text, sentence=sentence, shown=shown)
    if name is None:
        return None
    return f"{sentence[:at]}{name} {sentence[at].lower()}{sentence[at + 1 :]}"


def _resolve_fronted(
    sentence: str, before: Sequence[str], article_text: str, language: str, shown: Sequence[str]
) -> str | None:
    """Name the subject pronoun after an opening phrase, or None when no name can replace it."""
    found = fronted_pronoun(sentence, language)
    if found is None:
        return sentence
    start, end, pronoun, replaceable = found
    if not replaceable:
        return None
    lead = sentence[:start]
    named = _people_in_lead(lead, article_text)
    if (
        language == "en"
        and len(named) == 1
        and names_the_subject(lead, named[0], next_word(sentence, end))
    ):
        return sentence  # "When Cameron visited…, he insisted…": "he" is Cameron, as written
    if language == "de" and len(named) == 1 and _german_names_the_subject(lead, named[0]):
        return sentence  # "Als Scholz ankam, sagte er…": the same
    name = antecedent(
        before, article_text, continuing=pronoun, sentence=sentence[end:], shown=shown
    )
    if name is None:
        return None
    reading = _lead_reading(lead, named, name) if named else ""
    if reading:
        return sentence if reading == "same" else None
    subject = _as_subject(name, pronoun, article_text)
    if subject is None:
        return None
    rest = sentence[end:]
    contraction = _CONTRACTION.match(rest)
    if contraction is None:
        return sentence[:start] + subject + rest
    # "On Monday, he’s ready…" must not read as "…, John Whitfield’s ready…"
    verb = _contracted_verb(contraction.group(1).lower(), contraction.group(2))
    if verb is None:
        return None
    return f"{sentence[:start]}{subject} {verb}{rest[contraction.end(1) :]}"


def _as_subject(name: str, pronoun: str, article_text: str) -> str | None:
    """``name`` fit to stand for the subject ``pronoun``: a Russian name in the nominative
    ("Дмитрия Пескова" named before -> "Он заявил" becomes "Дмитрий Песков заявил"); None
    when the article does not show the person is of the pronoun's gender (the case endings
    of "Дмитрия Пескова" and "Мария Захарова" are the same)."""
    gender = _RUSSIAN_GENDER.get(pronoun)
    if gender is None or not russian_names.is_cyrillic(name):
        return name
    if russian_names.article_gender(name, article_text) != gender:
        return None
    return russian_names.nominative(name, gender)


_RUSSIAN_GENDER: Final = {"он": "m", "она": "f"}


def _people_in_lead(lead: str, article_text: str) -> list[str]:
    """The people an opening phrase names. Its first word is capitalised as the sentence's
    first, not as a name ("Despite Trump's denials" names Trump, not "Despite Trump"), and a
    possessive names its person ("Trump's" -> Trump)."""
    if NAME_RUN.search(lead, 1) is None:
        return []
    return people_named(lead[:1].lower() + POSSESSIVE_S.sub("", lead[1:]), article_text)


def _lead_reading(lead: str, named: list[str], name: str) -> str:
    """How a person the opening phrase names bears on replacing the pronoun by ``name`` (the
    antecedent before): "same" when ``name`` is named there as a possessor ("New York City is
    Clinton's base, she has…": she is Clinton, as written); "unsafe" when ``name`` is named
    there otherwise, as an object ("After meeting Trump, he…", "Selon Macron, il…": not Trump),
    or when someone else is named as a possessor ("Despite Trump's denials, he…" may be
    Trump); "" when ``name`` may replace the pronoun ("After meeting Trump, he said…" -> "…,
    Moon Jae-in said…")."""
    surnames = {person.split()[-1] for person in named}
    possessors = {s for s in surnames if f"{s}'s" in lead or f"{s}’s" in lead}
    surname = name.split()[-1]
    if surname in possessors:
        return "same"
    return "unsafe" if surname in surnames or possessors else ""
