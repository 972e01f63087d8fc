"""The part a name plays in its sentence, for who a later "he" or "she" may be.

A pronoun goes on with a sentence's subject: a name that opens its sentence ("Tom Reed attacked
the council. He said…") or reports speech as the sentence's first name ("…after Mr Trump
declared…"). It never means the one spoken to ("Peskov told Channel One"), nor a name inside a
relative clause about someone else ("Dave Limp, whose sector includes Alexa"): those are asides.
:mod:`name_index` asks these questions of the mentions it finds.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from digests.analyse.clauses import REPORTING, SENTENCE_BREAK, real_sentence_ends
from digests.analyse.introduced_subjects import named_after_owner, named_by_copula, whose_words_open
from digests.analyse.mentions import Mention
from digests.analyse.name_parts import is_headline_case
from digests.analyse.name_words import FUNCTION_WORDS, OCCUPATIONS
from digests.analyse.names import is_title_word
from digests.analyse.opening_roles import follows_opening_role, is_role, is_role_noun
from digests.analyse.russian_names import is_cyrillic, opens_with_role

_SUBJECT_PRONOUN: Final = re.compile(r"\b(?:he|she)\b")


def _end_of(text: str, mention: Mention) -> int:
    """The offset after the mention's name (after a title it opens, if any)."""
    start = mention.at[1]
    return text.find(mention.name, start) + len(mention.name)


# The time a live blog's entry opens with: "13.08 ", "9:45 ", "21.30 BST ".
_TIME_STAMP: Final = re.compile(r"\d{1,2}[.:]\d{2}(?:\s?[AP]M| [A-Z]{2,4})?\s+")
# A capitalised run that opens a sentence, then lower-case words and a space, up to a name:
# the role noun last, with up to two words of the role before it ("White House press
# secretary Jane Moss").
_OPENING_MODIFIER: Final = re.compile(
    r"(?:^|[.!?:”\"]\s+)[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*((?: [a-z]+){0,2}) ([a-z]+(?:-[a-z]+)?) $"
)
# Lower-case words that qualify a role noun inside the role ("press secretary", "assistant
# coach", "deputy director"), besides the title words; a verb or its object ("Hale told
# reporters director Tom Lent") is none of them.
_ROLE_QUALIFIERS: Final = frozenset(
    """press communications campaign assistant associate managing general policy security
    health education trade justice interim head team party program programme research
    marketing sales finance legal technical sporting club""".split()
)
_WORD_AFTER: Final = re.compile(r" ([a-z]+) [A-Z]")
_MODIFIER_REACH: Final = 60  # characters before a name that the opening modifier may take
_LONGEST_ROLE: Final = len(" deputy-superintendent ")


def opens_sentence(text: str, mention: Mention) -> bool:
    """Does the mention open a sentence, as what it is about? A possessor only where a
    pronoun then stands for them ("Suu Kyi's fate is unclear, but she said…"): the subject
    of "Joe Biden’s administration has boasted…" is the administration. A name before a role
    says whose role it is ("Lodge chairman Steve Noakes"): the name after the role opens it."""
    start = mention.at[1]
    if _after_fronted_preposition(text, mention):
        return False  # "At Harbor Airways, Ken Ford said": the preposition's object
    head = text[max(0, start - 4) : start].rstrip()
    if head[-1:].isdigit() and _TIME_STAMP.fullmatch(text, 0, start):
        head = ""  # "13.08 Tony Ford …": a live blog's entry opens with its time
    if head and not head.endswith((".", "!", "?", ":", "”", '"')):
        if _after_opening_role(text, start) or _titled_after_opening_possessor(text, mention):
            return True
        if is_cyrillic(head[-1]):
            return False
        # The word before the name first: a role noun is rare there, the pattern costlier.
        if not is_role_noun(text[max(0, start - _LONGEST_ROLE) : start].rpartition(" ")[0]
                            .rpartition(" ")[2]):
            return False
        role = _OPENING_MODIFIER.search(text, max(0, start - _MODIFIER_REACH), start)
        return role is not None and is_role_noun(role.group(2)) and all(
            word in _ROLE_QUALIFIERS or is_title_word(word) for word in role.group(1).split()
        )
    end = _end_of(text, mention)
    if text.startswith(" ", end) and text[end + 1 : end + 2].islower():
        role = _WORD_AFTER.match(text, end)
        if role and is_role_noun(role.group(1)):
            return False
    if not text.startswith(("’s", "'s"), end):
        return True
    sentence_end = text.find(". ", end)
    rest = text[end:] if sentence_end < 0 else text[end:sentence_end]
    return _SUBJECT_PRONOUN.search(rest) is not None


