"""Whose a quote is when no clause beside it says: the quote before it goes on (also past an
interviewer's question), the words before introduce it ("X issued a statement:", a label
"Sunderland goalscorer Phil Bardsley:", a bare "Adding,") or end reporting what someone said
("Hague said the transfer will…"), or the line after signs it ("- Hillary Clinton"). The
reporter's words before a quote also carry the subject a Spanish or Russian verb leaves out
("«…», aseveró."). :mod:`quotes` asks these only of a quote with no clause that names anyone.
"""

from __future__ import annotations

import re
from typing import Final

from digests.analyse.clauses import REPORTING, clause_before, real_sentence_ends
from digests.analyse.inverted_subjects import dash_signature
from digests.analyse.language_words import PRONOUNS
from digests.analyse.name_parts import person_part
from digests.analyse.name_words import ENGLISH_TITLE_WORDS, FUNCTION_WORDS, OCCUPATIONS
from digests.analyse.names import CAPITALISED_RUN, is_org, is_place, is_title_word, name_runs
from digests.analyse.quote_filter import has_words
from digests.analyse.quote_spans import Span
from digests.analyse.reporting import sentence_subject, speaker_in_clause
from digests.analyse.sentence_kinds import has_quote_mark
from digests.analyse.speakers import Resolver

_SPACE_TO_END: Final = re.compile(r"\s*$")
# What may follow a quote that ends its paragraph: a stray full stop, an agency's tag ("”. (NAN)").
_NOTHING_MORE: Final = re.compile(r"\s*[.,;]?\s*(?:\([^()]{1,30}\))?\s*$")
_LAST_SENTENCE_REACH: Final = 600  # characters: longer than any sentence a reporter writes
# A participle that opens a sentence and introduces a quote: "Adding, “…”".
_BARE_PARTICIPLE: Final = re.compile(
    r"(?:^|(?<=[.!?”\"]\s))(?:Adding|Continuing|Concluding|Explaining|Noting|Insisting)"
    r"(?: that)?,?\s*$"
)
_PARTICIPLE_REACH: Final = 30  # characters before a quote that such a participle lies in
# A role and what it is the role of, which ends with the body's name, not a person's; the
# article that opens the sentence is capitalised ("El portavoz del Gobierno precisó que…").
_ROLE_OF_A_BODY: Final = re.compile(
    r"^(?:(?:The|El|La|Los|Las|Le|Les|Der|Die|Das) )?[a-zà-ÿ][\w’'-]*(?: [\w’'-]+)*? "
    r"(?:of|de|del|du|des|von) "
)
# A relative clause about the noun before it: its verb's subject is that noun, not the speaker.
_RELATIVE_CLAUSE: Final = re.compile(r",\s+(?:who|quien|quienes|qui|der|die|который|которая)\s")


def opens_paragraph(para: str, start: int) -> bool:
    """Whether ``start`` is where the paragraph's text starts, after any white space."""
    return (start == 0 or para[:start].isspace()) and not para[start : start + 1].isspace()


def from_neighbour_paragraphs(paragraphs: list[str], first: Span, last: Span) -> str | None:
    """A paragraph-long quote introduced by the paragraph before (`X issued a statement:`) or
    signed by the paragraph after (`- Hillary Clinton`)."""
    if first.para > 0:
        introduction = paragraphs[first.para - 1].rstrip()
        if introduction.endswith(":"):
            last_sentence = clause_before(introduction, len(introduction) - 1) + ":"
            subject = sentence_subject(last_sentence)
            # A full name the role opening the sentence sets off ("El secretario de
            # Transporte, Diego Paz, fue tajante:") is who speaks, not the role.
            named = subject if subject and " " in subject and subject[:1].isupper() \
                and subject.split()[0].lower() not in _ROLE_DETERMINERS else None
            return speaker_in_clause(
                last_sentence, quote_first=False, last_verb=True
            ) or labelled_person(last_sentence) or _author_of_label(last_sentence) \
                or named or _role_opening_a_part(last_sentence) or subject
        headed = _NAME_WITH_TEAM.fullmatch(introduction)
        if headed and _is_person_name(headed.group("name")):
            return headed.group("name")
    ends_paragraph = _SPACE_TO_END.match(paragraphs[last.end_para], last.end) is not None
    if last.end_para + 1 < len(paragraphs) and ends_paragraph:
        return dash_signature(paragraphs[last.end_para + 1])
    return None


