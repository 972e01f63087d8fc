"""Who speaks a quote: the subject of its reporting clause, resolved to a name.

The subject written next to a quote (:mod:`reporting`) may be a name, a role ("the president")
or a pronoun; :class:`Resolver` turns each into the fullest name the article gives, using the
:class:`NameIndex` and, for pronouns, who spoke last.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

from digests.analyse import (
    back_epithets,
    body_nouns,
    document_issuers,
    epithets,
    one_word_names,
    parents,
    role_holders,
    russian_bodies,
)
from digests.analyse.body_nouns import body_called, spokesperson_of
from digests.analyse.genders import title_gender
from digests.analyse.joined_bodies import joined_body_name
from digests.analyse.kin_groups import kin_subject_before
from digests.analyse.language_words import (
    INDEFINITE,
    PRONOUN_GENDER,
    PRONOUNS,
    UNSTATED,
    UNSTATED_FEMALE,
    UNSTATED_MALE,
    UNSTATED_SUBJECTS,
)
from digests.analyse.name_forms import same_person
from digests.analyse.name_index import NameIndex
from digests.analyse.name_parts import person_part
from digests.analyse.name_words import (
    LOWER_CASE_ROLES,
    OCCUPATIONS,
    TITLE_WORDS,
    UNNAMED_PERSON_NOUNS,
)
from digests.analyse.names import (
    bare,
    describes_by_home_state,
    is_org,
    is_title_word,
    name_runs,
    names_a_place,
)
from digests.analyse.noun_phrases import body_as_written, ends_with_role_of, names_no_one
from digests.analyse.romance_genders import SHOWN_IN_ARTICLES, shown_named_since
from digests.analyse.russian_names import (
    article_gender,
    describes_by_owner,
    is_cyrillic,
    nominative_shown,
)
from digests.analyse.spelt_out import body_by_its_word
from digests.analyse.subject_phrases import (
    may_speak,
    modifies_a_noun,
    names_an_affiliation,
    role_in_capitals,
)
from digests.analyse.unnamed_subjects import unnamed_opened_since, unnamed_role
from digests.analyse.works_for import describes_by_another

# The subject Spanish and Russian leave out, with the gender the verb shows ("" for either).
_UNSTATED_GENDER: Final = {UNSTATED: "", UNSTATED_FEMALE: "f", UNSTATED_MALE: "m"}
# Subject pronouns and left-out subjects: one look-up for both, as most phrases are neither.
_GENDER_OF: Final = {**PRONOUN_GENDER, **_UNSTATED_GENDER}


@dataclass
class Resolver:
    """Turns subject phrases into the fullest names the article gives, in document order."""

    index: NameIndex
    # The article's language, where it is known: Portuguese "a" and "o" are "the", not "a".
    language: str = ""
    last_speaker: str | None = None
    last_speaker_para: int = -10
    last_speaker_end: tuple[int, int] = (-2, 0)
    # Where the last quote's sentence ends, with the reporting clause after it: a person who
    # opens a sentence after that is new; the subject of that clause itself ("“…,” RT quoted
    # Putin as saying") is not.
    last_quote_end: tuple[int, int] = (-2, 0)
    last_body: str | None = None
    last_body_para: int = -10
    # A role that spoke last and that the article does not name ("the shadow chancellor"),
    # with where that quote ended.
    last_role: str | None = None
    last_role_end: tuple[int, int] = (-2, 0)
    # The last speaker the article does not name, described as a person ("cette personne").
    last_unnamed: str | None = None
    last_unnamed_end: tuple[int, int] = (-2, 0)
    # Speakers the article describes without a name, by their role ("spokesperson": "a
    # spokesperson for Mid-Coast Council"): whom "the spokesperson" stands for later.
    described: dict[str, str] = field(default_factory=dict)

    def resolve(self, phrase: str | None, at: tuple[int, int]) -> str | None:
        if not phrase:
            return None
        lowered = phrase.lower()
        gender = _GENDER_OF.get(lowered)
        if gender is not None:
            if gender == "p":
                return self._body_before(at)  # "ils", "они": read like "they"
            if self._unnamed_goes_on(at, gender):
                return self.last_unnamed  # "…, a indiqué cette personne. «…», a-t-elle ajouté"
            if self.language in ("en", "") and unnamed_opened_since(self.index, at, gender):
                return None  # "Another tenant, who asked not to be named, said … “…,” she said"
            person = self._person_before(at, gender, subject=lowered in UNSTATED_SUBJECTS)
            if person and is_cyrillic(person):
                # Named before as the object ("поговорил с Анной Петровой"): the speaker is
                # given in the nominative, in the gender the pronoun says.
                return nominative_shown(person, gender, self.index.paragraphs)
            return person
        if lowered == "they":
            # "His family paid tribute. In a statement released through police, they said":
            # the family, not the police that passed the statement on.
            return kin_subject_before(self.index.paragraphs, at) or self._body_before(at) \
                or self._singular_they(at)
        if lowered == "it":
            return self._body_before(at)
        if lowered in PRONOUNS or lowered == "you":
            return None  # "Daniel, you wrote": the reader or the one addressed, no name
        if lowered in _QUANTITY_PRONOUNS:
            return None  # "Another said:", "Others told us": one of a crowd, nobody named
        if self.language in _TO_LISTENER and phrase.partition(" ")[0] in _TO_LISTENER[
            self.language
        ] and phrase.partition(" ")[2][:1].isupper():
            # "explicó a EFE", "ha detto al Corriere": whom it was said to, after the verb (in
            # lower case: "À Matignon, on assure…" opens a sentence with where the words came
            # from); the subject is left out
            return self.resolve(UNSTATED, at)
        if lowered[:1] == phrase[:1] and lowered.partition(" ")[0] in INDEFINITE \
                and not (self.language == "pt" and lowered[:2] in _PORTUGUESE_ARTICLES):
            return phrase  # "un proche d'Edouard Philippe": someone unnamed, not the name
        if phrase.partition(" ")[0] in _GERMAN_POSSESSIVES and " " in phrase:
            return phrase  # "seine Ehefrau": his wife, whose noun German capitalises
        spoken_for = spokesperson_of(self.index, phrase, at)
        if spoken_for:
            return spoken_for  # "A spokesperson for the operator": "Stagecoach spokesperson"
        body = body_called(self.index, phrase, at, self.language)
        if body:
            return body  # "the agency": "National Environment Agency"; "der Verein"
        person = back_epithets.described_person(self, phrase, at)
        if person:
            return person  # "lance le syndicaliste": the one just named
        if not may_speak(phrase, lowered):
            return None
        if lowered.endswith(_DOCUMENT_ENDINGS):
            issued = self._issuer_of(lowered, at)
            if issued:
                return issued
        if " of " in phrase:
            head, _, place = phrase.rpartition(" of ")
            if names_a_place(place):
                phrase = head  # "the Republican attorney general of Oklahoma": the role's holder
        holder = role_holders.holder_of_role_phrase(self.index, phrase, at) \
            or role_holders.holder_of_synonym(self.index, lowered, at) \
            or parents.parent_named(self.index, lowered, at)  # "la maman": "Natalie Fernando"
        if holder:
            return holder
        body_role = self._holder_of_english_body_role(phrase, at)
        if body_role:
            return body_role
        if is_cyrillic(phrase) and russian_bodies.is_role_of_body(self.index, phrase):
            # "представитель Кремля": not "Кремля"; "замглавы МВД РФ", "глава российского
            # МИД": whom the article names right after those words (the adjective aside), or
            # calls the same ("министр" for "глава МИД"), if it does.
            written = phrase.split()
            bare_role = [written[0], *(word for word in written[1:] if not word.islower())]
            return role_holders.named_after(self.index, written, at) \
                or role_holders.named_after(self.index, bare_role, at) \
                or role_holders.holder_of_synonym(self.index, " ".join(bare_role).lower(), at) \
                or self._role_holder(phrase, at)
        runs = name_runs(phrase)
        if len(runs) == 1 and lowered.startswith("the ") and " " not in runs[0].raw \
                and epithets.is_nationality(runs[0].raw):
            # "said the Swede": the one person nearby it stands for, else the epithet
            return epithets.described_person(self, lowered, at) or phrase
        if runs and describes_by_another(phrase, runs[-1].start):
            return phrase  # "an aide to Quell": not Quell, and no one the article names
        if runs and is_cyrillic(phrase) \
                and describes_by_owner(phrase, runs[-1].start, self.index.paragraphs):
            return phrase  # "помощник Жуковского": the aide, not Жуковский
        if runs and names_no_one(phrase, runs[-1]):
            return phrase
        if runs and lowered.startswith("the ") and describes_by_home_state(lowered.split()[1:]):
            # "the Ohio Republican": no name but an epithet for the person just named; kept
            # whole when no one person nearby fits it.
            return epithets.described_person(self, lowered, at) or phrase
        if (body := body_as_written(phrase, runs)) is not None:
            return body  # "Association of American Railroads", "Caltrans District 7"
        if runs and not runs[-1].raw.endswith(("'s", "’s", "'", "’")) \
                and not modifies_a_noun(phrase, runs[-1].end) \
                and not ends_with_role_of(phrase.split(), " ".join(person_part(runs[-1].words))) \
                and not role_in_capitals(lowered, runs[-1].words):
            words = person_part(runs[-1].words)
            if words:
                name = " ".join(words)
                if is_org(name):
                    return joined_body_name(phrase, runs) or name  # "Food and Drug Administration"
                if len(words) == 1 and runs[-1].words[0] == "The" \
                        and one_word_names.named_with_the(self.index, name):
                    return f"The {name}"
                if len(words) == 1 and _BY_FIRST_NAME & {w.lower() for w in runs[-1].words}:
                    return self.index.fullest_from_first_name(name)
                full = self._fullest(name, runs[-1].words, at)
                if full == name and len(words) == 1:  # "Riteish" after "Riteish Deshmukh"
                    full = self.index.only_name_given(name) or full
                if names_a_place(full):
                    return None  # "in Birmingham, Alabama, with Trump yelling": no one speaks
                if full == name and len(words) == 1 and not self.index.written_as_name(name):
                    # "erklärte die DKG", "teilte die Bundesnetzagentur mit": a body by its
                    # initials or a German compound's ending; else "Perhaps, he said", "Hours
                    # later, Trump…": no name at all
                    return body_by_its_word(self.index.paragraphs, name, self.language)
                return self._nominative(full, name)
        if lowered.startswith("the ") and lowered[4:] in self.described:
            # "the executive" after "a Carrier executive" spoke: that one still, not a "chief
            # executive, Gregory J. Hayes," named in passing.
            return self.described[lowered[4:]]
        held = self._role_holder(phrase, at)
        if held == phrase and lowered.startswith("the ") and (
            not names_an_affiliation(phrase) or describes_by_home_state(lowered.split()[1:])
        ):
            return epithets.described_person(self, lowered, at) or phrase
        if held == phrase and (described := epithets.FOREIGN_EPITHET.fullmatch(lowered)):
            return epithets.described_abroad(self, described, at) or phrase
        return held

    def _unnamed_goes_on(self, at: tuple[int, int], gender: str) -> bool:
        """Whether a "he" or "she" at ``at`` goes on with the unnamed person quoted last, in
        this paragraph or the one before, with no named speaker nor person opening a sentence
        since."""
        unnamed = self.last_unnamed_end
        return self.last_unnamed is not None and at[0] - unnamed[0] <= 1 \
            and self.last_speaker_end < unnamed \
            and self.index.last_person(at, unnamed, gender, opening=True) is None

    def _issuer_of(self, lowered: str, at: tuple[int, int]) -> str | None:
        """Who issued the document a subject names ("“…,” the statement said"), by the sentence
        that brought it in ("President Obama released a statement …"): the issuer's fullest
        name, else None (the document stays the speaker, a description a reader can place)."""
        document = document_issuers.DOCUMENT_SUBJECT.fullmatch(lowered)
        if document is None:
            return None
        found = document_issuers.issuer_before(self.index.paragraphs, at, document.group(1))
        if found is None or document_issuers.DOCUMENT_SUBJECT.fullmatch(found[0].lower()):
            return None
        return self.resolve(*found)

    def _fullest(self, name: str, written: tuple[str, ...], at: tuple[int, int]) -> str:
        """The fullest name for ``name`` as written at ``at``: a bare surname two people share
        is the one the honorific, the speaker going on or the sentence before says."""
        if " " in name:
            return self.index.fullest_at(name, at)
        honorific = title_gender(" ".join(w.lower() for w in written)) if len(written) > 1 else ""
        recent = self.last_speaker if at[0] - self.last_speaker_para <= 2 else None
        return self.index.fullest_at(name, at, honorific, recent, self.last_speaker_end)

    def _nominative(self, full: str, name: str) -> str:
        """A Russian ``full`` name the article gives in an oblique case ("Дмитрия Пескова") in
        the nominative, as ``name`` (the speaker as written) is: the gender its endings in the
        article show, with ``name``'s, says how."""
        if full == name or not is_cyrillic(full):
            return full
        gender = article_gender(full, "\n".join([*self.index.paragraphs, name]))
        return nominative_shown(full, gender, self.index.paragraphs)

    def _person_before(
        self, at: tuple[int, int], gender: str, *, subject: bool = False
    ) -> str | None:
        """The last speaker nearby, else the last person named, skipping the other gender
        where the article shows it (Mr., Mrs., Ms.). With ``subject`` (a subject left out, as
        Spanish and Russian do), a person who opened a sentence nearby comes first: the left-out
        subject goes on with the sentence subject, not with a name in passing."""
        recent = self.last_speaker and at[0] - self.last_speaker_para <= 2
        if self.last_speaker and recent:
            # "But Edward Leigh warned ... He said: “…”": a person who opened a sentence since
            # the last quote is who "he" now is.
            newer = self.index.last_person(at, self.last_quote_end, gender, opening=True) \
                or role_holders.holder_opening_since(self.index, self.last_quote_end, at, gender) \
                or self.index.last_person(at, self.last_quote_end, gender, opening=True,
                                          one_word=True)  # "Tanya, a parent, said she…"
            if newer and not same_person(newer, self.last_speaker):
                return newer
            spoke = self.index.gender(self.last_speaker)
            if spoke == "" and gender and self.language in SHOWN_IN_ARTICLES:
                # "Pour l'économiste Anne-Sophie Mérieux, … « … », analyse-t-elle"
                newer = shown_named_since(self.index, at, self.last_quote_end, gender)
                if newer and not same_person(newer, self.last_speaker):
                    return newer
            if spoke in {gender, ""}:
                return self.last_speaker
        # A sentence's subject nearby comes before a name in passing: in "Tom Reed attacked
        # the council. He also criticised his rival, Joan Price", "he" is Reed, and so is the
        # left-out subject of Spanish and Russian.
        found_opener = next(
            self.index.people_backwards(at, (at[0] - 2, 0), gender, opening=True), None
        )
        if found_opener:
            return self._later_one_word_subject(found_opener[1].at, at, gender) \
                or found_opener[0]
        if subject and self.last_speaker and at[0] - self.last_speaker_para <= _TOPIC_REACH \
                and self.index.gender(self.last_speaker) in {gender, ""}:
            # "El ministro Salas dijo … “…”, aseveró. … la renuncia del ministro Arce … “…”,
            # sostuvo.": with no new subject since, the one who spoke last goes on, not a
            # name in passing.
            newer = self.index.last_person(at, self.last_quote_end, gender, opening=True)
            return newer or self.last_speaker
        found = next(self.index.people_backwards(at, gender=gender), None)
        named = found[0] if found else None
        if found and self.last_role and at[0] - self.last_role_end[0] <= 1 \
                and found[1].at < self.last_role_end and not self.index.is_subject(found[1]):
            # "…chief of staff Karie Murphy and communications chief Seumas Milne. … the shadow
            # chancellor said: “…” … “…,” he said": he goes on from the role just quoted,
            # not the name in passing before it.
            return self.last_role
        if found and found[1].at[0] < at[0] - 2 and not self.index.is_subject(found[1]):
            # "Tom Reed spoke first, thanking the engineer Paul Hart. … Later he joked": the
            # subject of the paragraph that names someone in passing, before that name (one
            # after it would have been found first; the last two paragraphs were read above).
            opener = self.index.last_person(found[1].at, (found[1].at[0], 0), gender,
                                            opening=True)
            if opener:
                return opener
        if found and gender and self.index.gender(found[0]) == "" \
                and not self.index.is_subject(found[1]):
            # "Mirabel … She thanked her fans. … attended by the designer Tom Hale. … she
            # said": a one-word name the article shows to be a "she" nearby, before a person
            # named in passing whom it shows nothing of (one-word names are found only by what
            # the article shows).
            shown = one_word_names.last_one_word_person(
                self.index, at, (at[0] - _ONE_WORD_REACH, 0), gender
            )
            # "Megyn", named in full once: the full name.
            return (shown and self.index.only_name_given(shown)) or shown or named
        return named or (gender and self.index.last_person(at, gender=gender, one_word=True)) \
            or None

    def _later_one_word_subject(
        self, after: tuple[int, int], at: tuple[int, int], gender: str
    ) -> str | None:
        """A one-word name that opens a sentence after the full name found (``after``) and
        before ``at``, whose title shows the pronoun's gender ("Prince Andrew … Maitlis
        pressed Andrew. Andrew recalls the night. “…,” he said"): full names come first in
        the search, so a later one-word subject is looked for here. Only a gender the article
        shows by a title counts: a place or a body opening a sentence has none."""
        if not gender:
            return None
        shown = one_word_names.last_one_word_person(self.index, at, after, gender)
        if shown is None:
            return None
        titled = any(m.name == shown and title_gender(m.title) == gender
                     for m in self.index.mentions_with(shown))
        return shown if titled else None

    def _body_before(self, at: tuple[int, int]) -> str | None:
        """An organisation that "said" or "wrote": the last one quoted or named nearby."""
        if self.last_body and at[0] - self.last_body_para <= 2:
            # "“…,” they said. The company that runs the fair, Lund Events, denies it. “…,”
            # they said": a body that opened a sentence since the last quote is the new "they".
            return self.index.body_opening_since(at, self.last_quote_end) or self.last_body
        found = self.index.last_org(at, after=(at[0] - 1, 0))
        if found is not None or self.language not in ("en", ""):
            return found
        # "Greenpeace said… “…,” it said", "Andina Minerals said…": a name that says nothing of
        # a body, but spoke, never shown to be a person (no title, no gender); "it" names none.
        spoke = body_nouns.last_subject_body(self.index, at, spoke=True, it=True)
        return spoke if spoke and self.index.fullest(spoke) == spoke else None

    def _singular_they(self, at: tuple[int, int]) -> str | None:
        """The person a "they" that no family or body nearby can be stands for: the one person
        who opened a sentence of the paragraph before it ("Kym Lino, a spokesperson, confirmed
        … “…,” they said"); None when there are two."""
        people = {name for name, _ in self.index.people_backwards(at, (at[0], 0), opening=True)}
        return people.pop() if len(people) == 1 else None

    def _holder_of_english_body_role(self, phrase: str, at: tuple[int, int]) -> str | None:
        """Who holds an English role written with the body it serves after it ("the mayor of
        Springfield"), else the role as written: the body's name alone never speaks for it."""
        if not any(f" {word} " in phrase for word in ("of", "for", "at")):
            return None  # the usual case, settled by substring tests
        match = role_holders.ROLE_OF_BODY.fullmatch(phrase)
        if match is None or not is_title_word(match.group("role").split()[-1]):
            return None
        return role_holders.holder_of_body_role(
            self.index, match.group("role").split(), match.group("body").split(), at) or phrase

    def _role_holder(self, phrase: str, at: tuple[int, int]) -> str:
        words = phrase.split()
        head = bare(words[-1]).lower()
        if not is_title_word(head) and len(words) > 1 and words[-1].islower() \
                and words[-2] in LOWER_CASE_ROLES:
            # "le président français", "el ministro ruso": an adjective after the role.
            words, head = words[:-1], words[-2].lower()
        if not is_title_word(head):
            if head in OCCUPATIONS and len(words) > 2 and words[0].lower() == "the":
                # "the communications adviser": whom the same words open ("… adviser Jo Roe").
                return role_holders.named_after(self.index, words[1:], at) or phrase
            return phrase
        # "the Kremlin spokesman", "Russia's foreign minister": the person named right after
        # the same words; failing that, a role of a body ("the World Bank president") is
        # nobody the role word alone finds ("the president" is someone else).
        qualified = words[1:] if words[0].lower() == "the" else words
        if len(qualified) > 1 and (qualified is not words or words[0].endswith(("'s", "’s"))):
            # "Hungarian boss Lena Varga", else "Lena Varga, the Hungarian boss," set apart.
            holder = role_holders.named_after(self.index, qualified, at) \
                or role_holders.described_as(self.index, qualified, at) \
                or role_holders.named_after(self.index, qualified, at, modified=True)
            if holder:
                return holder
            if all(w[:1].isupper() or w in _BODY_JOINERS for w in qualified[:-1]):
                # "the Ministry of Defense spokesman": named in an appositive ("Reza
                # Talaeinik, spokesman for the Ministry of Defense").
                holder = role_holders.holder_of_body_role(
                    self.index, qualified[-1:], qualified[:-1], at)
                if holder:
                    return holder
            if is_org(" ".join(w for w in qualified[:-1] if w[:1].isupper())):
                return phrase
        return role_holders.holder_of(self.index, head, at, apart=len(qualified) == 1) or phrase

    def remember(
        self, speaker: str | None, end: tuple[int, int], sentence_end: tuple[int, int] | None = None
    ) -> None:
        """Note who spoke the quote that ends at ``end``, in a sentence (with its reporting
        clause) that ends at ``sentence_end`` (the quote's end if not given)."""
        self.last_quote_end = sentence_end or end
        para = end[0]
        if not speaker:
            return
        role = unnamed_role(speaker)
        if role:
            self.described[role] = speaker
        if speaker.rpartition(" ")[2].lower() in UNNAMED_PERSON_NOUNS:
            self.last_unnamed, self.last_unnamed_end = speaker, end
            return
        if not speaker[:1].isupper():
            # "“…,” the newspaper wrote. “…,” it added.": a thing that speaks, named by a common
            # noun, is what "it" stands for next; a role ("the senator") is a person.
            if speaker.split()[-1].lower() not in TITLE_WORDS and speaker.lower() not in PRONOUNS:
                self.last_body, self.last_body_para = speaker, para
            elif speaker.split()[0] == "the":
                self.last_role, self.last_role_end = speaker, end
            return
        self.last_role = None
        if self.index.is_body(speaker):
            self.last_body, self.last_body_para = speaker, para
        else:
            self.last_speaker, self.last_speaker_para = speaker, para
            self.last_speaker_end = end


