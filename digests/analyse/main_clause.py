"""A long sentence that opens with a subordinate clause, as a point: its main clause.

A point keeps the start of a sentence too long for it (see :mod:`trim`). When the sentence opens
with a subordinate clause or phrase ("While the donor did not say how much…", "Having posted
record highs in the month, including four…"; in English also a preposition's phrase that a
clause of its own draws out, "In comments which are likely to be seen by…, the prime minister
said…") long enough that the cut falls inside it, the point would be that clause alone: no
subject, no verb of its own, nothing said. Its main clause
is what the sentence says; the point is that (when it is long enough to be one), or nothing.

English, German, French, Spanish, Italian and Portuguese: each has its own clause openers
("Nachdem", "Alors que", "Aunque", "Dopo che", "Depois de") and its own way to tell where the
main clause starts after a comma. The others start it with the subject ("…, le conseil
municipal a voté…"; the Romance languages with a determiner, a pronoun or a name, since a
clause may go on after its comma with
almost any other word, and a Spanish main clause without a subject says nothing alone). German
starts it with the finite verb, then the subject ("Nachdem …, kann die Stadt…"): the point puts
the subject first ("Die Stadt kann…"), as the sentence would read without its opening clause.
"""

from __future__ import annotations

import re
from typing import Final

from digests.analyse import referent_words
from digests.analyse.trim import MAX_CHARS, trim

# Words that open a subordinate clause or a phrase that leads up to the main clause. Not
# "According to", whose clause names a source the rest needs; not other "-ing" words, which
# open subjects as often ("Gambling revenue rose…").
_OPENER: Final = re.compile(
    r"(?:When|Whenever|While|Whilst|Although|Though|Even (?:though|as|if|when)|If|Unless|As"
    r"|After|Before|Since|Because|Until|Once|Despite|In spite of|With|Amid|Amidst|Following"
    r"|Unlike|Having)\s"
)
# English prepositions that open a phrase before the main clause: a phrase that runs past the
# cut only when a clause of its own hangs on its noun ("In comments which are likely to be seen
# by…, the prime minister said…"). Without a comma after the phrase, where the main clause
# starts no cheap test can say ("In the latest sign of tension the ministry summoned…"): the
# point then keeps the sentence's start, as for any other sentence.
_PHRASE_OPENER: Final = re.compile(
    r"(?:In|On|At|For|By|From|Under|Over|During|Throughout|Among|Across|Within|Against"
    r"|Beyond|Between|Through)\s"
)
# A clause boundary inside the sentence (comma, or a dash between spaces) and the word after it;
# the comma may stand inside the quote marks that close a quoted phrase ('…politician," Hillary').
_BOUNDARY: Final = re.compile(r"(?:,[\"”’']?|\s(?:--|[–—-]))\s+[\"“‘']?([^\W\d_][\w'’-]*|\d)")
# Words after a boundary that go on with the clause before it rather than open the main one:
# conjunctions, relative words, prepositions, "including", "especially".
_GOING_ON: Final = frozenset(
    """and or but nor including which who whom whose where when while whereas as than
    especially particularly notably mainly mostly such like unlike in on at for from with
    without by of to into onto over under after before during since until among amid despite
    through across against between within about around not even both either neither then so
    also only just plus via per compared along alongside toward towards beyond upon""".split()
)
_MIN_WORDS: Final = 6  # a shorter main clause ("…, the report said.") is no point