_ROLE_DETERMINERS: Final = frozenset({"the", "le", "la", "el", "der", "die", "il"})


def _role_opening_a_part(sentence: str) -> str | None:
    """A role with its article that opens the sentence or a part after a comma, as its
    subject: "Devant l'école, le président s'est adressé aux habitants :" -> "le président",
    "The minister turned to the crowd:" -> "The minister". Not in a sentence with a reporting
    verb, whose clause says who speaks or that no one does ("a ajouté que:"), nor a role word
    that another one follows ("Le premier adjoint", "Le premier ministre")."""
    if REPORTING.search(sentence):
        return None
    for part in sentence.split(", "):
        words = part.split(maxsplit=3)
        if len(words) >= 3 and words[0].lower() in _ROLE_DETERMINERS \
                and is_title_word(words[1].lower()) and not is_title_word(words[2].lower()):
            return f"{words[0]} {words[1]}"
    return None


# A round-up's heading over a quote: the person and their team or party in brackets, after a
# label at most ("Le plus déçu : Paul Martin (Nantes)", "Paul Martin (Nantes)").
_NAME_WITH_TEAM: Final = re.compile(
    r"(?:[^:.!?«»“”\"]{1,60}: )?(?P<name>[^():.!?«»“”\"]{3,60}) \([^()]{1,40}\)"
)


def _is_person_name(text: str) -> bool:
    """Is ``text`` a person's name alone, two to four capitalised words and no body's?"""
    words = tuple(text.split())
    return 2 <= len(words) <= 4 and all(word[:1].isupper() for word in words) \
        and person_part(words) == words and not is_org(text) and not is_place(text)


# The reporter's question that names whose words come next, in the third person ("What did
# Suh say after the play?", "And how did Mayor Ruiz respond?"); an interviewer's question
# speaks to the speaker instead ("Is it your best match?").
_ASKED_ABOUT: Final = re.compile(
    r"\b(?:did|does|do|would|will|could|can)\s+"
    r"((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+)\s+"
    r"(?:say|said|think|tell|make of|respond|reply|answer|explain|have to say)\b"
)


def _asked_about(paragraph: str) -> str | None:
    """The name in a short question of the reporter's that asks what someone said, else None."""
    if "?" not in paragraph[-3:]:
        return None  # the usual paragraph, settled without copying it
    text = paragraph.rstrip()
    if not text.endswith("?") or text.count(" ") >= _MAX_QUESTION_WORDS \
            or has_quote_mark(text):
        return None
    found = _ASKED_ABOUT.search(text)
    return found.group(1) if found is not None else None


def goes_on(paragraphs: list[str], previous_end: int, para: int) -> bool:
    """Does a quote without a clause of its own in paragraph ``para`` go on from the quote that
    ended in ``previous_end``: right after it, or with only an interviewer's question between
    ("Is it match number one in your career?")."""
    if para - previous_end <= 1:
        return True
    between = paragraphs[para - 1] if para - previous_end == 2 else ""
    return between.rstrip().endswith("?") and not has_quote_mark(between) \
        and between.count(" ") < _MAX_QUESTION_WORDS


def labelled_person(label: str) -> str | None:
    """The person a label ending in a colon (or a dash) names last, after a body and a role,
    where a round-up has a label instead of a clause: "Advanced Micro Devices Inc. CEO Lisa
    Su:", "Coca-Cola Co. financial chief John Murphy:", "Sunderland goalscorer Phil Bardsley:",
    "Quoting James Madison head coach Mickey Matthews:"."""
    text = label.rstrip(": ")
    if text.count(" ") >= _MAX_LABEL_WORDS:
        return None  # a sentence that ends in a colon, not a label
    last = None
    for last in CAPITALISED_RUN.finditer(text):  # noqa: B007 - the last run is the one wanted
        pass
    if last is None or last.end() != len(text):
        return None
    words = tuple(last.group().split())
    name = person_part(words)
    before = text[: last.start()].split()
    # What the person is, in lower case ("goalscorer", "financial chief"), or a title.
    role_before = bool(before) and (
        is_title_word(before[-1])
        or (before[-1].isalpha() and before[-1].islower() and before[-1] not in FUNCTION_WORDS)
    )
    if not (len(name) < len(words) or role_before) or not 2 <= len(name) <= 4:
        return None
    return " ".join(name)


