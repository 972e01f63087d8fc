"""People who share a surname: which one a bare surname, "Mr. Clinton" or "he" stands for.

An article about the Clintons names "Hillary Clinton" and "Bill Clinton" and then writes
"Clinton said". The longest form in the whole article says nothing about which of them that
is; news style does: a bare surname goes on with the namesake who was last the subject of a
sentence ("Former President Bill Clinton joined her later. “…,” Clinton said."), an honorific
tells a man from a woman ("Mr. Clinton") where the article shows each one's gender, and when
neither helps, the namesake the article names most is the one it calls by surname alone (a
passing "the administration of former President Bill Clinton" does not take the surname over).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Final, NamedTuple, Protocol

from digests.analyse.clauses import REPORTING
from digests.analyse.language_words import PRONOUN_GENDER
from digests.analyse.mentions import Mention
from digests.analyse.name_parts import person_part
from digests.analyse.names import is_initial, is_org, is_place, name_runs, named_as_a_place
from digests.analyse.possessives import (
    holds_possessive,
    object_pronoun_between,
    possessive_gender,
)
from digests.analyse.romance_genders import gender_around
from digests.analyse.whole_words import whole_words

# Paragraphs back from a quote that a namesake named as a sentence's subject still holds the
# surname: a story moves on, and the one it is about comes back to it.
_REACH: Final = 3
# Family words written right before a name ("his wife Hillary Clinton", "her husband, Bill"):
# the gender of the one named, where the article gives no honorific.
_RELATIVE_GENDER: Final = {
    **dict.fromkeys("husband son father brother nephew uncle grandson grandfather widower "
                    "stepson stepfather boyfriend".split(), "m"),
    **dict.fromkeys("wife daughter mother sister niece aunt granddaughter grandmother widow "
                    "stepdaughter stepmother girlfriend".split(), "f"),
}
# Other nouns that say a man or a woman, written before a name as relatives are ("actress Ana
# Lind", "a man, Ray Holt,"). Only words with no common use for the other gender: "actor",
# "priest" or "host" are left out.
_NOUN_GENDER: Final = {
    **_RELATIVE_GENDER,
    **dict.fromkeys("man boy businessman sportsman councilman assemblyman policeman fireman "
                    "frontman anchorman salesman fisherman gentleman schoolboy bridegroom "
                    "groom fiancé dad grandpa godfather headmaster monk".split(), "m"),
    **dict.fromkeys("woman girl actress businesswoman sportswoman councilwoman assemblywoman "
                    "policewoman frontwoman anchorwoman saleswoman waitress hostess heiress "
                    "songstress seamstress duchess countess baroness empress schoolgirl bride "
                    "fiancée mum mom grandma godmother headmistress nun ballerina".split(), "f"),
}
_PRONOUN_REACH: Final = 400  # characters: about two sentences
_SETTLED: Final = 3  # votes ahead


def _whole_words(words: list[str]) -> re.Pattern[str]:
    """The pattern of ``\\b(?:word|…)\\b``, written as the words' first letters, each with a
    look-behind for the boundary before it, then the rest: a pattern that opens with letters
    lets the regex engine scan for them, where one that opens with ``\\b`` is tried at every
    character (a search through a paragraph ~30% faster; the same matches)."""
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[0], []).append(re.escape(word[1:]))
    return re.compile("(?:" + "|".join(
        f"{re.escape(first)}(?<!\\w.)(?:{'|'.join(rest)})" for first, rest in rests.items()
    ) + ")\\b")


_GENDERED_WORD: Final = _whole_words([form for pronoun, gender in PRONOUN_GENDER.items()
                               if gender in {"m", "f"} for form in (pronoun, pronoun.capitalize())])
# What follows a French "il" that is no one's: "il y a", "il faut", "il s'agit", "il reste".
_IMPERSONAL_IL: Final = re.compile(
    r" (?:n['’])?(?:y (?:a|avait|aura|aurait|eut)|fa(?:ut|llait|udra|udrait|llu)|s['’]agit|"
    r"sembl|reste|rest(?:ait|era)|para[iî]t|vaut mieux|pleut|était une fois)"
)
_RELATIVE_BEFORE: Final = re.compile(r"\b(\w+),?\s+$")
# A relative set off before the role that goes with the name: "her son, painter Olle Brandt".
_RELATIVE_BEFORE_ROLE: Final = re.compile(r"\b(\w+),\s+[a-z][\w-]*\s+$")
# What a sentence's subject follows: nothing, a sentence end, an opening quote mark or
# bracket, a dash (a dateline: "FLINT, Mich. (UPI) — Former President Bill Clinton …").
_OPENING: Final = frozenset(".!?:;“„«\"'([—–-")
# The role words written before a name in the same run ("Former President Bill Clinton"). The
# first word written out, not left to the repeat, so that the pattern opens with a class (as
# above: the search skips to capitals).
_CAPITALISED_WORD: Final = r"[A-ZÀ-ÖØ-ÞА-ЯЁ][\w.'’-]*\s+"
_LEADING_CAPITALISED: Final = re.compile(rf"{_CAPITALISED_WORD}(?:{_CAPITALISED_WORD})*$")
_ROLES_REACH: Final = 80
_SENTENCE_END: Final = re.compile(r"[.!?][”\"’']?\s")


class Placed(Protocol):
    """A name written at a place in the article (a :class:`name_index.Mention`)."""

    @property
    def name(self) -> str: ...

    @property
    def at(self) -> tuple[int, int]: ...

    @property
    def title(self) -> str: ...


class Namesake(NamedTuple):
    """One person among those who share a surname: the fullest form the article gives them,
    where full forms of them stand, their gender as the article shows it ("m", "f" or "")."""

    name: str
    words: frozenset[str]  # every word of every form, as compared
    mentions: tuple[tuple[int, int], ...]
    subjects: tuple[tuple[int, int], ...]  # the mentions that open a sentence or speak
    gender: str
    # Written inside a sentence, with a role or a gender, or more than once: a form seen once,
    # opening a sentence or the title ("Six Trump supporters ran", "Neither Johnson nor
    # Weld"), may be a common word and the surname.
    established: bool


def group_forms(forms: Sequence[str], key: Callable[[str], str]) -> list[list[str]]:
    """Full-name forms grouped by person, longest first: a form whose words all belong to a
    longer one is the same person ("Hillary Clinton", "Hillary Rodham Clinton"); "Bill Clinton"
    is another. So is a form that writes the first name as initials, the first of them that
    name's letter ("L.H. Meyer", "Laurence Meyer"); a name written out comes first."""
    groups: list[tuple[set[str], str, list[str]]] = []
    for form in sorted(forms, key=lambda f: (-len(f.split()), is_initial(f.split()[0]))):
        written = form.split()
        words = {key(w) for w in written}
        for known, first, members in groups:
            if words <= known or _initials_of(written, first, known, key):
                members.append(form)
                break
        else:
            groups.append((words, written[0], [form]))
    return [members for _, _, members in groups]


