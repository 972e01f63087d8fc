"""A name set off after the role that opens its sentence: "The Kremlin spokesman, Dmitry Peskov,
said…", "El ministro del Interior, Juan Pérez, rechazó…", "Le député socialiste Julien Perrault a
qualifié…". The name is the sentence's subject, as the role's holder (:mod:`sentence_roles`)."""

from __future__ import annotations

from typing import Final

from digests.analyse import clauses, language_words
from digests.analyse.clauses import SENTENCE_BREAK, real_sentence_ends
from digests.analyse.epithet_words import ALL_DESCRIBING_NOUNS
from digests.analyse.mentions import Mention
from digests.analyse.name_words import (
    FUNCTION_WORDS,
    LOWER_CASE_ROLES,
    OCCUPATIONS,
    POSSESSIVE_ENDINGS,
)
from digests.analyse.names import is_title_word

# Role nouns written in lower case between what the role belongs to and the holder's name:
# "Lodge chairman Steve Noakes", "Chelsea striker Diego Costa".
ROLE_NOUNS: Final = OCCUPATIONS | frozenset(
    """chairman chairwoman chair spokesman spokeswoman spokesperson president director chief
    manager coach boss leader secretary minister executive founder officer commissioner
    mayor governor superintendent controller inspector principal headmaster headmistress dean
    rector provost head""".split()
)


def is_role_noun(word: str) -> bool:
    """A role noun written before a name, also one joined with a hyphen ("Green Party
    co-leader Marama Te Whetū", "University vice-chancellor Ann Lee")."""
    return word in ROLE_NOUNS or ("-" in word and is_title_word(word))


def is_role(word: str) -> bool:
    """A role written before a name, in any of the languages: a title ("minister"), an
    occupation ("lawyer", "pollster"), "ministro", "адвокат", "Innenminister"."""
    lowered = word.lower()
    return lowered in ROLE_NOUNS or lowered in LOWER_CASE_ROLES or is_title_word(word) \
        or language_words.is_german_role(lowered) or lowered in ALL_DESCRIBING_NOUNS


# Words that open a role phrase at the head of a sentence: "El ministro del Interior, …".
_ROLE_OPENERS: Final = frozenset("the el la le l' l’ der die il lo o a".split())
_POSSESSIVE_OPENERS: Final = frozenset(
    "Her His Their Its Su Sus Son Sa Ses Sein Seine Ihr Ihre".split()
)
_OPENING_ROLE_REACH: Final = 80  # characters: a role and what it is of, before the name
_BARE_ROLE_WORDS: Final = 3  # "Lead actress,", "Senior police officer,"


def follows_opening_role(text: str, mention: Mention) -> bool:
    """Is the mention set off by commas after the role phrase that opens its sentence, as the
    subject ("El ministro del Interior, Juan Pérez, rechazó…", "The Kremlin spokesman, Dmitry
    Peskov, said…"), where a name after the verb is its object?"""
    start = mention.at[1]
    head = text[max(0, start - _OPENING_ROLE_REACH) : start]
    if head.endswith(" ") and ("," not in head or "," not in _last_sentence(head)):
        # "Le député socialiste Julien Perrault a qualifié…"; a comma of the sentence before
        # does not set the name off ("…a good week, for once. Shadow chancellor Giles
        # Whitmore, whose memoir…, was quick to…").
        return _role_right_before(head)
    set_off = text.startswith(",", start + len(mention.name))
    inner = _inner_role(head)
    if inner and set_off:
        # "Counsel for the petitioners, senior advocate Navneet Kaur Brar, countered…": the
        # name's own role inside the commas, after the role phrase that opens the sentence.
        head, start = head[:-inner], start - inner
    if not head.endswith(", "):
        return False
    breaks = [m.end() for m in SENTENCE_BREAK.finditer(head)]
    if not breaks and start > _OPENING_ROLE_REACH:
        return False  # the sentence opens further back: the role phrase is no more than a part
    # Only the sentence's own commas count, not those of the sentence before it in reach
    # ("…, including a round last year. Its chief executive, Raúl Benavides, said").
    ends = real_sentence_ends(head)
    opening = clauses.role_phrase_start(head, breaks[-1] if breaks else 0, ends[-1] if ends else 0)
    if opening is None:
        return False
    words = head[opening:].split()
    if words and words[0][:2].lower() in ("l'", "l’"):
        words[:1] = [words[0][:2], words[0][2:]]  # "L'avocat de Paul Morel, Jean Dupont, …"
    return len(words) >= 2 and (
        _names_a_role(words)
        # "Another parent, Miguel Arrendondo, said…": one more of those the story quotes
        or (words[0] in _ANOTHER and len(words) <= _BARE_ROLE_WORDS
            and all(word.islower() for word in words[1:]) and set_off)
    )


def _names_a_role(words: list[str]) -> bool:
    """Whether the words that open a sentence, up to a name set off by commas, give that
    person's role or relation (each word as written, the last with its comma)."""
    last = words[-1].rstrip(",")
    # "Lead actress, Sonakshi Sinha, …", "Paul Morel's lawyer, Jean Dupont, …": a role without
    # an article is the same.
    return (
        (words[0].lower() in _ROLE_OPENERS and (
            is_role(words[1].rstrip(","))
            # "The trial's lead investigator, Tobias Lindgren, said…"
            or (len(words) <= _BARE_ROLE_WORDS + 2 and is_role(last))
            or _party_role(words)
        ))
        or (words[0][:1].isupper() and len(words) <= _BARE_ROLE_WORDS
            and last.islower() and is_role(last))
        # "Counsel for the petitioners, Navneet Kaur Brar, …", "Minister of State for Home, X,"
        or (words[0][:1].isupper() and words[1] in _ROLE_OF and is_role(words[0]))
        # "Her neighbour, Graham Lister, said…", "His wife, Jane Roe, …": whoever the noun
        # after the possessive is, the name set off after it is the sentence's subject
        or (words[0] in _POSSESSIVE_OPENERS and len(words) <= _BARE_ROLE_WORDS
            and last.islower())  # "His Republican counterpart, Sen. Carla Hutchins,"
        or _relation_of_someone_named(words)
        or _office_of_someone_named(words)
    )