_OPENERS: Final[dict[str, re.Pattern[str]]] = {
    "en": _OPENER,
    "de": re.compile(
        r"(?:Nachdem|Als|Weil|Da|Obwohl|Obgleich|Wenn|Bevor|Ehe|Während|Seitdem|Sobald|Solange"
        r"|Falls|Indem)\s"
    ),
    "fr": re.compile(
        r"(?:(?:Alors|Bien|Lors|Puis|Parce|Après|Avant|Depuis|Tandis|Pendant) ?qu(?:e\s|['’])"
        r"|Quand\s|Même si\s|Si\s|S['’]il|Malgré\s|Après\s|Avant d(?:e\s|['’])|Face à\s"
        r"|Faute d(?:e\s|['’]))"
    ),
    "es": re.compile(
        r"(?:Aunque|Cuando|Mientras|Si|Porque|Ya que|Pese a|A pesar de|Tras|Después de"
        r"|Antes de|Luego de|Desde que"
        # a topic set before the main clause: "Sobre las declaraciones de …, el presidente dijo"
        r"|Sobre|Respecto (?:a|al|de|del)|Con respecto (?:a|al)|En cuanto (?:a|al)|Acerca de"
        r"|En relación (?:a|al|con)|Cuestionad[oa]|Consultad[oa]|Interrogad[oa]|Preguntad[oa])\s"
    ),
    "it": re.compile(
        r"(?:Quando|Mentre|Sebbene|Benché|Anche se|Se|Perché|Poiché|Dopo (?:che|aver|essere)"
        r"|Prima (?:che|di)|Nonostante|Malgrado|In merito a|Riguardo a|A proposito d[ie])\s"
    ),
    "pt": re.compile(
        r"(?:Quando|Enquanto|Embora|Apesar d[eao]s?|Se|Porque|Depois d[eao]s?|Após|Antes d[eao]s?"
        r"|Desde que|Mesmo que|Sobre|Em relação a|Quanto a|Questionad[oa]|Perguntad[oa])\s"
    ),
}
# Words that open a French or Spanish subject: determiners and subject pronouns, elided too
# ("c'est…", "j'ai…": else a later comma's "du logement, …" in a list passes for the subject);
# a name, a number or an acronym opens one too.
_SUBJECT_STARTS: Final[dict[str, frozenset[str]]] = {
    "fr": frozenset(
        """le la les l un une des du il elle ils elles on ce cet cette ces son sa ses leur leurs
        plusieurs certains certaines aucun aucune chaque tous toutes nous je c j""".split()
    ),
    "es": frozenset(
        """el la los las un una unos unas él ella ellos ellas su sus este esta estos estas ese
        esa esos esas varios varias muchos muchas todos todas cada ningún ninguna""".split()
    ),
    "it": frozenset(
        """il lo la i gli le l un uno una questo questa questi queste quel quella quei quelle
        lui lei loro suo sua suoi sue ogni molti molte tutti tutte nessuno""".split()
    ),
    "pt": frozenset(
        """o a os as um uma uns umas ele ela eles elas seu sua seus suas este esta estes estas
        esse essa esses essas cada todos todas nenhum nenhuma""".split()
    ),
}
# A German subject after its verb: a pronoun; an article, its adjectives (lower case) and its
# noun (capitalised), with a genitive or a name after it ("die Polizei des Landkreises", "der
# Bürgermeister Peter Braun"); or a name alone.
_GERMAN_SUBJECT: Final = re.compile(
    r"(?:(?:der|die|das|ein|eine|kein|keine) (?:[a-zäöüß][\w-]* ){0,2}[A-ZÄÖÜ][\w-]*"
    r"(?: des (?:[a-zäöüß][\w-]* ){0,2}[A-ZÄÖÜ][\w-]*)?|[A-ZÄÖÜ][\w-]*)"
    r"(?: [A-ZÄÖÜ][\w-]*)*"
    r"|(?:er|sie|es|man|wir|ich)\b"
)


def _opens_main_clause(word: str) -> bool:
    """Could the main clause start with ``word`` (a subject: "the", "he", a name, a number)?"""
    lower = word.lower()
    return not (
        lower in _GOING_ON
        or (word.islower() and lower.endswith(("ing", "ed", "ly")))  # "…, having", "…, called"
    )


def _may_open_main_clause(sentence: str, start: int, language: str) -> bool:
    """May the main clause start at ``start`` (the first word after a comma)? A German finite
    verb says so, whatever comes after it ("…, konnte bei den Männern Clemens Herfurth…")."""
    if language == "de":
        verb, following = [*sentence[start:].split(maxsplit=2), "", ""][:2]
        return (
            verb.isalpha()
            and verb.islower()
            and verb not in referent_words.GERMAN_NOT_VERBS
            and verb not in _GOING_ON_GERMAN
            # ", festgenommen worden war,": a participle, the end of the clause before
            and following.rstrip(",.") not in _GERMAN_AUXILIARIES
        )
    return _main_clause_at(sentence, start, language) is not None


def _main_clause_at(sentence: str, start: int, language: str) -> str | None:
    """The main clause, as a point shows it, when it may start at ``start`` (the first word
    after a comma); None when the clause before goes on there."""
    if language == "de":
        return _german_main_clause(sentence, start)
    word = sentence[start:].split(maxsplit=1)[0]
    if language in _SUBJECT_STARTS:
        if not _opens_subject(sentence, start, word, _SUBJECT_STARTS[language]):
            return None
    elif not _opens_main_clause(word):
        return None
    return sentence[start:]


