"""Which body the article means by the noun it calls it by ("the company", "the agency", "der
Verein", "le ministère") where that body speaks: a digest shows "Corvid", "National
Environment Agency" or "ministère de l'Agriculture", which tells the reader who spoke, where
"the company" does not.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from digests.analyse.body_names import ROMANCE_HEAD, whole_name, whole_name_at
from digests.analyse.clauses import REPORTING
from digests.analyse.epithet_words import DETERMINERS
from digests.analyse.names import is_org, names_a_place
from digests.analyse.story_words import STORY_STOPWORDS

if TYPE_CHECKING:
    from digests.analyse.mentions import Mention
    from digests.analyse.name_index import NameIndex

# Nouns for a body, by language, as "the …" speaks for one the article has named. These are
# part of the body's name where it has one ("Ministry of Finance", "National Environment
# Agency", "Mieterverein Leipzig", "ministère de l'Agriculture", "parquet de Paris"): only a
# name that holds the noun is the body it means.
_NAMING: Final = {
    "en": """agency ministry department authority commission council university hospital
        foundation society federation league institute union association board bank fund
        alliance coalition college trust network committee office service center centre
        campaign party court school library museum district church diocese parish""",
    "de": """verein verband ministerium behörde gewerkschaft stiftung institut kammer amt
        agentur staatsanwaltschaft polizei""",
    "fr": """ministère parquet syndicat association fédération préfecture mairie agence
        institut commission conseil fondation""",
    "es": """ministerio sindicato asociación federación agencia ayuntamiento comisión consejo
        instituto fiscalía fundación""",
    "it": """ministero sindacato associazione federazione agenzia comune regione procura
        istituto fondazione consiglio commissione""",
    "pt": """ministério sindicato associação federação agência câmara prefeitura instituto
        fundação""",
}
# These are not: "the company" is the body the story turned to last, or the one the article
# names right after the same noun ("le groupe privé Petits Pas Services"), whatever its name.
_GENERIC: Final = {
    "en": """company firm group organisation organization charity startup airline retailer
        manufacturer insurer broadcaster publisher regulator watchdog operator utility carrier
        lender developer automaker carmaker maker chain club force airframer planemaker
        shipbuilder shipowner line accreditor provider supplier chipmaker drugmaker giant
        exchange""",
    "de": """unternehmen konzern firma gruppe club klub hersteller autobauer versicherer
        betreiber anbieter händler fluggesellschaft sender""",
    "fr": """groupe entreprise société enseigne club organisme établissement compagnie
        constructeur opérateur fournisseur distributeur assureur industriel laboratoire
        transporteur exploitant gestionnaire équipementier firme institution""",
    "es": """compañía empresa grupo club firma organismo entidad institución dependencia operadora
        aseguradora aerolínea constructora eléctrica petrolera farmacéutica tecnológica
        multinacional""",
    "it": "azienda società gruppo ente compagnia impresa club",
    "pt": "empresa companhia grupo entidade clube",
}
# Another word for a naming noun: "el consistorio" is the "Ayuntamiento de Sevilla".
_SYNONYMS: Final = {"consistorio": "ayuntamiento"}
NAMING_NOUNS: Final = {lang: frozenset(words.split()) for lang, words in _NAMING.items()}
GENERIC_NOUNS: Final = {lang: frozenset(words.split()) for lang, words in _GENERIC.items()}
_ARTICLES: Final = frozenset({"the", "der", "die", "das", "le", "la", "l'", "el", "il", "lo"})
# Languages that put the noun first and its adjectives after ("l'établissement public").
_NOUN_FIRST: Final = frozenset({"fr", "es", "it", "pt"})
# Paragraphs back where a body the noun does not name may be.
_NEARBY: Final = 1
_MAX_WORDS: Final = 3  # "the company", "the auction house", "the Oslo-based company"


def body_called(
    index: NameIndex, phrase: str, at: tuple[int, int], language: str = ""
) -> str | None:
    """The body "the <noun>" stands for: the last named before ``at`` whose name holds the
    noun ("the agency": "National Environment Agency"; "le ministère": "ministère de
    l'Agriculture"); for a noun no name holds ("the company", "le groupe"), the body named
    right after the same noun, else the last body named, where it opened a sentence of this
    paragraph or the one before (the company that "said in a statement" above its quote), as
    for a naming noun no name holds ("the agency" after "The U.S. Bureau of Reclamation")."""
    words = phrase.lower().split()
    lang = language[:2] if language[:2] in NAMING_NOUNS else "en"
    if lang in _NOUN_FIRST and words[:1] and words[0][:2] in ("l'", "l’"):
        words[0] = words[0][2:]  # "l'organisme"
    elif words and (words[0] in _ARTICLES or words[0] in DETERMINERS.get(lang, ())):
        # an article, or a demonstrative that stands for a body as one does ("cet organisme",
        # "diese Firma"), Portuguese "o" and "a" in Portuguese only
        words = words[1:]
    elif lang in ("en", "de") or len(words) != 1:
        return None  # English and German name a body's noun with its article
    if not 1 <= len(words) < _MAX_WORDS:
        return None
    if lang in _NOUN_FIRST:
        if not phrase.split()[-1].islower() and len(words) > 1:
            return None  # "le groupe TotalEnergies": the name itself speaks
        noun = _SYNONYMS.get(words[0], words[0])  # "l'établissement public"
    else:
        noun = words[-1]
        if lang == "de":
            noun = _compound_head(noun)  # "der Automobilclub": a club
    if noun in NAMING_NOUNS[lang]:
        # Else a body named otherwise that just spoke: "The U.S. Bureau of Reclamation … said
        # … “…,” the agency said."
        named = _named_holding(index, noun, at) or _named_of(index, noun, at) \
            or (last_subject_body(index, at, spoke=True) if len(words) == 1 else None)
    elif noun in GENERIC_NOUNS[lang]:
        named = _named_after_noun(index, noun, at) \
            or last_subject_body(index, at, spoke=True, described=lang != "en") \
            or (_opening_body(index, at) if lang == "en" and noun in _NO_PERSONS_NOUNS
                else None) \
            or (_named_after_kind(index, at) if noun in _ANY_KIND else None) \
            or _spoken_for(index, at)
    else:
        return None
    return _without_article(named, lang) if named and lang in _NOUN_FIRST else named


def _compound_head(noun: str) -> str:
    """The German noun for a body that a compound ends in ("automobilclub" -> "club",
    "energiekonzern" -> "konzern"), or ``noun`` itself."""
    if noun in _GERMAN_NOUNS:
        return noun
    return next((head for head in _GERMAN_NOUNS
                 if noun.endswith(head) and len(noun) > len(head) + 2), noun)


_GERMAN_NOUNS: Final = GENERIC_NOUNS["de"] | NAMING_NOUNS["de"]


def _without_article(name: str, language: str) -> str:
    """A body's name without the article a sentence gave it, where a noun for a body follows
    ("El Ayuntamiento de Sevilla" -> "Ayuntamiento de Sevilla"; "Le Monde" stays)."""
    first, _, rest = name.partition(" ")
    if first[:2] in ("L'", "L’"):
        first, rest = first[:2], first[2:] + (" " + rest if rest else "")
    elif first not in ("El", "La", "Le", "Los", "Las", "Les"):
        return name
    if first[:1] == "L" and rest.isupper():
        return rest  # "L'OFB"
    head = rest.partition(" ")[0].lower()
    if head in NAMING_NOUNS[language] or head in GENERIC_NOUNS[language] \
            or ROMANCE_HEAD.fullmatch(head.capitalize()):
        return rest
    return name


# Someone who speaks for a body the sentence does not name, or names by its noun alone ("A
# spokesperson said", "a spokesman for the operator"), in English.
SPEAKING_ROLES: Final = "spokesperson|spokesman|spokeswoman|representative|press officer"
_SPEAKING_ROLE: Final = rf"(?P<role>{SPEAKING_ROLES})"
_SPOKESPERSON: Final = re.compile(
    rf"(?:a|an|the) {_SPEAKING_ROLE}(?: for (?P<body>the \w+))?", re.IGNORECASE
)


def spokesperson_of(index: NameIndex, phrase: str, at: tuple[int, int]) -> str | None:
    """"Stagecoach spokesperson" for "a spokesperson for the operator" after "Stagecoach said…";
    for a bare "a spokesperson", the body that was the subject just before ("The Environment
    Agency said it was considering the findings. A spokesperson said: …"). None where no body
    is in view: the phrase then stands as written."""
    found = _SPOKESPERSON.fullmatch(phrase)
    if found is None:
        return None
    noun, role = found.group("body"), found.group("role").lower()
    if noun is None and phrase[:1] in "Tt":
        introduced = _introduced_with_body(index, role, at)
        if introduced:
            return introduced
    # "Wessex Vale Water said… “…,” a spokesperson said": a name that spoke, even one that says
    # nothing of a body, is whom a new spokesperson speaks for; "the spokesman" is one named.
    body = body_called(index, noun, at) if noun \
        else last_subject_body(index, at, spoke=phrase[:1] in "Aa", its=True)
    return f"{body} {role}" if body else None


def _spoken_for(index: NameIndex, at: tuple[int, int]) -> str | None:
    """The body a spokesperson spoke for just before, in this paragraph or the one before ("A
    spokesperson for Scribewell said the company's model… “…,” the company said"), where the
    article shows it to be no person."""
    for paragraph in range(at[0], max(at[0] - _NEARBY, 0) - 1, -1):
        text = index.paragraphs[paragraph + 1]
        stop = at[1] if paragraph == at[0] else len(text)
        found = [match.group("name") for match in _ROLE_FOR_NAME.finditer(text, 0, stop)]
        if found:
            name = found[-1]
            people = [m for m in index.mentions_with(name) if m.name == name and m.person]
            return None if people else name
    return None


# "A spokesperson for Scribewell": the body's name after the role.
_ROLE_FOR_NAME: Final = re.compile(
    rf"\b[Aa]n? {_SPEAKING_ROLE} (?:for|at) (?:the )?(?P<name>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*)*)"
)


def _introduced_with_body(index: NameIndex, role: str, at: tuple[int, int]) -> str | None:
    """The "a Google spokesperson" that "the spokesperson" goes back to, as written (with the
    body before the role), in this paragraph or the one before: the last such before ``at``."""
    found = None
    for paragraph in range(max(at[0] - 1, 0), at[0] + 1):
        text = index.paragraphs[paragraph + 1]
        if role not in text:
            continue
        stop = at[1] if paragraph == at[0] else len(text)
        for match in _BODY_BEFORE_ROLE.finditer(text, 0, stop):
            if match.group("role").lower() == role:
                # "A spokesperson for Mid-Coast Council" since is the one meant: not found here.
                found = match.group()[0].lower() + match.group()[1:] if match.group("body") \
                    else None
    return found


# "A Google spokesperson", "an Apple spokeswoman": an unnamed person introduced with the body
# they speak for, whose capitalised name comes between the article and the role (or without it,
# "a spokesperson").
_BODY_BEFORE_ROLE: Final = re.compile(
    rf"\b[Aa]n? (?P<body>(?:[A-Z][\w.&'’-]* ){{0,4}}){_SPEAKING_ROLE}\b"
)


def _named_holding(index: NameIndex, noun: str, at: tuple[int, int]) -> str | None:
    """The last body named before ``at`` whose name holds ``noun``, as a word or as the end of
    a compound ("Mieterverein Leipzig" for "Verein")."""
    passing: str | None = None
    passing_at = -2
    for mention in index.backwards(at, (-1, 0)):
        if passing and mention.at[0] < passing_at:
            return passing
        words = mention.name.lower().split()
        # A name headed by the noun is a body of that kind, whatever its other words
        # ("Harris County Flood Control District"); else it holds the noun as a body's name.
        if noun in words and (words[-1] == noun or index.is_body(mention.name)):
            whole = whole_name(index, mention)
            if whole.lower() == noun:
                continue  # the noun itself, capitalised as German writes it
            if index.is_subject(mention):
                return whole
            # One named in passing after the paragraph's subject is not the one that speaks
            # ("The Ministry of Education said … from the Ministry of Finance.").
            passing, passing_at = passing or whole, mention.at[0]
            continue
        if len(noun) > 4 and words and words[0].endswith(noun) \
                and words[0].removeprefix("l'").removeprefix("l’") != noun:
            return mention.name
    return passing


def _named_of(index: NameIndex, noun: str, at: tuple[int, int]) -> str | None:
    """The body a text names as the noun of a place or a field, in lower case as French and
    Spanish write it ("le ministère de l’Agriculture", "le parquet de Paris"): its last such
    mention before ``at``."""
    found = None
    for paragraph in range(max(at[0] - _OF_REACH, 0), at[0] + 1):
        text = index.paragraphs[paragraph + 1]
        stop = at[1] if paragraph == at[0] else len(text)
        for start in _word_starts(text[:stop].lower(), noun):
            named = _OF_NAME.match(text, start + len(noun), stop)
            if named:
                found = text[start : named.end()]
    return found


def _word_starts(lowered: str, word: str) -> list[int]:
    """Where ``word`` stands as a whole word in ``lowered`` (found with ``str.find``: a pattern
    built for each noun would be compiled anew)."""
    starts = []
    at = lowered.find(word)
    while at >= 0:
        if at == 0 or not lowered[at - 1].isalnum():
            starts.append(at)
        at = lowered.find(word, at + len(word))
    return starts


# What follows a body's noun to make its name: the field or the place it is of ("de
# l’Agriculture", "de Paris", "del Interior", "für Arbeit").
_OF_NAME: Final = re.compile(
    r"\s+(?:de la |de l['’]|de |du |des |d['’]|del |de los |für |von |der )"
    r"[A-ZÀ-ÝÄÖÜ][\w'’-]*(?:\s+[A-ZÀ-ÝÄÖÜ][\w'’-]*)*"
)
_OF_REACH: Final = 3  # paragraphs back where the body's name is looked for


# Words that join the noun to another body, not an adjective of its own ("the trade group for
# the Blue Cross Blue Shield plans" is not Blue Cross Blue Shield).
_JOINING: Final = (
    r"(?:for|the|of|and|de|du|des|la|le|les|et|der|die|das|von|für|und|del|el|los|las|y|que"
    r"|qui|who|which)"
)


def _named_after_noun(index: NameIndex, noun: str, at: tuple[int, int]) -> str | None:
    """The name right after the same noun in this paragraph or the one before, an adjective
    or two between them ("le groupe privé Petits Pas Services", "die Firma Bosch")."""
    for paragraph in range(at[0], max(at[0] - _NEARBY, 0) - 1, -1):
        text = index.paragraphs[paragraph + 1]
        stop = at[1] if paragraph == at[0] else len(text)
        found = None
        for start in _word_starts(text[:stop].lower(), noun):
            if text[start].isupper():
                continue  # "Nordvik Line chief executive Anders Krogh": a name's own word
            named = _NAME_AFTER_NOUN.match(text, start + len(noun), stop)
            if named and named.group(1)[:1].isupper():
                found = named.group(1)
        if found:
            return found
    return None


def _named_after_kind(index: NameIndex, at: tuple[int, int]) -> str | None:
    """The one body named right after the noun for its kind of business ("crypto exchange
    Lumora", "the airline Nordvik") in this paragraph or the one before: whom "the company"
    means there. Two such: none."""
    found = {named for kind in _KINDS_OF_COMPANY
             if (named := _named_after_noun(index, kind, at)) is not None}
    return found.pop() if len(found) == 1 else None


# English nouns for a body that no person is called by ("the utility", "the airline"): the body
# a sentence opened with just before, if no person, whatever it did ("Southern California
# Edison cut power to 3,200 customers. “…,” the utility said"). Not "the developer" or "the
# owner", who may be a person.
_NO_PERSONS_NOUNS: Final = frozenset(
    """company firm organisation organization charity startup airline retailer manufacturer
    insurer broadcaster publisher regulator utility carrier lender automaker carmaker chain
    airframer planemaker shipbuilder chipmaker drugmaker exchange""".split()
)
def _opening_body(index: NameIndex, at: tuple[int, int]) -> str | None:
    """The body of several words that the last sentence nearby opened with, whatever it did
    ("Southern California Edison cut power"), where the article shows it to be no person or
    place; not a capitalised word opening a sentence ("Plans for a quarry…")."""
    named = last_subject_body(index, at, described=True)
    return named if named and (" " in named or is_org(named)) else None


# Nouns that stand for any company; the kinds of company a story names one by first are the
# other nouns for a body, but those for no business ("the charity", "the watchdog") and those
# too loose to tell ("the line", "the giant").
_ANY_KIND: Final = frozenset({"company", "firm"})
_KINDS_OF_COMPANY: Final = GENERIC_NOUNS["en"] - _ANY_KIND - frozenset(
    """group organisation organization charity regulator watchdog club force line accreditor
    giant""".split()
)


# What follows the noun to name the body: an adjective or two, then the capitalised name.
_NAME_AFTER_NOUN: Final = re.compile(
    rf"(?:\s+(?!{_JOINING}\b)[a-zà-ÿäöüß-]+){{0,2}}\s+"
    r"([A-ZÀ-ÝÄÖÜ][\w'’&-]*(?:\s+[A-ZÀ-ÝÄÖÜ][\w'’&-]*)*)"
)


def last_subject_body(
    index: NameIndex, at: tuple[int, int], *, spoke: bool = False, its: bool = False,
    described: bool = False, it: bool = False,
) -> str | None:
    """The last subject named before ``at``, where it is a body: another name that opened a sentence
    since may be the one meant ("The American Red Cross said… “…,” the organization said" after
    the Storm Prediction Center: a body whose name says nothing of one). With ``spoke`` (for
    "the company", "the agency" speaking), also a name the article never shows to be a person
    that said something as the subject ("Northern Powergrid says… “…,” the company said"; "NASA
    said… “…,” the agency said"), or one that "its" follows in its sentence ("Halvorsen Robotics
    recalled an update for its cranes. “…,” the company said"): the noun can mean nothing else
    there. With ``its`` as well, for a role that may speak for a person too ("a spokesperson"),
    only a name of one word or one that "its" follows in its sentence ("Wessex Vale Water said
    its …"; not "passenger Kurt Foster said"). With ``described`` (a noun no person is called
    by, in French, Spanish or German: "l'organisme", "das Unternehmen"), any name the article
    does not show to be a person or a place, whatever its verb ("Météo-France a placé le Gard en
    vigilance orange. « … », prévient l'organisme"). With ``it`` (for "it said"), a name of
    several words only where no word in lower case stands right before it: "Lead plaintiff
    Marina Abramyan claimed" names a person by her role."""
    for mention in index.backwards(at, (at[0] - _NEARBY, 0), whole=True):
        if described and (_no_name(index, mention) or index.in_quote(mention.at)):
            continue  # "Lundi, l'Office français de la biodiversité…": a word opening it
        if index.is_subject(mention):
            if index.is_body(mention.name) or (spoke and _body_that_spoke(index, mention) and (
                not its or " " not in mention.name or _its_follows(index, mention)
            ) and (not it or " " not in mention.name or _set_apart(index, mention))) \
                    or (spoke and not its and not it and _body_by_its(index, mention)) \
                    or (described and _not_a_person(index, mention)):
                return whole_name(index, mention)
            return None
    return None


def _not_a_person(index: NameIndex, mention: Mention) -> bool:
    """Whether ``mention``, in the text, is a name the article does not show to be a person
    (title, gender, a first name) nor a place."""
    return mention.at[0] >= 0 and mention.name_like and not index._is_person(mention) \
        and not names_a_place(mention.name)


def _no_name(index: NameIndex, mention: Mention) -> bool:
    """Whether a capitalised word is no name but a word any text uses ("Lundi", "Nos"), or a
    noun for a body at a sentence's head ("L'azienda: «…»")."""
    if " " in mention.name:
        return False
    word = mention.name.lower()
    return word in STORY_STOPWORDS or (word[:2] in ("l'", "l’") and word[2:] in _ITALIAN_NOUNS
                                       and whole_name(index, mention) == mention.name)


_ITALIAN_NOUNS: Final = GENERIC_NOUNS["it"] | NAMING_NOUNS["it"]


def _its_follows(index: NameIndex, mention: Mention) -> bool:
    """Whether "its" comes after ``mention`` in its sentence ("Acme Water said its …")."""
    text = index.paragraphs[mention.at[0] + 1]
    start = mention.at[1] + len(mention.name)
    stop = text.find(". ", start)
    return _ITS.search(text, start, stop if stop >= 0 else len(text)) is not None


_ITS: Final = re.compile(r"\b[Ii]ts\b")


def _set_apart(index: NameIndex, mention: Mention) -> bool:
    """Whether no word in lower case comes right before ``mention`` ("In a statement, An Garda
    Síochána said…"; not "Lead plaintiff Marina Abramyan claimed…")."""
    before = index.paragraphs[mention.at[0] + 1][: mention.at[1]].rstrip()
    return not before or not before.rsplit(None, 1)[-1][-1:].islower()


def _body_that_spoke(index: NameIndex, mention: Mention) -> bool:
    """Whether ``mention``, in the text and never shown to be a person (no title, no
    gender), is the subject of a reporting verb right after it ("Rand Water said …")."""
    if not _untitled_name(index, mention):
        return False
    text = index.paragraphs[mention.at[0] + 1]
    # "The Friends of the Harlow Creek Library said": the verb after the whole name.
    start, whole = whole_name_at(text, mention)
    end = max(start, mention.at[1]) + len(whole)
    aside = _ASIDE.match(text, end)
    # "Cypress Pass LNG, a subsidiary of Meridian Gulf Energy, said": the verb after its aside.
    after = _AUXILIARY.match(text, aside.end() if aside else end)
    return after is not None and (REPORTING.match(text, after.end()) is not None
                                  or _ISSUED.match(text, after.end()) is not None
                                  or _REACTED.match(text, after.end()) is not None)


def _body_by_its(index: NameIndex, mention: Mention) -> bool:
    """Whether ``mention``, in the text and never shown to be a person, is a subject that "its"
    follows in its sentence ("Halvorsen Robotics on Tuesday recalled an update for its cranes"):
    a body, which "the company" that speaks next stands for, whatever its verb."""
    return _untitled_name(index, mention) and _its_follows(index, mention)


def _untitled_name(index: NameIndex, mention: Mention) -> bool:
    """Whether ``mention`` is a name in the text that no title or gender shows to be a person."""
    return mention.at[0] >= 0 and mention.name_like and not mention.title \
        and not index.gender(mention.name)


# A body speaking through a document ("Black Lives Matter issued a statement").
_ISSUED: Final = re.compile(r"(?:issued|released|posted|published|put out) (?:a|an) \w+")
# A body taking a stand, in words its quote then gives ("Avinor welcomed the decision. “…,”
# the airport operator said").
_REACTED: Final = re.compile(
    r"(?:welcomed|praised|critici[sz]ed|condemned|rejected|hailed|disputed|defended) ")
# An aside between a body's name and its verb, describing it: ", a subsidiary of …,".
_ASIDE: Final = re.compile(
    r", (?:an?|the|one of|part of|which|whose|based|known|also known|formerly) [^,;:“”\"]{3,80},"
)
# What stands between a body's name and its verb: "police" in lower case, an auxiliary, an
# adverb ("Northumbria police have said", "Twitter acknowledged", "NASA later said").
_AUXILIARY: Final = re.compile(
    r"(?: police)?(?: (?:has|have|had|also|later|previously|earlier))* (?=[a-z])"
)