def _titled_after_opening_possessor(text: str, mention: Mention) -> bool:
    """Does the sentence open with whose role it is, then the role in capitals and the name
    ("Victoria's Agriculture Minister Rosa Callaghan visited…", "Karnataka's Urban Development
    Minister K N Rajashekar defended…", "Carrow & Lutz CEO Dan Whitlock said…")? The holder
    is the subject; a possessor with no title after it owns the subject ("Joe Biden's
    administration")."""
    if not mention.title or not mention.person:
        return False
    start = mention.at[1]
    reach = max(0, start - _MODIFIER_REACH)
    opening = max(text.rfind(mark, reach, start) for mark in _SENTENCE_MARKS)
    if opening < 0 and reach > 0:
        return False
    phrase = text[opening + 2 if opening >= 0 else 0 : start]
    return _POSSESSOR_THEN_TITLE.fullmatch(phrase.lstrip("\"“‘'(")) is not None


# A capitalised possessor, then the words of a role in capitals ("Victoria's Agriculture
# Minister "), up to the name; or the first half of a firm's name joined by "&" ("Carrow & ",
# before "Lutz CEO Dan Whitlock"), whose run the name's title opens.
_POSSESSOR_THEN_TITLE: Final = re.compile(
    r"[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2}(?:['’]s (?:[A-Z][\w.-]* ){0,4}| & )"
)


def _after_opening_role(text: str, start: int) -> bool:
    """Does the sentence open with a role up to the name at ``start``, as "El ministro de
    Hacienda Carlos Cuerpo habló…", "Le ministre Jean Dupont a parlé…" or "Вице-премьер Дмитрий
    Патрушев доложил…" do? The name is then the sentence's subject, as after an English title
    ("Minister Carlos Cuerpo"), which opens the name's own run."""
    reach = max(0, start - _MODIFIER_REACH)
    opening = max(text.rfind(mark, reach, start) for mark in _SENTENCE_MARKS)
    if opening >= 0:
        opening += 2
    elif reach > 0:
        return False  # the sentence opens further back than a role reaches
    else:
        opening = 0
    phrase = text[opening:start].lstrip("\"“„«»‘'(—–- ")
    if is_cyrillic(phrase):
        return opens_with_role(phrase)
    words = phrase.split()
    if words and words[0][:2].lower() in ("l'", "l’"):
        words[:1] = [words[0][:2], words[0][2:]]  # "L'avocat de Paul Morel Jean Dupont"
    # After a link word the name is what the role is of: "La candidate du [Nouveau Front]".
    return 2 <= len(words) <= _ROLE_PHRASE_WORDS and words[0].lower() in _ROLE_ARTICLES \
        and is_role(words[1]) and words[-1].lower() not in _ROLE_LINK_WORDS \
        and all(word[:1].isupper() or word.lower() in _ROLE_LINK_WORDS for word in words[2:])


_SENTENCE_MARKS: Final = (". ", "! ", "? ", ": ", "; ")
_ROLE_PHRASE_WORDS: Final = 7  # "La presidenta de la Comunidad de Madrid"
# Articles that open a role phrase at the head of a sentence, in the languages that write the
# role in lower case before the name; and the small words between the role and what it is of.
_ROLE_ARTICLES: Final = frozenset("el la le l' l’ il lo o a der die".split())
_ROLE_LINK_WORDS: Final = frozenset(
    "de del la des du da do dos das di della dello dei degli delle dell' dell’ d' d’ der".split()
)


# Prepositions that open a sentence with a phrase and no clause ("At Harbor Airways,", "In
# Ohio,", "Like Makaeff,"): a name in that phrase is its object. Unlike "After", "When" or
# "Before", which may open a clause with a subject of its own ("After Joe Hale spoke, …"), and
# unlike "For", which names whom the sentence is about ("For Major, a retiree, the calls …").
# The same in French, Spanish, Italian and Portuguese: "À Douarnenez, Jocelyne Poitevin a vu…",
# "En Madrid, el ministro…", "A Milano, il sindaco…", "Em Lisboa, o ministro…". Not "dans":
# "Dans la foulée, La France insoumise …" made the party a woman's "elle" (Le Monde-shaped page).
_ROMANCE_PREPOSITIONS: Final = frozenset(
    "à au aux pendant après avant lors en tras durante después desde a dopo em na no após"
    .split()
)
_PREPOSITIONS_ONLY: Final = frozenset(
    "in on at during with without under like unlike following amid among from by despite "
    "upon throughout across inside outside near".split()
) | _ROMANCE_PREPOSITIONS


