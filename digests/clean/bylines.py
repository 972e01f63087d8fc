"""A byline: the names of the people who wrote an article, and nothing printed around them.

Pages print the names after a lead word ("By", "Von", "Posted by") and before the date, a photo
credit or an e-mail address; templates fill their author fields with whatever they hold: the
publisher, the site's name, a placeholder, a date or a social-media handle. Both cleaners pass
what they found through :func:`clean_byline`.
"""

from __future__ import annotations

import re
from typing import Final

from digests.clean.lines import word_count

# A verb before the lead word: a blog signs its posts with it, under the text as often as above.
_SIGNED_LEAD: Final = (
    r"(?:(?:written|posted|published) by|publicado por|publié par|escrito por|"
    r"geschrieben von|pubblicato da|scritto da)"
)
_LEAD: Final = (
    rf"(?:{_SIGNED_LEAD}|view all posts by|"
    r"(?:interview|words|story|text|(?:live )?reporting|reported) by|interview von|entretien par|"
    r"entrevista de|"
    r"(?:article )?(?:rédigé|écrit) par|"
    r"by|von|por|par|przez|autor(?:in)?|author(?=\s*:)|text|di|door|av|af|автор|текст)"
)
BYLINE_PREFIX: Final = re.compile(rf"^{_LEAD}(?:\s*:\s*|\s+)(?=\S)", re.IGNORECASE)
SIGNED_PREFIX: Final = re.compile(rf"^{_SIGNED_LEAD}\s*:?\s+(?=\S)", re.IGNORECASE)
# The label of the writer's field in the details box that some templates print under the
# text, the names after it ("Autor: Jana Weber"; "Author" in a cell of its own, which the
# scraper joins to the names: "Author Antonio Cascais").
_WRITER_FIELD: Final = r"(?:author|autor(?:in|a)?|auteur(?:e)?|автор)"
WRITER_LABEL: Final = re.compile(rf"^{_WRITER_FIELD}(?:\s*:\s*|\s+)(?=\S)", re.IGNORECASE)
# That label alone in its element, the names in the next one ("<strong>Author</strong> Ann Lee").
LONE_WRITER_LABEL: Final = re.compile(rf"^{_WRITER_FIELD}\s*:?$", re.IGNORECASE)
# The lead word alone on its line, the names on the next ("By" / "Ann Lee").
LONE_PREFIX: Final = re.compile(rf"^{_LEAD}\s*:?$", re.IGNORECASE)
MAX_BYLINE_WORDS: Final = 8
# A list of writers runs longer than one name ("Nathan Parker, Varun Khaneja, Eric Mill and
# Kiran C Nair"), but each of its names stays short.
MAX_LISTED_NAME_WORDS: Final = 4
NAME_SEPARATOR: Final = re.compile(r",\s*|\s+(?:and|und|et|y|e|&|with)\s+")
# The lead word after a date that opens the line ("July 24, 2019 by Ann Lee").
_LEAD_AFTER: Final = re.compile(rf"\s{_LEAD}\s*:?\s+(?=\S)", re.IGNORECASE)
# Where what follows the names begins: a separator, a date or a time, a "Photo:" credit, an
# e-mail address or a handle, a blog's category ("Posted by Ann in Travel"), a count of the
# comments ("Leave a comment", "Ein Kommentar"), the credit of whoever edited or checked the
# text ("Sam Okafor, Edited by Priya Lal", "Medically Reviewed by").
_TAIL: Final = re.compile(
    r"\s+(?:[|•·–—/]|-{1,2})(?:\s|$)|\d|\s+\S+:(?:\s|$)|\s*\S*@|\s+in\s|"
    r"(?i:\s+(?:medically\s+)?(?:edited|reviewed|fact[- ]checked)\s+by\b)|"
    r"(?i:\s+(?:last\s+)?(?:updated|modified|published)\b)|"
    r"(?i:(?:^|\s+)(?:(?:leave|post|add|write)\s+a|one|no|ein|eine|kein|un|une)\s+"
    r"(?:comments?|kommentare?|commentaires?|comentarios?)\b)"
)
# A date's leading words, left when the tail is cut at its first digit ("on July 27, 2017").
_DATE_LEAD: Final = re.compile(
    r"(?:(?:^|\s+)(?:on|am|le|el|il|em|de|du|den|um|at|the|"
    r"mon|tue|wed|thu|fri|sat|sun|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
    r"januar|februar|märz|mai|juni|juli|oktober|dezember)[.,]?)+$",
    re.IGNORECASE,
)
_PLACEHOLDER: Final = re.compile(
    r"^(?:no author|unknown(?: author)?|anonymous|admin(?:istrator)?|author|none|null|n/?a|"
    r"unbekannt|anonym|inconnu|anónimo|desconocido|sconosciuto|nieznany)$",
    re.IGNORECASE,
)
_CLOSING_STOP: Final = re.compile(r"\w{3}\.$")
# A company's legal form: the publisher, not a writer.
_COMPANY: Final = re.compile(
    r"\b(?:GmbH|mbH|AG|KG|Inc|Ltd|LLC|plc|S\.A|S\.L|SAS|S\.p\.A|B\.V|N\.V)\b\.?", re.UNICODE
)
_DOMAIN: Final = re.compile(r"\w{2,}\.[a-z]{2,}\b")
# The site's address after the names ("Ann Lee, Phys.org"): the publisher, not a writer.
_TRAILING_DOMAIN: Final = re.compile(r"\s*,\s*[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$", re.IGNORECASE)
# Whom the writer wrote for, after the names ("By JAMES WILSON FOR MAILONLINE", "By Ann Lee
# for The Guardian", "By Tom Berg For Dailymail.com"): the outlet, no writer's name.
_FOR_OUTLET: Final = re.compile(
    r"\s+(?i:for)\s+(?:(?i:the)\s+)?[A-ZÀ-Þ][\w.&'’-]*(?:\s+[A-ZÀ-Þ][\w.&'’-]*){0,3}$"
)
# The outlet after the names, opened by "The" as no one's name is ("Rebecca Thorne, The
# Associated Press", "Ann Lee and Tom Berg, The Texas Tribune").
_THE_OUTLET: Final = re.compile(r",\s+The\s+[A-ZÀ-Þ][\w.&'’-]*(?:\s+[A-ZÀ-Þ][\w.&'’-]*){0,3}$")
# Where the story comes from, labelled as such ("Source: Reuters", "Источник: Meduza"): a
# credit, no writer.
_SOURCE_LABEL: Final = re.compile(
    r"(?:sources?|quellen?|источник|fuentes?|fontes?|źródło)\s*:", re.IGNORECASE
)
# A user name ("jane_doe"): the account, not how the writer signs.
_USER_NAME: Final = re.compile(r"\w_\w")
# Words that join names ("Ann Lee and Tom Berg", a wire's "Ann Lee with Tom Berg") or belong
# inside one ("Jose de la Cruz").
_NAME_JOINERS: Final = frozenset(
    "and und et y e i & with de del della di da do dos du la le van von der den ten ter zu al el"
    .split()
)


