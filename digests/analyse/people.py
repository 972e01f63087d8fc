"""The people a sentence names, and the fullest form of a name an article gives.

A run of capitalised words names a person when what is left of it, past its titles ("Russian
President Vladimir Putin" -> Vladimir Putin) and without the words of bodies, places and days,
is a name: two words or more, an honorific and a surname ("Mr Putin"), or a lone surname the
article elsewhere writes with a first name. Key points ask this of the few sentences before a
pronoun, to learn who "he" is.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Final, NamedTuple

from digests.analyse import language_words, referent_words
from digests.analyse.clauses import REPORTING
from digests.analyse.names import matches_containing, without_body_of_role
from digests.analyse.whole_words import find_whole, is_boundary

# A run of capitalised words: "Vladimir Putin", "Mr. Putin", "Mark Milley", "Jean-Luc Picard".
# Written to open with one plain character class, which the regex engine scans for quickly.
# Capitals with accents and Cyrillic ones too: "Élisabeth Borne", "Дмитрий Песков".
_CAPITAL: Final = "A-ZÀ-ÖØ-ÞА-ЯЁ"
# A middle initial goes with the name it stands in ("Donald J. Trump"), and initials written
# together open it ("J.D. Cannon", not "D. Cannon", which the run would start at otherwise).
# The words of a name stand on one line: a paragraph that ends without a full stop ("… (AP
# Photo/Ana Ruiz)AP2014", a heading) lends no word to the name that opens the next one.
_SPACE: Final = r"[^\S\n]+"
NAME_RUN: Final = re.compile(
    rf"[{_CAPITAL}](?:\.[{_CAPITAL}]){{0,2}}(?:[a-z]*\.?{_SPACE}[{_CAPITAL}][\w'’\-]+|[\w'’\-]+)"
    rf"(?:{_SPACE}[{_CAPITAL}](?:[\w'’\-]+|\.(?={_SPACE}[{_CAPITAL}])))*"
)
# Titles before a name: "Russian President Vladimir Putin" names Vladimir Putin.
_TITLES: Final = frozenset(
    """
    president minister prime chancellor secretary general chief leader king queen prince
    princess senator governor mayor judge captain coach manager director chairman spokesman
    spokeswoman spokesperson ceo boss actor actress singer star striker player officer speaker
    """.split()
)
_HONORIFICS: Final = frozenset({"mr", "mrs", "ms", "dr", "prof", "sir", "dame", "lord", "lady"})
# Words that make a capitalised run something other than a person.
_NOT_PERSON: Final = frozenset(
    """
    the a an in on at of for by and but as this that these those it its he she they we i if when
    after before while monday tuesday wednesday thursday friday saturday sunday january february
    march april may june july august september october november december party ministry council
    union bank group inc corp company university court government embassy republic office
    department news house committee commission agency association federation league club
    foundation institute service army police network state states street city county united
    kingdom europe european international national alliance technology community times post
    tour prix grand san los las new york programme program channel airport hospital school
    college church stadium park river island airlines airways motors media press journal daily
    mail magazine fc road square north south east west one two three four five six seven eight
    nine ten
    """.split()
) | language_words.FUNCTION_WORDS | language_words.INSTITUTION_WORDS


def people_named(sentence: str, article_text: str = "") -> list[str]:
    """Distinct person-like names in ``sentence``: two or more capitalised words, a title and a
    surname ("Mr X", "President Obama"), or a lone surname that ``article_text`` elsewhere
    gives with a first name. In a sentence written in headline case, where every word is
    capitalised, only the runs the article's text also writes count ("Bernie Sanders Says He's
    Writing His Inaugural Address" names Bernie Sanders, not "Inaugural Address")."""
    names: list[str] = []
    for run in _candidate_runs(sentence, article_text):
        name = _person_in(run, article_text)
        if name and name not in names and not any(name in known for known in names):
            names.append(name)
    return names


class _Run(NamedTuple):
    words: list[str]
    before: str  # the word before the run, lower case ("" at the start; "'s" after an owner)
    possessive: bool  # the run ended in a possessive ("Boris Johnson's")
    reports: bool  # a reporting verb follows the run ("Tester told")


def _candidate_runs(sentence: str, article_text: str) -> list[_Run]:
    """The sentence's capitalised runs that may name someone."""
    found: list[_Run] = []
    headline = _in_headline_case(sentence)
    for match in NAME_RUN.finditer(sentence):
        owner, owned = _run_words(match.group(0))
        if headline:
            for words in (owner, owned):
                parts = _written_in(words, article_text)
                found.extend(_Run(part, "", False, False) for part in parts)
            continue
        before = sentence[max(0, match.start() - 16) : match.start()].split()[-1:]
        word_before = before[0].lower() if before else ""
        if owned:
            found.append(_Run(owner, word_before, True, False))
            found.append(_Run(owned, "'s", False, _reports(sentence, match.end(), "'s")))
        else:
            reports = _reports(sentence, match.end(), word_before)
            found.append(_Run(owner, word_before, False, reports))
    return found