def _after_fronted_preposition(text: str, mention: Mention) -> bool:
    """Whether the capitalised run of ``mention`` opens with a preposition that is no part of
    the name ("At Harbor Airways" for "Harbor Airways"). Not before a possessive: "In Hajjaj's
    case, she …" is about Hajjaj."""
    start = mention.at[1]
    word = text[start : start + 12].partition(" ")[0]
    if not (word[:1].isupper() and word.lower() in _PREPOSITIONS_ONLY) \
            or mention.name.startswith(word):
        return False
    end = text.find(mention.name, start) + len(mention.name)
    return not text.startswith(("'s", "’s"), end)


def is_subject(text: str, mention: Mention, others: Sequence[Mention]) -> bool:
    """Does the mention open a sentence or report speech, in a sentence, not in a heading in
    title case ("Review Crowd Does Not Like Donald Trump" has no subject to go on with)?
    ``others`` are the mentions of its paragraph. A title or paragraph that is the name alone
    ("RT Russia" above an article, a byline) is a label, with no sentence for it to open."""
    if text.strip(" .:") == mention.name:
        return False
    if not (opens_sentence(text, mention) or reports(text, mention, others)
            or reports_inverted(text, mention) or follows_opening_role(text, mention)
            or follows_opening_phrase(text, mention, others)
            or whose_words_open(text, mention) or named_by_copula(text, mention)
            or named_after_owner(text, mention)):
        return False
    # A sentence ends with a stop, and may capitalise every word ("Collins ran in
    # Birmingham at the World Indoor Championships.").
    return mention.at[0] < 0 or text.endswith(".") or not is_headline_case(text)


_OPENING_PHRASE_REACH: Final = 120  # characters: a phrase that opens a sentence before its subject
# Words that open a phrase with no subject of its own: prepositions and subordinators ("After
# the vote,", "When asked,"); a participle ("Realising his error,", "Asked about it,") is told
# by its ending. A clause with a subject ("He criticised his rival, Joan Price") opens otherwise.
_PHRASE_OPENERS: Final = frozenset(
    """after before when while as since although though if despite in on at during for with
    without under like unlike following until once upon amid among from by""".split()
) | _ROMANCE_PREPOSITIONS


# A phrase of time that opens a sentence before its subject ("That year,", "Last week,",
# "Earlier this month,", "The next morning,", "Two days later,"): no subject of its own.
_TIME_PHRASE: Final = re.compile(
    r"(?:(?:that|this|last|next|the next|the following|the same|earlier|later|late|early)"
    r"(?: (?:this|that|last|next))? (?:year|week|month|day|morning|afternoon|evening|night|"
    r"weekend|spring|summer|autumn|fall|winter|season|time)"
    r"|\w+ (?:days|weeks|months|years|hours) (?:later|earlier|ago))",
    re.IGNORECASE,
)


def _opens_a_phrase(word: str) -> bool:
    lowered = word.lower()
    return word[:1].isupper() and (
        lowered in _PHRASE_OPENERS or (len(lowered) > 4 and lowered.endswith(("ing", "ed")))
    )


