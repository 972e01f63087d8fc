"""The noun phrase that opens or ends a piece of a reporting clause: a pronoun, a name, or a
role ("he", "Sen. Ted Cruz", "the party's chairwoman", "el ministro Salas"), and whether a
piece is an appositive about the name before it ("Donna Brazile, the party's chairwoman,").
:mod:`reporting` cuts a clause into such pieces and asks these questions of them.
"""

from __future__ import annotations

import re
from typing import Final

from digests.analyse import language_words
from digests.analyse.epithets import is_nationality
from digests.analyse.joined_bodies import BODY_NAME_JOINS, NAME_JOINTS, joined_body_name
from digests.analyse.name_parts import person_part
from digests.analyse.name_words import OCCUPATIONS, TITLE_WORDS, UNNAMED_PERSON_NOUNS
from digests.analyse.names import (
    NameRun,
    bare,
    describes_by_home_state,
    is_org,
    is_place,
    is_title_word,
    name_runs,
)
from digests.analyse.subject_phrases import UNNAMED_OPENERS, modifies_a_noun
from digests.analyse.works_for import describes_by_another, person_before_body

PRONOUNS: Final = frozenset({"he", "she", "they", "we", "i", "it", "you"}) | language_words.PRONOUNS
DETERMINERS: Final = frozenset(
    {"the", "a", "an", "his", "her", "their", "its", "our", "my", "one", "another"}
)
# Words that open a subordinate clause: "When Wallace died, President Clinton said" - the name
# in that clause is not the subject of the sentence's reporting verb.
SUBORDINATE_OPENERS: Final = frozenset(
    """when whenever before after if while although though since because once until unless
    whereas""".split()
)
# Role words that may precede the name that opens a sentence.
_ROLE_WORDS: Final = TITLE_WORDS | frozenset(
    """presidential vice-presidential candidate nominee hopeful frontrunner front-runner
    white house press secretary senior top""".split()
)
_NP_PREPOSITIONS: Final = frozenset({"of", "for", "at", "with", "from", "on", "in"})
# "of"/"de" (and an article) right before the last word of a role phrase.
_BODY_OF_ROLE: Final = re.compile(r" (?:of|de|del|du|des|von|der)(?: the| la| el| le| l')? ?$")
_ARTICLES: Final = frozenset({"the", "el", "la", "le", "der", "die"})

def starts_appositive(segment: str) -> bool:
    first = segment.split()[0] if segment.split() else ""
    if first.lower() in PRONOUNS:
        return False  # "Perhaps, he said": the subject itself, after an adverb
    possessive = first.endswith(("'s", "’s", "'", "’"))  # "Sanders' campaign manager"
    if first[:1].islower() or possessive:
        return not _role_then_name(segment)
    # German writes roles as one compound ("Mathias John, Rüstungsexperte bei Amnesty, sagt").
    return is_title_word(bare(first)) and not _is_titled_name(segment)


def _role_then_name(segment: str) -> bool:
    """"el ministro Salas", "le ministre Gérald Darmanin": an article, a role and the name right
    after it are the subject itself, where "an aide to Hillary Clinton" is an appositive."""
    words = segment.split()
    if len(words) < 3 or words[0].lower() not in _ARTICLES or not words[-1][:1].isupper():
        return False  # settled without listing names: "the party's chairwoman" ends in none
    runs = name_runs(segment)
    if not runs or runs[-1].end < len(segment.rstrip(" .")):
        return False
    between = segment[len(words[0]) : runs[-1].start].split()
    return bool(between) and all(is_title_word(word) for word in between)


def _is_titled_name(segment: str) -> bool:
    """"Gov. John Kasich": a title and a name, the whole segment - the subject itself, where
    a title alone ("Chairwoman of the DNC") would be an appositive after the name."""
    runs = name_runs(segment)
    if len(runs) != 1 or runs[0].start != 0 or runs[0].end < len(segment.rstrip(" .")):
        return False
    words = person_part(runs[0].words)
    return bool(words) and len(words) < len(runs[0].words) and \
        bare(words[-1]).lower() not in TITLE_WORDS