def _reports(sentence: str, at: int, word_before: str) -> bool:
    """Is the run the subject of a reporting verb ("Tester told")? Not a place of someone's
    ("Keith Allen, 27, of Columbus pleaded not guilty")."""
    return (
        word_before not in _PREPOSITIONS
        and sentence[at : at + 1] == " "
        and REPORTING.match(sentence, at + 1) is not None
    )


def _person_in(run: _Run, article_text: str) -> str:
    """The person a run names, "" if none (see :func:`people_named`)."""
    words, before = run.words, run.before
    if words and _bare(words[0]) in _DETERMINERS:
        before, words = _bare(words[0]), words[1:]
    if not words:
        return ""
    titled = any(is_title(_bare(word)) for word in words)
    if not titled and (
        before in _DETERMINERS or (before in _PLACE_PREPOSITIONS and not run.possessive)
    ):
        return ""  # "the Wisconsin Republican", "his Inaugural Address", "in Santa Monica"
    if words[0] in _GERMAN_ARTICLE_OPENS or before in _GERMAN_ARTICLES:
        words = _after_german_article(words)
        if not words:
            return ""  # "für die Pusterer Ausnahmekönnerin": a German noun phrase
    if _bare(words[0]) in _HONORIFICS and len(words) >= 2:
        return words[-1]
    tokens = _person_tokens(words)
    if not tokens:
        return ""
    if before == "'s" and not titled and not _surname_alone(tokens, article_text):
        return ""  # "Ki Hong's Social Security number": news names a person again by surname
    if len(tokens) >= 2:
        return _short_name(tokens)
    if len(words) >= 2 and _bare(words[-2]) in _TITLES_OF_ADDRESS:
        return tokens[0]  # "President Obama", as "Mr Obama" would be
    if run.reports or " " in fullest_name(tokens[0], article_text):
        return tokens[0]  # "Tester told…", or a surname the article gives a first name
    return ""  # a lone capitalised word: a place or a thing as often as a person


def _surname_alone(tokens: list[str], text: str) -> bool:
    """Does ``text`` write the last of ``tokens`` without the words before it ("McFadden
    added" after "Cynthia McFadden"; never "Security" without "Social")?"""
    return text.count(tokens[-1]) > text.count(" ".join(tokens))


def _run_words(run: str) -> tuple[list[str], list[str]]:
    """The words of a capitalised run that may name someone, split at a possessive: the owner's
    words (the possessive ending dropped) and the words after it, [] when there is none.

    A first word with a dot that is no abbreviation ends the sentence before ("…left Iraq.
    Carson said"). "Ki Hong's Social Security number" has Ki Hong own a thing, "NBC's Cynthia
    McFadden" a body own a person."""
    words = run.split()
    if len(words) > 1 and words[0].endswith(".") and not _is_abbreviation(words[0]):
        words = words[1:]
    for at, word in enumerate(words):
        if word.endswith(("'s", "’s")):
            return [*words[:at], word[:-2]], words[at + 1 :]
        if word.endswith(("s'", "s’")):
            return [*words[:at], word[:-1]], words[at + 1 :]
    return words, []


def _is_abbreviation(word: str) -> bool:
    """"Mr.", "Sen.", "J.", "U.S.": a dot that does not end a sentence."""
    bare = _bare(word)
    return (
        bare in _HONORIFICS or bare in _ABBREVIATED_TITLES or len(bare) == 1 or "." in bare
    )


def _is_initialism(word: str) -> bool:
    return len(word) > 1 and word.isupper() and word.isalpha() and word not in _ROMAN_NUMERALS


_ROMAN_NUMERALS: Final = frozenset("II III IV VI VII VIII IX XI XII".split())


def _bare(word: str) -> str:
    return word.rstrip(".").lower()


def _short_name(tokens: list[str]) -> str:
    """First name and surname, without middle initials ("Donald J. Trump" -> Donald Trump)."""
    given = [token for token in tokens[:-1] if len(_bare(token)) > 1]
    return f"{given[-1]} {tokens[-1]}" if given else tokens[-1]


def _in_headline_case(sentence: str) -> bool:
    """Is every word capitalised but the small ones, as in a headline ("Ted Cruz Wins the
    Primary")? A sentence with a few names may come close ("Tester told Capital Download")."""
    # Word by word, to stop at the first word in lower case: most sentences have one within
    # their first few words, and listing every word first costs several times that.
    capitalised = 0
    found = _WORD.search(sentence)
    while found is not None:
        word = found.group()
        if word.lower() not in _MINOR_WORDS:
            if not word[0].isupper():
                return False
            capitalised += 1
        found = _WORD.search(sentence, found.end())
    return capitalised >= _HEADLINE_WORDS