_MAX_LABEL_WORDS: Final = 10
# A label that says whose words follow: "Statement from Mayor Frey:", "Read the full letter
# from Sen. Ann Cole:", "The statement by the Smith family:".
_DOCUMENT_LABEL: Final = re.compile(
    r"(?:(?:[Rr]ead|[Hh]ere is|[Hh]ere's) )?(?:(?:[Tt]he|[Aa]|[Hh]is|[Hh]er) )?(?:\w+ )?"
    r"(?:[Ss]tatement|[Ll]etter|[Mm]essage|[Rr]esponse|[Rr]emarks)s? (?:from|by) "
    r"(?:the )?(?P<author>[A-Z][^:]*):"
)


def _author_of_label(label: str) -> str | None:
    """Who a label before a quote names as its author ("Statement from Mayor Frey:")."""
    if label.count(" ") >= _MAX_LABEL_WORDS:
        return None
    match = _DOCUMENT_LABEL.fullmatch(label.strip())
    return match.group("author") if match else None
_MAX_QUESTION_WORDS: Final = 30
_FIRST_PERSON: Final = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|my|me|[Ww]e|[Oo]ur|us)\b")


def reporters_words_before(paragraphs: list[str], first: Span, last: Span) -> str:
    """The reporter's words before a quote that stands alone, "" if it does not: the paragraph
    before a quote that is a paragraph (or several) of its own, or the sentences before one
    that is the last sentence of its paragraph ("…, sagte Dieter Romann. „Er war auffällig.“")."""
    if _NOTHING_MORE.match(paragraphs[last.end_para], last.end) is None:
        return ""
    return words_before(paragraphs, first)


def speaker_without_clause(
    resolver: Resolver, paragraphs: list[str], span: tuple[Span, Span], text: str,
    previous: tuple[int, str | None],
) -> str | None:
    """Whose a quote is that no reporting clause attributes, in this order:

    * a bare participle introduces it ("… the report wasn't good. Adding, “…”"): the person
      the sentence before reports speaking;
    * it follows, in its paragraph, a sentence that reports someone speaking ("Iowa State
      University's Dianne Bystrom agreed. “…”"): that person, even right after another's quote;
    * it goes on from the quote before (``previous``: where that ended, and its speaker);
    * it stands alone after the reporter's words: see :func:`speaker_from_words_before`.
    """
    first, last = span
    at = (first.para, first.start)
    paragraph = paragraphs[first.para]
    participle = _BARE_PARTICIPLE.search(
        paragraph, max(0, first.start - _PARTICIPLE_REACH), first.start
    )
    if participle is not None:
        before = paragraph[: participle.start()].rstrip()
        if not before and first.para > 0:
            before = paragraphs[first.para - 1]
        return reported_speaker(resolver, before, at, where_said(paragraphs, first, before)) \
            if before else None
    previous_end, previous_speaker = previous
    if not opens_paragraph(paragraphs[first.para], first.start):
        before = words_before(paragraphs, first)
        reported = reported_speaker(resolver, before, at, where_said(paragraphs, first, before)) \
            if before else None
        if reported is not None:
            return reported
        described = _reported_description(before) if before else None
        if described is not None:
            # "Swift's rep told Fox News that this was not the whole truth. “…”": the quote is
            # the words the sentence just reported, not more of the quote before it.
            return resolver.resolve(described, at)
        if before and previous_end < first.para and has_words(text, _OWN_WORDS) \
                and not _quotes_someone(before):
            # "Ruth Hale, a former budget chief, summed up the danger with an image. “…”": a
            # paragraph that opens with someone new and then quotes is theirs (a quote mark
            # before it would be someone's words with a clause of their own).
            sentence = _last_sentence(before)
            subject = _named_subject(resolver, sentence, at)
            if subject is not None and subject != previous_speaker \
                    and not _describes_someone_else(sentence):
                return subject
    if opens_paragraph(paragraphs[first.para], first.start) and first.para > 0:
        asked_about = _asked_about(paragraphs[first.para - 1])
        if asked_about is not None:
            return resolver.resolve(asked_about, at)
    if goes_on(paragraphs, previous_end, first.para):
        return previous_speaker
    before = reporters_words_before(paragraphs, first, last)
    return speaker_from_words_before(
        resolver, before, text, at, where_said(paragraphs, first, before)
    ) if before else None