def follows_opening_phrase(text: str, mention: Mention, others: Sequence[Mention]) -> bool:
    """Is the mention the first name of its sentence, right after the one comma that closes
    the phrase opening it ("Realising his error, Tom Reed turned back", "After the vote, Ann
    Lee said")? Such a phrase has no subject of its own: the name after it is the sentence's.
    A person's name in the phrase or a quote mark in it leaves it alone."""
    start = mention.at[1]
    if not text.startswith(", ", start - 2):
        return False  # the usual case: settled by two characters
    head = text[max(0, start - _OPENING_PHRASE_REACH) : start - 2]
    # Real sentence ends only: "under Mr. Bush's father, George Bush" opens no sentence.
    breaks = real_sentence_ends(head)
    if not breaks and start - 2 > _OPENING_PHRASE_REACH:
        return False  # the sentence opens further back: the comma closes something else
    opening = breaks[-1] if breaks else 0
    phrase = head[opening:].lstrip()
    if _TIME_PHRASE.fullmatch(phrase):
        return True  # "That year, Alley spoke …": no name in it, the subject after it
    if not _opens_a_phrase(phrase.partition(" ")[0]) or "," in phrase \
            or any(mark in phrase for mark in "“”\"«»"):
        return False
    phrase_start = start - 2 - len(phrase)
    if phrase.partition(" ")[0].lower() in _PREPOSITIONS_ONLY:
        return True  # "At Harbor Airways, Ken Ford …": a name in it is the preposition's object
    # The word that opens the sentence is capitalised whatever it is ("Realising"): a name
    # there only if it names a person.
    # A body or a place named inside the phrase ("At a hearing of the House subcommittee that
    # funds NASA, Rep. Ann Lee …") is no subject; a person there may be ("After Joe Hale
    # spoke, …" opens a clause of its own).
    return not any((phrase_start < m.at[1] < start or m.at[1] == phrase_start) and m.person
                   for m in others)


def reports(text: str, mention: Mention, others: Sequence[Mention]) -> bool:
    """Is the mention the subject of a reporting verb right after it, and the first name in
    its sentence ("The talks ended after Mr Trump declared that…")? Who said something
    last is who "he said" goes on with; a name after another ("Dan Lowe at the National
    Review agreed", "Israel's warning, which Amnesty International said…") is not."""
    start = mention.at[1]
    end = _end_of(text, mention)
    verb = end + 1
    if text.startswith(", ", end):
        # "Tom Lake, who took two wickets, says…": a clause set off between name and verb.
        close = text.find(", ", verb, end + _SET_OFF_REACH)
        if close < 0 or SENTENCE_BREAK.search(text, end, close):
            return False
        verb = close + 2
    elif text[end : end + 1] != " ":
        return False
    reported = REPORTING.match(text, verb)
    if reported is None or (reported.group() in _ASKING and _ASKED.match(text, reported.end())):
        return False  # "Lane asked Sanders whether…": the one asked answers next
    if text.endswith(", ", 0, start) and _ends_the_sentence(text, verb):
        return True  # "…, Moss added.": who reported the words before, the first name or not
    breaks = [m.end() for m in SENTENCE_BREAK.finditer(text, 0, start)]
    opening = breaks[-1] if breaks else 0
    return not any(opening <= m.at[1] < start and not _describes(text, m, start)
                   for m in others)


def _describes(text: str, other: Mention, start: int) -> bool:
    """Whether a name before ``start`` is no person and only qualifies the role words that
    lead up to the name there ("Australian paceman Tom Lake", "Spain's King Juan Carlos")."""
    between = text[_end_of(text, other) : start]
    possessive = between.startswith(("'s ", "’s "))
    words = between[3:].split() if possessive else between.split()
    return not other.person and (possessive or bool(words)) \
        and len(words) <= _ROLE_WORDS_BEFORE_NAME and all(
        word.isalpha() and (is_title_word(word) or (
            word.islower() and word not in FUNCTION_WORDS)) for word in words
    )


_ASKING: Final = frozenset({"asked", "asks", "asking"})
_ASKED: Final = re.compile(r" (?:[A-Z]|him\b|them\b)")  # whom: a name or "him" ("her" may be whose)
_SET_OFF_REACH: Final = 80  # characters of a clause or appositive between a subject and its verb
_ROLE_WORDS_BEFORE_NAME: Final = 2  # "Australian paceman", "Chelsea assistant coach"
_CLAUSE_END: Final = re.compile(r"[a-z]+(?: [A-Za-z]+){0,3}[.;]")  # "added.", "said on Monday."


def _ends_the_sentence(text: str, verb: int) -> bool:
    """Whether the reporting verb at ``verb`` ends its sentence, a time or place aside."""
    return _CLAUSE_END.match(text, verb) is not None


# A reporting verb put before its subject, after what was said: "…, said Pia Lund", "“…,”
# says Tom Berg".
_INVERTED_REPORT: Final = re.compile(
    r"[,”\"]\s+(?:said|says|added|adds|explained|noted|wrote|recalled|continued|warned)\s+$"
)
_INVERTED_REACH: Final = 16  # characters before a name: the mark, a space and the verb
_INVERTED_VERBS: Final = tuple(
    f"{verb} " for verb in
    "said says added adds explained noted wrote recalled continued warned".split()
)


