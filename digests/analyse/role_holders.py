"""Who holds a role written with what it belongs to: "the Kremlin spokesman", "the harbour board
chairwoman", "Russia's foreign minister". The article names that person right after the same
words, in capitals or not ("Kremlin Spokesman Dmitry Peskov", "Kremlin spokesman Dmitry
Peskov"), where the role word alone would find no one (a role after a body's name is no title,
see :func:`mentions.describe`) or someone else ("the president" of another body).

Also who holds a bare English role ("the secretary", "the spokesman") that the article writes
apart from the name's run, so that the run itself records no title: "Secretary of State John
Kerry", "Kremlin spokesman Dmitry Peskov" (:func:`titled_after`); and who holds a bare role at
all, in any of the languages (:func:`holder_of`: "president" -> "Vladimir Putin", "die
Ministerin" -> "Innenministerin Nancy Faeser", "le ministre" -> "le ministre Gérald Darmanin").
And who a description by age stands for ("the 48-year-old": :func:`person_given_age`), and
who holds a role written with what it is of ("el ministro del Interior":
:func:`holder_of_role_phrase`) or by a synonym ("le chef de l'Etat": :func:`holder_of_synonym`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from digests.analyse import language_words
from digests.analyse.clauses import SENTENCE_BREAK
from digests.analyse.language_words import HOLDER_WORDS, PORTFOLIO_OF, ROLE_SYNONYMS
from digests.analyse.name_words import ENGLISH_TITLE_WORDS, FUNCTION_WORDS, LOWER_CASE_ROLES
from digests.analyse.names import bare, is_org, is_title_word
from digests.analyse.subject_phrases import ARTICLES, ROLE_OF, without_portfolio

if TYPE_CHECKING:
    from digests.analyse.mentions import Mention
    from digests.analyse.name_index import NameIndex


# What stands between a role and the name of its holder: a comma or not, and the body's short
# name in brackets ("der Gewerkschaft der Polizei (GdP), Jörg Radek").
_THEN_NAME: Final = r"(?:\s+\([^()]{1,20}\))?,?\s+"


def named_after(
    index: NameIndex, role: list[str], before: tuple[int, int], *, modified: bool = False
) -> str | None:
    """The fullest name of the person the article writes right after the words of ``role``
    (any case, a comma between or not): the nearest such before ``before``, else the first
    after it. With ``modified``, also with a lower-case word inside the role ("BNP factional
    leader Jo Roe" for "the BNP leader")."""
    between = r"\s+(?:[a-z][\w-]*\s+)?" if modified else r"\s+"
    pattern = re.compile(
        r"(?<!\w)" + between.join(re.escape(word) for word in role) + _THEN_NAME, re.IGNORECASE
    )
    return _named_after_match(index, pattern, role[-1].lower(), before)


def holder_of_role_of(
    index: NameIndex, role: str | None, of: list[str], before: tuple[int, int]
) -> str | None:
    """Who the article names right after ``role`` and what it is ``of`` ("el ministro de
    Cultura, Alejandro Soto" for "el ministro de Cultura"); with no ``role``, after any role
    of that ("el titular de la cartera de Cultura" holds it), the portfolio written or not."""
    opener = re.escape(role) if role else r"(\w+)"
    portfolio = "|".join(r"\s+".join(phrase.split()) + r"\s+" for phrase in PORTFOLIO_OF)
    pattern = re.compile(
        rf"(?<!\w){opener}\s+(?:{portfolio})?" + r"\s+".join(re.escape(word) for word in of)
        + _THEN_NAME, re.IGNORECASE,
    )
    return _named_after_match(index, pattern, of[-1].lower(), before, any_role=role is None)


def _named_after_match(
    index: NameIndex, pattern: re.Pattern[str], last: str, before: tuple[int, int],
    *, any_role: bool = False,
) -> str | None:
    """The fullest name of the person named right after a match of ``pattern`` (whose last
    word is ``last``); with ``any_role``, a match whose first group is a role word."""
    found: list[tuple[tuple[int, int], str]] = []
    for i, text in enumerate(index.paragraphs):
        if last not in text.lower():
            continue  # the usual case, settled without the pattern
        for match in pattern.finditer(text):
            if any_role and not is_title_word(match.group(1)):
                continue
            at = (i - 1, match.end())
            # A mention stands where its run starts, which may be the role's first word.
            for mention in index.mentions_in(i - 1):
                if mention.at <= at and mention.person and " " in mention.name \
                        and text.startswith(mention.name, match.end()):
                    found.append((at, mention.name))
    if not found:
        return None
    earlier = [name for at, name in found if at < before]
    return index.fullest(earlier[-1] if earlier else found[0][1])


# What may stand between an English role word and the name of the person who holds it: nothing,
# or what the role is of or for, in capitals ("Secretary of State John Kerry", "Secretary of
# Health and Human Services Marta Solano", "Minister for Health Mark Butler").
_ROLE_REACH: Final = 40  # characters from a lower-case role to the name it goes with
_BODY_WORD: Final = r"(?:[A-Z][\w.'’&-]*|and|&|of|for|the)"
_ROLE_TO_NAME: Final = re.compile(rf"\s+(?:(?:of|for)\s+(?:the\s+)?(?:{_BODY_WORD}\s+)+)?")
_ROLE_TO_NAME_REACH: Final = 60  # characters: a body's name rarely runs longer
# A role word after "of" is what another role is of ("Secretary of State"), not a title.
_AFTER_OF: Final = re.compile(r"(?<!\w)of\s+(?:the\s+)?$", re.IGNORECASE)
# The capitalised words right before a role: a body's name, when they name one.
_CAPITALS_BEFORE: Final = re.compile(r"(?:[A-Z][\w.'’&-]*\s+)+$")


def titled_after(index: NameIndex, role: str) -> list[tuple[Mention, bool]]:
    """The people the article names right after the English role word ``role`` (any case),
    with what the role is of between or before it ("Kremlin spokesman Dmitry Peskov",
    "Secretary of State John Kerry"): holders of that role whom the capitalised run gives no
    title, as the role is written apart from it or in lower case. Each comes with whether a
    body's name opens the role ("World Bank President Jim Yong Kim"), which makes it a role of
    that body rather than the one a bare "the president" means when someone else holds it."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(role)}(?![\w-])", re.IGNORECASE)
    found: list[tuple[Mention, bool]] = []
    for i, text in enumerate(index.paragraphs):
        if role not in text.lower():
            continue  # the usual case, settled without the pattern
        for match in pattern.finditer(text):
            if _AFTER_OF.search(text, max(0, match.start() - 8), match.start()):
                continue
            holder = _named_right_after(index, i - 1, text, match.end()) \
                or _described_right_before(index, i - 1, text, match)
            if holder is not None:
                body = _CAPITALS_BEFORE.search(text, max(0, match.start() - _ROLE_TO_NAME_REACH),
                                               match.start())
                found.append((holder, body is not None and is_org(body.group().strip())))
    return found


def _named_right_after(index: NameIndex, paragraph: int, text: str, end: int) -> Mention | None:
    """The person whose full name the paragraph writes right after ``end`` (a role's end), with
    only what the role is of between."""
    for mention in index.mentions_in(paragraph):
        if mention.at[1] > end + _ROLE_TO_NAME_REACH:
            break  # the mentions come in order: the rest stand further on still
        if not mention.person or " " not in mention.name:
            continue
        # A mention stands where its run starts, which may be the role word itself. Searched
        # only as far as the name could start: a paragraph can be a whole page long.
        start = text.find(mention.name, max(mention.at[1], end),
                          end + _ROLE_TO_NAME_REACH + len(mention.name))
        if 0 <= start - end <= _ROLE_TO_NAME_REACH and _ROLE_TO_NAME.fullmatch(text, end, start):
            return mention
    return None


# An appositive the role word ends, or goes on from with what it is of: "Tom Adler, a navy
# spokesman, said", "Tom Adler, the spokesman for the navy, said"; a few modifiers between.
_APPOSITIVE_OPENING: Final = re.compile(
    r",\s+(?:the|a|an)\s+((?:[\w'’.-]+\s+){0,3})$", re.IGNORECASE
)
_APPOSITIVE_HEAD_END: Final = re.compile(r"\s+(?:for|of|at|in|to|with|on)\b|\s*(?:[,.;:)]|$)")
_APPOSITIVE_REACH: Final = 60  # characters from the comma to the role word
# Words that make an appositive say something else than who holds the role now: a relation
# ("the brother of the spokesman") or a past ("a former candidate for governor").
_NOT_A_HOLDERS_MODIFIER: Final[frozenset[str]] = FUNCTION_WORDS | {"former", "ex", "onetime"}


def _described_right_before(
    index: NameIndex, paragraph: int, text: str, role: re.Match[str]
) -> Mention | None:
    """The person whose full name the paragraph writes right before an appositive that the
    ``role`` word heads; not one the appositive relates to the role holder ("Tom Adler, the
    brother of the spokesman", "Jane Roe, the senator's aide")."""
    if not _APPOSITIVE_HEAD_END.match(text, role.end()):
        return None
    opening = _APPOSITIVE_OPENING.search(
        text, max(0, role.start() - _APPOSITIVE_REACH), role.start())
    if opening is None or any(w.lower() in _NOT_A_HOLDERS_MODIFIER
                              for w in opening.group(1).split()):
        return None
    for mention in index.mentions_in(paragraph):
        if mention.person and " " in mention.name \
                and text.endswith(mention.name, 0, opening.start()):
            return mention
    return None


def described_as(index: NameIndex, role: list[str], before: tuple[int, int]) -> str | None:
    """The one person the article sets the words of ``role`` beside, as an appositive, before
    ``before`` ("Lena Varga, the Hungarian boss," for "the Hungarian boss" paragraphs later);
    two such people, or none: None (a wrong name is worse than the description)."""
    last = role[-1].lower()
    pattern = re.compile(
        r",\s+(?:the|a|an)\s+" + r"\s+".join(re.escape(word) for word in role) + r"(?![\w-])",
        re.IGNORECASE,
    )
    found: set[str] = set()
    for i, text in enumerate(index.paragraphs[: before[0] + 2]):
        if last not in text.lower():
            continue  # the usual case, settled without the pattern
        for match in pattern.finditer(text):
            if (i - 1, match.start()) >= before:
                break
            if not _APPOSITIVE_HEAD_END.match(text, match.end()):
                continue
            found.update(
                index.fullest(mention.name) for mention in index.mentions_in(i - 1)
                if mention.person and " " in mention.name
                and text.endswith(mention.name, 0, match.start())
            )
    return next(iter(found)) if len(found) == 1 else None


# A role with the body it serves after it, in English: "the mayor of Springfield", "the
# spokesman for the Ministry of Defense" (role words in lower case, the body in capitals).
ROLE_OF_BODY: Final = re.compile(
    r"(?:[Tt]he\s+)?(?P<role>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+(?:of|for|at)\s+(?:the\s+)?"
    r"(?P<body>[A-Z][\w.'’&-]*(?:\s+(?:of|and|the|&|[A-Z][\w.'’&-]*))*)"
)


def holder_of_body_role(
    index: NameIndex, role: list[str], body: list[str], before: tuple[int, int]
) -> str | None:
    """Who the article names as holding ``role`` of ``body`` in any of the ways English writes
    it: "Springfield Mayor Ann Lee", "Mayor of Springfield Ann Lee", or an appositive, "Ann
    Lee, the mayor of Springfield" (the body written in full or cut short: "the Ministry of
    Defense and Armed Forces")."""
    words = [re.escape(word) for word in body]
    roles = [re.escape(word) for word in role]
    body_first = re.compile(r"(?<!\w)" + r"\s+".join(words + roles) + r",?\s+", re.IGNORECASE)
    role_first = re.compile(
        r"(?<!\w)" + r"\s+".join(roles) + r"\s+(?:of|for|at)\s+(?:the\s+)?"
        + r"\s+".join(words) + r",?\s+", re.IGNORECASE)
    last = role[-1].lower()
    return _named_after_match(index, body_first, last, before) \
        or _named_after_match(index, role_first, body[-1].lower(), before) \
        or _described_before(index, roles, words, before)


def _described_before(
    index: NameIndex, roles: list[str], body: list[str], before: tuple[int, int]
) -> str | None:
    """The person named right before an appositive of the role and body: "Ann Lee, mayor of
    Springfield", "Reza Talaeinik, a spokesman for the Ministry of Defense"; the nearest
    before ``before``, else the first after it."""
    appositive = re.compile(
        r",\s+(?:(?:the|a|an)\s+)?" + r"\s+".join(roles) + r"\s+(?:of|for|at)\s+(?:the\s+)?"
        + r"\s+".join(body) + r"(?!\w)", re.IGNORECASE)
    found: list[tuple[tuple[int, int], str]] = []
    for i, text in enumerate(index.paragraphs):
        if roles[-1].lower() not in text.lower():
            continue  # the usual case, settled without the pattern
        for match in appositive.finditer(text):
            for mention in index.mentions_in(i - 1):
                if mention.person and " " in mention.name \
                        and text.endswith(mention.name, 0, match.start()):
                    found.append(((i - 1, match.start()), mention.name))
    if not found:
        return None
    earlier = [name for at, name in found if at < before]
    return index.fullest(earlier[-1] if earlier else found[0][1])


# English titles as written before a name, abbreviated: "Republican Gov. Henry McMaster" is
# "the governor" when no one else holds the title written out. Not "Sen." nor "Rep.": a story
# names many a senator, and calls "the senator" one it never titled so (2 of 3 dev articles
# went wrong with them).
_ABBREVIATED: Final = {
    "governor": "gov.", "sergeant": "sgt.", "superintendent": "supt.", "detective": "det.",
    "inspector": "insp.", "captain": "capt.", "lieutenant": "lt.", "colonel": "col.",
    "commander": "cmdr.", "admiral": "adm.", "professor": "prof.",
}


def holder_of(
    index: NameIndex, role: str, before: tuple[int, int], *, earlier_only: bool = False,
    apart: bool = True,
) -> str | None:
    """Who the article names with this role ("president" -> "Vladimir Putin"), if anyone.

    The nearest such mention before ``before`` wins, else (unless ``earlier_only``) the
    first after it. With ``apart``, an English role also finds whom the article names right
    after it outside the name's run ("Kremlin spokesman Dmitry Peskov"); a role asked for
    with words of its own ("the vice-presidential nominee") is not that role's every holder.
    """
    role = role.lower()
    german = language_words.is_german_role(role)
    holders: list[Mention] = []
    if german:
        # "die Ministerin" is the "Innenministerin Nancy Faeser" named before, and "der
        # Firmenchef" the "Konzernchef Robert Machtlinger".
        base = language_words.german_role_base(role)
        holders = [
            m for m in index.mentions_with(base[1:])
            if m.person and any(t.endswith(base) for t in m.title.split())
        ]
    if not holders and (not german or role in ENGLISH_TITLE_WORDS):
        # A role English writes the same way ("minister") is looked for as English too.
        holders = [
            m for m in index.mentions_with(role.capitalize())
            if m.person and role in m.title.split()
        ]
        abbreviated = _ABBREVIATED.get(role)
        if abbreviated and not holders:
            holders = [m for m in index.mentions_with(abbreviated.capitalize())
                       if m.person and abbreviated in m.title.split()]
        if apart and role not in LOWER_CASE_ROLES:
            # "Kremlin spokesman Dmitry Peskov", "Secretary of State John Kerry": the
            # title is written apart from the name's run.
            # Only those named before: the role alone does not look ahead ("the
            # executive" is not "Robert McDonough, a senior executive" named later).
            titled = [(m, of_body) for m, of_body in titled_after(index, role)
                      if m.at < before]
            own = [m for m, of_body in titled if not of_body and m not in holders]
            holders = sorted([*holders, *own], key=lambda m: m.at) if own else holders
            holders = holders or [m for m, _ in titled]
    if not holders and ((german and role not in ENGLISH_TITLE_WORDS) or role in LOWER_CASE_ROLES):
        # "Die Vorsitzende der Fraktion im Landtag, Lena Hofer,": named apart from the run,
        # after what the role is of. Not a word English shares ("minister"), whose name
        # after it may be a place: "The prime minister toured Kuala Pilah, Negeri Sembilan".
        holders = _named_after_role(index, role)
    if not holders:
        # "the housing minister, Rachel Denholm,": only those named before, as a name set off
        # after a role further on is as often another holder of it.
        holders = [m for m in _set_off_after_role(index, role) if m.at < before]
    for synonym in language_words.SYNONYMS_OF.get(role, ()) if not holders else ():
        holders = holders or _named_after_role(index, synonym)  # "Глава МИД Сергей Лавров"
    if not holders:
        return None
    before_it = [m for m in holders if m.at < before]
    if not before_it and earlier_only:
        return None
    chosen = before_it[-1] if before_it else holders[0]
    return index.fullest(chosen.name)


# A relative clause right after the role ("Der Gewerkschafter, der im Aufsichtsrat der
# Stahltochter von ThyssenKrupp sitzt"): a name inside it is not the role's holder.
_RELATIVE_CLAUSE_OPENS: Final = re.compile(
    r",\s+(?:der|die|das|dessen|deren|qui|que|quien|che|cui|who|which|который|которая|которые)"
    r"(?!\w)", re.IGNORECASE,
)


# Marks that set off the name of a body or a title right after a role, never a person's name
# ("тренер «Манчестер Юнайтед»", "Chefredakteur der „Bild Zeitung“").
_BODY_MARKS: Final = ("«", "„")


def _set_off_after_role(index: NameIndex, role: str) -> list[Mention]:
    """People an English text names between commas right after a role: "The housing minister,
    Rachel Denholm, visited…", "said the club's manager, Tom Reed." A full name, set off on
    both sides: "The prime minister toured Kuala Pilah, Negeri Sembilan" names no one so."""
    found = []
    wanted = role.lower()
    for i, text in enumerate(index.paragraphs):
        lowered = text.lower()
        at = lowered.find(wanted)
        while at >= 0:
            # (Found with ``str.find``: a pattern built for each role would be compiled anew.)
            after = at + len(wanted)
            # "The Minister for Justice, Seán Ó Dálaigh,": the portfolio between role and comma.
            portfolio = _PORTFOLIO.match(text, after)
            if portfolio is not None:
                after = portfolio.end()
            if text.startswith(", ", after) and (at == 0 or not lowered[at - 1].isalnum()) \
                    and text[after + 2 : after + 3].isupper():
                found.extend(_set_off_at(index, i, text, after + 2))
            at = lowered.find(wanted, after)
    return found


# What a role is of, in capitals, between it and the name set off after it ("Minister for
# Justice", "Secretary of State for Health and Social Care").
_PORTFOLIO: Final = re.compile(
    r" (?:for|of) (?:the )?[A-Z][\w'’-]*(?: (?:and|&|of|for|the|[A-Z][\w'’-]*)){0,5}(?=, )"
)


def _set_off_at(index: NameIndex, paragraph: int, text: str, start: int) -> list[Mention]:
    """The full name of a person that ``text`` gives at ``start``, set off by a comma or a
    stop after it."""
    for mention in index.mentions_in(paragraph - 1):
        end = start + len(mention.name)
        if text.startswith(mention.name, start) and mention.person and " " in mention.name \
                and text[end : end + 1] in (",", ".", ""):
            return [mention]
    return []


def _named_after_role(index: NameIndex, role: str) -> list[Mention]:
    """People named right after a lower-case role, as French, Spanish and Russian write
    them: "le ministre Gérald Darmanin", "el ministro del Interior, Fernando
    Grande-Marlaska", "министр Владимир Колокольцев" (a full name, in the same sentence,
    within a few words), also where the role opens a sentence ("Министр иностранных дел
    России Сергей Лавров") or names its body in capitals ("Глава МИД")."""
    pattern = re.compile(rf"(?<!\w){re.escape(role)}(?!\w)", re.IGNORECASE)
    found = []
    for i, text in enumerate(index.paragraphs):
        if role not in text.lower():
            continue
        for match in pattern.finditer(text):
            for mention in index.mentions_in(i - 1):
                offset = mention.at[1]
                if offset < match.end() <= offset + len(mention.name) + _ROLE_REACH:
                    # A run that the role opens: "Глава МИД РФ Сергей Лавров".
                    offset = text.find(mention.name, match.end())
                if offset < match.end() or offset > match.end() + _ROLE_REACH:
                    continue
                between = text[match.end() : offset]
                if between.endswith(_BODY_MARKS):
                    continue  # "тренер «Манчестер Юнайтед» Иван Петров": the club, in marks
                if mention.person and " " in mention.name \
                        and not SENTENCE_BREAK.search(between) \
                        and not _RELATIVE_CLAUSE_OPENS.match(between):
                    found.append(mention)
                    break
    return found


def person_given_age(index: NameIndex, age: str, at: tuple[int, int], gender: str) -> str | None:
    """The one person named before ``at`` with the age a description gives ("Lena Varga,
    48,", "Lena Varga (48)" or "48-year-old Lena Varga" for "the 48-year-old" paragraphs
    later); two people of that age, or none: None (the description stays)."""
    given: set[str] = set()
    for person, mention in index.people_backwards(at, gender=gender):
        text = index.paragraphs[mention.at[0] + 1]
        # A mention starts where its run does, a role before the name included ("Goalkeeper
        # Ann-Katrin Berger, 34,").
        start = text.find(mention.name, mention.at[1])
        if start < 0:
            continue
        after = text[start + len(mention.name) : start + len(mention.name) + len(age) + 3]
        if text[:start].endswith((f"{age}-year-old ", f"{age}-jährige ", f"{age}-jähriger ")) \
                or re.match(rf"(?:, {age}\b|\s\({age}\))", after):
            given.add(person)
    return next(iter(given)) if len(given) == 1 else None


def holder_of_role_phrase(index: NameIndex, phrase: str, at: tuple[int, int]) -> str | None:
    """Who holds the role a phrase names with what it is the role of: "el ministro del
    Interior", "le ministre de l'Intérieur", "der Konzernchef von FACC". The name after
    "de"/"von" is a body or a place, not the speaker."""
    words = phrase.split()
    if words and words[0].lower() in ARTICLES:
        words = words[1:]
    holds = words[0].lower() in HOLDER_WORDS if words else False
    if len(words) < 3 or not ROLE_OF.match(words[1]) \
            or not (holds or is_title_word(words[0])):
        return None
    # "el titular de la cartera de Cultura": the holder of what the minister is of.
    of = without_portfolio(words[1:])
    # Who the article names with these very words: "el ministro de Cultura" is not the
    # minister of another portfolio named last.
    named = holder_of_role_of(index, None if holds else words[0], of, at)
    if named or holds:
        return named or phrase
    # Only someone named before: "le chef de l’Etat" is not the "chef de file" named later.
    return holder_of(index, bare(words[0]).lower(), at, earlier_only=True)


def holder_of_synonym(index: NameIndex, lowered: str, at: tuple[int, int]) -> str | None:
    """Who holds the role a phrase stands for ("le chef de l'Etat": the president), named
    before with that role."""
    if "'" in lowered or "’" in lowered:
        lowered = lowered.replace("’", "'")
    first, _, rest = lowered.partition(" ")
    if first in ARTICLES or first == "the":
        lowered = rest
    for synonym, role in ROLE_SYNONYMS.items():
        if lowered.startswith(synonym):
            return holder_of(index, role, at, earlier_only=True)
    return None


def holder_opening_since(
    index: NameIndex, since: tuple[int, int], at: tuple[int, int], gender: str
) -> str | None:
    """Who holds the role that opened a sentence between ``since`` (the last quote's end) and
    ``at`` ("The chief executive said he did not expect…" after an analyst's quote: "he added"
    is the chief executive, whom the article named as "Chief Executive Henrik Dahl")."""
    for paragraph in range(max(since[0], 0), at[0] + 1):
        text = index.paragraphs[paragraph + 1]
        low = since[1] if paragraph == since[0] else 0
        high = at[1] if paragraph == at[0] else len(text)
        if "The " not in text[low:high]:
            continue  # most paragraphs open no sentence with a role
        for found in _ROLE_OPENING.finditer(text, low, high):
            role = found.group(1).split()[-1]
            if not is_title_word(role):
                continue
            holder = holder_of(index, role, (paragraph, found.start()), earlier_only=True)
            if holder and index.gender(holder) in {gender, ""}:
                return holder
    return None


# A sentence that opens with a role ("The chief executive said…", "The minister told…").
_ROLE_OPENING: Final = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=[.!?][”\"] ))The ((?:[a-z-]+ ){0,2}[a-z-]+) "
    r"(?:said|told|added|says|warned|noted|insisted|explained|argued|acknowledged)\b"
)