# Words that open a noun phrase of some of a group ("some Indiana protesters", "several
# fans"): a group speaks, and the phrase is its subject as "the protesters" would be.
_QUANTIFIERS: Final = frozenset("some many several few most various numerous".split())


def person_placed_by_name(words: list[str]) -> str | None:
    """A person the phrase names only by what they are and where ("one farmer in Njoro", "an
    official at the Pentagon", "the mayor in Leeds"): not the place or body it ends with. An
    unnamed person stays so, with their place; a definite role, without it, is theirs to
    resolve to a name ("the mayor")."""
    at = len(words) - 1
    while at > 0 and (words[at][:1].isupper() or words[at] in _NAME_LINKS):
        at -= 1  # back over the name: "St Mary’s Hospital", "the Royal Free"
    if at < 1 or at == len(words) - 1 or words[at] not in _PLACING:
        return None
    start = at - 1
    while start >= 0 and words[start].islower() and words[start].isalpha() \
            and words[start] not in DETERMINERS and words[start] not in _QUANTIFIERS:
        start -= 1
    if start == at - 1 or start < 0 or words[start].lower() not in _PERSON_COUNTS \
            or not (names_people(words[at - 1]) or words[at - 1].endswith(_PERSON_ENDINGS)):
        return None
    if words[start].lower() == "the":
        return " ".join(words[start:at])
    return " ".join(words[start:])


def _unnamed_by_role(words: list[str], name: str) -> str | None:
    """Someone described by a role the capitalised words end with, after "one" or "a" and
    an adjective or two: "One senior Labour MP", not the party's "Labour MP"."""
    named = name.split()
    start = len(words) - len(named)
    if words[start:] != named or not is_title_word(bare(named[-1])):
        return None
    opener = start - 1
    while opener >= 0 and start - opener <= _ROLE_ADJECTIVES and words[opener].islower() \
            and words[opener] not in UNNAMED_OPENERS:
        opener -= 1
    if opener < 0 or words[opener].lower() not in UNNAMED_OPENERS:
        return None
    return " ".join(words[opener:])


_ROLE_ADJECTIVES: Final = 2  # "one senior", "a veteran backbench"


def _body_in_place(segment: str, name: str) -> str | None:
    """The body a phrase names before where it is ("The National Weather Service in Memphis",
    "the U.S. Embassy in Kyiv"): the body speaks, not the place."""
    head = segment.rstrip(" .")
    if not head.endswith(name) or not head[: len(head) - len(name)].endswith(" in "):
        return None
    body = name_at_end(head[: len(head) - len(name) - len(" in ")])
    return body if body and is_org(body) else None


def names_no_one(phrase: str, last_run: NameRun) -> bool:
    """Whether a phrase with a name in it describes someone the article does not name: "an Iowa
    Democrat", "an Ancestry.com and 23andMe adviser" (not "Ancestry", what the adviser
    advises), "one farmer in Njoro" (not "Njoro", where the farmer lives)."""
    return (phrase.partition(" ")[0].lower() in UNNAMED_OPENERS and (
        is_title_word(last_run.words[-1]) or phrase.rpartition(" ")[2].islower()
    )) or person_placed_by_name(phrase.split()) == phrase


def names_people(noun: str) -> bool:
    """Whether a lower-case noun is one of the known nouns for a person or people ("farmer",
    "officials", "resident")."""
    one = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
    return one in OCCUPATIONS or one in TITLE_WORDS or one in UNNAMED_PERSON_NOUNS \
        or one in _PEOPLE


_PEOPLE: Final = frozenset(
    """official expert source people parent child children men women head principal patient
    graduate undergraduate mom dad wife husband son daughter friend relative employee staffer
    fan homeowner""".split()
)
# Endings of nouns for a person that no list holds ("participant", "commuter"), read where a
# place follows the noun ("one focus group participant in Laikipia").
_PERSON_ENDINGS: Final = ("er", "or", "ant", "ent", "ist", "ian")
# What places a person by where they live or work, and what may stand inside a place's name.
_PLACING: Final = frozenset({"in", "from", "at"})
_NAME_LINKS: Final = frozenset({"the", "of", "de", "and", "&"})
# What opens a phrase about an unnamed person or group: an article, a count, "some".
_PERSON_COUNTS: Final = DETERMINERS - {"its"} | _QUANTIFIERS | frozenset(
    "two three four five six seven eight nine ten both dozens hundreds".split()
)


