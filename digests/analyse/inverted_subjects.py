"""The subject of an inverted reporting clause: the speaker written after the verb ("…,” said
Donna Brazile, the party's chairwoman", "sagte Nancy Faeser am Montag", "a déclaré lundi le
ministre", "dijo el ministro en Madrid"), cut where the noun phrase ends and without the time,
place or listener that follow it; also a name signed after a dash with no verb ("“…” – Jane
Doe"). See :mod:`reporting` for the clause around it.
"""

from __future__ import annotations

import re
from typing import Final

from digests.analyse import language_words, referent_words, russian_names
from digests.analyse.clauses import ends_no_sentence
from digests.analyse.name_parts import person_part
from digests.analyse.name_words import OCCUPATIONS, POSSESSIVE_ENDINGS
from digests.analyse.names import is_role, is_title_word, name_runs
from digests.analyse.noun_phrases import DETERMINERS, listed_body_after_verb
from digests.analyse.subject_phrases import UNNAMED_OPENERS

# Words that open an adverbial, not a subject: "said in a statement", "said on Monday".
ENGLISH_NOT_SUBJECTS: Final = frozenset(
    """in on at during after before with to from for by via about over through as while when
    that this last earlier later yesterday today tonight monday tuesday wednesday thursday
    friday saturday sunday""".split()
)
NOT_SUBJECTS: Final = ENGLISH_NOT_SUBJECTS | language_words.NOT_SUBJECTS
# An article left at the end of an inverted subject, whose noun a quote mark cut off: "sagte
# die Ministerin dem „Spiegel“" (the paper it was said to).
_GERMAN_DATIVE_ARTICLES: Final = frozenset({"dem", "der", "den"})
_DOCUMENT_AUTHOR: Final = re.compile(
    r"(?:an?|the)\s+(?:\w+\s+)?(?:statement|report|release|letter|post|tweet|document|filing|"
    r"transcript|memo|email)\s+(?:from|by|of)\s+(?:the\s+)?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)"
)
# German possessives that open a subject in the nominative ("sagt seine Ehefrau"), which
# elsewhere open whom the words were said to ("sagte Scholz seiner Partei").
_OPENING_POSSESSIVES: Final = frozenset({"seine", "ihre"})
# The articles that open a role inverted after the verb, in English and the other languages
# ("said the head of Apple, Tim Cook", "a déclaré le patron de Volvo, Håkan Samuelsson",
# "declaró su hermano mayor, Sergio Ruiz").
_ROLE_DETERMINERS: Final = DETERMINERS | {"el", "la", "le", "der", "die", "su", "son", "sa"}
# Words that end the noun phrase after an inverted verb ("said Mr. Kamin, who ...").
_NP_END: Final = re.compile(
    r",|;|:|\.(?:\s|$)|\s(?:who|which|that|in|on|at|during|after|before|when|while|as|to|from|"
    r"about|because|adding|and|but|of|for|with|last|this|earlier|on)\b"
)
# Adjectives and participles whose object _NP_END cuts off ("familiar with …", "close to …").
_CUT_BEFORE_OBJECT: Final = frozenset("familiar close briefed involved known".split())
_KNOWN_AS_NAME: Final = re.compile(r"\bknown as ([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*)")
# A quantity that is a speaker only with the group after its "of" ("one of the residents").
_PARTITIVES: Final = frozenset(
    "one two three four several some many most each both none another".split()
)
# The second name of a firm ("Ernst and Young's", "Marks and Spencer's") whose person follows.
_FIRM_OWNER: Final = re.compile(r" [A-Z][\w&.-]*(?: [A-Z][\w&.-]*)*['’]s [A-Z]")


# Whom the words were said to, between the verb and its subject: "explicó a Infobae el médico
# X", "dijo a este diario la ministra", "a déclaré au Monde le ministre", "ha detto al Corriere
# il sindaco". Only before an article: with none, the subject was left out ("explicó a EFE.").
_LISTENER_BEFORE_SUBJECT: Final = re.compile(
    r"(?:a|al|à|au|ai|alla)\s(?:(?:este|esta|ce|questo)\s(?:diario|periódico|medio|cadena"
    r"|journal|quotidiano|giornale)|(?:[A-ZÁÉÍÓÚÑ][\w.&'’-]*\s){1,4}),?\s*"
    r"(?=(?:el|la|los|las|le|les|il|lo|un|una|une)\s)"
)


_MAX_ROLE_WORDS: Final = 4


