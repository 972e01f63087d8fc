"""A sentence's lead-in, which a key point goes without.

A dateline ("(CNN)", "LONDON (Reuters) -", "PARIS —", "DES MOINES, Iowa —", "LIMA.-"), a short
caption label ("Vicious: ESPN reporter…", "UPDATE: …"), a briefing's label ("Why it matters: …")
or a page's prompt that scraping glued to the text ("Scroll down for video Strictly business: …",
"Watch the video: …") says nothing a digest reader needs; the rest of the sentence, in the
article's own words, does.
"""

from __future__ import annotations

import re
from typing import Final

from digests.analyse.sentences import BULLETS

_DASHES: Final = re.compile(r"\s[-–—]\s")
# A place in capitals (or two: "SEOUL/BERLIN", "SURABAYA, Indonesia/JAKARTA"), then maybe its US
# state or its country as written ("DES MOINES, Iowa", "RYE, N.H.", "DUBAI, United Arab
# Emirates") and a date ("WASHINGTON, Aug. 24"), or a date written day first ("MADRID, 12 may",
# "PARIS, 3 mai").
_PLACE: Final = (
    r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .,'’/-]{1,40}(?:,\s[A-Z][a-zA-Z.]*(?:\s[A-Z][a-zA-Z.]*){0,2})?"
    r"(?:/[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .'’-]{1,30})?"  # a second place: "SURABAYA, Indonesia/JAKARTA"
    r"(?:,\s[A-Z][a-z]{2,8}\.?\s\d{1,2}|,?\s\d{1,2}\.?\s(?:de\s)?[A-Za-zé]{3,10}\.?)?"
    r"(?:,?\s\d{4})?"  # press releases give the year: "NEW YORK, Nov. 3, 2026"
)
# Some sites set a horizontal bar (U+2015) or arrows ("BOSTON >>") where others set a dash.
_DASH: Final = r"(?:--|>>|[-–—―])"
# Words that open English sentences and never follow a place's name in a title or a name:
# after a place in capitals with no dash between, they show a dateline that lost its dash.
_OPENING_WORD: Final = (
    r"(?:The|A|An|At|In|On|As|When|After|Before|For|With|From|By|During|Since|Until|While"
    r"|It|He|She|They|We|Police|Officials|Authorities)"
)
# Words of number or quantity that open a sentence ("VATICAN CITY—Six years ago…", "BAGHDAD—
# Several car bombs…"): no party's name, as "Russia" in "NATO—Russia talks" is.
_QUANTITY_WORD: Final = (
    r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Dozens|Hundreds|Thousands|Millions"
    r"|Some|Several|Many|Most|More|Nearly|Almost|About|Only)"
)
_LEAD_IN_REACH: Final = 100  # a dateline's place, date and agency, or a label, end before this
# A place as wire stories in mixed case write it ("Mexico City (AFP) –", "London (CNN) It was…",
# "München (dpa) -"): only before an agency and a dash (or CNN's bare tag), and before a
# capital, so that "Bernie Sanders (I-Vt.) said" keeps its name.
_LOWER: Final = "a-zäöüßàâçéèêëîïôûùáíóúñ"
_TITLE_PLACE: Final = rf"[A-ZÄÖÜÉ][{_LOWER}]+(?:[ -][A-ZÄÖÜÉ][{_LOWER}]+){{0,2}}"
# German, Swiss and Austrian agencies write their tags in lower case: "(dpa)", "(sda)", "(dpa/AFP)".
_AGENCY: Final = r"(?:[A-Z]|(?:dpa|sda|apa|epd|kna|dts|ddp|sid|ats|ots)\b)[\w .&/-]{0,25}"
_DATELINE: Final = re.compile(
    # "LONDON (Reuters) -", "MADRID, 12 may (EFE).-"
    rf"^(?:{_PLACE}\s*)?\({_AGENCY}\)\s*(?:(?:\.?{_DASH}|:)\s*)?"
    # A press-release wire's tag between slashes: "NEW YORK, Nov. 3, 2026 /PRNewswire/ --"
    rf"|^{_PLACE}\s/[A-Z][\w .-]{{1,30}}/\s*{_DASH}\s*"
    rf"|^{_PLACE}\s{_DASH}\s"  # "PARIS —", "BOCA RATON, Fla. --"
    rf"|^\({_PLACE}\)\s*{_DASH}\s*"  # the place in brackets: "(LUBBOCK, Texas) --"
    # The dash set close: "MILWAUKEE--Donald…"; an em dash only before a sentence's opening word,
    # as "NATO—Russia talks" set close names two parties. Not before names and a comma: a paid
    # death notice sets the surname so ("SIEGEL--Jerome Arthur, 98, of…").
    rf"|^{_PLACE}(?:--|[—―](?=(?:{_OPENING_WORD}|{_QUANTITY_WORD})\s))(?=[A-Z])"
    r"(?![A-Z][\w.]*(?:\s[A-Z][\w.]*)*,)"
    # Latin American papers close the place with a dot or a comma: "LIMA.-", "LEÓN, Gto.,-"
    rf"|^{_PLACE}[.,]{_DASH}\s"
    # CNN's tag may carry its section: "Hong Kong (CNN Business)".
    rf"|^{_TITLE_PLACE}\s(?:\({_AGENCY}\)\.?\s*{_DASH}|\(CNN(?:\s[A-Z][a-z]+)?\))\s*"
    r"(?=[A-ZÄÖÜÉ“\"‘'„«])"
    # The site's own name as a domain, then a dash: "PanARMENIAN.Net - Video footage…" (before a
    # capital: "Amazon.com – the biggest shop – opened…" is the sentence's subject).
    rf"|^[A-Za-z][\w-]*\.(?:[Cc]om|[Nn]et|[Oo]rg|[a-z]{{2}})\s{_DASH}\s(?=[A-Z])"
    # "МОСКВА, 5 мая. /ТАСС/.", "МОСКВА, 5 мая — РИА Новости."
    r"|^[А-ЯЁ][А-ЯЁ .-]{1,30},\s\d{1,2}\s[а-яё]+(?:\.\s*/[^/]{2,20}/\.|\s[—–-]\s[^.]{2,25}\.)\s*"
    # "Москва. 19 сентября. ИНТЕРФАКС -", or the agency alone once the splitter took the place
    # and date for sentences: only an agency's name, as "МЧС - главное ведомство" is a sentence.
    r"|^(?:[А-ЯЁ][А-ЯЁа-яё -]{1,30}\.\s\d{1,2}\s[а-яё]+\.\s)?"
    r"(?:ИНТЕРФАКС(?:-[А-ЯЁ]+)?|Интерфакс(?:-[А-ЯЁ][а-яё]+)?|ИТАР-ТАСС|ТАСС|ПРАЙМ|REGNUM|БЕЛТА"
    r"|УНИАН)\s?[—–-]\s"
)
# A dateline that gives the date first, or a place in mixed case and then the date, before the
# dash that ends it: "Sept. 10 (UPI) --", "1. Oktober 2025 -", "Ciudad de México, 11 de abril
# (SinEmbargo).-". Only with a month's name (or a date in figures) and a dash, and before a
# capital: "May 5 - 7 are holidays" and "March 2020 – the month…" keep their words.
_MONTH: Final = (
    r"(?:[Jj]an|[Ff][eé]v|[Ff]eb|[Mm]ar|[Mm]är|[Aa]pr|[Aa]vr|[Aa]br|[Mm]a[iy]|[Jj]u[nl]|[Jj]ui"
    r"|[Aa]ug|[Aa]o[uû]|[Aa]go|[Ss]ep|[Oo][ck]t|[Nn]ov|[Dd][eé][cz]|[Dd]ic|[Ee]ne|[Jj]än)"
    r"[a-zäéû]*\.?"
)
_DATE: Final = (
    r"(?:\d{1,2},\s\d{4}"  # a date's tail ("9, 2024") when the splitter ended a sentence at "Oct."
    rf"|{_MONTH}\s\d{{1,2}}(?:,?\s\d{{4}})?"  # "Sept. 10", "October 1, 2025"
    rf"|\d{{1,2}}\.?\s(?:de\s)?{_MONTH}(?:\s(?:de\s)?\d{{4}})?"  # "1. Oktober 2025", "11 de abril"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4})"  # "11/04/2022"
    r"(?:,?\s\d{1,2}[:.]\d{2}(?:\s(?:Uhr|h))?)?"  # and a time: "10:40 Uhr"
)
_MIXED_PLACE: Final = rf"{_TITLE_PLACE}(?:\s(?:de|del|la|am|an|der|sur|en|di)\s{_TITLE_PLACE})?"
# Indian agencies add the state in brackets and the country in square ones, and close with a
# colon: "Bengaluru (Karnataka) [India], July 19 (ANI):".
_REGION: Final = r"(?:\s\([A-Z][\w ]{1,30}\))?(?:\s\[[A-Z][\w ]{1,30}\])?"
_DATE_FIRST: Final = re.compile(
    rf"^(?:{_MIXED_PLACE}{_REGION},\s)?{_DATE}\s*(?:\({_AGENCY}\)\s*(?:\.?{_DASH}|:)|\.?{_DASH})\s*"
    r"(?=[\"“‘'„«]?[A-ZÀ-ÖØ-ÞА-ЯЁ])"
)
# Rarer datelines, each tried (at the sentence's start only) when its mark is in the head:
# Indian agencies may set no dash or colon after the agency at all ("London, July 8 (IANS)
# Serena Williams…"; only after a place and a date, as "(Monday)" after a date alone may be the
# sentence's own aside); Latin American papers write the place in mixed case, with its state or
# country, closed with a dot and a hyphen set close ("Madrid, España.- Real Madrid…", "San
# Manuel, Cortés.- Por el homicidio…"), as "LIMA.-" in capitals.
_PLACE_DATE_AGENCY: Final = re.compile(
    rf"{_MIXED_PLACE}{_REGION},\s{_DATE}\s*\({_AGENCY}\)\s+(?=[\"“‘'„«]?[A-ZÀ-ÖØ-ÞА-ЯЁ])"
)
_PLACE_DOT_HYPHEN: Final = re.compile(
    rf"{_TITLE_PLACE}(?:,\s{_TITLE_PLACE})?\.-\s*(?=[A-ZÁÉÍÓÚÑ¿¡\"“«])"
)
# The page's date stamp that scraping left before a wire dateline ("2019-10-11 TALLAHASSEE,
# Fla. (AP) — …", "Updated 10:40 AM, Oct. 11, 2019 HUDSON, N.Y. (AP) - …"): stripped only with
# the dateline after it, as a date alone may open the sentence's own words ("May 5 was…").
_CLOCK_STAMP: Final = r"\d{1,2}[:.]\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s[A-Z]{2,4})?"
# A trade site's own name and the date and time in brackets before the dash: "Law360 (November
# 3, 2026, 4:12 PM EST) --", "Law360, New York (November 3, 2026, 4:12 PM EST) --".
_SITE_AND_DATE: Final = re.compile(
    rf"[A-Z][\w.&-]{{1,20}}(?:,\s{_TITLE_PLACE}(?:\s{_TITLE_PLACE})?)?\s\({_DATE}"
    rf"(?:,\s{_CLOCK_STAMP})?\)\s*{_DASH}\s*(?=[\"“‘'„«]?[A-Z])"
)
_STAMP: Final = re.compile(
    r"^(?:(?:Updated|Published|Posted|Last updated):?\s+)?"
    rf"(?:{_CLOCK_STAMP},?\s+)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
    rf"(?:\d{{4}}-\d{{2}}-\d{{2}}|{_DATE})(?:,?\s+{_CLOCK_STAMP})?\s+(?=[A-Z])"
)
# A German or French press release's place in mixed case, alone before a dash ("Potsdam – Zum
# Ende…", "München / Berlin - Bayerns…"): only when no other dash follows, which would make the
# first one open an aside ("Ronaldo – Portugal's captain – scored"). Places' names may join
# their parts with a small word ("Stoke-on-Trent", "Santiago de Chile", "Halle an der Saale",
# "Aix-en-Provence"); "von", which joins a person's names, is not one of them.
_PLACE_DASH_REACH: Final = 60
_JOINED_PLACE: Final = (
    rf"{_TITLE_PLACE}(?:[ -](?:de|del|de la|la|le|am|an der|an|im|upon|on|sur|sous|en|di)[ -]"
    rf"{_TITLE_PLACE})?"
)
_PLACE_DASH: Final = re.compile(rf"^{_JOINED_PLACE}(?:\s/\s{_JOINED_PLACE})*\s[-–—]\s(?=[A-ZÄÖÜÉ])")
# A dateline that lost its dash ("SAN FRANCISCO At a media event…"): a place in capitals of two
# words, or one of four letters or more (not "UN At Work"), before a sentence's opening word.
_DASHLESS_DATELINE: Final = re.compile(
    rf"^(?:[A-Z]{{2,}}(?:\s[A-Z]{{2,}}){{1,3}}|[A-Z]{{4,}})(?:,\s[A-Z][a-z]+\.?)?\s(?={_OPENING_WORD}\s)"
)
# Words a page set large before its dateline, which scraping kept there ("Hundreds of BOSTON —
# thousands of homes…"): the sentence goes on in lower case after the dash, so they open it.
# Two words at least, the second in lower case: "The IAAF - athletics' governing body - has…"
# opens an aside (and a second dash closes it: see strip_lead_in).
_WORDS_BEFORE_DATELINE: Final = re.compile(
    rf"^([A-Z][a-z]+(?:\s[a-z]+){{1,3}})\s[A-Z]{{3,}}[A-Z .,'’/-]{{0,40}}\s{_DASH}\s(?=[a-z])"
)
# One capitalised word, or two ("Breaking News:"), never "He said:" that introduces a quote; a
# date in brackets may follow ("UPDATE (3/14/21):"), not a party and state ("Ana Silva (D-Fla.):").
# Or up to four words in capitals: a paper's name, as a blog that reposts its story writes it
# ("THE SUNDAY TELEGRAPH: Swedish elections…").
_LABEL: Final = re.compile(
    r"^(?:[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?(?:\s\(\d{1,4}[./-]\d{1,2}(?:[./-]\d{2,4})?\))?"
    r"|[A-Z][A-Z'’.&-]*(?:\s[A-Z][A-Z'’.&-]*){2,3}):\s+(?=[A-Z“\"'‘])"
)
# The labels that newsletter-style sites (Axios, Semafor, Politico's briefings) set before each
# paragraph ("Why it matters: …", "The big picture: …"): a closed list, as the same shape
# ("Officials have one goal: Keep…") is often the sentence's own words.
_BRIEFING_LABEL: Final = re.compile(
    r"^(?:Why it matters|The big picture|Between the lines|Driving the news|The bottom line"
    r"|Bottom line|Yes, but|What's next|What’s next|What to watch|What they're saying"
    r"|What they’re saying|By the numbers|Go deeper|Zoom in|Zoom out|The backstory"
    r"|State of play|Catch up quick|The intrigue|Reality check|The other side"
    r"|Be smart|Our thought bubble|The latest|Of note|Worth noting|Key quote|The catch"
    r"|The upshot|The takeaway|What happened|What's new|What’s new):\s+"
    r"(?=[A-Z“\"'‘])"
)
# A prompt to watch or see, with its colon ("Watch the video: In a CNN exclusive, …"); without
# the colon the words are the sentence's own ("Watch the video closely and you see…").
_SEE_PROMPT: Final = re.compile(
    r"^(?:Watch|WATCH|See|SEE|View|VIEW)(?: the| THE| our| more)?"
    r" (?:video|VIDEO|videos|clip|pictures|PICTURES|photos|PHOTOS|gallery|interview):\s+"
    r"(?=[A-Z“\"'‘])"
)
# A live blog's clock time before an entry ("2.40pm: …", "10:15 a.m. ET: …", "1pm: …"), maybe
# after a label ("LATEST: 3.05pm: …"): a time with "am"/"pm" or a colon, a time zone, a colon.
_CLOCK: Final = r"\d{1,2}(?::\d{2}(?:\s?[ap]\.?m\.?)?|\.\d{2}\s?[ap]\.?m\.?|\s?[ap]\.?m\.?)"
# A page's date set before the text as a label, with a colon ("December 28, 2014: Markets
# opened…", "28. Dezember 2014: Die Börsen…"), the year written out.
_DATE_LABEL: Final = re.compile(rf"^(?=[^:]*\d{{4}})(?:{_DATE}):\s+(?=[A-ZÀ-ÖØ-ÞА-ЯЁ“\"'‘])")
_CLOCK_TIME: Final = re.compile(
    rf"^(?:[A-Z]{{3,12}}:\s+)?{_CLOCK}(?:\s?/\s?{_CLOCK})?(?:\s\(?[A-Z]{{2,4}}\)?)?:\s+"
    r"(?=[A-Z“\"'‘])"
)
# A prompt to the page's reader ("Scroll down for video", "Click here to watch the video"); the
# caption that usually follows it may carry a label of a few words ("Strictly business: …").
_PROMPT: Final = re.compile(
    r"^(?:scroll (?:down|up)|click here|tap here|swipe)(?: (?:for|to)(?: see| watch| view)?)?"
    r"(?: the)? (?:video|videos|pictures|photos|gallery|more)\b[\s.:]*"
    r"(?:[A-Z][\w'’-]*(?:\s[\w'’-]+){0,3}:\s+)?",
    re.IGNORECASE,
)