# The word before whom a verb says its words to, where the subject is left out: "explicó a
# EFE", "ha detto al Corriere", "a déclaré à Libération" (not Portuguese, whose "a" is also
# "the").
_TO_LISTENER: Final = {
    "es": frozenset({"a", "al"}),
    "it": frozenset({"a", "al", "ai", "alla"}),
    "fr": frozenset({"à", "au", "aux"}),
}
_GERMAN_POSSESSIVES: Final = frozenset({"seine", "ihre", "sein", "ihr"})
# Titles written with a first name alone ("Sir Keith", "King Juan"): the person the article
# names in full with it.
_BY_FIRST_NAME: Final = frozenset({"sir", "dame", "king", "queen", "prince", "princess"})

_PORTUGUESE_ARTICLES: Final = frozenset({"a ", "o "})
# How a subject that is a document ends ("the press release"): a cheap test before its issuer.
_DOCUMENT_ENDINGS: Final = ("statement", "release", "letter", "memo")
# Words inside a body's name besides its capitalised ones ("Ministry of Defense").
_BODY_JOINERS: Final = frozenset({"of", "and", "&", "the"})

# Paragraphs back that a one-word name shown to be a "he" or "she" is looked for, past a person
# named in passing.
_ONE_WORD_REACH: Final = 3
# A quantity standing alone for people ("Another said", "Others warned"): no name, and no
# description a reader could place; capitalised at a sentence's start, it is no name either.
_QUANTITY_PRONOUNS: Final = frozenset(
    "another others one some many several both most few all each none".split()
)

# Paragraphs over which the subject Spanish and Russian leave out goes on with the last
# speaker, when no other person has opened a sentence since.
_TOPIC_REACH: Final = 6

