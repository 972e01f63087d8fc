"""Who a description of someone stands for: an epithet after a reporting verb ("the singer",
"the 27-year-old actress", "der SPD-Politiker", "die 34-Jährige", "disse a governante"), the one
person nearby it may describe, else none (a wrong name is worse than the description)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from digests.analyse import party_labels, role_holders, sentence_roles
from digests.analyse.epithet_words import ROMANCE_EPITHETS
from digests.analyse.language_words import is_german_role
from digests.analyse.name_forms import same_person
from digests.analyse.name_parts import HONORIFICS
from digests.analyse.name_words import EPITHET_GENDERS
from digests.analyse.names import bare, describes_by_home_state, is_title_word
from digests.analyse.referent_words import NATIONALITY
from digests.analyse.subject_phrases import OTHER_SIDE_ROLES, reports_words

if TYPE_CHECKING:
    from collections.abc import Iterator

    from digests.analyse.mentions import Mention
    from digests.analyse.name_index import NameIndex
    from digests.analyse.speakers import Resolver

# An age written as a description of someone: "the 27-year-old", "the 27-year-old actress".
_AGED: Final = re.compile(r"\d+-years?-old")
# A person named by where they are from ("the Swede", "the Dutchman"), lower-cased.
_NATIONAL: Final = re.compile(NATIONALITY, re.IGNORECASE)
# The same in the other languages, with the article that tells the gender: "der 52-Jährige",
# "die 34-Jährige", "el volante de 33 años", "la 34enne", "o jogador de 28 anos"; and a German
# role compound ("der SPD-Politiker"), checked by language_words.is_german_role.
FOREIGN_EPITHET: Final = re.compile(
    r"(?P<article>der|die|el|la|le|il|lo|o|a)\s(?P<noun>[\w-]+(?:\s[\w-]+){0,3})"
)
_FOREIGN_AGED: Final = re.compile(r"\d+-jährige[rn]?\b|\bde \d+ (?:años|anos)$|\d+enne\b")
_ARTICLE_GENDERS: Final = {"der": "m", "el": "m", "le": "m", "il": "m", "lo": "m", "o": "m",
                           "die": "f", "la": "f", "a": "f"}


def described_abroad(
    resolver: Resolver, described: re.Match[str], at: tuple[int, int]
) -> str | None:
    """The one person nearby whom a German, French, Spanish, Italian or Portuguese epithet
    describes: an age ("der 52-Jährige", "la 34enne", "el volante de 33 años") or a German
    role compound ("der SPD-Politiker", "die Gewerkschafterin"), its article telling the
    gender: the subject of a sentence of the quote's paragraph, else the one person in
    the two paragraphs before. Two such people there: none."""
    article, noun = described.group("article", "noun")
    romance = noun.split()[0] in ROMANCE_EPITHETS
    if not (romance or _FOREIGN_AGED.search(noun) or is_german_role(noun.split()[-1])):
        return None
    gender = _ARTICLE_GENDERS.get(article, "")
    aged = _FOREIGN_AGED.search(noun)
    given = aged and role_holders.person_given_age(
        resolver.index, re.sub(r"\D", "", aged.group()), at, gender)
    if given:
        return given  # "Ann-Katrin Berger (34)" for "die 34-Jährige", whoever spoke last
    nearest = next(resolver.index.people_backwards(at, (at[0], 0), gender, opening=True), None)
    if nearest is not None:
        return nearest[0]  # the subject of a sentence of the quote's own paragraph
    if romance:
        return None  # a noun that fits many: only the subject right before says who
    found = people_nearby(resolver, at, gender)
    return found[0] if found and len(found) == 1 else None

def people_nearby(resolver: Resolver, at: tuple[int, int], gender: str) -> list[str] | None:
    """Who a description at ``at`` may stand for: the speaker of the last two paragraphs
    and the people who opened a sentence there, of ``gender``, up to two of them; None
    when one of those is named together with another ("Tom and Ann Reed said")."""
    found: list[str] = []
    if resolver.last_speaker and at[0] - resolver.last_speaker_para <= 2 \
            and resolver.index.gender(resolver.last_speaker) in {gender, ""}:
        found.append(resolver.last_speaker)
    for person, mention in resolver.index.people_backwards(
        at, (at[0] - 2, 0), gender, opening=True
    ):
        sentence = resolver.index.paragraphs[mention.at[0] + 1]
        if sentence_roles.joined_to_another(sentence, mention):
            return None
        if not any(same_person(person, known) or same_person(known, person)
                   for known in found):
            found.append(person)
        if len(found) > 1:
            break  # two already: the description tells them apart no more than that
    return found


def is_nationality(word: str) -> bool:
    """Whether a capitalised word names a person by where they are from ("Swede")."""
    return _NATIONAL.fullmatch(word) is not None


def described_person(resolver: Resolver, lowered: str, at: tuple[int, int]) -> str | None:
    """The person a description stands for ("the singer", "the 27-year-old actress", "the
    county boss"): the one person nearby, who spoke last or opened a sentence, that it may
    describe. Two such people: none (a wrong name is worse than the description)."""
    words = lowered.split()[1:]
    gender = EPITHET_GENDERS.get(bare(words[-1]))
    if gender is None:
        if any(_AGED.fullmatch(word) for word in words):
            gender = next((EPITHET_GENDERS[w] for w in words if EPITHET_GENDERS.get(w)), "")
        elif describes_by_home_state(words) or (
            len(words) == 1 and _NATIONAL.fullmatch(words[0])
        ):
            gender = ""  # "the Vermont senator", "the Swede": an epithet for someone just named
        else:
            # "the director": a role no epithet list holds, only the title may say who.
            head = bare(words[-1])
            if not is_title_word(head):
                return None
            return _title_person(resolver, at, "", head) or _untitled_subject(resolver, at, head)
    labelled = party_labels.labelled_person(resolver.index, words, at) \
        if len(words) >= 2 and words[-1] in party_labels.PARTIES else None
    if labelled:
        return labelled  # "the Ohio Democrat": the one labelled "(D-Ohio)", whoever spoke last
    age = next((w for w in words if _AGED.fullmatch(w)), None)
    given = age and role_holders.person_given_age(
        resolver.index, age.partition("-")[0], at, gender)
    if given:
        return given  # the one person the article gives that age, whoever spoke last
    noun = bare(words[-1])
    # (A bare noun only: "presidential nominee Carl Boone" is not "the vice-presidential
    # nominee".)
    introduced = named_after_noun(resolver.index, noun, at) if len(words) == 1 else set()
    if len(introduced) == 1:
        return introduced.pop()  # "the midfielder": the one "Spanish midfielder Sergio Alcaraz"
    if introduced:
        return None  # two midfielders named so: the description fits both
    nearest = next(resolver.index.people_backwards(at, (at[0], 0), gender, opening=True), None)
    if nearest is not None:
        return nearest[0]  # the subject of a sentence of the quote's own paragraph
    found = people_nearby(resolver, at, gender)
    if found is not None and len(found) > 1:
        # "Ashgate manager Paul Dunn" is not "the striker" who spoke after him
        found = [person for person in found
                 if role_nouns_of(resolver.index, person, at) <= {noun, ""}]
    if found is None or len(found) > 1:
        return None
    if found:
        return found[0]
    return _title_person(resolver, at, gender, noun)


def named_after_noun(index: NameIndex, noun: str, at: tuple[int, int]) -> set[str]:
    """The people named right after ``noun`` before ``at`` ("midfielder Sergio Alcaraz",
    "Midfielder Luis Gomez" opening a sentence), by their fullest names."""
    return {index.fullest(mention.name) for mention, before in _words_before_people(index, at)
            if before.lower() == noun}


def role_nouns_of(index: NameIndex, person: str, at: tuple[int, int]) -> set[str]:
    """The lower-case role nouns written right before ``person``'s name before ``at``
    ("manager" of "Ashgate manager Paul Dunn"), "" for a mention with none."""
    return {before if _is_role_noun(before) else ""
            for mention, before in _words_before_people(index, at)
            if index.fullest(mention.name) == person}


def _words_before_people(index: NameIndex, at: tuple[int, int]) -> Iterator[tuple[Mention, str]]:
    """Each person named in full before ``at``, with the word written right before the name."""
    for paragraph in range(-1, at[0] + 1):
        text = index.paragraphs[paragraph + 1]
        for mention in index.mentions_in(paragraph):
            if paragraph == at[0] and mention.at[1] >= at[1]:
                break
            if " " not in mention.name or not index._is_person(mention):
                continue
            # (A mention's offset is its run's, which may open with the noun: "Midfielder X".)
            start = text.find(mention.name, mention.at[1])
            yield mention, text[:start].rstrip().rpartition(" ")[2] if start >= 0 else ""


def _is_role_noun(word: str) -> bool:
    """A lower-case noun for what someone is ("midfielder", "manager"), not a verb or a
    preposition before a name ("said Zara Hyde Peters", "of")."""
    return word.islower() and (word in EPITHET_GENDERS or is_title_word(word))

def _title_person(resolver: Resolver, at: tuple[int, int], gender: str, role: str) -> str | None:
    """The one person a title that reports their words names ("Joan Marr says…", "Bernie
    Sanders: ‘…’"), when no one else opens a sentence of the body before ``at``: "the
    director" of a story headlined with her words, nobody else in view. Never a role that
    stands across from the story's person ("the judge" of a story about a defendant)."""
    title = resolver.index.paragraphs[0]
    if role in OTHER_SIDE_ROLES or not reports_words(title):
        return None
    titled = {resolver.index.fullest(m.name) for m in resolver.index.mentions_in(-1)
              if " " in m.name and resolver.index._is_person(m)}
    if len(titled) != 1:
        return None
    person = next(iter(titled))
    if resolver.index.gender(person) not in {gender, ""}:
        return None
    openers = {name for name, _ in resolver.index.people_backwards(at, opening=True)}
    return person if openers <= titled and openers else None


def _untitled_subject(resolver: Resolver, at: tuple[int, int], role: str) -> str | None:
    """Whom a role no one in the article is named with refers back to, in a story about one
    person ("Starling says…" over "Sir Ed Starling has told broadcasters… the prime minister
    said"): the one person who opened a sentence of the quote's paragraph or the one before,
    whom the title names, named with no role of their own. Not anyone else just named
    ("Resident Jo Roe complained. … the mayor said"), nor a role across from the story's
    person ("the judge")."""
    if role in OTHER_SIDE_ROLES:
        return None
    found = people_nearby(resolver, at, "")
    if not found or len(found) != 1:
        return None
    person = found[0]
    index = resolver.index
    if not any(index.fullest_at(m.name, m.at, "") == person for m in index.mentions_in(-1)):
        return None
    titles = {m.title for m in index.mentions_with(person.split()[-1])
              if index.fullest(m.name) == person}
    if any(not set(title.split()) <= HONORIFICS for title in titles):
        return None  # a role of their own; an honorific leaves one open ("Sir Ed Starling")
    return person if role_nouns_of(index, person, at) <= {""} else None