def _party_role(words: list[str]) -> bool:
    """ "the Labour MP for Bolton West", "the Conservative leader": an article, a party or
    body's name, the role, and what it is of."""
    for at in range(2, min(len(words), 4)):
        if is_role(words[at].rstrip(",")):
            return all(word[:1].isupper() for word in words[1:at]) \
                and (at == len(words) - 1 or words[at + 1] in _ROLE_OF)
    return False


def _relation_of_someone_named(words: list[str]) -> bool:
    """ "Dr Haddad's mother", "Pettit's husband", "Celtic's manager": someone already named, and
    a noun or two for who the name set off after it is to them."""
    owner = next((at for at in range(len(words) - 1, -1, -1)
                  if words[at].endswith(("'s", "’s"))), None)
    if owner is None:
        return False
    relation = words[owner + 1 :]
    return 0 < len(relation) <= _RELATION_WORDS and all(w[:1].isupper() for w in words[:owner]) \
        and all(word.rstrip(",").isalpha() and word.islower() for word in relation)


_RELATION_WORDS: Final = 2  # "mother", "younger brother", "defence lawyer"


def _office_of_someone_named(words: list[str]) -> bool:
    """ "Britain's Prime Minister", "Wales' Cabinet Secretary for Transport": whose office, in
    capitals, and what it is for, before the name of whoever holds it."""
    owner = next((at for at, word in enumerate(words) if word.endswith(POSSESSIVE_ENDINGS)), None)
    if owner is None or not 1 < len(words) - owner <= _OFFICE_WORDS:
        return False
    office = [word.rstrip(",") for word in words[owner + 1 :]]
    return any(map(is_role, office)) and all(word[:1].isupper() for word in words[:owner]) \
        and all(word[:1].isupper() or word in _ROLE_OF for word in office)


_OFFICE_WORDS: Final = 6  # "Cabinet Secretary for Rural Affairs and Environment"


_ANOTHER: Final = frozenset({"Another", "One"})
_ROLE_OF: Final = frozenset({"for", "of", "to"})  # "Counsel for", "Minister of", "Adviser to"


def _inner_role(head: str) -> int:
    """The length of the lower-case role right before a name after the head's last comma
    ("…, senior advocate "), or 0: words of a role only ("…, with advocate " is no role)."""
    comma = head.rfind(", ")
    inner = head[comma + 2 :].split() if comma >= 0 else []
    fits = 0 < len(inner) <= _BARE_ROLE_WORDS and head.endswith(" ") \
        and all(word.isalpha() and word.islower() and word not in FUNCTION_WORDS
                for word in inner) and is_role(inner[-1])
    return len(head) - comma - 2 if fits else 0


def _last_sentence(head: str) -> str:
    """What of ``head`` follows its last sentence break."""
    breaks = [m.end() for m in SENTENCE_BREAK.finditer(head)]
    return head[breaks[-1] if breaks else 0 :]


def _role_right_before(head: str) -> bool:
    """Does the sentence open with an article and a role in lower case, right before the name
    ("Le député socialiste ", "La ministre ", "The lead investigator ")? The name after it is the
    sentence's subject, as the role's holder."""
    # The few words a role takes: a sentence that opened further back has more (most names
    # inside a sentence, settled without reading the whole head).
    near = head[-_ROLE_BEFORE_NAME:]
    breaks = [m.end() for m in SENTENCE_BREAK.finditer(near)]
    if not breaks and len(head) > len(near):
        return False
    words = near[breaks[-1] if breaks else 0 :].split()
    if not 2 <= len(words) <= _BARE_ROLE_WORDS + 1 \
            or not all(word.islower() for word in words[1:]):
        return False
    if words[0].lower() not in _ROLE_OPENERS:
        # "Shadow chancellor ", "Labour councillor ": a word that qualifies the role opens
        # the sentence in its place.
        return words[0].istitle() and words[0].isalpha() and len(words) == 2 and is_role(words[1])
    # The role, an adjective before it at most ("The lead investigator"), and one after it
    # that reads as one ("Le député socialiste"): not a verb ("El ministro dijo que Ana López")
    # nor a link to what the role is of ("La candidate du Nouveau Front populaire").
    role = next((i for i in (1, 2) if i < len(words) and is_role(words[i])), None)
    if role is None:
        return False
    after = words[role + 1 :]
    return not after or (
        len(after) == 1 and len(after[0]) > _SHORT_WORD and after[0].endswith(_ADJECTIVE_ENDINGS)
    )


_ROLE_BEFORE_NAME: Final = 50  # characters: "Le député socialiste ", "The lead investigator "
_SHORT_WORD: Final = 3  # letters: "del", "des" are link words, whatever their ending
# The endings of the adjectives French and Spanish set after a role ("socialiste",
# "capitalina", "mexiquense", "français"), which a verb's forms do not share.
_ADJECTIVE_ENDINGS: Final = (
    "iste", "ista", "ien", "ienne", "ais", "aise", "ois", "oise", "al", "ale", "el", "elle",
    "ique", "ica", "ico", "aire", "ano", "ana", "ense", "eño", "eña", "ino", "ina",
)