_DASHES_ALONE: Final = "-–—"


def is_dateline(sentence: str) -> bool:
    """Is ``sentence`` a dateline and nothing else ("МОСКВА, 5 мая - РИА Новости.", which the
    splitter ends at the agency's full stop)?"""
    # Every form of _DATELINE holds a bracket, a dash, ">>" or a slash: a sentence without one
    # is settled at memchr speed, without the pattern.
    if "(" not in sentence and "-" not in sentence and "–" not in sentence \
            and "—" not in sentence and "―" not in sentence and ">" not in sentence \
            and "/" not in sentence:
        return False
    dated = _DATELINE.match(sentence)
    return dated is not None and not sentence[dated.end() :].strip()


def opens_with_dateline(sentence: str) -> bool:
    """Does a wire dateline open ``sentence`` ("MUMBAI (Reuters) - Shares ended…")? Scraped wire
    pages set the photo's caption and links to other stories above the story's first line."""
    head = sentence[:_LEAD_IN_REACH]
    if "(" not in head and "-" not in head and "–" not in head and "—" not in head:
        return False
    return _DATELINE.match(sentence) is not None


def strip_lead_in(sentence: str) -> str:
    """``sentence`` without a leading bullet, dateline or short caption label; never less than
    a third of it (a bullet's two characters aside)."""
    if sentence[:1] in BULLETS and sentence[1:2] == " ":
        sentence = sentence[2:]  # "• It was…", "– Selv om…": the list's mark, not its words
    elif sentence[:1] in _DASHES_ALONE and sentence[1:2].isalpha():
        sentence = sentence[1:]  # "-نحن في السودان…": a dialogue's dash, set close
    # Each lead-in has a mark near the start (a prompt's first letter, a dateline's bracket or
    # dash, a label's colon): one-character tests settle most sentences without the patterns.
    stripped = _PROMPT.sub("", sentence, count=1) if sentence[:1] in "SsCcTt" else sentence
    head = stripped[:_LEAD_IN_REACH]
    undated = stripped
    if "(" in head or "-" in head or "–" in head or "—" in head or "/" in head \
            or "―" in head or ">" in head:
        dated = _DATELINE.sub("", stripped, count=1)
        if dated == stripped:
            dated = _DATE_FIRST.sub("", stripped, count=1)
        if dated == stripped:
            dated = _without_rarer_dateline(stripped, head)
        if dated == stripped:
            dated = _rejoined_opening(stripped)
        stripped = dated if dated != stripped else _without_place_dash(stripped)
    if stripped == undated and stripped[:2].isupper():  # two capitals: a place, maybe
        stripped = _DASHLESS_DATELINE.sub("", stripped, count=1)
    if ":" in stripped[:_LEAD_IN_REACH]:
        stripped = _CLOCK_TIME.sub("", stripped, count=1)
        stripped = _LABEL.sub("", stripped, count=1)
        stripped = _BRIEFING_LABEL.sub("", stripped, count=1)
        stripped = _SEE_PROMPT.sub("", stripped, count=1)
    return stripped if len(stripped) >= len(sentence) // 3 else sentence