def _second_role(before: str, after: str) -> bool:
    """Does "and" join two roles of the one person named after them ("said TRC President and
    CEO Marisol Vega", "said board chair and former mayor Dan Ruiz")? The word before it is a
    role's, and the words after it are a role's up to a capitalised name."""
    last = before.rpartition(" ")[2]
    if not last or not is_title_word(last):
        return False
    words = after.split(maxsplit=_MAX_ROLE_WORDS + 1)
    for at, word in enumerate(words[:_MAX_ROLE_WORDS + 1]):
        if word.endswith(","):
            return False  # "…and Deputy CEO, Daniel Bracken": the name is set off after it
        if not is_title_word(word):
            return at > 0 and word[:1].isupper()  # the name, after one role word at least
    return False


def subject_after_verb(post: str) -> str | None:
    """The subject of an inverted clause ("said Donna Brazile, the chairwoman")."""
    post = post.strip()
    timed = language_words.TIME_BEFORE_SUBJECT.match(post)
    if timed:
        return subject_after_verb(post[timed.end() :])  # "a déclaré lundi le ministre"
    heard = _LISTENER_BEFORE_SUBJECT.match(post) if post[:1] in "aà" else None
    if heard:
        return subject_after_verb(post[heard.end() :])  # "explicó a Infobae el médico X"
    listed = listed_body_after_verb(post) if ", " in post else None
    if listed:
        return listed  # "said a spokesman for the Department for Environment, Food and …"
    phrase = post
    in_role = False
    serves = False  # inside what an unnamed role is of ("a spokesman for …")
    for cut in _NP_END.finditer(post):
        if cut.group().startswith(".") and _abbreviation_before(post, cut.start()):
            continue
        if cut.group() == " of" and _role_before(post, cut.start(), in_role):
            in_role = True  # "said Secretary of State John Kerry": "of" inside the role
            continue
        if cut.group() == " for" and (
            _role_before(post, cut.start(), False)
            or (in_role and post.endswith(" of State", 0, cut.start()))
        ):
            # "said Minister for Finance Lawrence Wong", "said Secretary of State for Health
            # Wes Streeting": the portfolio the role is for. Not "said Secretary of State John
            # Kerry for the first time": after a name, "for" ends the subject.
            in_role = True
            continue
        if cut.group() in _ROLE_OF and (
            _unnamed_role_before(post, cut.start()) or (serves and cut.group() == " of")
        ):
            # "said a spokesman for Deutsche Bahn", "a strategist for one of the candidates":
            # whom the role speaks for
            serves = True
            continue
        if cut.group() == " of" and post[: cut.start()].lower() in _PARTITIVES:
            continue  # "said one of the residents": the group the speaker is one of
        if cut.group() == " and" and (
            _FIRM_OWNER.match(post, cut.end())
            or (in_role and post[cut.end() + 1 : cut.end() + 2].isupper())
            or _second_role(post[: cut.start()], post[cut.end() :])
        ):
            # "added Ernst and Young's Sanjay Mehta": one firm, then its person; "said Secretary
            # of Health and Human Services Jane Roe": one body, inside the role.
            continue
        phrase = post[: cut.start()]
        comma = post.find(",", cut.start())
        if comma >= 0 and (phrase.partition(" ")[0].lower() in _ROLE_DETERMINERS
                           or _owner_and_role(phrase) or _role_in_capitals(phrase)):
            # "said the chief executive of Apple, Tim Cook.", "ha advertido el secretario
            # general de la Alianza, Jens Stoltenberg, tras la reunión", "said Corvane’s chief
            # medical officer, Dr. Samuel Adeyemi,": the name the role stands for, set off by
            # commas whatever follows it.
            phrase = _appositive_name(post[comma + 1 :].partition(",")[0]) or phrase
        break
    # "sagte Nancy Faeser am Montag", "dijo el ministro en Madrid": time and place go, and
    # so does a listener before the subject ("sagt uns die Quelle").
    foreign_end = language_words.SUBJECT_END.search(phrase)
    if foreign_end and foreign_end.start() == 0 and foreign_end.group() in _OPENING_POSSESSIVES:
        # "sagt seine Ehefrau": right after the verb the possessive opens the subject.
        foreign_end = language_words.SUBJECT_END.search(phrase, foreign_end.end())
    if foreign_end:
        if foreign_end.start() == 0 and (
            adverbial := language_words.ADVERBIAL_BEFORE_SUBJECT.match(post)
        ):
            return subject_after_verb(post[adverbial.end() :])  # "a réagi sur Twitter la…"
        # "заявил соавтор законопроекта и председатель комиссии Василий Пискарев": the name
        phrase = russian_names.name_after_role_run(phrase, foreign_end.start()) \
            or phrase[: foreign_end.start()]
    addressee = language_words.SPANISH_ADDRESSEE.search(phrase) if " a " in phrase else None
    if addressee and phrase[: addressee.start()].rpartition(" ")[2][:1].isupper():
        phrase = phrase[: addressee.start()]  # "dijo Caputo a Radio Mitre"
    recipient = language_words.GERMAN_RECIPIENT.search(phrase)
    if recipient and not _german_genitive_of_role(phrase[: recipient.start()]):
        phrase = phrase[: recipient.start()]  # "sagte Allendorf der Frankfurter Allgemeinen"
    if _outlet_after_name(phrase):
        phrase = phrase.rpartition(" ")[0]  # "sagte Katrin Vollmer (SPD) WELT": said to it
    phrase = phrase.strip()
    first, _, rest = phrase.partition(" ")
    if rest and first in language_words.OBJECT_PRONOUNS:
        phrase = rest
    head, _, last = phrase.rpartition(" ")
    if head and last in _CUT_BEFORE_OBJECT:
        # "said one Democrat familiar with the campaign", "said the base chief known as Bob":
        # the phrase ended at "with" or "as"; the word before is no part of the subject, and
        # the name it is known as is the subject's.
        known_as = _KNOWN_AS_NAME.search(post) if last == "known" else None
        phrase = known_as.group(1) if known_as else head
    pronoun, _, rest = phrase.partition(" ")
    if pronoun in _STRESSED_PRONOUNS:
        # "ha detto lui", "declarou ele": Italian and Portuguese name the speaker after the
        # verb with a stressed pronoun, which no table of ours reads; in French "lui" is no
        # subject, and is never looked for as one
        return _STRESSED_PRONOUNS[pronoun]
    if rest.islower() and pronoun in language_words.PRONOUNS and pronoun != "il":
        # "sagen sie nur:", "sagte er dann": the pronoun is all the subject (not Italian's
        # article in "ha raccontato il sindaco Marco Ferri", "spiega il sindacalista": French
        # writes its "il" after the verb with a hyphen, "explique-t-il").
        phrase = pronoun
    head, _, last = phrase.rpartition(" ")
    if last in language_words.SEPARABLE_PARTICLES or last in _GERMAN_DATIVE_ARTICLES \
            or last in language_words.GERMAN_TRAILING_ADVERBS:
        # "kündigte die Ministerin an", "sagte die Ministerin dem „Spiegel“", "sagte der
        # Sprecher weiter"
        phrase = head
    # A role of a body may run long before the name ("Secretary of State for Health and Social
    # Care Wes Streeting").
    if not phrase or len(phrase.split()) > (_MAX_ROLE_SUBJECT_WORDS if in_role else 8) \
            or phrase.split()[0].lower() in NOT_SUBJECTS - _OPENING_POSSESSIVES \
            or language_words.SPANISH_NOT_SUBJECT.match(phrase) \
            or phrase.split(" ", 1)[0] in _OPENING_PREPOSITIONS \
            or _ITALIAN_PREPOSITION_PHRASE.match(phrase):
        return None  # "ha detto a margine di un convegno a Milano": where, not who
    if phrase[:1].islower() and any(word in _FINITE_VERBS for word in phrase.split()[1:]):
        # "…the report “Shorter Weeks, Longer Questions,” said the evidence so far is mixed":
        # a clause the subject before the quote goes on with, its own verb in it; no subject.
        return None
    # "according to a statement from NASA": the document's author speaks.
    author = _DOCUMENT_AUTHOR.match(post)
    return author.group(1) if author else phrase