_MONTH: Final = (
    r"(?:jan(?:uary|uar|vier)?|feb(?:ruary|ruar)?|févr(?:ier)?|mar(?:ch|s)?|märz|apr(?:il)?|"
    r"avr(?:il)?|may|mai|mayo|maggio|jun[ei]?|juin|jul[iy]?|juillet|aug(?:ust)?|août|"
    r"sep(?:t(?:ember|embre)?)?|oct(?:ober|obre)?|okt(?:ober)?|nov(?:ember|embre)?|"
    r"dec(?:ember)?|dez(?:ember)?|déc(?:embre)?|enero|febrero|marzo|abril|junio|julio|agosto|"
    r"septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|giugno|luglio|settembre|"
    r"ottobre|dicembre|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|"
    r"października|listopada|grudnia|"
    # Portuguese, Dutch, and Russian in the genitive a date puts it in ("25 августа 2022")
    r"janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|"
    r"januari|februari|maart|mei|juni|juli|augustus|oktober|"
    r"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
    # and Russian shortened, as agencies print it in capitals ("13 МАР, 11:20")
    r"янв|фев|мар|апр|май|июн|июл|авг|сент?|окт|ноя|дек)\.?"
)
# A calendar date: "8 November 2023", "Nov 8, 2023", "05 maja 2021", "19.10.2019", "2019-10-19",
# "17/04/2024".
_DATE: Final = re.compile(
    rf"\b(?:\d{{1,2}}\.\s?\d{{1,2}}\.\s?\d{{2,4}}|\d{{4}}-\d{{1,2}}-\d{{1,2}}\b|"
    rf"\d{{1,2}}/\d{{1,2}}/(?:\d{{4}}|\d{{2}})\b|"
    rf"{_MONTH}\s+\d{{1,2}}\b|\d{{1,2}}(?:\.|er)?\s+(?:de\s+)?{_MONTH}(?!\w))",
    re.IGNORECASE,
)
_MAX_DATE_LINE_WORDS: Final = 8
_DIGIT: Final = re.compile(r"\d")


def is_date_line(text: str) -> bool:
    """Whether ``text`` is a short line that gives a date ("Published November 8, 2023")."""
    # Every date has a digit: a plain search for one spares most lines the long pattern.
    return word_count(text) <= _MAX_DATE_LINE_WORDS and _DIGIT.search(text) is not None \
        and _DATE.search(text) is not None


