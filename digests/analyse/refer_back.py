"""A word early inside a sentence, not its first, that stands for what the sentence before said:
"Die Polizei findet sie…", "Mediziner kritisieren, dass dadurch…", "…reconnaître cette
responsabilité…", "…que eso no resolverá…", "…подписал этот указ…".

:mod:`referents` reads a sentence's opening word; German, French, Spanish and Russian news
put such a word after the subject and its verb as often. Read alone, as a key point is, the
sentence then says nothing about what "sie", "dadurch" or "cette responsabilité" is. No name
replaces these words (an object pronoun, a thing, an event), so the sentence is reported and
key-point selection passes it over. English is left to the opening-word rules: "this" inside
an English sentence points forward or to a time as often as back; only its opening time is
read, when that time counts from the sentence before ("Five minutes later, …", "The next day,
…", "Later that night, …": later than what?), and its opening subject, when it is one more
of something named before ("Another victim said…", "Other officials…"). Of the demonstratives
inside an English sentence, only the plural ones before a noun count ("Two of those officers
were suspended"): they point back far more often than "this" does, unless the words after them
say whom they mean ("those who…", "those affected by…", "those families whose…").
"""

from __future__ import annotations

import re
from typing import Final

from digests.analyse import referent_words
from digests.analyse.fronted import dangling_it
from digests.analyse.opening_pronouns import stands_for_nothing

# Only the start of the sentence: its subject, its verb and what follows them. A demonstrative
# further on more often points to something the sentence itself has said.
REACH: Final = 10  # words