_PHRASE_REACH: Final = 7  # words of a phrase that ends a clause, its body's name aside


def _body_name_words(words: list[str]) -> set[int]:
    """Where the words of a body's name with a joining word in it stand ("Department of Health
    and Social Care", "Department for Education"): capitalised words, the joins between them.
    Capitalised words without a join are not counted so: German writes every noun so ("Die
    Beamten", "der Polizeichef")."""
    found: set[int] = set()
    for i in range(1, len(words) - 1):
        if words[i] in BODY_NAME_JOINS and words[i - 1][:1].isupper() \
                and words[i - 1][-1].isalnum() and words[i + 1][:1].isupper():
            start = i - 1
            while start > 0 and words[start - 1][:1].isupper() and words[start - 1][-1].isalnum():
                start -= 1
            end = i + 1
            while end + 1 < len(words) and words[end][-1].isalnum() and (
                words[end + 1][:1].isupper()
                or (words[end + 1] in BODY_NAME_JOINS and end + 2 < len(words)
                    and words[end + 2][:1].isupper())
            ):
                end += 1
            found.update(range(start, end + 1))
    return found


def np_at_end(segment: str) -> str | None:
    """The noun phrase a clause fragment ends with: a pronoun, a name, or a role."""
    words = segment.split()
    if not words:
        return None
    if words[-1].lower() in PRONOUNS:
        return words[-1]
    inverted = language_words.INVERTED_PRONOUN.search(words[-1]) if "-" in words[-1] else None
    if inverted:
        return inverted.group(1)  # "a-t-elle"
    name = person_before_body(segment) or name_at_end(segment)
    if name and len(words) > 1 and name == words[-1] and words[-2].lower() == "the" \
            and is_nationality(name):
        return " ".join(words[-2:])  # "the Brazilian": an epithet, not a name
    if name:
        placed = person_placed_by_name(words) or _unnamed_by_role(words, name) \
            or _body_in_place(segment, name)
        if placed:
            return placed
    if name and not describes_by_home_state(name.split()) and not ends_with_role_of(words, name):
        return name
    found = None
    # Up to _PHRASE_REACH words back, not counting the words of a body's name: "a Department of
    # Health and Social Care spokesperson" is one phrase, as "a Home Office spokeswoman" is.
    reach = _PHRASE_REACH
    in_name = _body_name_words(words) if " of " in segment or " and " in segment \
        or " for " in segment or "&" in segment else set()
    for i in range(len(words) - 1, -1, -1):
        if reach == 0:
            break
        if i not in in_name:
            reach -= 1
        if (
            words[i].lower() in DETERMINERS
            or words[i].lower() in _QUANTIFIERS
            or words[i].endswith(("'s", "’s"))
            or words[i] in language_words.SUBJECT_ARTICLES
        ):
            found = i
            # "a spokesman for the ministry": the phrase goes on past its preposition.
            if i == 0 or words[i - 1].lower() not in _NP_PREPOSITIONS:
                break
    if found is not None and words[found].endswith(("'s", "’s")) and found > 0 \
            and words[found - 1][:1].isupper() and words[found - 1].lower() not in DETERMINERS:
        # "the Russian Foreign Ministry’s spokeswoman", not "Ministry’s spokeswoman": the
        # owner's whole name, with its article where that is in lower case.
        while found > 0 and words[found - 1][:1].isupper() \
                and words[found - 1].lower() not in DETERMINERS:
            found -= 1
        if found > 0 and words[found - 1] in DETERMINERS:
            found -= 1
    if found is None:
        return name  # "Ohio Republican said", with no article to keep: the words as written
    return " ".join(words[found:])


# The word that joins a role to the body or place it is of, in the languages that write the
# role first ("il tecnico della Roma", "el presidente del Gobierno", "der Chef von Bosch").
_ROLE_OF_WORD: Final = re.compile(r"(?:de|del|della|dello|dei|degli|delle|di|von|vom|des|du)")