_MAX_ROLE_SUBJECT_WORDS: Final = 12


def _outlet_after_name(phrase: str) -> bool:
    """Whether ``phrase`` ends with a paper's name in capitals right after the speaker's name
    or party, whom the words were said to, as WELT writes it ("sagte Katrin Vollmer (SPD)
    WELT"); not a body's initials after its noun ("die DKG", "le groupe LFI")."""
    head, _, last = phrase.rpartition(" ")
    if len(last) < _MIN_OUTLET or not (last.isupper() and last.isalpha()):
        return False
    before = head.rpartition(" ")[2]
    return before.endswith(")") or (before[:1].isupper() and before[-1:].islower())


_MIN_OUTLET: Final = 3
_STRESSED_PRONOUNS: Final = {"lui": "he", "lei": "she", "ele": "he", "ela": "she"}
# English finite verbs a subject phrase never holds.
_FINITE_VERBS: Final = frozenset("is are was were has have had will would could can".split())
# Prepositions in lower case that open what comes after an inverted verb when that is a
# place, a time or a manner, never its subject ("a margine di…", "na ocasião", "in una nota").
# (Not "a", the English article, "su", the Spanish possessive, nor "da", a name's particle.)
_OPENING_PREPOSITIONS: Final = frozenset("in per con di tra fra na nas nos em".split())
# Italian "a" opening a phrase of place or manner: "a margine di…", "a nome del…".
_ITALIAN_PREPOSITION_PHRASE: Final = re.compile(
    r"a [a-zàèéìòù]+ (?:di|del|della|dello|dei|degli|delle)\b"
)
_GERMAN_VERBS: Final = frozenset(language_words.VERBS["de"].split())
# The articles of whom the words were said to ("sagte dem Spiegel"), never of a subject.
_GERMAN_OBJECT_ARTICLES: Final = frozenset({"dem", "den", "einem", "einen"})