# German pronominal adverbs that stand for a whole earlier statement ("dadurch": by what was
# just said); not before a comma, where they point forward ("dadurch, dass…"). Not those that
# point forward as often past a word or two ("geht davon aus, dass…", "setzt sich dafür ein,
# dass…", "bittet darum, …").
_GERMAN_ADVERBS: Final = frozenset("dadurch dabei deshalb deswegen daher hierdurch hierbei".split())
# A German sentence that opens by setting itself against the one before ("Doch das Vorhaben muss
# noch…", "Allerdings gibt es…"): unlike English "But", the word cannot just go (it may hold the
# verb's place: "Doch fand die Polizei nichts"), and what it contrasts with is not there.
_GERMAN_CONTRAST: Final = frozenset("Doch Aber Jedoch Allerdings Dennoch Trotzdem Indes".split())
# A German sentence that opens by adding to the one before ("Zudem gibt es…", "Außerdem will die
# Stadt…", "Darüber hinaus plant…"): read alone it adds to nothing, and the word, in the verb's
# place, cannot just go either. Not "Weiterhin", as often "still" ("Weiterhin gilt…").
_GERMAN_ADDITION: Final = re.compile(
    r"^(?:Zudem|Außerdem|Ferner|Überdies|Ebenfalls|Darüber hinaus|Des Weiteren|Daneben)\b"
)
# A German subject whose noun takes a pronominal adverb for the statement before ("Der Grund
# dafür liegt…", "Ein Beispiel dafür ist…", "Die Parole dazu:"): the reason for what? Not one
# that points forward, to the clause after it ("Der Grund dafür, dass…", "Die Voraussetzung
# dafür ist, dass…").
_GERMAN_NOUN_FOR_BEFORE: Final = re.compile(
    r"^(?:Der|Die|Das|Den|Dem|Ein|Eine|Einen|Einem)\s+[A-ZÄÖÜ][^\s,;:.!?]*\s+"
    r"(?:dafür|dazu|hierfür|hierzu|davon)\b(?!\s*,)"
    r"(?!(?:\s+[^\s,]+){1,2},\s*(?:dass|ob|wie|wo|was|zu)\b)"
)
# "Or" opening a sentence offers another way to say or do what the sentence before said ("Or,
# more specifically, through rosé-filled glasses."), in each language the bot reads: read alone,
# there is nothing it is the alternative to, and the word cannot just go, as "But" can.
_ALTERNATIVE_OPENINGS: Final = (
    "Or ", "Or, ", "Oder ", "Oder, ", "Ou ", "Ou, ", "O ", "O, ", "Или ", "Или, ", "Либо ",
)
# A sentence that opens with "Not only because" gives the reasons for what the sentence before
# claimed and has no main clause of its own ("No sólo porque Russell ejerce como director…, sino
# por…"): read alone, it is a reason for nothing.
_REASON_OPENINGS: Final = (
    "Not only because", "Not just because", "No sólo porque", "No solo porque",
    "Nicht nur, weil", "Nicht nur weil", "Non seulement parce que", "Pas seulement parce que",
    "Не только потому",
)
# German object pronouns (lower case: "Sie" is also the polite "you") right after the verb in
# second place: "Die Polizei findet sie", "Die Retter brachten ihn…". Whether subject or object,
# they stand for someone named before.
_GERMAN_PRONOUN_AFTER_VERB: Final = re.compile(
    r"^[A-ZÄÖÜ][^\s,;:.!?]*(?: [^\s,;:.!?\"“”„«»()–-]+){0,3}? (?P<verb>[a-zäöüß]+)"
    r" (?:sie|ihn|ihm|ihnen)\b"
)
# Demonstrative determiners before their noun ("diese Entscheidung", "cette décision", "esta
# medida", "этот указ") and demonstratives standing alone ("cela", "eso", "это").
_DETERMINERS: Final[dict[str, frozenset[str]]] = {
    "de": frozenset("diese dieser dieses diesen diesem".split()),
    "fr": frozenset("ce cet cette ces".split()),
    "es": frozenset("este esta estos estas ese esa esos esas".split()),
    "ru": frozenset(
        "этот эта это эти этого этой этом этим этих эту этому такой такая такое такие такого"
        " такую таким такой".split()
    ),
}
_STANDING_ALONE: Final[dict[str, frozenset[str]]] = {
    "de": frozenset({"dies"}),
    "fr": frozenset("cela ça ceci celui-ci celle-ci ceux-ci celles-ci".split()),
    "es": frozenset("esto eso ello".split()),
    "ru": frozenset(),
}
# French "ce" that is a pronoun of its own clause ("ce que les habitants attendaient", "ce
# sont"), not a determiner.
_FRENCH_CE_PRONOUN: Final = frozenset("qui que qu dont sont soit sera serait fut n ne".split())
# Words after a demonstrative that make it a time or a now ("diese Woche", "ce mercredi",
# "este martes", "в этом году"), or an expression that points at nothing said.
_NOT_BACK: Final = referent_words.POINTS_IN_TIME | referent_words.NOW_WORDS | frozenset(
    """
    jour moment stade soir matin week-end jahres monats jahr woche
    летом зимой весной осенью утром вечером неделе году образом
    """.split()
)
# An English opening time that counts from an event the sentence does not name. Not "after"
# or "before" with what they count from ("Two days after the vote, …"), nor "later this year"
# (from now).
_NUMBER_WORD: Final = (
    r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
    r"|thirty|forty|fifty|a few|several|some|\d+)"
)
_UNIT: Final = r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)"
_DAY_PART: Final = r"(?:day|night|morning|afternoon|evening|week|month|year)"
_ENGLISH_TIME_FROM_BEFORE: Final = re.compile(
    rf"^(?:(?:just|only|barely)\s)?(?:{_NUMBER_WORD}\s{_UNIT}\s(?:later|earlier)"
    rf"|(?:moments|seconds|minutes|hours|days|weeks|months|years)\s(?:later|earlier)"
    rf"|(?:later|earlier)\s(?:that|the same)\s{_DAY_PART}|later\sin\sthe\s{_DAY_PART}"
    # "The next day will bring rain": the time as the subject counts from now.
    rf"|the\s(?:next|following|previous)\s{_DAY_PART}(?!\s(?:will|would|is|was|could|may)\b)"
    rf"|(?:that|the same)\s{_DAY_PART},"
    r"|(?:shortly|soon|not long|immediately)\safter(?:wards)?,|afterwards,|thereafter,)(?!\w)",
    re.IGNORECASE,
)
# The same opening time in German, French, Spanish and Russian ("Danach…", "Puis, la semaine
# suivante…", "Posteriormente, el sujeto…", "Затем…"): later than what? Not "Después de la
# reunión" or "Luego del partido", which name what they count from.
_TIME_FROM_BEFORE: Final[dict[str, re.Pattern[str]]] = {
    "de": re.compile(
        r"^(?:Danach|Anschließend|Daraufhin|Kurz (?:darauf|danach|zuvor)|Zuvor|Wenig später"
        r"|Am (?:nächsten|folgenden) (?:Tag|Morgen|Abend)|\w+ (?:Minuten|Stunden|Tage) später)\b"
    ),
    "fr": re.compile(
        r"^(?:Puis|Ensuite|Le lendemain|La veille|Peu (?:après|avant)|Plus tard"
        r"|\w+ (?:minutes|heures|jours|semaines|mois) plus tard)\b"
    ),
    "es": re.compile(
        r"^(?:Luego|Después|Posteriormente|Más tarde|Al día siguiente|Poco (?:después|antes)"
        r"|\w+ (?:minutos|horas|días|semanas|meses) (?:después|más tarde))\b(?! de\b| del\b)"
    ),
    "ru": re.compile(
        r"^(?:Затем|Потом|После этого|Позже|Позднее|На следующий день|Спустя|Вскоре)\b"
    ),
}
# A Spanish impersonal report whose clause leaves its subject out ("Se indicó que amenazaba a
# los vecinos", "Se informó que fue trasladado…"): who threatened, who was taken? The person
# the sentences before were about, whom no name here replaces. Not "Se informó que el hombre…",
# which says who.
_SPANISH_REPORT_WITHOUT_SUBJECT: Final = re.compile(
    r"^Se [a-záéíóúñ]+ó que (?:no |ya |se |lo |la |le |les |los |las )?"
    r"(?:fue|fueron|era|eran|había|habían|estaba|estaban|tenía|tenían"
    r"|[a-záéíóúñ]{3,}(?:aba|aban|ía|ían|ó|aron|ieron))\b"
)
# A Spanish sentence that opens on "the same" ("Del mismo fueron parte…", "La misma fuente
# indicó…", "El mismo día…"): the same as what? Not the connectives "Del mismo modo" (likewise)
# and "Al mismo tiempo" (meanwhile), which name no thing said before.
_SPANISH_SAME: Final = re.compile(
    r"^(?:Del|Al|De la|A la|De los|De las|El|La|Los|Las) mism[oa]s?\b"
    r"(?! (?:modo|manera|forma|tiempo)\b)"
)
# An English subject counted against one the sentences before named: "Another victim said…",
# "Other officials…", "The other campaigns…", "A second man was arrested…" (another than whom?).
# Not "Other than…" (except), not "the other day" (lately).
_ENGLISH_ONE_MORE: Final = re.compile(
    r"^(?:Another|Others?|The other|(?:Two|Three|Four|Several|Many|Some|Most) other"
    r"|A (?:second|third|fourth|fifth))\b(?! than\b| day\b)"
)
# An English "these" or "those" inside the sentence before a noun: "Two of those officers were
# suspended", "progress on several of these fronts" (which officers, which fronts?). Not before
# the words that say whom they mean ("those who…", "those affected by…", "those in need", "those
# families whose homes…"), nor a time ("these days").
_ENGLISH_PLURAL_DEMONSTRATIVE: Final = re.compile(
    r"(?<=\s)(?:these|those)\s+([A-Za-z][\w'’-]*)(?:\s+([a-z]+))?"
)
_SAYS_WHOM_IT_MEANS: Final = frozenset(
    """
    who whom whose that which where with without in on at of from for to under over near by
    among across inside outside like and or not now here there still already currently most
    least same aged
    """.split()
)
_ENGLISH_TIMES: Final = frozenset("days years weeks months nights hours times decades".split())
_WORD: Final = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|[,;:]")