def _initials_of(
    written: list[str], first: str, known: set[str], key: Callable[[str], str]
) -> bool:
    """Whether a form that opens with initials is the name whose first name is ``first`` (as
    written) and whose words are ``known``: the first initial is that name's letter, and every
    word written out is one of the name's."""
    return is_initial(written[0]) and not is_initial(first) \
        and written[0][:1] == first[:1] \
        and all(key(w) in known for w in written if not is_initial(w))


def build(
    groups: list[list[str]], mentions: Sequence[Placed], paragraphs: Sequence[str],
    key: Callable[[str], str], title_gender: Callable[[str], str],
    quoted: Callable[[tuple[int, int]], bool], named: Callable[[int, int, int], bool],
) -> list[Namesake]:
    """A :class:`Namesake` for each group of forms, from the full-form ``mentions`` of the
    surname (``paragraphs`` has the title first, as :class:`NameIndex` keeps them);
    ``quoted`` tells a place inside a quote, ``named`` whether a paragraph names a person
    between two offsets."""
    people = []
    for forms in groups:
        words = frozenset(key(w) for form in forms for w in form.split())
        own = [m for m in mentions if {key(w) for w in m.name.split()} <= words
               and m.name in forms]
        placed = [m for m in own if not quoted(m.at)]
        subjects = tuple(m.at for m in placed if _is_subject(paragraphs[m.at[0] + 1], m))
        gender = gender_shown(own, paragraphs, title_gender, quoted, named)
        established = len(placed) > 1 or any(
            m.title or (m.at[0] >= 0 and (
                not _opens(paragraphs[m.at[0] + 1], _start(paragraphs[m.at[0] + 1], m))
                or _DESCRIBED.match(paragraphs[m.at[0] + 1],
                                    _start(paragraphs[m.at[0] + 1], m) + len(m.name))
            ))
            for m in placed
        ) or bool(gender)  # a pronoun or a family word went with it: a person
        people.append(
            Namesake(forms[0], words, tuple(m.at for m in placed), subjects, gender, established)
        )
    return people