def opens_with_date(text: str) -> bool:
    """Whether ``text`` starts with a date ("March 7, 2024 1:45 PM GMT+1 Updated 3 hours ago"):
    a line of the page's dates and times, however long, and no teaser."""
    return text[:1].isalnum() and _DATE.match(text) is not None


# What a line that is only a date may hold besides the date: the weekday, the year, the time.
_DATE_FURNITURE: Final = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)(?:day)?\b|\b(?:tue|wed|thu|sat)\b|"
    r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|"
    r"jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|"
    r"segunda|terça|quarta|quinta|sexta|feira|maandag|dinsdag|woensdag|donderdag|vrijdag|"
    r"zaterdag|zondag|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|"
    r"понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)\b|"
    # the words that join a date's parts ("9 de abril de 2020", "le 3 mars", "25 мая 2022 г.")
    r"\b\d{1,4}\b|\b(?:am|pm|gmt|utc|uhr|h|at|um|à|de|del|le|г)\b|[\W_]",
    re.IGNORECASE,
)


def is_bare_date(text: str) -> bool:
    """Whether ``text`` is a date and nothing more ("Dienstag, 30. Juli 2019", "Friday, January
    27, 2023"): never a headline, though a scraper may print it first."""
    if not is_date_line(text):
        return False
    return not _DATE_FURNITURE.sub("", _DATE.sub("", text)).strip()


def is_labelled_date(text: str) -> bool:
    """Whether ``text`` is a date with one word before it, a section's label ("Politics Monday,
    3 May 2021", "Localsábado, 29 de agosto de 2020" glued): no headline either."""
    if not is_date_line(text):
        return False
    return len(_DATE_FURNITURE.sub(" ", _DATE.sub(" ", text)).split()) == 1


def byline_after_date(text: str) -> str:
    """The names after a date and a lead word ("02.02.2022, 11:30 Uhr von Jonas Weber")."""
    lead = _LEAD_AFTER.search(text)
    if lead is None or not is_date_line(text[:lead.start()]):
        return ""
    names = clean_byline(text[lead.end():])
    return names if looks_like_names(names) else ""


_PARTS: Final = re.compile(r"(?:^|\s+)(?:[|•·–—/]|-{1,2})(?:\s+|$)")


def names_beside_date(text: str) -> str:
    """The names on a line that gives them and a date, no lead word ("Ann Lee | 8 May 2023").

    The line's parts stand between separators; besides the names, each holds digits: the date,
    a time, a count of comments. (Without a separator, "Original Research 7 April 2020", a label
    before the date reads as well as a name.)
    """
    parts = [part.strip(" ,") for part in _PARTS.split(text) if part.strip(" ,")]
    # (the outlet the writer works for between the name and the date: "Elise Cormier · CBC
    # News · Posted: Nov 28, 2026")
    names = [part for part in parts if not any(ch.isdigit() for ch in part)
             and _OUTLET_PART.fullmatch(part) is None]
    if len(parts) < 2 or len(names) != 1 or not any(_DATE.search(part) for part in parts):
        return ""
    name = names[0]
    if name.split()[-1].lower() in _NAME_JOINERS or clean_byline(name) != name:
        return ""  # "Publicado el | 11 de mayo"
    return name if looks_like_names(name) else ""


# An outlet's name as a byline's part: an initialism, or a name ending in what outlets are.
_OUTLET_PART: Final = re.compile(
    r"[A-Z]{2,6}|(?:[A-Z][\w.&'’-]* ){1,3}(?:News|Times|Post|Press|Herald|Radio|Television|TV|"
    r"Online|Digital|Media|Wire)"
)


def looks_like_names(text: str) -> bool:
    """Whether ``text`` reads as people's names: capitalised words, no digits, not shouted.

    Joiners ("and", "von", "de la") may stay in lower case; an all-capitals line is a label.
    """
    words = [word.strip(",") for word in text.split()]
    names = [word for word in words if word and word.lower() not in _NAME_JOINERS]
    return (
        bool(names)
        and all(word[0].isupper() for word in names)
        and not any(ch.isdigit() for ch in text)
        and not text.isupper()
    )


def writer_names(byline: str) -> list[str]:
    """The full names in a byline ("Ann Lee and Tom Berg" -> both), two words or more each.

    A single word ("Konstantin", "DT") is too common a word to recognise the writer by again.
    """
    names = [name.strip() for name in NAME_SEPARATOR.split(byline)]
    return [
        name
        for name in names
        if 2 <= len(name.split()) <= MAX_LISTED_NAME_WORDS and looks_like_names(name)
    ]