def refers_back(sentence: str, language: str, title: str = "") -> bool:
    """Does a word among the sentence's first REACH words (not its first word: see
    :mod:`referents`) stand for what the sentence before said, or does it open with "Or" ("Or,
    more specifically, …") or "Not only because"? In English: does the sentence
    open with a time counted from it, or with a subject counted against one it named, or pick
    "the former" or "the latter" of what it named?"""
    language = language[:2]
    if sentence.startswith(_ALTERNATIVE_OPENINGS) or sentence.startswith(_REASON_OPENINGS):
        return True
    if language in ("en", ""):
        return (
            _ENGLISH_TIME_FROM_BEFORE.match(sentence) is not None
            or _ENGLISH_ONE_MORE.match(sentence) is not None
            or _english_plural_demonstrative(sentence, title)
            or _english_it_after_opening_phrase(sentence)
            or _english_former_or_latter(sentence)
        )
    determiners = _DETERMINERS.get(language)
    if determiners is None:
        return False
    if language == "de" and (
        sentence.partition(" ")[0].rstrip(",") in _GERMAN_CONTRAST
        or _GERMAN_ADDITION.match(sentence) is not None
        or _german_pronoun_after_verb(sentence)
        or _GERMAN_NOUN_FOR_BEFORE.match(sentence) is not None
    ):
        return True
    if _TIME_FROM_BEFORE[language].match(sentence) is not None:
        return True
    if language == "es" and (
        _SPANISH_REPORT_WITHOUT_SUBJECT.match(sentence) is not None
        or _SPANISH_SAME.match(sentence) is not None
    ):
        return True
    tokens = _WORD.findall(sentence[:200])
    words = [token.lower() for token in tokens][: REACH * 2]
    words = words[: _nth_word_end(words, REACH)]
    alone = _STANDING_ALONE[language]
    for at in range(1, len(words)):
        word = words[at]
        following = words[at + 1] if at + 1 < len(words) else ""
        if word in alone:
            return True
        if language == "de" and word in _GERMAN_ADVERBS and following != ",":
            return True
        if word in determiners and _is_determiner(word, following, language):
            return True
    return False


