"""The names an article mentions: who, where, by which fullest name, with which role and gender.

Quote attribution asks the article two questions: "which full name does 'Mr. Putin' or 'Clinton'
stand for?" and "who is 'the president' here?". :class:`NameIndex` answers them from the
capitalised runs :mod:`names` finds in the title and paragraphs, and also tells who was named
last before a point (for pronouns) and with which honorifics (for their gender).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from digests.analyse import namesakes, one_word_names, sentence_roles
from digests.analyse.genders import title_gender
from digests.analyse.german_kin import GERMAN_KIN, introduced_as_kin
from digests.analyse.mentions import (
    Mention,
    bodies_ending_at,
    bodies_starting_at,
    called_a_body,
    is_hometown,
    joins_body_name,
    named_after_a_body_noun,
    names_in_headline,
    reads_as_heading,
    run_mentions,
)
from digests.analyse.name_forms import (
    capitalised_to_open,
    form_word_keys,
    glued_descriptions,
    surname_key,
    umlaut_spelling,
    unglued,
    word_key,
    written_as_name,
)
from digests.analyse.name_parts import is_family_name_he, is_headline_case, person_part, surname_of
from digests.analyse.name_words import PLACE_WORDS
from digests.analyse.names import (
    CAPITALISED_RUN,
    is_org,
    runs_containing,
    without_body_of_role,
)
from digests.analyse.whole_words import standalone_starts


def _precedes(first: tuple[int, int], second: tuple[int, int]) -> bool:
    """``first < second`` for two places (paragraph, offset), compared number by number: asked
    for every mention a walk back passes, and compiled, comparing the tuples themselves builds
    two Python tuples each time."""
    return first[0] < second[0] or (first[0] == second[0] and first[1] < second[1])


@dataclass
class NameIndex:
    """The names an article mentions, to turn partial or role references into full names.

    Paragraphs are read lazily: most articles need a handful of look-ups, and each one only
    reads the paragraphs that can answer it (those that contain the surname or the role, or
    those just before a pronoun), so the cost follows the quotes rather than the article size.
    """

    paragraphs: list[str]  # the title first, then standfirst and body paragraphs
    # Where quoted words stand, as ((paragraph, offset), (paragraph, offset)) from the opening
    # mark to after the closing one: a name inside a quote is someone the speaker talks about.
    quoted: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)
    _runs: dict[int, list[tuple[int, str]]] = field(default_factory=dict)
    _mentions: dict[int, list[Mention]] = field(default_factory=dict)
    _named: dict[str, list[tuple[str, str, bool]]] = field(default_factory=dict)
    _fullest: dict[str, str] = field(default_factory=dict)
    _genders: dict[str, str] = field(default_factory=dict)
    _namesakes: dict[str, list[namesakes.Namesake]] = field(default_factory=dict)
    _opened: dict[str, bool] = field(default_factory=dict)
    _given: dict[str, str | None] = field(default_factory=dict)
    _written_as_names: dict[str, bool] = field(default_factory=dict)
    _body: str | None = None
    _called_bodies: set[str] | None = None
    # The bodies named after the noun that opens their sentence ("The company that runs the
    # fair, Lund Events, denies"): found with ``_called_bodies``.
    _opening_bodies: set[str] | None = None

    @classmethod
    def build(
        cls, title: str, paragraphs: list[str],
        quoted: list[tuple[tuple[int, int], tuple[int, int]]] | None = None,
    ) -> NameIndex:
        return cls([title, *paragraphs], quoted or [])

    def _runs_in(self, paragraph: int) -> list[tuple[int, str]]:
        """The capitalised runs of one paragraph (-1 is the title) as (offset, run)."""
        found = self._runs.get(paragraph)
        if found is None:
            text = self.paragraphs[paragraph + 1]
            # Most runs are one word, which neither a body's name leads nor an outlet follows.
            found = [
                (match.start(), run) if " " not in (run := match.group())
                else without_body_of_role(text, match.start(), run)
                for match in CAPITALISED_RUN.finditer(text)
            ]
            self._runs[paragraph] = found
        return found

    def mentions_in(self, paragraph: int) -> list[Mention]:
        """The names in one paragraph (-1 is the title), in order."""
        found = self._mentions.get(paragraph)
        if found is None:
            runs = self._runs_in(paragraph)
            text = self.paragraphs[paragraph + 1]
            joined = " and " in text
            found = [
                Mention(name, (paragraph, start + offset), title,
                        person and not (joined and joins_body_name(text, runs, i))
                        and not is_hometown(text, start), name_like)
                for i, (start, run) in enumerate(runs)
                for offset, name, title, person, name_like in run_mentions(run)
            ]
            if paragraph == -1 and is_headline_case(self.paragraphs[0]):
                found = names_in_headline(found, self._joined_body())
            self._mentions[paragraph] = found
        return found

    def mentions_with(self, needle: str) -> list[Mention]:
        return [
            m
            for i, text in enumerate(self.paragraphs)
            if needle in text
            for m in self.mentions_in(i - 1)
        ]

    def _named_with(self, needle: str) -> list[tuple[str, str, bool]]:
        """(name, title, name_like) of the names in the runs that write ``needle``.

        A look-up by surname needs no more than these: it neither builds the mentions of
        every run in a paragraph nor reads the runs that cannot hold the surname. Kept per
        needle: a speaker's fullest name and then its gender ask about the same surname, and
        so do the forms of one name ("Putin", "Vladimir Putin").
        """
        found = self._named.get(needle)
        if found is not None:
            return found
        found = []
        if needle in self.paragraphs[0]:
            # The title's names may be cut to what the body writes (headline case).
            found.extend((m.name, m.title, m.name_like) for m in self.mentions_in(-1))
        for i in range(1, len(self.paragraphs)):
            if needle in self.paragraphs[i]:
                for run in self._runs_with(i - 1, needle):
                    for _, name, title, _, name_like in run_mentions(run):
                        found.append((name, title, name_like))
        self._named[needle] = found
        return found

    def _runs_with(self, paragraph: int, needle: str) -> list[str]:
        """The runs of one paragraph that write ``needle``: read from the runs already listed,
        else only around ``needle`` (listing every run of a paragraph costs more)."""
        listed = self._runs.get(paragraph)
        if listed is not None:
            return [run for _, run in listed if needle in run]
        return runs_containing(self.paragraphs[paragraph + 1], needle)

    def fullest(self, name: str) -> str:
        """The fullest form of ``name`` the article uses: "Putin" -> "Vladimir Putin".

        Among the forms with the same surname that contain every word of ``name``, the longest
        wins; between equally long forms the more frequent one.
        """
        cached = self._fullest.get(name)
        if cached is None:
            cached = self._fullest[name] = self._find_fullest(self._name_part(name), False) \
                if name.lower() not in GERMAN_KIN else introduced_as_kin(self.paragraphs[1:], name)
        return cached

    def _name_part(self, name: str) -> str:
        """``name`` without a first word that is only capitalised to open a sentence ("Said
        Ellis" -> "Ellis"), and the function words that then lead it."""
        if " " not in name or is_family_name_he(name.split()) or not self._opens_only(name):
            return name  # "He Lifeng": "he" written in lower case elsewhere is the pronoun
        return " ".join(person_part(tuple(name.split()[1:]))) or name

    def _opens_only(self, form: str) -> bool:
        """Whether :func:`name_forms.capitalised_to_open` holds for ``form`` in this article."""
        found = self._opened.get(form)
        if found is None:
            found = self._opened[form] = capitalised_to_open(
                form, self.paragraphs, self._joined_body())
        return found

    def _joined_body(self) -> str:
        if self._body is None:
            self._body = "\n".join(self.paragraphs[1:])
        return self._body

    def fullest_at(
        self, name: str, at: tuple[int, int], gender: str = "",
        recent: str | None = None, since: tuple[int, int] = (-2, 0),
    ) -> str:
        """:meth:`fullest`, except that a bare surname two people share is the one it means at
        ``at`` (see :func:`namesakes.choose`), not the longer of their names."""
        name = self._name_part(name)
        if " " not in name:
            people = self.namesakes(name)
            if people:
                return namesakes.choose(people, at, gender, recent, since)
        return self.fullest(name)

    def namesakes(self, surname: str) -> list[namesakes.Namesake]:
        """The different people the article gives this surname with a first name, when there
        are two or more (else none)."""
        wanted = word_key(surname)
        found = self._namesakes.get(wanted)
        if found is None:
            needle = surname[: len(wanted)]
            written = {name for name, _, name_like in self._named_with(needle)
                       if name_like and " " in name}
            forms = {name for name in written if surname_key(name) == wanted}
            forms -= glued_descriptions(forms, self._joined_body) if len(forms) > 1 else set()
            # Most surnames come with one first name or none: nothing to tell apart (and
            # settled before reading where each form stands).
            if len({form.split(" ", 1)[0] for form in forms}) > 1:
                forms = {form for form in forms if not self._opens_only(form)}
            firsts = {form.split(" ", 1)[0] for form in forms}
            groups = namesakes.group_forms(sorted(forms), word_key) if len(firsts) > 1 else []
            found = []
            if len(groups) > 1:
                mentions = [m for m in self.mentions_with(needle) if m.name in forms]
                found = namesakes.build(
                    groups, mentions, self.paragraphs, word_key, title_gender, self.in_quote,
                    self._names_person,
                )
            self._namesakes[wanted] = found
        return found

    def fullest_from_first_name(self, name: str) -> str:
        """"Sir Digby" -> "Digby Jones": the honorifics Sir and Dame go with a first name."""
        return self._find_fullest(name, True)

    def only_name_given(self, word: str) -> str | None:
        """:func:`one_word_names.only_name_given`, once per word."""
        if word not in self._given:
            self._given[word] = one_word_names.only_name_given(
                word, self._named_with(word), self._joined_body)
        return self._given[word]

    def _find_fullest(self, name: str, first_name: bool) -> str:
        words = tuple(name.split())
        surname = surname_of(words)
        if not surname:
            return name
        wanted_key = word_key(surname)
        # The stem, as written, finds the other cases of a Russian name too ("Пескова").
        needle = surname[: len(wanted_key)]
        candidates = [name for name, _, name_like in self._named_with(needle) if name_like]
        # A plain dict, not a Counter: this runs once per speaker and a Counter costs more to
        # set up than the handful of names it counts.
        forms: dict[str, int] = {}
        if (spelled := umlaut_spelling(surname)) and all(" " not in c for c in candidates):
            # "Mueller" after "Gerhard Müller": the umlaut written out in English.
            candidates += [name for name, _, like in self._named_with(spelled) if like]
        for candidate in candidates:
            if surname_key(candidate) == wanted_key:
                forms[candidate] = forms.get(candidate, 0) + 1
        if first_name:
            for candidate in candidates:
                if candidate.split()[0] == surname:
                    forms[candidate] = forms.get(candidate, 0) + 1
        wanted = {word_key(w) for w in words}
        best, best_key = name, (len(words), 0)
        for form, count in forms.items():
            size, form_words = form_word_keys(form)
            key = (size, count)
            if key > best_key and wanted <= form_words \
                    and not (size > 1 and self._opens_only(form)):
                best, best_key = form, key
        return unglued(best, forms, self._joined_body) if best.count(" ") > 1 else best

    def backwards(
        self, before: tuple[int, int], after: tuple[int, int], *, whole: bool = False
    ) -> Iterator[Mention]:
        """The mentions between ``after`` and ``before``, last first. With ``whole``, for a
        caller that reads each paragraph's :meth:`mentions_in` anyway (a subject test), each
        paragraph's are all built at once rather than as far as the walk goes."""
        for paragraph in range(before[0], max(after[0], -1) - 1, -1):
            if paragraph == -1:  # the title's mentions need the headline-case handling
                mentions: Iterator[Mention] = reversed(self.mentions_in(paragraph))
            elif whole or paragraph in self._mentions:
                # Built already, or to be: the same mentions, read from the end, where
                # building them again would cost the walk twice.
                mentions = reversed(self.mentions_in(paragraph))
            else:
                until = before[1] if paragraph == before[0] else None
                mentions = self._mentions_backwards(paragraph, until)
            for mention in mentions:
                at = mention.at
                if not _precedes(at, after) and _precedes(at, before):
                    yield mention

    def _mentions_backwards(self, paragraph: int, until: int | None) -> Iterator[Mention]:
        """:meth:`mentions_in` last first, from the runs that start before ``until``, built only
        as far as the caller reads: the most recent person is usually a few names back, and half
        of all articles are one paragraph."""
        runs = self._runs_in(paragraph)
        text = self.paragraphs[paragraph + 1]
        joined = " and " in text
        for i in range(len(runs) - 1, -1, -1):
            start, run = runs[i]
            if until is not None and start >= until:
                continue
            for offset, name, title, person, name_like in reversed(run_mentions(run)):
                yield Mention(name, (paragraph, start + offset), title,
                              person and not (joined and joins_body_name(text, runs, i))
                              and not is_hometown(text, start),
                              name_like)

    def last_person(self, before: tuple[int, int], after: tuple[int, int] = (-2, 0),
                    gender: str = "", *, opening: bool = False,
                    one_word: bool = False) -> str | None:
        """The person mentioned most recently before ``before`` (and not before ``after``),
        of the given gender ("m" or "f") unless the article shows otherwise; with ``opening``,
        only a person named at the start of a sentence (its likely subject). Never one spoken to
        or named in a relative clause about someone else (:func:`sentence_roles.is_aside`).
        With ``one_word``, also a name of one word the article shows a person of that gender
        by a pronoun after it (:func:`one_word_names.shown_as_person`): a last resort, as
        "Michigan … he told the court" shows the same of a place."""
        found = next(self.people_backwards(before, after, gender, opening=opening,
                                           one_word=one_word), None)
        return found[0] if found else None

    def people_backwards(
        self, before: tuple[int, int], after: tuple[int, int] = (-2, 0), gender: str = "", *,
        opening: bool = False, one_word: bool = False,
    ) -> Iterator[tuple[str, Mention]]:
        """The people :meth:`last_person` may answer, most recent first (one may come again),
        each by its fullest name and with the mention that names it."""
        for mention in self.backwards(before, after, whole=opening):
            text = self.paragraphs[mention.at[0] + 1]
            if opening and not sentence_roles.is_subject(
                text, mention, self.mentions_in(mention.at[0])
            ):
                continue
            if gender and title_gender(mention.title) not in {gender, ""}:
                continue  # "Mrs. Khan" is not the "he" of a story about Mr. and Mrs. Khan
            if (self._is_person(mention)
                    or (one_word and one_word_names.shown_as_person(self, mention, gender))) \
                    and not self.in_quote(mention.at) \
                    and not sentence_roles.is_aside(text, mention) \
                    and not one_word_names.written_as_no_one(text, mention):
                name = self.fullest(mention.name) if " " in mention.name \
                    else self.fullest_at(mention.name, mention.at, gender)
                if name == mention.name and " " not in name:
                    name = self.only_name_given(name) or name
                if not gender or self.gender(name) in {gender, ""}:
                    yield name, mention

    def is_subject(self, mention: Mention) -> bool:
        """Whether a mention is its sentence's subject (:func:`sentence_roles.is_subject`)."""
        return sentence_roles.is_subject(
            self.paragraphs[mention.at[0] + 1], mention, self.mentions_in(mention.at[0]))

    def written_as_name(self, word: str) -> bool:
        """Whether the article writes a capitalised word where only a name goes
        (:func:`name_forms.written_as_name`), once per word."""
        found = self._written_as_names.get(word)
        if found is None:
            found = self._written_as_names[word] = written_as_name(word, self.occurrences(word))
        return found

    def occurrences(self, word: str) -> Iterator[tuple[str, int]]:
        """Where the body writes ``word`` as a whole word, as (paragraph text, offset); not the
        title, whose headline case capitalises every word."""
        for text in self.paragraphs[1:]:
            for start in standalone_starts(text, word):
                yield text, start

    def _names_person(self, paragraph: int, start: int, end: int) -> bool:
        """Whether a person is named between two offsets of a paragraph."""
        return any(start <= m.at[1] < end and self._is_person(m)
                   for m in self.mentions_in(paragraph))

    def in_quote(self, at: tuple[int, int]) -> bool:
        """Whether a mention stands inside quoted words: "“We were sold on Gold Standard BRT,”
        he said" - "he" is not a name the quote itself says, whoever that is."""
        # A plain loop rather than any() over a generator: asked for every mention a walk back
        # passes, and a generator costs more to start than the test.
        for start, end in self.quoted:  # noqa: SIM110 - a loop on purpose, see above
            if _precedes(start, at) and _precedes(at, end):
                return True
        return False

    def gender(self, name: str) -> str:
        """"m" or "f" when the article gives the person an honorific (Mr., Mrs., Ms.), else ""."""
        cached = self._genders.get(name)
        if cached is None:
            cached = self._genders[name] = self._find_gender(name)
        return cached

    def _find_gender(self, name: str) -> str:
        surname = surname_of(tuple(name.split()))
        key = word_key(surname)
        if " " in name:
            # One of two Clintons: what the article shows of this one. The bare surname ("Mr.
            # Clinton", "Mrs. Clinton") may be either one's: it tells only for the one named
            # most, when no other is shown to be of that gender ("Mr. Trump" beside Ivanka).
            people = self.namesakes(surname)
            for person in people:
                if person.name == name:
                    if person.gender:
                        return person.gender
                    bare_form = namesakes.gender_shown(
                        [m for m in self.mentions_with(surname[: len(key)])
                         if " " not in m.name and word_key(m.name) == key],
                        self.paragraphs, title_gender, self.in_quote, self._names_person)
                    others = {p.gender for p in people if p.established and p is not person}
                    main = namesakes.most_named(people) is person
                    return bare_form if main and bare_form not in others else ""
        shown = title_gender(" ".join(
            title for mention, title, _ in self._named_with(surname) if surname_key(mention) == key
        ))
        # No honorific: the pronoun that follows the person as a sentence's subject, or a
        # family word ("his wife, Melania"), shows it ("Donald Trump … he" is not a "she").
        # Read where the surname stands, not from the names of each paragraph that holds it:
        # only the one person has it, and listing every name costs more.
        return shown or namesakes.gender_shown(
            namesakes.surname_places(self.paragraphs, surname), self.paragraphs, title_gender,
            self.in_quote,
            lambda i, start, end: namesakes.names_someone(
                self.paragraphs[i + 1], start, end,
                lambda word: (full := self.fullest(word)) != word and not is_org(full)))

    def last_org(self, before: tuple[int, int], after: tuple[int, int]) -> str | None:
        """The organisation mentioned most recently between ``after`` and ``before``."""
        self._bodies_opening()  # from here on, ``is_body`` knows them
        for mention in self.backwards(before, after):
            if self.is_body(mention.name):
                return mention.name
        return None

    def is_body(self, name: str) -> bool:
        """Whether ``name`` is an organisation: by its words ("Acme Bank"), or because the
        article calls it one in an appositive ("Hale Brothers, a research firm", "The label
        that owns her songs, Red Harbor,")."""
        return is_org(name) or name in self._bodies_called() \
            or (self._opening_bodies is not None and name in self._opening_bodies)

    def _bodies_called(self) -> set[str]:
        """The names an appositive calls a body, found on the first question."""
        if self._called_bodies is None:
            self._called_bodies = set()
            for i, text in enumerate(self.paragraphs[1:]):
                ends = called_a_body(text)
                if ends:
                    self._called_bodies |= bodies_ending_at(text, ends, self.mentions_in(i))
        return self._called_bodies

    def _bodies_opening(self) -> set[str]:
        """The bodies named after the noun that opens their sentence ("The company that runs
        the fair, Lund Events, denies"), found when a "they" or "it" first looks for a body:
        reading every paragraph for them costs more than the few articles that need them."""
        if self._opening_bodies is None:
            self._opening_bodies = set()
            for i, text in enumerate(self.paragraphs[1:]):
                starts = named_after_a_body_noun(text)
                if starts:
                    self._opening_bodies |= bodies_starting_at(text, starts, self.mentions_in(i))
        return self._opening_bodies

    def body_opening_since(self, before: tuple[int, int], after: tuple[int, int]) -> str | None:
        """The last body between ``after`` and ``before`` that opens its sentence, as its
        subject or named after the noun that opens it ("The company that runs the fair, Lund
        Events, denies"): a body the story has turned to."""
        opening = self._bodies_opening()
        for mention in self.backwards(before, after):
            if self.is_body(mention.name) and (
                mention.name in opening or self.is_subject(mention)
            ):
                return mention.name
        return None

    def _is_person(self, mention: Mention) -> bool:
        # An organisation's word already made ``mention.person`` false: only the appositive is left.
        if mention.name in self._bodies_called():
            return False
        if mention.person:
            return True
        if mention.name.isupper():
            return False  # "BRT", "FBI": an initialism names a body or a thing, not a person
        if " " in mention.name and reads_as_heading(tuple(mention.name.split())):
            return False  # a heading, whose fuller form cut of its first word is one too
        full = self.fullest(mention.name)
        if full == mention.name and " " not in full:
            # "Hafizuddin also told …" after "Hafizuddin Ahmed": the person it is the first name of.
            full = self.only_name_given(full) or full
        # "La Ville de Paris" is fuller without its article, and still a place (a place's word
        # opens it: "Cornel West" ends with one and is a person).
        return full != mention.name and not self.is_body(full) \
            and full.partition(" ")[0].lower() not in PLACE_WORDS