def _quotes_someone(text: str) -> bool:
    """Whether ``text`` holds someone's quoted words, not only a word or two in marks (the
    charge "абсурдным" that a defendant called it, a scare quote)."""
    if not has_quote_mark(text):
        return False
    closed = _SHORT_QUOTED.sub("", text)
    return has_quote_mark(closed)


# A word or three between double marks, closed ("“abhorrent”", "«абсурдным»").
_SHORT_QUOTED: Final = re.compile(r"[«“„\"][^\s«»“”„\"]+(?:\s[^\s«»“”„\"]+){0,2}[»”“\"]")


def where_said(paragraphs: list[str], first: Span, before: str) -> tuple[int, int]:
    """Where the last sentence of ``before`` opens: in the quote's paragraph when ``before``
    is the start of it, else in the paragraph before."""
    para = first.para if paragraphs[first.para].startswith(before) else first.para - 1
    return (para, len(before) - len(_last_sentence(before)))


def participle_before(paragraphs: list[str], first: Span) -> bool:
    """Does a bare participle ("Adding,") introduce the quote as a sentence of its own?"""
    return _BARE_PARTICIPLE.search(
        paragraphs[first.para], max(0, first.start - _PARTICIPLE_REACH), first.start
    ) is not None


def words_before(paragraphs: list[str], first: Span) -> str:
    """The reporter's words right before a quote: the paragraph before one that opens its
    paragraph, else the sentences before it in its paragraph ("" if the quote opens none)."""
    paragraph = paragraphs[first.para]
    if opens_paragraph(paragraph, first.start):
        return paragraphs[first.para - 1] if first.para > 0 else ""
    before = paragraph[: first.start].rstrip()
    return before if before.endswith((".", "!", "?")) else ""


def reported_speaker(
    resolver: Resolver, before: str, at: tuple[int, int],
    said_at: tuple[int, int] | None = None,
) -> str | None:
    """The person ``before`` (the reporter's words before a quote) ends reporting, when it
    names one or says "he"/"she": "Hague said the transfer will create…", "According to him,
    …", "el ministro Salas dijo que…": the subject of its last reporting verb, unless that
    verb is in a relative clause the sentence ends with ("Santiváñez manifestó que… y se
    refirió al abogado de Harvey Colchado, quien indicó que…" is Santiváñez's). A description
    ("the courts", "The world champion", "el titular de la cartera de Cultura") is too loose a
    guess. ``said_at`` is where that sentence opens (:func:`where_said`)."""
    sentence = _last_sentence(before)
    relative = None
    for relative in _RELATIVE_CLAUSE.finditer(sentence):  # noqa: B007 - the last one is wanted
        pass
    if relative is not None and REPORTING.search(sentence, 0, relative.start()):
        sentence = sentence[: relative.start()]
    reporter = speaker_in_clause(sentence, quote_first=False, last_verb=True)
    if reporter is None:
        return None
    opens = sentence.partition(" ")[0] == reporter
    reporter = _PRONOUN_AS_SUBJECT.get(reporter.lower(), reporter)
    if reporter.lower() in PRONOUNS:
        # "He says Postecoglou's outburst is an example": a "he" that opens its sentence is
        # someone named before it, never a name later in it, so it is read from there.
        return resolver.resolve(reporter, said_at if opens and said_at else at)
    if reporter.split()[-1][:1].isupper() and not _ROLE_OF_A_BODY.search(reporter):
        return resolver.resolve(reporter, at)
    # "berichtete der Polizeivizepräsident von Trier, Franz Ankner, am Freitag": a role of a
    # body with its holder's name right after it says who, as a loose description does not.
    named = _name_after(sentence, reporter)
    return resolver.resolve(named, at) if named else None


def _reported_description(before: str) -> str | None:
    """The description (no name: "Swift's rep", "a spokesman for the club") that the last
    sentence of ``before`` reports speaking, if that is what it does."""
    sentence = _last_sentence(before)
    reporter = speaker_in_clause(sentence, quote_first=False, last_verb=True)
    if reporter is None or reporter.lower() in PRONOUNS or reporter.split()[-1][:1].isupper():
        return None  # nobody, or a pronoun or a name, which reported_speaker has read
    # Only a person's role ("rep", "spokesman", "lawyer"): a subject such as "Time" or "the
    # primary" that a sentence "reports" is no one a quote after it could be by.
    head = reporter.split()[-1].lower()
    return reporter if head in ENGLISH_TITLE_WORDS or head in OCCUPATIONS else None