def german_subject_after_fronted(verb: str, pre: str, post: str) -> str | None:
    """German puts the verb second: after an adverb or a prepositional phrase before a German
    reporting verb ("Weiter sagte Weidel:", "Mit Blick auf die Debatte, sagte die
    Parteichefin:"), the subject follows the verb, and the opening words are none. Not after
    "auch", which goes with the subject after it ("Auch Kickl sagte"). None when the clause is
    no such clause, or nothing after the verb reads as its subject."""
    if verb not in _GERMAN_VERBS:
        return None
    first = pre.lstrip().split(" ", 1)[0].strip(",").lower()
    if first == "auch" or first not in referent_words.GERMAN_FRONT_OPENERS:
        return None
    subject = subject_after_verb(post)
    if not subject or subject.split(" ", 1)[0].lower() in _GERMAN_OBJECT_ARTICLES:
        return None
    return subject


# What an unnamed role is of, after it: "a spokesman for the company", "an official at".
_ROLE_OF: Final = frozenset({" for", " of", " at"})
_UNNAMED_OPENERS: Final = UNNAMED_OPENERS | {"the"}  # "a spokesman", "the company's chief"
_MAX_UNNAMED_ROLE_WORDS: Final = 4  # "a senior State Department official"


def _unnamed_role_before(text: str, at: int) -> bool:
    """Are the words before ``at`` a role nobody is named in ("a spokesman", "the company's
    chief executive"), which the body it serves may follow ("for Deutsche Bahn")?"""
    words = text[:at].split()
    return 2 <= len(words) <= _MAX_UNNAMED_ROLE_WORDS and words[0].lower() in _UNNAMED_OPENERS \
        and words[-1].islower() and is_title_word(words[-1])


def _german_genitive_of_role(before: str) -> bool:
    """Whether the "der" after ``before`` opens whose role it is ("sagte ein Sprecher der
    Deutschen Bahn"), not whom the words were said to: after a role someone unnamed holds.
    After a named person or an epithet for one, it is the listener ("sagte der SPD-Politiker
    der Nachrichtenagentur dpa")."""
    words = before.split()
    return len(words) == 2 and words[0].lower() in _GERMAN_INDEFINITES \
        and is_title_word(words[1])


_GERMAN_INDEFINITES: Final = frozenset({"ein", "eine", "einer"})


def _role_before(text: str, at: int, in_role: bool) -> bool:
    """Are the capitalised words before ``at`` a role ("Secretary", "Chief Executive"), which
    an "of" and the body it serves follow, rather than a name ("Peter T. King of New York")?
    Inside a role already, any capitalised word: "Governor of the Bank of England Mark Carney"."""
    words = text[:at].split()
    capitalised: list[str] = []
    while words and words[-1][:1].isupper():
        capitalised.append(words.pop())
    if not capitalised:
        return False
    return in_role or is_role(" ".join(capitalised))


def _owner_and_role(phrase: str) -> bool:
    """Does ``phrase`` name a role by whose it is, "Corvane’s chief medical officer", "Bishop
    Tracy Moreland's assistant", "Northgate Advisors' managing partner"?"""
    words = phrase.split()
    for at, word in enumerate(words[:-1]):
        if word.endswith(POSSESSIVE_ENDINGS):
            return all(w[:1].isupper() for w in words[:at]) and \
                (is_title_word(words[-1]) or words[-1] in OCCUPATIONS)
        if not word[:1].isupper():
            return False
    return False