def _english_it_after_opening_phrase(sentence: str) -> bool:
    """Is the subject after an opening phrase of time, place or manner an "it" that stands for
    what the sentence before named ("With little notice, it is also pointing…", "In its
    bulletin, it flagged…")? Not one that stands for nothing ("After the vote, it emerged
    that…")."""
    rest = dangling_it(sentence)
    return rest is not None and not stands_for_nothing("It " + sentence[rest:])


def _english_plural_demonstrative(sentence: str, title: str) -> bool:
    """Does "these" or "those" before a noun, among the first REACH words (not the first: see
    :mod:`referents`), stand for things or people the sentences before named? Not when the
    ``title``, shown above the points, names them ("Leaked documents show…": "those
    documents")."""
    # Most sentences hold neither word: two scans for them, at memchr speed, settle those. The
    # pattern opens with a look-behind, so a search tries it at every position (~2 µs).
    if sentence.find("these", 0, 200) < 0 and sentence.find("those", 0, 200) < 0:
        return False
    match = _ENGLISH_PLURAL_DEMONSTRATIVE.search(sentence, 0, 200)
    if match is None or sentence.count(" ", 0, match.start()) >= REACH:
        return False
    noun, following = match.group(1), match.group(2) or ""
    return (
        noun not in _SAYS_WHOM_IT_MEANS
        and noun not in _ENGLISH_TIMES
        and not noun.endswith(("ed", "ing"))
        and following not in _SAYS_WHOM_IT_MEANS
        and re.search(rf"\b{re.escape(noun)}\b", title, re.IGNORECASE) is None
    )


# "The former" or "the latter" with no noun of its own after it: one of two things named before.
_ENGLISH_FORMER_OR_LATTER: Final = re.compile(
    r"\b[Tt]he (?:former|latter)(?=[.,;:!?)]|$| (?:and|or|but|is|was|are|were|has|had|have|will"
    r"|would|can|could|may|might|should|did|does|to|of|in|on|at|with|than|as|because|who"
    r"|which|that)\b)"
)


def _english_former_or_latter(sentence: str) -> bool:
    """Does "the former" or "the latter", among the first REACH words, stand alone for one of
    two things the sentence before named ("…a lot of the former and not much of the latter")?
    Not before a noun ("the former president", "the latter half of the year"), nor further on,
    where it picks from what the sentence itself named ("in a race between Trump and Cruz, he
    would support the former")."""
    if "former" not in sentence and "latter" not in sentence:
        return False  # most sentences: settled without the pattern
    match = _ENGLISH_FORMER_OR_LATTER.search(sentence)
    return match is not None and sentence.count(" ", 0, match.start()) < REACH


def _nth_word_end(tokens: list[str], count: int) -> int:
    """Where the ``count``-th word ends among ``tokens`` (commas count for nothing)."""
    seen = 0
    for at, token in enumerate(tokens):
        if token not in ",;:":
            seen += 1
            if seen == count:
                return at + 1
    return len(tokens)


def _is_determiner(word: str, following: str, language: str) -> bool:
    """Is ``word`` a demonstrative before a noun that stands for something said before?"""
    if not following or following in ",;:" or following in _NOT_BACK:
        return False
    return not (language == "fr" and word == "ce" and following in _FRENCH_CE_PRONOUN)


def _german_pronoun_after_verb(sentence: str) -> bool:
    """"Die Polizei findet sie", "Die Retter brachten ihn…": a personal pronoun right after
    the verb in second place (not "dass sie", "für sie": no verb before it)."""
    match = _GERMAN_PRONOUN_AFTER_VERB.match(sentence)
    return match is not None and match.group("verb") not in referent_words.GERMAN_NOT_VERBS