def choose(
    people: Sequence[Namesake], at: tuple[int, int], gender: str = "",
    recent: str | None = None, since: tuple[int, int] = (-2, 0),
) -> str:
    """The namesake a bare surname at ``at`` means.

    Not one the honorific's ``gender`` rules out, nor then one named in the headline alone;
    the ``recent`` speaker going on, unless another namesake became a sentence's subject
    ``since`` that speaker's quote; among those named in the paragraphs just before, one of the
    honorific's gender, else the last one that was a sentence's subject; else the one the
    article names most (the first, between equals).
    """
    # Nor, for a pronoun, a form only the headline writes ("Understated Perez raises profile"):
    # where the story's one Perez is a man, a "she" is not that form, whose gender nothing shows.
    pool = [p for p in people if not gender or (
        p.gender in {gender, ""} and any(paragraph >= 0 for paragraph, _ in p.mentions)
    )] or list(people)
    # Not one the article names only further on, where another was named before ("Hegde said"
    # before "his elder brother, Suresh Hegde" is first named).
    pool = [p for p in pool if any(m < at for m in p.mentions)] or pool
    if len(pool) == 1:
        return pool[0].name
    if recent is not None and any(p.name == recent for p in pool) and not any(
        p.name != recent and any(since <= s < at for s in p.subjects) for p in pool
    ):
        return recent
    nearby = [p for p in pool if p.established
              and any(at[0] - _REACH <= m[0] and m < at for m in p.mentions)]
    if gender:
        shown = [p for p in nearby if p.gender == gender]
        if len(shown) == 1:
            return shown[0].name
    subjects = [(s, p.name) for p in nearby for s in p.subjects if at[0] - _REACH <= s[0]
                and s < at]
    if subjects:
        return max(subjects)[1]
    return most_named(pool, at).name


def most_named(people: Sequence[Namesake], at: tuple[int, int] = (-2, 0)) -> Namesake:
    """The namesake the article calls by surname alone when nothing nearby tells: the one it
    names most (the first, between equals; an established one before one that may not be a
    name at all)."""
    return min(people, key=lambda p: (not p.established, -len(p.mentions), p.mentions[:1] or [at]))




def noun_before(text: str, start: int) -> bool:
    """Whether a gendered noun ("actress", "his wife", "her son, painter") is among the few
    words before ``start``: a cheap look, word by word, before the full reading of
    :func:`_gender_shown`, which without a pronoun after the name has nothing else to go on."""
    words = text[max(0, start - _NOUN_REACH) : start].split()
    return any(word.strip(",").lower() in _NOUN_GENDER for word in words[-_NOUN_WORDS:])


_NOUN_REACH: Final = 60  # characters: a relative, a role and first names before a surname
_NOUN_WORDS: Final = 5  # "son, painter Olle" before "Brandt"; "actress Mary" before "Steenburgen"


def holds_pronoun(text: str) -> bool:
    """Whether ``text`` holds a gendered subject pronoun: else no mention in it shows a gender
    by one (most paragraphs, and most stretches after a name, hold none)."""
    return _GENDERED_WORD.search(text) is not None


def names_someone(text: str, start: int, end: int, known: Callable[[str], bool]) -> bool:
    """Whether ``text`` names a person between two offsets: a full name, or one word the
    article gives as part of one (``known``: "Trump" for "Donald Trump"); not a body or a
    place. Read from that stretch alone (listing the whole paragraph's names costs more)."""
    for run in name_runs(text[start:end]):
        words = person_part(run.words)
        name = " ".join(words)
        if name and not is_org(name) and not is_place(name) and (len(words) > 1 or known(name)) \
                and not named_as_a_place(text, start + run.start, start + run.end):
            return True
    return False


def gender_shown(
    mentions: Iterable[Placed], paragraphs: Sequence[str], title_gender: Callable[[str], str],
    quoted: Callable[[tuple[int, int]], bool], named: Callable[[int, int, int], bool],
) -> str:
    """The gender most of one person's ``mentions`` show ("m", "f", or "" for none or a tie):
    see :func:`_gender_shown`. Read in order until one gender leads by :data:`_SETTLED`: the
    one a story is about is named as a subject dozens of times."""
    male = female = 0
    for mention in mentions:
        shown = _gender_shown(paragraphs[mention.at[0] + 1], mention, title_gender, quoted, named)
        male, female = male + (shown == "m"), female + (shown == "f")
        if abs(male - female) >= _SETTLED:
            break
    return "m" if male > female else "f" if female > male else ""


# What sets a person's name off as one, after it: who they are or their age ("Nora Chen, a
# portfolio manager at…", "Tan Wei Ming, 34,").
_DESCRIBED: Final = re.compile(
    r",\s+(?:an?\s|the\s|who\s|\d{1,3},|(?!(?:and|or|but|said|says)\b)[a-z][\w-]*\s)"
)


def _start(text: str, mention: Placed) -> int:
    """Where the name itself starts: a mention is placed where its run starts, before any
    role words ("Homeland Security Secretary Jeh Johnson")."""
    found = text.find(mention.name, mention.at[1])
    return found if found >= 0 else mention.at[1]