def reports_inverted(text: str, mention: Mention) -> bool:
    """Is the mention the subject of a reporting verb set before it ("Sales held up, said Pia
    Lund, who …")? It is who the sentence is about, as much as a name that opens it."""
    start = mention.at[1]
    if not text.endswith(_INVERTED_VERBS, max(0, start - _INVERTED_REACH), start) \
            or _INVERTED_REPORT.search(text, max(0, start - _INVERTED_REACH), start) is None:
        return False  # most names follow no such verb: settled by one suffix test
    # The subject closes the clause ("said Pia Lund, who …", "said Tom Berg."); a name that
    # goes on to its own verb opens what was said ("Ada Fisher, an RNC member, said Trump
    # will win").
    end = _end_of(text, mention)
    return text[end : end + 1] in {"", ",", ".", ";"}


# The one spoken to, right before the name: "told Channel One", "speaking to the BBC",
# "in an interview with Fox"; not after "I" or "we": "I told Sanders … “…,” he responded" is
# the writer's talk, where the one spoken to answers.
_LISTENER_BEFORE: Final = re.compile(
    r"(?<!\bI )(?<!\b[Ww]e )"
    r"\b(?:told|tells|telling|(?:spoke|speaks|speaking|talked|talking|interview|interviewed)"
    r"\s+(?:to|with))\s+(?:the\s+)?$"
)
# The one spoken to, named with who they are to the speaker: "explained to her Ocean's 8
# costar Sarah Paulson", "told his old coach Tom Hale"; the words between are a possessive,
# what the listener is (a role or a relation) and what that belongs to.
_LISTENER_WITH_ROLE: Final = re.compile(
    r"\b(?:told|(?:explained|said|wrote|revealed|admitted|confided|complained|spoke|talked)"
    r"\s+to)\s+(?:her|his|their|the)\s+(?P<words>(?:[\w’'-]+\s+){1,4})$"
)
_RELATIONS: Final = frozenset(
    """costar co-star friend colleague teammate interviewer host partner wife husband
    boyfriend girlfriend mother father sister brother daughter son""".split()
)
# A relative clause about the name before it: "Dave Limp, whose sector includes …".
_RELATIVE_OPENER: Final = re.compile(r",\s+(?:whose|which|who|whom)\s")
_ASIDE_REACH: Final = 150  # characters before a name read for the clause it stands in


def is_aside(text: str, mention: Mention) -> bool:
    """Is the mention the one spoken to, or inside a relative clause about another (up to the
    clause's next comma): a name a later pronoun does not go on with?"""
    start = mention.at[1]
    head = text[max(0, start - _ASIDE_REACH) : start]
    if _LISTENER_BEFORE.search(head, max(0, len(head) - 40)) or _listener_with_role(head):
        return True
    if "," not in head:
        return False  # the usual case: no clause set off before the name
    sentence = head[max((m.end() for m in SENTENCE_BREAK.finditer(head)), default=0) :]
    relatives = list(_RELATIVE_OPENER.finditer(sentence))
    return bool(relatives) and "," not in sentence[relatives[-1].end() :]


def _listener_with_role(head: str) -> bool:
    """Does ``head`` end with a verb of speaking "to" and who the listener is to the speaker
    (a role or a relation in lower case last), right before the name?"""
    if " to " not in head[-80:] and "told " not in head[-80:]:
        return False  # the usual case
    match = _LISTENER_WITH_ROLE.search(head, max(0, len(head) - 80))
    if match is None:
        return False
    last = match.group("words").split()[-1]
    return last.islower() and (last in _RELATIONS or last in OCCUPATIONS or is_title_word(last))


def joined_to_another(text: str, mention: Mention) -> bool:
    """Whether a name is one of two joined by "and" ("Mira Lenz and Tom Harker sang", "Paul
    Martin et Claire Petit", "y", "und"): what follows says nothing of which one it means."""
    end = text.find(mention.name, mention.at[1]) + len(mention.name)
    joint = _AND.match(text, end)
    return joint is not None and text[joint.end() : joint.end() + 1].isupper()


_AND: Final = re.compile(r" (?:and|et|y|e|und|и) ")
