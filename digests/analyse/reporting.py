"""Reporting clauses: the words next to a quote that say who speaks it, as written.

A quote's speaker is written in a reporting clause on one side of it: after (`“…,” he said`,
`“…,” said Donna Brazile, the party's chairwoman`) or before (`The Kremlin said: “…”`).
:mod:`clauses` finds that clause; this module reads its subject phrase ("he", "the president",
"Mr. Obama");
:mod:`speakers` turns the phrase into the fullest name the article gives.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from digests.analyse import language_words, russian_names
from digests.analyse.according_to import named_by_according
from digests.analyse.clauses import (
    ACCORDING_SET,
    REPORTING,
    uncontracted,
    without_parentheses,
)
from digests.analyse.document_writers import document_writer
from digests.analyse.inverted_subjects import (
    NOT_SUBJECTS,
    dash_signature,
    french_inverted_subject,
    german_subject_after_fronted,
    inverted_noun_verb,
    subject_after_verb,
    without_listener,
)
from digests.analyse.names import is_title_word
from digests.analyse.noun_phrases import (
    DETERMINERS,
    PRONOUNS,
    SUBORDINATE_OPENERS,
    name_at_end,
    np_at_end,
    np_at_start,
    starts_appositive,
)
from digests.analyse.subject_segments import (
    LIST_ENDS,
    comma_parts,
    is_adverbial,
    is_affiliation,
    is_posting,
    listed_body_name,
    without_body_list,
    without_trailing_places,
)

# Words between a subject and its verb that are not part of the subject ("Putin has told",
# "The Labour leader yesterday said").
_AUXILIARIES: Final = frozenset(
    """has have had also later then would will once previously recently again earlier
    may might could can did does do has also had also further who which that often always
    never sometimes usually still just even yesterday today tonight
    himself herself themselves itself myself ourselves
    a ont hat ha""".split()  # the last: French, German and Italian auxiliaries ("a déclaré",
    # "hat gesagt", "ha detto"); before them, the subject's stress ("as Montoya-Lewis herself
    # said")
) | language_words.FRENCH_TENSE_ADVERBS | language_words.ADVERBS_BEFORE_VERB
# Pronouns that open an indirect-speech clause after an English reporting verb ("said she was").
_COMPLEMENT_SUBJECTS: Final = frozenset({"he", "she", "they", "we", "I", "it", "there"})
# A form of "be" right before the verb makes it passive ("she was told").
_PASSIVE: Final = frozenset({"be", "been", "being", "is", "was", "were", "are", "am"})
# Words that open a relative clause about the subject ("Smith, who heads the group, said").
_RELATIVES: Final = frozenset({"who", "whose", "whom", "which"})


# "had this to say", "has plenty to add": an idiom for "said" whose subject comes before it.
_HAD_THIS_TO: Final = re.compile(
    r" (?:had|has|have) (?:this|these words|something|plenty|much|more|a lot|little) to$"
)


def _strip_auxiliaries(text: str) -> str:
    if text.endswith(" to"):
        idiom = _HAD_THIS_TO.search(text)
        if idiom:
            text = text[: idiom.start()]  # "the mayor had this to say": "the mayor" said
    words = text.split()
    if words:
        words[-1] = uncontracted(words[-1])  # "he'd respond": "he", as in "he would respond"
    while words and (
        (words[-1].strip(",") in _AUXILIARIES)  # lower case: "Theresa May said" keeps "May"
        or (words[-1].endswith("ly") and words[-1].islower()  # "initially", "emphatically"
            and words[-1].strip(",") not in _LY_NOUNS
            and not _is_possessor(words[-2] if len(words) > 1 else ""))
    ):
        words.pop()
    if len(words) == 1 and words[0].lower() in _OPENING_AUXILIARIES:
        words = []  # "Ha poi aggiunto:": the auxiliary opens the sentence, its subject left out
    return " ".join(words)


# Italian, Spanish and Portuguese auxiliaries, capitalised when they open a sentence whose
# subject is left out: "Ha poi aggiunto:", "Había advertido:".
_OPENING_AUXILIARIES: Final = frozenset(
    "ha hanno aveva avevano há havia haviam había habían".split()
)


def _is_possessor(word: str) -> bool:
    """Whether a word opens a noun phrase, so a "-ly" word after it is the noun ("the family",
    "her family", "Smith's ally"), never an adverb before the verb."""
    return word.lower() in DETERMINERS or word.endswith(("'s", "’s"))


# Nouns ending in "-ly" that speak as a group, also after a name ("the Ryan family", "the
# National Assembly"), where no determiner right before them shows they are no adverb.
_LY_NOUNS: Final = frozenset({"family", "assembly", "ally"})




# Relative pronouns that open a clause about a person between a subject and its verb ("The
# actor, who …, said", "Der Gewerkschafter, der im Aufsichtsrat sitzt, sagte", "le maire, qui
# …, a déclaré", "il sindaco, che …, ha detto").
_PERSON_RELATIVES: Final = frozenset(
    "who whose der die dessen deren qui quien quienes который которая che".split()
)


def subject_before_verb(pre: str) -> str | None:
    """The subject of "<subject> said": the last name-bearing part, skipping an appositive."""
    if pre.rstrip(" ,").endswith(("”", "''", '"')):
        return None  # "author of ''Unwritten Constitution,'' put it": a title ends there
    stripped = _strip_auxiliaries(pre.strip(" ,—–‒-"))
    if stripped.rpartition(" ")[2].lower() in _PASSIVE:
        return None  # "she was told:", "his demands have been answered": who heard, not who spoke
    segments = comma_parts(stripped)
    if not segments or segments[-1].split()[0] in language_words.PASSIVE_OPENERS:
        return None
    # "The actor, whose films include A, B and C, said": a relative clause about a person may
    # hold commas of its own and run up to the verb, so the subject is before it (unless that
    # part is an adverbial: "In an interview, who ..."). A "which" clause is about a thing.
    for i in range(1, len(segments)):
        if segments[i].split()[0].lower() in _PERSON_RELATIVES:
            if segments[i - 1].split()[0].lower() not in NOT_SUBJECTS:
                segments = segments[:i]
            break
    if len(segments) >= 2 and segments[-1].startswith("which ") \
            and segments[-2].split()[0].lower() not in NOT_SUBJECTS:
        # "Nick Davies, spokesman for the IAAF, which handed out the bans, said": a clause
        # about a thing that runs up to the verb, after the subject and its role.
        segments = segments[:-1]
    if len(segments) >= 3 and is_posting(segments[-3:]):
        segments = segments[:-1]
    listed = listed_body_name(segments)
    if listed:
        return listed
    segments = without_trailing_places(segments)
    if len(segments) >= 3 and (segments[-1].startswith(LIST_ENDS)
                               or " and " in segments[-1] or " & " in segments[-1]):
        segments = without_body_list(segments)
    if len(segments) >= 2 and segments[-1].startswith(("the ", "a ", "an ")) \
            and _role_for_a_body(segments[-2]):
        # "a spokesman for the Defense Commission, the country's highest body, said": the
        # description after the body is the body's; the role speaks for it.
        return segments[-2]
    if len(segments) >= 2 and (starts_appositive(segments[-1]) or is_affiliation(segments[-1])):
        for segment in reversed(segments[:-1]):
            if is_adverbial(segment):
                # "Writing in the Northern Echo, the Bishop said": the name before the comma is
                # in a phrase that sets the scene; the subject is the one after it.
                break
            name = name_at_end(segment)
            if name and _object_of_preposition(segment, name):
                # "Two soldiers died in a crash in Kandahar, the army said", "Jo Hale, editor
                # of The Post, a weekly, wrote": a place or body a part ends with is no
                # subject; a name before it is, else the role after the comma.
                continue
            if name:
                return name
    return np_at_end(segments[-1])


# A whole part that is a role and the body it serves: "a spokesman for the Defense Commission".
_ROLE_FOR_BODY: Final = re.compile(
    r"(?:[Aa]n?|[Tt]he) (?:[a-z]+ ){0,2}([a-z]+) (?:for|of|at) [A-Za-z]"
)


def _role_for_a_body(segment: str) -> bool:
    """Whether a comma part is a role with the body it is of, and nothing else before it."""
    role = _ROLE_FOR_BODY.match(segment)
    return role is not None and is_title_word(role.group(1))


# Prepositions whose object a name ending a clause is ("… a crash in Kandahar").
_PREPOSITIONS: Final = frozenset(
    "in at on near from into to for with by of across outside inside".split()
)


# German articles: a capitalised word after one is a noun ("während der Quarantäne"), as every
# German noun is capitalised; a person's name takes no article.
_GERMAN_ARTICLES: Final = frozenset("der die das dem den des".split())


def _object_of_preposition(segment: str, name: str) -> bool:
    """Whether the name that ends ``segment`` follows a preposition, with the clause it ends
    before it ("… killed in a crash in Kandahar"), so is no subject; or is one word after a
    German article ("Und während der Quarantäne, …, sagten sie")."""
    before = segment[: len(segment.rstrip(" .")) - len(name)].split()
    return len(before) > 1 and (
        before[-1] in _PREPOSITIONS or (before[-1] in _GERMAN_ARTICLES and " " not in name)
    )


def sentence_subject(clause: str) -> str | None:
    """The name or pronoun that opens one of the clause's comma-separated parts, first first.

    A capitalised word that opens the sentence and runs on in lower case ("Hours later",
    "Eight years ago", "Smiling broadly") may be a phrase that sets the scene: when a later
    part opens with a name or pronoun, that is the subject ("…, Trump returned", "…, he
    supported")."""
    segments = comma_parts(clause)
    for i, segment in enumerate(segments):
        subject = np_at_start(segment)
        if subject and i == 0 and " " not in subject and len(segments) > 1 \
                and segment[len(subject) : len(subject) + 2].strip()[:1].islower():
            later = next(filter(None, map(np_at_start, segments[1:])), None)
            if later:
                return later
        if subject and i == 0 and len(segments) > 1 and _is_role_phrase(subject):
            # "El secretario de Transporte, Diego Paz, fue tajante": the name set off after
            # the role
            named = np_at_start(segments[1])
            if named and " " in named and named[:1].isupper() and not _is_role_phrase(named):
                return named
        if subject:
            return subject
    return None


def _is_role_phrase(phrase: str) -> bool:
    """An article and a word in lower case: "El secretario", "the minister"."""
    words = phrase.split()
    return len(words) >= 2 and words[0].lower() in _ARTICLES and words[1][:1].islower()


_ARTICLES: Final = frozenset({"the", "el", "la", "le", "il", "lo", "der", "die", "o", "a"})


# "with X (adverb) V-ing": a participle with a subject of its own.
_WITH_SUBJECT: Final = re.compile(r"\bwith ((?:[A-Z][\w.'’-]*\s?)+?)\s*(?:[a-z]+ly\s*)?$")
# "Here's Clinton in December 1992: “…”": who speaks next, with no verb at all.
HERE_IS: Final = re.compile(r"^Here(?:'s|’s| is) ((?:[A-Z][\w.'’-]*\s?)+)")
_COORDINATED: Final = re.compile(
    r"(?:^|[\s,])(?:and|but)(?: (?:now|then|later|also|still|again|[a-z]+ly))?[\s,]*$"
)


# "RT quoted Putin as saying", "cited her as saying", "zitierte X mit den Worten", "citó a X
# diciendo": the person quoted speaks, not whoever quoted them. Also the passive "Y was quoted
# (by RT) as saying", whose subject speaks.
_QUOTED_AS: Final = re.compile(
    r"\b(?P<passive>(?:is|was|were|are|been|being)\s+(?:quoted|cited)(?:\s+by\s+[^,;:]{1,60}?)?"
    r"\s+as\s+saying\b)"
    r"|\b(?:(?:quot|cit)(?:ed|es|ing)\s|"
    + "|".join(map(re.escape, language_words.QUOTED_PERSON_OPENERS))
    + r")\s*(?P<who>[^,;:“”\"«»„]{1,80}?)\s+(?:as\s+(?:saying|telling|writing|adding|stating)|"
    + "|".join(map(re.escape, language_words.QUOTED_PERSON_CLOSERS))
    + r")\b"
)
_QUOTED_AS_HINTS: Final = ("quot", "cit", "zitier")
# An object pronoun after "quoted" names the same person its subject form does.
_SUBJECT_FORM: Final = {"him": "he", "her": "she", "them": "they"}


def quoted_person(clause: str) -> str | None:
    """Whom a clause reports as quoted by someone else ("RT quoted Putin as saying"), as
    written; None if it reports no such thing."""
    if "цитир" in clause or "привод" in clause or "привел" in clause or "переда" in clause:
        russian = language_words.RUSSIAN_QUOTED.search(clause)
        if russian is not None:  # "— цитирует Лаврова ТАСС", "— приводит его слова ТАСС"
            who = russian.group("who")
            if who in language_words.ACCORDING_PRONOUN:
                return language_words.ACCORDING_PRONOUN[who]
            # The genitive or accusative, which a speaker is not shown in (a man's are one).
            return russian_names.nominative(who, russian_names.genitive_gender(who)) \
                if who[:1].isupper() else who
    if not any(hint in clause for hint in _QUOTED_AS_HINTS):
        return None  # the usual case, settled by substring tests
    match = _QUOTED_AS.search(clause)
    if match is None:
        return None
    who = match.group("who")
    if who is None:
        return subject_before_verb(clause[: match.start()])
    if who.startswith("by "):
        return None
    return _SUBJECT_FORM.get(who.lower()) or np_at_end(who) or who


# Reporting verbs that open a sentence with their subject after them ("Said Acme spokesperson
# Kelly Moran, “…”", "Added the mayor:"); not "Read", "Posted" or "Notes", which open captions
# and labels, nor "Asked", whose subject is the question ("Asked if she would run, “…”").
_VERB_FIRST: Final = frozenset(
    "said says added adds wrote writes explained noted warned declared replied".split()
)


def _last_verb(clause: str) -> re.Match[str] | None:
    """The last reporting verb in ``clause``, if any."""
    verbs = list(REPORTING.finditer(clause))
    return verbs[-1] if verbs else None


# Sized for one article (the most distinct clauses one of the dev articles asks about is 39),
# so that a pass over many articles finds only short recurring clauses ("he said.") in it.
@lru_cache(maxsize=64)
def speaker_in_clause(clause: str, *, quote_first: bool, last_verb: bool = False) -> str | None:
    """The subject phrase of a reporting clause next to a quote, or None if it has none.

    ``quote_first`` is True for a clause after the quote, where the verb must come early;
    ``last_verb`` picks the verb nearest the end (a clause that leads up to the quote).
    """
    clause = without_parentheses(clause)
    quoted = quoted_person(clause)
    if quoted:
        return quoted
    if clause[:1].isupper():
        opening, _, rest = clause.partition(" ")
        if rest and opening.lower() in _VERB_FIRST:
            # "Said Acme spokesperson Kelly Moran in a statement, “…”": a sentence that opens
            # with its verb (capitalised, so not among the verbs found below) is inverted.
            return subject_after_verb(rest)
    # Most clauses are read for their first verb: a search stops there, where listing every
    # verb reads the whole clause.
    verb = _last_verb(clause) if last_verb else REPORTING.search(clause)
    if verb is None:
        if quote_first:
            # Cheap tests first: most clauses after a quote without a verb are neither.
            so = language_words.GERMAN_SO.match(clause) if "so " in clause[:6] else None
            if so:
                return subject_after_verb(clause[so.end() :])  # "„…“, so Kurz."
            # "« … », a-t-il lâché.", "met-il en perspective": whatever the verb.
            hyphenated = language_words.INVERTED_PRONOUN.search(clause, 0, 30) \
                if "-" in clause[:30] else None
            if hyphenated:
                return hyphenated.group(1)
            inverted = inverted_noun_verb(clause.lstrip(" ,")) or french_inverted_subject(clause)
            if inverted:
                return inverted
            quoted_by = language_words.QUOTED_BY.search(clause)
            source = clause[: quoted_by.start()].strip(" ,") if quoted_by else ""
            if source:
                # A name ("Mayor Jane Hobbs") or a role with its article ("le ministre").
                return subject_before_verb(source) or subject_after_verb(source)
            return dash_signature(clause)
        past = russian_names.past_verb_at(clause) if clause.endswith(":") else None
        return subject_before_verb(clause[:past]) if past else None  # "Тренер X оценил игру:"
    pre, post = clause[: verb.start()], clause[verb.end() :]
    if quote_first and (len(pre.split()) > 25 or _reports_other_words(post)):
        return None
    answered = language_words.ANSWER_OPENER.match(pre) if pre[:1].isupper() else None
    if answered:
        pre = pre[answered.end() :]  # "A chi gli chiedeva dei costi, ha risposto:"
    word = verb.group()
    if word.lower() in ACCORDING_SET:
        return named_by_according(word.lower(), post)
    if post.startswith(" by ") and pre.rstrip().endswith((" was", " were")):
        return subject_after_verb(post[4:])  # "Sanders was asked by host Bill Maher, “…”"
    hyphenated = language_words.INVERTED_PRONOUN.match(post) if post[:1] == "-" else None
    if hyphenated:
        return hyphenated.group(1)  # "explique-t-il"
    if verb.group().endswith("ing"):
        # "Trump attacked Clinton, saying ...": the participle's subject opens the sentence,
        # unless it follows a reporting verb and its object ("Mateen left early, Nefzi said,
        # adding ...", "Spicer told reporters, adding"), whose subject it shares.
        earlier = _last_verb(pre)
        if earlier and len(pre[earlier.end() :].split()) <= 3:
            subject = speaker_in_clause(pre, quote_first=False, last_verb=True)
            if subject:
                return subject
        absolute = _WITH_SUBJECT.search(pre)
        if absolute:
            return absolute.group(1)  # "…, with Trump reportedly yelling:": its own subject
        return sentence_subject(pre)
    coordinated = _COORDINATED.search(pre)
    if coordinated:
        # "Lazar said he welcomed extradition to the United States and added", "Massie used to
        # support Rand Paul, but now said": a second verb shares the subject of the first, not
        # the noun phrase just before "and".
        first = pre[: coordinated.start()]
        return sentence_subject(first) or speaker_in_clause(first, quote_first=False) \
            or _role_opening(first) or _pronoun_after_scene(first)
    if quote_first and _continues_the_quote(pre):
        # "“…” if she didn't win by a wider margin, said David Wasserman": the words before
        # the comma finish the writer's sentence; the verb is inverted and its subject follows.
        inverted = subject_after_verb(post)
        if inverted and inverted[:1].isupper():
            return inverted
    fronted = german_subject_after_fronted(word, pre, post)
    if fronted:
        return fronted  # "Weiter sagte Weidel:", "Mit Blick auf …, sagte die Parteichefin:"
    subject = subject_before_verb(pre) if pre.strip(" ,—–‒-") else None
    if subject is None and verb.group() not in {"told", "tells"}:
        subject = without_listener(subject_after_verb(post))
    if subject == "sie" and word.endswith("en"):
        return language_words.GERMAN_THEY  # "sagen sie nur:", "sie sagten": a group
    if subject is None and word in language_words.PRO_DROP_VERBS \
            and not _strip_auxiliaries(pre.strip(" ,—–‒-")):
        # "«…», afirmó.", "«…», — добавила.", "«…», ha detto ai cronisti.": the subject is
        # left out, not missing.
        return language_words.unstated(word)
    # "Mr Woodcock's letter says": who wrote it speaks.
    return (document_writer(subject) or subject) if subject else subject


def _role_opening(clause: str) -> str | None:
    """The role that opens the clause's last part as its subject: "Soon after, the shadow
    health secretary was approached by ITV News" -> "the shadow health secretary"."""
    parts = comma_parts(clause)
    words = parts[-1].split() if parts else []
    if len(words) < 3 or words[0] not in {"the", "The"}:
        return None
    for i in range(1, min(len(words) - 1, 5)):
        if not words[i].isalpha() or not words[i].islower():
            return None
        if is_title_word(words[i]) and words[i + 1].islower():
            return " ".join(words[: i + 1])
    return None


# A subject pronoun and the lower-case verb after it.
_PRONOUN_AND_VERB: Final = re.compile(r"\b(he|she|they|we|I) (?=[a-z])")


def _pronoun_after_scene(clause: str) -> str | None:
    """The pronoun subject after a scene-setting phrase that no comma closes: "In a later
    interview with the host Jo Pike he backtracked" -> "he"."""
    parts = comma_parts(clause)
    if not parts or not is_adverbial(parts[-1]):
        return None
    found = _PRONOUN_AND_VERB.search(parts[-1])
    return found.group(1) if found else None


def _reports_other_words(post: str) -> bool:
    """Does the verb after a quote report something else, in indirect speech ("… said that
    the plan…", "Alison Saunders said she was aware…")? Then the clause is a sentence of its own
    about other words, not the quote's reporting clause: "‘…should be left alone.’ Director of
    Public Prosecutions Alison Saunders said she was aware of…" is not her quote."""
    words = post.split(maxsplit=2)
    if not words:
        return False
    if words[0] == "that":
        return True
    # A subject pronoun and a word after it open a clause ("said she was"); "said he." alone
    # is an inverted reporting clause.
    return len(words) > 1 and words[0] in _COMPLEMENT_SUBJECTS and words[1][:1].isalpha()


# Any past-tense verb right after a quote that runs on into its sentence reports it ("“…?”
# Beck questioned", "“…,” exhorted Jamie Lee Curtis"): no list of verbs is ever complete.
_PAST_TENSE: Final = re.compile(r"\b[a-z]{2,}ed\b")


def subject_of_any_verb(clause: str) -> str | None:
    """The subject of a clause after a quote that ended in a comma, ? or !, whatever its verb."""
    verb = _PAST_TENSE.search(clause)
    if verb is None or len(clause[: verb.start()].split()) > 6:
        return None
    if clause.partition(" ")[0].lower() in SUBORDINATE_OPENERS:
        return None  # "“…,” when Clinton blasted him": another event, not who spoke
    pre = clause[: verb.start()]
    if pre.split()[-1:] and pre.split()[-1].lower() in DETERMINERS:
        return None  # "the bespectacled diplomat": an adjective, not a verb
    return subject_before_verb(pre) if pre.strip() else subject_after_verb(clause[verb.end() :])


def _continues_the_quote(pre: str) -> bool:
    """Whether the words between a quote and ", said" go on with the writer's sentence: one
    stretch without commas, opened by a lower-case word that is no relative pronoun. A
    determiner may open it when the stretch describes the quote's last words ("“…brought to
    Pangkalan Bun,” the town with the nearest airstrip, said Soelistyo"); the caller still asks
    for a capitalised name after the verb. (With a comma inside it is a name and its role:
    "Brent Bozell, founder of the Media Research Center, tells ...".)"""
    if not pre.rstrip().endswith(","):
        return False
    segments = comma_parts(pre)
    if len(segments) != 1:
        return False
    first = segments[0].split()[0]
    return first.islower() and first not in _RELATIVES and first not in PRONOUNS