def _opens(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in _OPENING


def _is_subject(text: str, mention: Placed) -> bool:
    """Whether a mention opens its sentence (after the roles in its run) or is the one who
    speaks in a reporting clause ("…,” said Bill Clinton), as the subject a bare surname
    goes on with."""
    start = _start(text, mention)
    # The roles in a run are a few words: reading further back would only make the search
    # (anchored at the end) try every capital of a long paragraph.
    before = text[max(0, start - _ROLES_REACH) : start]
    roles = _LEADING_CAPITALISED.search(before)
    if roles is not None and roles.start() == 0 and start > _ROLES_REACH:
        before = text[:start]  # a longer run of capitals than that: read it whole
        roles = _LEADING_CAPITALISED.search(before)
    if roles is not None:
        before = before[: roles.start()]
    before = before.rstrip()
    if not before or before[-1] in _OPENING:
        return True
    last = before.rsplit(None, 1)[-1]
    verb = REPORTING.match(last)
    if verb is not None and verb.end() == len(last):
        return True
    # "Bill Clinton said", not "the daughter of … Hillary Clinton, said": after a comma the
    # name ends an aside.
    after = text[start + len(mention.name) : start + len(mention.name) + 30]
    return REPORTING.match(after.lstrip(" ")) is not None


def _gender_of_noun_before(text: str, named_from: int) -> str:
    """"m" or "f" when the word right before a name is a relative or a gendered noun ("his
    wife", "actress"), or a relative set off before a role ("her son, painter"), else ""."""
    word = _RELATIVE_BEFORE.search(text, max(0, named_from - 20), named_from)
    if word is not None and word.group(1).lower() in _NOUN_GENDER:
        return _NOUN_GENDER[word.group(1).lower()]
    word = _RELATIVE_BEFORE_ROLE.search(text, max(0, named_from - 40), named_from)
    if word is not None:
        return _RELATIVE_GENDER.get(word.group(1).lower(), "")
    return ""


def _gender_shown(
    text: str, mention: Placed, title_gender: Callable[[str], str],
    quoted: Callable[[tuple[int, int]], bool], named: Callable[[int, int, int], bool],
) -> str:
    """The gender one full mention shows: an honorific or gendered role with it ("Mrs.",
    "Congresswoman"), a family word before it ("his wife Hillary Clinton"), or, when it opens
    a sentence, the subject pronoun that follows before the next sentence ends ("Bill Clinton
    … he"), else a possessive of its own ("Ana Lind said her customers …": see
    :mod:`possessives`)."""
    shown = title_gender(mention.title) if mention.title else ""
    if shown:
        return shown
    start = _start(text, mention)
    # The family word stands before the whole name, not before the surname: "her husband
    # Russell Brand", read from the bare surname's place.
    first_names = _LEADING_CAPITALISED.search(text, max(0, start - _ROLES_REACH), start)
    named_from = first_names.start() if first_names is not None else start
    end = start + len(mention.name)
    shown = _gender_of_noun_before(text, named_from) or gender_around(text, named_from, end)
    if shown:
        return shown
    # Checked first: most mentions have no pronoun after them to show anything.
    after = text[end : end + _PRONOUN_REACH]
    pronoun = holds_pronoun(after)
    if not (pronoun or holds_possessive(after)) or not _is_subject(text, mention):
        return ""
    stop = _SENTENCE_END.search(text, end)
    # The rest of this sentence and the next one.
    stop = _SENTENCE_END.search(text, stop.end()) if stop is not None else None
    stop_at = stop.start() if stop is not None else len(text)
    for word in _GENDERED_WORD.finditer(text, end, stop_at) if pronoun else ():
        if word.group() in ("il", "Il") and _IMPERSONAL_IL.match(text, word.end()):
            continue  # "il y a trois ans", "il faut": French "il" that stands for no one
        if not quoted((mention.at[0], word.start())):
            # Another person named first, or brought in by an object pronoun ("asked him how
            # she'd"): the pronoun may be theirs.
            return "" if named(mention.at[0], end, word.start()) \
                or object_pronoun_between(text, end, word.start()) \
                else PRONOUN_GENDER[word.group().lower()]
    # No "he" or "she": a possessive with no other noun phrase before it ("Lind said her
    # customers …") is the subject's.
    return possessive_gender(text, end, stop_at)


def surname_places(paragraphs: Sequence[str], surname: str) -> Iterator[Mention]:
    """Where the surname stands in the paragraphs (the title first, skipped) that may show the
    person's gender: those with a "he" or "she", and the first that names the person, where
    news describes whom it introduces ("actress Ana Lind", "her son, painter Olle Brandt")."""
    first = True
    for i, text in enumerate(paragraphs):
        if not i or surname not in text:
            continue
        pronoun = holds_pronoun(text) or holds_possessive(text)
        if first or pronoun:
            for at in whole_words(text, surname):
                if pronoun or noun_before(text, at):
                    yield Mention(surname, (i - 1, at), "", True, True)
        first = False
