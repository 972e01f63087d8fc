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

from digests.analyse import language_words, referent_words
from digests.analyse.names import matches_containing, without_body_of_role

# A run of capitalised words: "Vladimir Putin", "Mr. Putin", "Mark Milley", "Jean-Luc Picard".
# Written to open with one plain character class, which the regex engine scans for quickly.
# Capitals with accents and Cyrillic ones too: "Élisabeth Borne", "Дмитрий Песков".
_CAPITAL = "A-ZÀ-ÖØ-ÞА-ЯЁ"
NAME_RUN = re.compile(
    rf"[{_CAPITAL}](?:[a-z]*\.?\s+[{_CAPITAL}][\w'’\-]+|[\w'’\-]+)(?:\s+[{_CAPITAL}][\w'’\-]+)*"
)
# Titles before a name: "Russian President Vladimir Putin" names Vladimir Putin.
_TITLES = frozenset(
    """
    president minister prime chancellor secretary general chief leader king queen prince
    princess senator governor mayor judge captain coach manager director chairman spokesman
    spokeswoman spokesperson ceo boss actor actress singer star striker player officer
    """.split()
)
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "prof", "sir", "dame", "lord", "lady"})
# Words that make a capitalised run something other than a person.
_NOT_PERSON = frozenset(
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
    mail magazine fc road square north south east west
    """.split()
) | language_words.FUNCTION_WORDS


def people_named(sentence: str, article_text: str = "") -> list[str]:
    """Distinct person-like names in ``sentence``: two or more capitalised words, "Mr X", or a
    lone surname that ``article_text`` elsewhere gives with a first name."""
    names: list[str] = []
    for match in NAME_RUN.finditer(sentence):
        tokens = match.group(0).replace(".", "").split()
        at = match.start()
        if tokens[0] in _GERMAN_ARTICLE_OPENS or _GERMAN_ARTICLE_BEFORE.search(
            sentence, max(0, at - 8), at
        ):
            tokens = _after_german_article(tokens)
            if not tokens:
                continue  # "für die Pusterer Ausnahmekönnerin": a German noun phrase
        if tokens and tokens[0].lower() in _HONORIFICS and len(tokens) >= 2:
            name = tokens[-1]
        else:
            tokens = _person_tokens(tokens)
            if not tokens:
                continue
            if len(tokens) == 1 and " " not in fullest_name(tokens[0], article_text):
                continue  # a lone capitalised word: a place or a thing as often as a person
            name = " ".join(tokens[-2:])
        if name not in names and not any(name in known for known in names):
            names.append(name)
    return names


# A German article that opens a run of capitalised words or stands right before it.
_GERMAN_ARTICLE_OPENS = frozenset(word.title() for word in referent_words.GERMAN_ARTICLES)
_GERMAN_ARTICLE_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(referent_words.GERMAN_ARTICLES, reverse=True)) + r") $"
)


def _after_german_article(tokens: list[str]) -> list[str]:
    """The run's words, less the noun phrase a German article opens: "Die Pusterer
    Ausnahmekönnerin" or "… für die Pusterer Ausnahmekönnerin" name no one (German capitalises
    its nouns), "Der Hausbesitzer Uwe Brandt" names Uwe Brandt. The article and the word after
    it go; what is left names someone only if it is two words or more. A title in the run says
    where the name starts instead ("die Bundeskanzlerin Angela Merkel")."""
    rest = tokens[2:] if tokens[0] in _GERMAN_ARTICLE_OPENS else tokens[1:]
    if any(is_title(token.lower()) for token in tokens):
        return tokens
    return rest if len(rest) >= 2 else []


def _person_tokens(tokens: list[str]) -> list[str]:
    """The words of a capitalised run that can be a person's name: what follows the last title
    ("Russian President Vladimir Putin" -> Vladimir Putin); [] for organisations and places."""
    titled = [i for i, t in enumerate(tokens) if is_title(t.lower())]
    if titled:
        tokens = tokens[titled[-1] + 1 :]
    while tokens and tokens[0].lower() in _NOT_PERSON:
        tokens = tokens[1:]
    # "представитель МИД Мария Захарова": the body the role is of, before the name.
    while len(tokens) > 2 and tokens[0].isupper() and len(tokens[0]) > 1:
        tokens = tokens[1:]
    if any(t.lower() in _NOT_PERSON for t in tokens):
        return []
    return tokens


_TITLE_WORDS = _TITLES | _HONORIFICS | language_words.ROLE_WORDS


@functools.lru_cache(maxsize=4096)
def is_title(word: str) -> bool:
    """"President", "Mr", and the roles of other languages: "Bundeskanzler Olaf Scholz".
    Cached: a German role is told by its ending, a test of dozens of suffixes per word."""
    return word in _TITLE_WORDS or language_words.is_german_role(word)


def fullest_name(name: str, article_text: str) -> str:
    """The longest "First Last" form of ``name`` the article uses (surname match)."""
    best = _longest_form(name.split()[-1], article_text)
    return best if len(best) > len(name) else name


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
        tokens = _person_tokens(run.replace(".", "").split())
        if len(tokens) < 2 or tokens[-1] != surname:
            continue
        full = " ".join(tokens[-3:])
        if len(full) > len(best):
            best = full
    return best