def _role_in_capitals(phrase: str) -> bool:
    """Does ``phrase`` name a role in capitals alone, up to its last word ("Myer Chief
    Merchandise & Marketing Officer"), with no name in it?"""
    words = phrase.split()
    return len(words) > 1 and is_title_word(words[-1]) \
        and all(word[:1].isupper() or word in _ROLE_JOINS for word in words)


_ROLE_JOINS: Final = frozenset({"&", "and", "of", "for"})


def _appositive_name(rest: str) -> str | None:
    """The name ``rest`` holds when it is a name alone, up to the end of the sentence or, set
    off by a comma before a quote, of the clause ("According to his aunt, Jane Starner, “…”")."""
    rest = rest.strip().removesuffix(",").rstrip().removesuffix(".")
    if rest.startswith("the ") and is_title_word(rest.split()[1]):
        rest = rest[len("the ") :]  # "said the bishop's deputy, the Rev. Ann Lee"
    runs = name_runs(rest)
    if len(runs) != 1 or runs[0].start != 0 or runs[0].end != len(rest):
        return None
    return rest if len(person_part(runs[0].words)) >= 2 else None


def _abbreviation_before(text: str, period: int) -> bool:
    words = text[:period].split()
    return ends_no_sentence(words[-1].lower() if words else "")


# French inverts the subject after a quote whatever the verb, written with its auxiliary or
# its reflexive pronoun ("a enchaîné M. Duda", "s'est justifié Joe Biden", "s’enflammait
# Mohamed Ndoye"): the participle or the reflexive verb, by its French ending, then the name.
_FRENCH_INVERTED: Final = re.compile(
    r",?\s*(?:(?:a|avait|aura|s['’](?:est|était))\s+[^\W\d_]+(?:é|ée|i|it|is|u)"
    r"|s['’][^\W\d_]+(?:e|ait|a))\s+(?=[A-ZÀ-Ý]|l[ae]\s|l['’])"
)


def french_inverted_subject(clause: str) -> str | None:
    """The subject after any French verb inverted after a quote ("« … », a enchaîné M. Duda":
    "M. Duda"), None when the clause is no such thing."""
    found = _FRENCH_INVERTED.match(clause)
    return subject_after_verb(clause[found.end() :]) if found is not None else None


# Reporting verbs that are also plural nouns ("her comments", "his remarks"), so not among the
# verbs searched everywhere: right after a quote with a name after them, they are verbs
# ("“…,” reports Jane Moss", a digest quoting another paper's reporter).
_NOUN_LIKE_VERBS: Final = ("comments ", "remarks ", "quips ", "observes ", "reports ")


def inverted_noun_verb(clause: str) -> str | None:
    """The name after such a verb opening the clause after a quote ("“…,” comments Robin Kale,
    who chairs the board"); None unless a capitalised name follows it."""
    if not clause.startswith(_NOUN_LIKE_VERBS):
        return None
    subject = subject_after_verb(clause.partition(" ")[2])
    return subject if subject and name_runs(subject) and subject[:1].isupper() else None


_DASH_SIGNATURE: Final = re.compile(r"\s*[―—–-]+\s*(.+)")
# What a signature names after the signer: "– Pep Guardiola on Erling Haaland" (the topic).
_SIGNED_TOPIC: Final = re.compile(r"\s+(?:on|about)\s")


def dash_signature(clause: str) -> str | None:
    """A name signed after a dash, as in lists of reader quotes: `“…” ― Jane Doe`."""
    match = _DASH_SIGNATURE.match(clause)
    if not match:
        return None
    name = match.group(1).strip(" .")
    runs = name_runs(name)
    if not runs or runs[0].start != 0:
        return None
    if _SIGNED_TOPIC.match(name, runs[0].end):
        return runs[0].raw  # team-news round-ups sign "– Manager on Player"
    return name if len(name.split()) <= 5 else None


def without_listener(subject: str | None) -> str | None:
    """The pronoun that is the subject after a verb, without the outlet it was said to ("—
    сказал он РБК", "рассказала она «Медузе»"): "он", "она"."""
    if subject is None:
        return None
    first, _, rest = subject.partition(" ")
    if rest and first.lower() in language_words.PRONOUNS \
            and (rest[:1].isupper() or rest[:1] in "«\""):
        return first
    return subject