def _name_after(sentence: str, phrase: str) -> str | None:
    """The full name set off by a comma right after ``phrase`` in ``sentence``, if any."""
    at = sentence.find(phrase)
    if at < 0 or not sentence.startswith(", ", at + len(phrase)):
        return None
    runs = name_runs(sentence[at + len(phrase) + 2 : at + len(phrase) + 80])
    if not runs or runs[0].start != 0:
        return None
    person = person_part(runs[0].words)
    return " ".join(person) if len(person) >= 2 else None


def _last_sentence(text: str) -> str:
    tail = text[-_LAST_SENTENCE_REACH:]  # a long paragraph need not be read from its start
    ends = real_sentence_ends(tail)
    return tail[ends[-1] :].lstrip() if ends else tail


def speaker_from_words_before(
    resolver: Resolver, before: str, text: str, at: tuple[int, int],
    said_at: tuple[int, int] | None = None,
) -> str | None:
    """Whose a quote is that no clause attributes, from the reporter's paragraph before it.

    Where that paragraph ends reporting what someone named said (:func:`reported_speaker`),
    the quote goes on with their words. Otherwise a quote in the first person (singular or
    plural: a minister speaks for the government as "we") is by the person the paragraph is
    about, when it names one in full.
    """
    reported = reported_speaker(resolver, before, at, said_at)
    if reported is not None:
        return reported
    last_sentence = _last_sentence(before)
    if _FIRST_PERSON.search(text) is None or has_quote_mark(before):
        return None  # a quote mark before: someone else's words, or a clause of their own
    subject = sentence_subject(last_sentence)
    if subject is not None and subject.lower() in _HE_OR_SHE:
        return _last_speaker_going_on(resolver, subject, at)
    return _named_subject(resolver, last_sentence, at)


def _describes_someone_else(sentence: str) -> bool:
    """Does the sentence open with capitalised words that describe the name after them
    ("Presumptive GOP nominee Donald Trump's first tweet …"), rather than with the name?"""
    run = CAPITALISED_RUN.match(sentence)
    if run is None:
        return False
    next_word = sentence[run.end() :].split(maxsplit=1)[:1]
    return bool(next_word) and is_title_word(next_word[0].strip(",.;:"))


def _named_subject(resolver: Resolver, sentence: str, at: tuple[int, int]) -> str | None:
    """The person a sentence's subject names in full, if it names one. A name only: "he"
    would be read as the person last mentioned, which in "Zimmerman shot Trayvon Martin. He
    is now selling the gun." is not who "he" is; "The Christian leader related…" is a
    description, no name to take."""
    subject = sentence_subject(sentence)
    if subject is None or not subject[:1].isupper() or subject.lower() in PRONOUNS \
            or subject.split()[0].lower() in _DETERMINERS:
        return None
    return _person(resolver.resolve(subject, at))


def _last_speaker_going_on(resolver: Resolver, pronoun: str, at: tuple[int, int]) -> str | None:
    """Who "he" or "she" in the paragraph before a quote is, when it is the one quoted just
    before ("“…,” he said. / The president also admitted … However, he defended … / “…”"):
    a pronoun goes on with the one who spoke last, not with whoever was named last."""
    if resolver.last_speaker is None or at[0] - resolver.last_speaker_para > _GOES_ON_REACH:
        return None
    person = resolver.resolve(pronoun, at)
    return person if person == resolver.last_speaker else None


def _person(speaker: str | None) -> str | None:
    """``speaker`` when it is a person's full name (two capitalised words or more), else None:
    a guess from the paragraph before must not name a place or a body."""
    if speaker is None or is_org(speaker) or is_place(speaker):
        return None
    words = speaker.split()
    return speaker if len(words) >= 2 and all(w[:1].isupper() for w in words) else None


_PRONOUN_AS_SUBJECT: Final = {"him": "he", "her": "she"}
_HE_OR_SHE: Final = frozenset({"he", "she"})
# Words a quote needs before the person who opens its paragraph is taken as its speaker: a
# title in marks ("The Big Short") is no one's words.
_OWN_WORDS: Final = 6
# Paragraphs from the last quote's end to a quote whose "he" or "she" goes on with its speaker.
_GOES_ON_REACH: Final = 3
_DETERMINERS: Final = frozenset({"the", "a", "an", "this", "that", "these", "those"})