def _opens_subject(sentence: str, start: int, word: str, starts: frozenset[str]) -> bool:
    """Does a French or Spanish subject start at ``start``? A name set off by commas is an
    aside ("Aunque el presidente, Pedro Sánchez, dijo…"), not the main clause's subject."""
    first = re.split(r"['’]", word, maxsplit=1)[0].rstrip(",").lower()
    if first in starts or word[0].isdigit():
        return True
    if not word[0].isupper():
        return False
    name = re.match(r"[^\W\d_][\w'’.-]*(?: [A-ZÁÉÍÓÚÑÀÂÇÈÊÎÔ][\w'’.-]*)*", sentence[start:])
    return name is not None and not sentence[start + name.end() :].startswith(",")


def _german_main_clause(sentence: str, start: int) -> str | None:
    """The German main clause at ``start`` with its subject first: "kann die Stadt im Frühjahr
    beginnen" -> "die Stadt kann im Frühjahr beginnen"; None when no finite verb and subject
    start there (", festgenommen worden war": the clause before goes on)."""
    if not _may_open_main_clause(sentence, start, "de"):
        return None
    verb, _, rest = sentence[start:].partition(" ")
    # A reflexive or object pronoun may come between the verb and the subject: "wird sich die
    # Lage verschlechtern" -> "die Lage wird sich verschlechtern".
    pronoun, _, after_pronoun = rest.partition(" ")
    if pronoun in _GERMAN_OBJECT_PRONOUNS:
        verb, rest = f"{verb} {pronoun}", after_pronoun
    subject = _GERMAN_SUBJECT.match(rest)
    if subject is None:
        return None
    after = rest[subject.end() :]
    if after.startswith(","):
        return None  # "…, sagte der Sprecher, …": a reporting clause, an aside
    return f"{subject.group()} {verb}{after}"


# German words after a comma that go on with the clause before ("…, so dass", "…, bis").
_GOING_ON_GERMAN: Final = frozenset("so sodass bis sowie bzw welche welcher welches".split())
_GERMAN_OBJECT_PRONOUNS: Final = frozenset("sich ihm ihr ihnen uns mir dir euch".split())
_GERMAN_AUXILIARIES: Final = frozenset(
    """worden war waren wurde wurden hatte hatten ist sind hat haben habe sei seien wird werden
    sein zu""".split()
)


def _opens_dashed_aside(sentence: str, boundary: re.Match[str]) -> bool:
    """Is ``boundary`` a dash that a second dash of its kind closes later in the sentence? The
    words between them are an aside within the clause, not the start of another."""
    mark = sentence[boundary.start() : boundary.start(1)].strip(" \"“‘'")
    return mark != "," and sentence.find(f" {mark} ", boundary.start(1)) >= 0


def split_cut_off_clause(sentence: str, language: str = "") -> tuple[str, str] | None:
    """``(opening clause, main clause)`` of a sentence whose point would end inside its
    opening clause (``("", sentence)`` when the point is fine as it is), or None when no main
    clause long enough for a point follows the opening clause."""
    language = language[:2] or "en"
    opener = _OPENERS.get(language)
    if len(sentence) <= MAX_CHARS or opener is None:
        return "", sentence  # the usual case: the point keeps the whole sentence
    phrase_only = False
    if opener.match(sentence) is None:
        if language != "en" or _PHRASE_OPENER.match(sentence) is None:
            return "", sentence
        phrase_only = True
    kept = trim(sentence, keep_short_tail=False).removesuffix("…")
    # Not a comma inside brackets: "(he was a state senator, a congressman and…)" is an aside;
    # nor a dash that another closes ("…the final - a race that … - the coach said…").
    boundaries = [
        boundary for boundary in _BOUNDARY.finditer(sentence)
        if sentence.count("(", 0, boundary.start()) <= sentence.count(")", 0, boundary.start())
        and not _opens_dashed_aside(sentence, boundary)
    ]
    for boundary in boundaries:
        start = boundary.start(1)
        if not _may_open_main_clause(sentence, start, language):
            continue
        if start < len(kept):
            return "", sentence  # the point reaches a clause that may be the main one
        main = _main_clause_at(sentence, start, language)
        if main is None:
            return None  # a German main clause whose subject cannot be put first
        quoted = sentence[start - 1] in "\"“‘'"  # the main clause opens with a quote
        if quoted:
            main = sentence[start - 1] + main
        if len(main.split()) < _MIN_WORDS:
            return None
        at = 1 if quoted else 0
        main = main[:at] + main[at].upper() + main[at + 1 :]
        return sentence[: boundary.start()], main
    return ("", sentence) if phrase_only else None