def _written_in(words: list[str], text: str) -> list[list[str]]:
    """The longest stretches of two words or more of a headline's run that ``text`` writes."""
    found: list[list[str]] = []
    start = 0
    while start < len(words) - 1:
        for end in range(len(words), start + 1, -1):
            if " ".join(words[start:end]) in text:
                found.append(words[start:end])
                start = end
                break
        else:
            start += 1
    return found


_WORD: Final = re.compile(r"[^\W\d_][\w'’-]*")
# Words a headline leaves in lower case.
_MINOR_WORDS: Final = frozenset("a an the of in on to for and but or at by with as from vs".split())
_HEADLINE_WORDS: Final = 4  # fewer capitalised words than this say nothing of the case a text is in
# Lower-case words after which a capitalised run without a title is a description, a thing or
# a place, not a name.
_DETERMINERS: Final = frozenset(
    "the a an his her its their our my your this that these those".split()
)
_PLACE_PREPOSITIONS: Final = frozenset("in at near across outside inside throughout".split())
_PREPOSITIONS: Final = _PLACE_PREPOSITIONS | frozenset("of from to for with by on".split())
# Titles a surname alone may follow, as it follows "Mr": "President Obama", "Senator Warren".
_TITLES_OF_ADDRESS: Final = frozenset(
    """president senator governor mayor chancellor minister judge king queen prince princess
    coach captain sen rep gov gen lt col capt sgt adm cmdr supt det insp rev hon""".split()
)
_ABBREVIATED_TITLES: Final = frozenset(
    "sen rep gov gen lt col capt sgt adm cmdr supt det insp rev hon st jr sr".split()
)


# A German article that opens a run of capitalised words or stands right before it.
_GERMAN_ARTICLE_OPENS: Final = frozenset(word.title() for word in referent_words.GERMAN_ARTICLES)
_GERMAN_ARTICLES: Final = frozenset(referent_words.GERMAN_ARTICLES)


def _after_german_article(tokens: list[str]) -> list[str]:
    """The run's words, less the noun phrase a German article opens: "Die Pusterer
    Ausnahmekönnerin" or "… für die Pusterer Ausnahmekönnerin" name no one (German capitalises
    its nouns), "Der Hausbesitzer Uwe Brandt" names Uwe Brandt. The article and the word after
    it go; what is left names someone only if it is two words or more. A title in the run says
    where the name starts instead ("die Bundeskanzlerin Angela Merkel")."""
    rest = tokens[2:] if tokens[0] in _GERMAN_ARTICLE_OPENS else tokens[1:]
    if any(is_title(_bare(token)) for token in tokens):
        return tokens
    return rest if len(rest) >= 2 else []


def _person_tokens(tokens: list[str]) -> list[str]:
    """The words of a capitalised run that can be a person's name: what follows the last title
    ("Russian President Vladimir Putin" -> Vladimir Putin); [] for organisations and places."""
    titled = [i for i, t in enumerate(tokens) if is_title(_bare(t))]
    if titled:
        tokens = tokens[titled[-1] + 1 :]
    while tokens and _bare(tokens[0]) in _NOT_PERSON:
        tokens = tokens[1:]
    # "представитель МИД Мария Захарова", "One BLM activist": an initialism names a body, and
    # what comes after it may be a name.
    initialisms = [i for i, t in enumerate(tokens) if _is_initialism(t)]
    if initialisms:
        tokens = tokens[initialisms[-1] + 1 :]
    if any(_bare(t) in _NOT_PERSON for t in tokens):
        return []
    if len(tokens) > 1 and _bare(tokens[-1]) in _GENERATIONS:
        # "Patrick W. Carlineo Jr.", "Henry Ford III": the surname is Carlineo, Ford; no name
        # is built to end in the generation ("Carlineo Jr", "W. Carlineo Jr").
        return tokens[:-1]
    return tokens


# The generation a name ends with, after its surname.
_GENERATIONS: Final = frozenset({"jr", "sr", "ii", "iii", "iv"})


_TITLE_WORDS: Final = _TITLES | _HONORIFICS | _ABBREVIATED_TITLES - {"st", "jr", "sr"} | (
    language_words.ROLE_WORDS
)


@functools.lru_cache(maxsize=4096)
def is_title(word: str) -> bool:
    """"President", "Mr", and the roles of other languages: "Bundeskanzler Olaf Scholz".
    Cached: a German role is told by its ending, a test of dozens of suffixes per word."""
    return word in _TITLE_WORDS or language_words.is_german_role(word)