def without_page_date(first_sentence: str) -> str:
    """The story's first sentence without the page's date that scraping glued before it as a
    label ("December 28, 2014: Markets opened lower…" -> "Markets opened lower…"). Only the
    first: further down, such a date opens an entry of a timeline, and says when it happened."""
    if ":" not in first_sentence[:_LEAD_IN_REACH]:
        return first_sentence
    return _DATE_LABEL.sub("", first_sentence, count=1)


def _without_rarer_dateline(sentence: str, head: str) -> str:
    """``sentence`` without a dateline of the rarer forms (see :data:`_PLACE_DATE_AGENCY`,
    :data:`_PLACE_DOT_HYPHEN`), or without a date stamp and the wire dateline right after it
    (see :data:`_STAMP`); unchanged when it has none. Each pattern is tried only when a mark of
    its form is in the ``head``: most sentences are settled by substring tests."""
    found = _PLACE_DOT_HYPHEN.match(sentence) if ".-" in head else None
    if found is None and "(" in head and ", " in head:
        found = _PLACE_DATE_AGENCY.match(sentence) or _SITE_AND_DATE.match(sentence)
    if found is not None:
        return sentence[found.end() :]
    if not (sentence[:1].isdigit() or sentence[:3] in _STAMP_OPENERS):
        return sentence
    stamp = _STAMP.match(sentence)
    if stamp is None:
        return sentence
    rest = sentence[stamp.end() :]
    undated = _DATELINE.sub("", rest, count=1)
    return undated if undated != rest else sentence


# How a date stamp opens, when not with a figure: "Updated", "Posted", a weekday or a month.
_STAMP_OPENERS: Final = frozenset(
    """Upd Pub Pos Las Mon Tue Wed Thu Fri Sat Sun Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov
    Dec""".split()
)


def _rejoined_opening(sentence: str) -> str:
    """``sentence`` with the words a page set before its dateline joined to the words after it
    (see :data:`_WORDS_BEFORE_DATELINE`); unchanged when a second dash closes an aside."""
    found = _WORDS_BEFORE_DATELINE.match(sentence)
    if found is None or _DASHES.search(sentence, found.end()):
        return sentence
    return f"{found.group(1)} {sentence[found.end():]}"


def _without_place_dash(sentence: str) -> str:
    head = sentence[:_PLACE_DASH_REACH]
    if " – " not in head and " - " not in head and " — " not in head:
        return sentence  # the usual case, settled without the pattern
    found = _PLACE_DASH.match(sentence)
    if found is None or _DASHES.search(sentence, found.end()):
        return sentence
    return sentence[found.end() :]