def ends_with_role_of(words: list[str], name: str) -> bool:
    """Whether a phrase ends with a lower-case role and the name of what it is a role of ("Il
    tecnico della Roma"): the name is the body, not the speaker; the role is. A capitalised
    word before the joiner makes it part of a person's name ("Luca della Robbia")."""
    size = len(name.split())
    return size > 0 and len(words) > size + 1 and words[-size - 2].islower() \
        and _ROLE_OF_WORD.fullmatch(words[-size - 1]) is not None


def name_at_end(segment: str) -> str | None:
    numbered = _NUMBER_AFTER_NAME.search(segment) if segment[-1:].isdigit() else None
    if numbered is not None:
        # "Caltrans District 7", "Amalgamated Transit Union Local 508": a body's unit by its
        # number, the number part of the name
        runs = name_runs(segment[: numbered.start()])
        if runs and runs[-1].end == numbered.start() \
                and (len(runs[-1].words) > 1 or is_org(runs[-1].raw)):
            return runs[-1].raw + numbered.group()
        return None
    runs = name_runs(segment)
    if runs and runs[-1].end >= len(segment.rstrip(" .")) and person_part(runs[-1].words):
        if " of " in segment and segment.endswith(" of " + runs[-1].raw, 0, runs[-1].end) \
                and is_place(" ".join(runs[-1].words)):
            # "former Gov. Jeb Bush of Florida", "the attorney general of Oklahoma": the person
            # from a place is the name before "of", or the role (no name).
            before = runs[-2] if len(runs) > 1 else None
            if before is not None and before.end == runs[-1].start - len(" of "):
                return before.raw
            return None
        if (segment[:1].islower() or segment.split(" ", 1)[0].lower() in _ARTICLES) \
                and len(runs[-1].words) == 1 and _BODY_OF_ROLE.search(segment, 0, runs[-1].start):
            # "el titular de la cartera de Cultura", "El ministro de Cultura" opening a
            # sentence: what the role is of.
            return None
        if describes_by_another(segment, runs[-1].start):
            return None
        last = runs[-1].words
        if len(last) > 1 and last[-1].isupper() and is_title_word(last[-1]) \
                and segment[: runs[-1].start].rstrip().rpartition(" ")[2].lower() in DETERMINERS:
            return None  # "the Labour MP": a role with its party, no name
        return joined_body_name(segment, runs) or runs[-1].raw
    return None


def body_as_written(phrase: str, runs: list[NameRun]) -> str | None:
    """A speaker's phrase that names a body whole, as written: its unit's number in its name
    ("Caltrans District 7"), runs of capitals joined into a body's name ("Association of
    American Railroads", where the last run alone would give "Railroads"), or a name that lists
    its fields ("Department for Environment, Food and Rural Affairs")."""
    if phrase[-1:].isdigit():
        return phrase if name_at_end(phrase) == phrase else None
    if "," in phrase and is_listed_body_name(phrase):
        return phrase
    if len(runs) > 1 and phrase[runs[-2].end : runs[-1].start] in NAME_JOINTS \
            and not modifies_a_noun(phrase, runs[-1].end):
        return joined_body_name(phrase, runs)
    return None


# A body's name that lists its fields after its "of" or "for", the last joined by "and" or "&":
# "Ministry of Housing, Communities and Local Government", "Department for Digital, Culture,
# Media and Sport". A list of people has no such head ("Smith, Jones and Brown").
_NAME_ITEM: Final = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*"
_LISTED_BODY_NAME: Final = re.compile(
    rf"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)* (?:of|for) {_NAME_ITEM}"
    rf"(?:, {_NAME_ITEM})*,? (?:and|&) {_NAME_ITEM}"
)


# Who speaks for such a body, before its name after the verb: "said a spokesperson for the".
_SPEAKING_FOR: Final = re.compile(r"(?:(?:an?|the) (?:[\w-]+ ){0,3}(?:for|of|at|from) )?(?:the )?")


def is_listed_body_name(phrase: str) -> bool:
    """Whether ``phrase`` is a body's name that lists its fields with commas."""
    return _LISTED_BODY_NAME.fullmatch(phrase) is not None


def is_name_item(segment: str) -> bool:
    """Whether a comma part is one of the capitalised items such a name lists ("Food")."""
    return _NAME_ITEM_PATTERN.fullmatch(segment) is not None