def fullest_name(name: str, article_text: str) -> str:
    """The longest "First Last" form of ``name`` the article uses (surname match). A name given
    with a first name keeps it: "Bill Clinton" never becomes "Hillary Clinton"."""
    best = _longest_form(name.split()[-1], article_text)
    if len(best) <= len(name):
        return name
    # Kept only where the article writes it so: a headline's "Why Sanders" is no name.
    given = name.split()
    if len(given) > 1 and not set(given) <= set(best.split()) and name in article_text:
        return name
    return best


def _longest_form(surname: str, article_text: str) -> str:
    """The longest form of a name ending in ``surname`` that the article writes ("Putin" ->
    "Vladimir Putin"; the first of equally long ones), "" if none.

    Only the runs that hold the surname are read: a key point asks about a name or two, where
    listing every run of the article to learn all its names took ~80 µs (a name run's last word
    is the surname, as written: the dots a run may hold follow its first word).
    """
    best = ""
    for match in matches_containing(NAME_RUN, article_text, surname):
        run = match.group(0)
        if len(run.split(maxsplit=1)) < 2:
            continue  # one word: no first name to learn
        run = without_body_of_role(article_text, match.start(), run)[1]
        for part in _run_words(run):
            tokens = _person_tokens(part)
            if len(tokens) < 2 or tokens[-1] != surname:
                continue
            full = " ".join(tokens[-3:])
            if len(full) > len(best):
                best = full
    return best


def short_form(name: str, article_text: str, gender: str = "") -> str:
    """How the article names the person again after ``name`` (a full name): "Mr Negroponte"
    where it writes that, the surname where it writes it alone, else ``name`` itself (an
    article about Xi Jinping never writes "Jinping": which words make the surname, only the
    article can tell). Not where another person shares the surname; with ``gender`` ("m" or
    "f", from the pronoun the name replaces), not the other gender's honorific ("Mrs Howard"
    is Michael Howard's wife)."""
    tokens = name.split()
    if len(tokens) < 2 or surname_shared(tokens, article_text):
        return name
    surname = tokens[-1]
    for honorific, of_gender in _SHORT_FORM_HONORIFICS:
        if gender and of_gender and of_gender != gender:
            continue
        if f"{honorific} {surname}" in article_text:
            return f"{honorific} {surname}"
    # The shortest end of the name the article writes without the word before it: "Negroponte",
    # "Ki Hong" (never "Hong" alone), "von der Leyen".
    for start in range(len(tokens) - 1, 0, -1):
        if tokens[start - 1].islower():
            continue  # "von", "der", "bin": a particle of the surname that follows it
        tail = " ".join(tokens[start:])
        if _written_without(tail, tokens[start - 1], article_text):
            return tail
    return name


def _written_without(tail: str, before: str, text: str) -> bool:
    """Does ``text`` write ``tail`` as whole words, once at least not after ``before`` (in any
    case) and a space? As ``re.search(rf"(?<!(?i:{before}) )\b{tail}\b", text)``, without a
    pattern for each name."""
    at = find_whole(text, tail)
    while at >= 0:
        opening = at - 1 - len(before)
        if opening < 0 or text[at - 1] != " " \
                or text[opening : at - 1].lower() != before.lower():
            return True
        at = find_whole(text, tail, at + 1)
    return False


def surname_shared(tokens: list[str], text: str) -> bool:
    """Does the article give the surname another first name too ("Hillary Clinton" beside
    "Bill Clinton")? Then the surname alone, or "Mrs Clinton", may be the other person."""
    given = {_bare(token) for token in tokens[:-1]}
    for before in words_before(tokens[-1], text):
        word = _bare(before)
        if before[:1].isupper() and word not in given and not is_title(word):
            return True
    return False


def words_before(surname: str, text: str) -> Iterator[str]:
    r"""The words right before ``surname`` and a space, as ``re.finditer(rf"(\S+) {surname}\b")``
    finds them (in "A B B", only "A": the second "B" was taken by the first match).

    Found from each " surname" back to the white space before it: that pattern, which opens
    with a repeat, is tried at every position of the article and reads each word to its end
    again from each of its letters (~80 µs an article, this ~3 µs).
    """
    resume = 0  # where the pattern's scan goes on: past the last surname it took
    spaced = f" {surname}"
    at = text.find(spaced)
    while at >= 0:
        end = at + len(spaced)
        if not is_boundary(text, end):
            at = text.find(spaced, at + 1)
            continue
        start = at
        while start > resume and not text[start - 1].isspace():  # isspace() is the regex's \s
            start -= 1
        if start < at:
            yield text[start:at]
            resume = end
        at = text.find(spaced, end)  # the pattern's matches do not overlap


_SHORT_FORM_HONORIFICS: Final = (
    ("Mr", "m"), ("Mrs", "f"), ("Ms", "f"), ("Miss", "f"), ("Dr", ""), ("Mr.", "m"),
    ("Mrs.", "f"), ("Ms.", "f"), ("Dr.", ""),
)