# The lead word set in an element of its own, no space left before the names: "ByAnn Lee"
# (a name that starts so goes on in lower case: "Byron Lee").
_GLUED_LEAD: Final = re.compile(r"^(?:By|Von|Por|Par)(?=[A-ZÀ-ÞА-Я][a-zß-ÿа-я])")


# What a template prints between the logo, the names and the date ("/ Ann Lee / 10:08 am").
_SEPARATORS: Final = " /|•·"


def clean_byline(text: str) -> str:
    """The names in ``text``, or "" when it names no writer."""
    text = BYLINE_PREFIX.sub("", _GLUED_LEAD.sub("", text.strip(_SEPARATORS)))
    tail = _TAIL.search(text)
    if tail is not None:
        glued = tail.group().isdigit() and tail.start() > 0 and text[tail.start() - 1].isalpha()
        text = text[:tail.start()].rstrip()
        if glued:
            # A name with a digit in it ("g1 RS", a desk's name) goes whole, not cut to "g".
            text = text.rpartition(" ")[0]
        if tail.group().isdigit():
            text = _DATE_LEAD.sub("", text)
    text = without_writer_job(text)
    text = _FOR_OUTLET.sub("", _THE_OUTLET.sub("", _TRAILING_DOMAIN.sub("", text)))
    text = text.strip(" ,;:-–—/|•·")
    if _CLOSING_STOP.search(text):
        text = text[:-1]  # "By Ann Lee." (an initial keeps its stop: "Joe S.")
    if (
        not any(ch.isalpha() for ch in text)
        or _SOURCE_LABEL.match(text)
        or _too_long(text)
        or _PLACEHOLDER.match(text)
        or _COMPANY.search(text)
        or _DOMAIN.search(text)
        or _USER_NAME.search(text)
    ):
        return ""
    return _CAPITAL_AND.sub(" and ", _from_capitals(text))


def without_writer_job(text: str) -> str:
    """The byline ``text`` without the jobs after its names ("Fiona Hamilton, Crime and
    Security Editor" -> "Fiona Hamilton")."""
    return _JOB_AFTER_NAME.sub("", text) if "," in text else text


# A writer's job after the name, up to the next name or the end: "Fiona Hamilton, Crime and
# Security Editor", "Helena Horton, Environment Editor and Joe Pinkstone", "Ann Lee, AccuWeather
# senior meteorologist".
_JOB_AFTER_NAME: Final = re.compile(
    r",\s+(?:(?:[A-Z][\w&'’-]*|[a-z]+)\s+){0,6}"
    r"(?:[Ee]ditor|[Cc]orrespondent|[Rr]eporter|[Ww]riter|[Cc]olumnist|[Ss]taff|"
    r"[Mm]eteorologist|[Jj]ournalist|[Pp]roducer|[Cc]ritic)s?"
    r"(?=\s+and\s|\s*$|\s*,)"
)
# The "and" between two names set in capitals or in title case ("By GLEN OWEN AND BRENDAN
# CARLIN", "By Glen Owen And Brendan Carlin"): a word, no name.
_CAPITAL_AND: Final = re.compile(r" (?:AND|And) ")
# News agencies and broadcasters that sign with their initials: a byline in capitals keeps
# them so.
_AGENCY_INITIALS: Final = frozenset({
    "AFP", "AAP", "ANI", "ANP", "ANSA", "APA", "ATS", "BNS", "CNA", "CTK", "ČTK", "DPA", "EFE",
    "IANS", "IRNA", "KNA", "PAP", "PTI", "SDA", "TASS", "UPI",
    "ABC", "ARD", "BBC", "CBS", "CNN", "NBC", "NHK", "NPR", "ORF", "PBS", "RAI", "RTL", "SRF",
    "ZDF",
})
_MAX_INITIALS_LETTERS: Final = 2  # "AP", "PA", "J.": initials, not a name


def _from_capitals(text: str) -> str:
    """The names of a byline set in capitals ("By NORA CASTELL") in their own case: a name in
    capitals reads as shouting in a digest. Initials and an agency's letters stay."""
    if not all(name.isupper() for name in NAME_SEPARATOR.split(text) if name):
        return text
    words = []
    for word in text.split(" "):
        letters = sum(ch.isalpha() for ch in word)
        keep = (
            not word.isupper()  # the "and" between two names
            or letters <= _MAX_INITIALS_LETTERS
            or word.strip(",.;()") in _AGENCY_INITIALS
        )
        words.append(word if keep else word.title())
    return " ".join(words)


def _too_long(text: str) -> bool:
    """Whether ``text`` runs longer than a writer's name or a short list of names."""
    if word_count(text) <= MAX_BYLINE_WORDS:
        return False
    names = NAME_SEPARATOR.split(text)
    return len(names) < 2 or any(word_count(name) > MAX_LISTED_NAME_WORDS for name in names)