_NAME_ITEM_PATTERN: Final = re.compile(_NAME_ITEM)


def listed_body_after_verb(post: str) -> str | None:
    """The body's name that lists its fields right after a reporting verb, perhaps after who
    speaks for it ("said a spokesman for the Department for Environment, Food and Rural
    Affairs."); None where the words after the verb hold none."""
    found = _LISTED_BODY_NAME.search(post, 0, 160)
    if found is None or _SPEAKING_FOR.fullmatch(post, 0, found.start()) is None:
        return None
    after = post[found.end() : found.end() + 1]
    return found.group() if after in ("", ".", ",", ";", " ") else None


# A unit's number after a body's name that ends the clause.
_NUMBER_AFTER_NAME: Final = re.compile(r" \d{1,4}$")


def np_at_start(segment: str) -> str | None:
    """A name or pronoun that opens a clause fragment: the subject of its sentence."""
    words = segment.split()
    if words and words[0].lower() in PRONOUNS:
        return words[0]
    if words and words[0].lower() in SUBORDINATE_OPENERS:
        return None
    # Roles may come first: "Republican presidential candidate Donald Trump took to Twitter",
    # "Former Secretary of State Madeleine Albright", "17-year-old Jared Potts".
    skip = 0
    while skip < min(len(words) - 1, 6) and _is_role_word(words, skip):
        skip += 1
    offset = len(" ".join(words[:skip])) + (1 if skip else 0)
    runs = name_runs(segment)
    for at, run in enumerate(runs):
        if run.start <= offset and run.end > offset and person_part(run.words):
            if _is_dateline(run.raw):
                return None
            owned = _person_of_body(segment, runs, at)
            if owned:
                return owned
            role = None if run.raw.endswith(("'s", "’s", "'", "’")) \
                else _ROLE_AFTER_BODY.match(segment, run.end)
            if role and _is_role_noun(role.group(1)):
                return segment[: role.end()]  # "The Ministry of Defense spokesman said"
            return run.raw
    return None


def _person_of_body(segment: str, runs: list[NameRun], at: int) -> str | None:
    """The person a body's name right before introduces: "Northgate Advisors' Dov Lerner",
    "Carrow & Lutz CEO Dan Whitlock" (a firm's name joined by "&", then its person)."""
    if at + 1 >= len(runs):
        return None
    run, after = runs[at], runs[at + 1]
    between = segment[run.end : after.start]
    owner = run.raw.endswith(("s'", "s’")) and between == " "
    if not (owner or between == " & "):
        return None
    return after.raw if len(person_part(after.words)) >= 2 else None


# The rest of a body's name and a role in lower case after it, with no name after the role:
# what a capitalised run that opens a sentence is part of ("The Ministry| of Defense
# spokesman said", not "Kremlin spokesman Dmitry Peskov said").
_ROLE_AFTER_BODY: Final = re.compile(
    r"(?:\s+(?:of|and|&|the)\s+[A-Z][\w.'’&-]*)*\s+([a-z][\w-]*)(?!\s+[A-Z])"
)


def _is_role_noun(word: str) -> bool:
    """A role in lower case, also one joined with a hyphen ("secretary-general",
    "vice-president", "co-founder"), which the title words list only by their parts."""
    return is_title_word(word) or ("-" in word and any(map(is_title_word, word.split("-"))))


def _is_role_word(words: list[str], i: int) -> bool:
    word = words[i]
    if bare(word).lower() in _ROLE_WORDS or (word[:1].isdigit() and "-" in word):
        return True
    if word in OCCUPATIONS:
        return True
    if i + 1 < len(words) and words[i + 1] in OCCUPATIONS and word[:1].isupper():
        return True  # "Media" in "Media commentator Roy Greenslade": what the role is of
    # "of" inside a role ("Secretary of State"), not after the name ("Smith of Cheyenne").
    return word == "of" and i > 0 and bare(words[i - 1]).lower() in _ROLE_WORDS


def _is_dateline(name: str) -> bool:
    """"WASHINGTON —": an all-capitals place that opens a wire story, not a speaker."""
    letters = [c for c in name if c.isalpha()]
    return len(letters) > 5 and name.isupper()
