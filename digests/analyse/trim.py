"""Make a sentence a clean key point: drop a lead-in label or dateline, cut it to ~200 characters.

Lead-ins: a dateline ("(CNN)", "LONDON (Reuters) -", "PARIS —", "DES MOINES, Iowa —",
"LIMA.-"), a short caption label ("Vicious: ESPN reporter…", "UPDATE: …"), a briefing's label
("Why it matters: …") or a page's prompt that scraping glued to the text ("Scroll down for video
Strictly business: …", "Watch the video: …") says nothing a digest reader needs; the rest of
the sentence, in the article's own words, does.

A key point should read at a glance (about 200 characters). A sentence a few words longer is kept
whole; a longer one keeps as much of its start as fits: we cut at the last clause boundary
(semicolon, dash, colon, comma) that keeps at least 60% of the allowed length, else at the last
word boundary (before the articles, prepositions and conjunctions that would end it hanging:
"…weeks of…"; 182 dev articles change, cnndm ROUGE-1 43.20 -> 43.25, BBC unchanged), and mark
the cut with an ellipsis. Keeping most
of the sentence keeps most of its facts; cutting early at the first clause
would often leave only a subordinate clause ("Following a number of defeats in recent months…").
Where scraping ran a photo caption and the next sentence together with no full stop between
them, the point ends at the seam (with a full stop): past it, it would read as one garbled
sentence. A quote the point opens and leaves open (it runs on into the next sentence, or was
cut) is closed: the point is where the reader's quote ends.
"""

from __future__ import annotations

import re

from digests.analyse.sentences import BULLETS
from digests.ending_words import NEEDS_NEXT, NEVER_LAST

MAX_CHARS = 200
_MIN_SHARE = 0.6  # a clause boundary must keep at least this share of ``max_chars``
# A sentence at most this share of ``max_chars`` over it is kept whole: a cut would save a
# few words and cost the ones the sentence ends on, often what its last phrase needs ("…while
# soothing financial…" for "…financial markets.", "…people aren't usually held in custody…"
# for "…in custody very long.").
_SHORT_TAIL_SHARE = 0.1

_CLAUSE = re.compile(r"\s*(?:;|,(?=\s)|\s[–—-]\s|:\s)")
_FULL_WIDTH_CLAUSE_MARKS = "，；：、"
# The last clause end's mark, and the last character before it that is neither white space nor
# a mark: greedy matches of anything, which backtrack from the end (see _last_clause_start).
_LAST_CLAUSE_MARK = re.compile(r".*(;|,(?=\s)|:\s|\s[–—-]\s)", re.DOTALL)
_TO_LAST_WORD = re.compile(r".*[^\s;,:–—-]", re.DOTALL)
# Up to the last white space: a greedy match of anything backtracks from the end to it, in one
# call, where listing every white space of a 200-character window to keep the last costs ~20x.
_TO_LAST_SPACE = re.compile(r".*\s", re.DOTALL)
_DASHES = re.compile(r"\s[-–—]\s")
# A place in capitals (or two: "SEOUL/BERLIN"), then maybe its US state or its country as written
# ("DES MOINES, Iowa", "RYE, N.H.", "DUBAI, United Arab Emirates") and a date ("WASHINGTON, Aug.
# 24"), or a date written day first ("MADRID, 12 may", "PARIS, 3 mai").
_PLACE = (
    r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .,'’/-]{1,40}(?:,\s[A-Z][a-zA-Z.]*(?:\s[A-Z][a-zA-Z.]*){0,2})?"
    r"(?:,\s[A-Z][a-z]{2,8}\.?\s\d{1,2}|,?\s\d{1,2}\.?\s(?:de\s)?[A-Za-zé]{3,10}\.?)?"
)
# Some sites set a horizontal bar (U+2015) or arrows ("BOSTON >>") where others set a dash.
_DASH = r"(?:--|>>|[-–—―])"
# Words that open English sentences and never follow a place's name in a title or a name:
# after a place in capitals with no dash between, they show a dateline that lost its dash.
_OPENING_WORD = (
    r"(?:The|A|An|At|In|On|As|When|After|Before|For|With|From|By|During|Since|Until|While"
    r"|It|He|She|They|We|Police|Officials|Authorities)"
)
_LEAD_IN_REACH = 100  # a dateline's place, date and agency, or a label, end before this
# A place as wire stories in mixed case write it ("Mexico City (AFP) –", "London (CNN) It was…",
# "München (dpa) -"): only before an agency and a dash (or CNN's bare tag), and before a
# capital, so that "Bernie Sanders (I-Vt.) said" keeps its name.
_LOWER = "a-zäöüßàâçéèêëîïôûùáíóúñ"
_TITLE_PLACE = rf"[A-ZÄÖÜÉ][{_LOWER}]+(?:[ -][A-ZÄÖÜÉ][{_LOWER}]+){{0,2}}"
# German, Swiss and Austrian agencies write their tags in lower case: "(dpa)", "(sda)", "(dpa/AFP)".
_AGENCY = r"(?:[A-Z]|(?:dpa|sda|apa|epd|kna|dts|ddp|sid|ats|ots)\b)[\w .&/-]{0,25}"
_DATELINE = re.compile(
    # "LONDON (Reuters) -", "MADRID, 12 may (EFE).-"
    rf"^(?:{_PLACE}\s*)?\({_AGENCY}\)\s*(?:(?:\.?{_DASH}|:)\s*)?"
    rf"|^{_PLACE}\s{_DASH}\s"  # "PARIS —", "BOCA RATON, Fla. --"
    rf"|^\({_PLACE}\)\s*{_DASH}\s*"  # the place in brackets: "(LUBBOCK, Texas) --"
    # The dash set close: "MILWAUKEE--Donald…"; an em dash only before a sentence's opening word,
    # as "NATO—Russia talks" set close names two parties. Not before names and a comma: a paid
    # death notice sets the surname so ("SIEGEL--Jerome Arthur, 98, of…").
    rf"|^{_PLACE}(?:--|[—―](?={_OPENING_WORD}\s))(?=[A-Z])(?![A-Z][\w.]*(?:\s[A-Z][\w.]*)*,)"
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
_MONTH = (
    r"(?:[Jj]an|[Ff][eé]v|[Ff]eb|[Mm]ar|[Mm]är|[Aa]pr|[Aa]vr|[Aa]br|[Mm]a[iy]|[Jj]u[nl]|[Jj]ui"
    r"|[Aa]ug|[Aa]o[uû]|[Aa]go|[Ss]ep|[Oo][ck]t|[Nn]ov|[Dd][eé][cz]|[Dd]ic|[Ee]ne|[Jj]än)"
    r"[a-zäéû]*\.?"
)
_DATE = (
    r"(?:\d{1,2},\s\d{4}"  # a date's tail ("9, 2024") when the splitter ended a sentence at "Oct."
    rf"|{_MONTH}\s\d{{1,2}}(?:,?\s\d{{4}})?"  # "Sept. 10", "October 1, 2025"
    rf"|\d{{1,2}}\.?\s(?:de\s)?{_MONTH}(?:\s(?:de\s)?\d{{4}})?"  # "1. Oktober 2025", "11 de abril"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4})"  # "11/04/2022"
    r"(?:,?\s\d{1,2}[:.]\d{2}(?:\s(?:Uhr|h))?)?"  # and a time: "10:40 Uhr"
)
_MIXED_PLACE = rf"{_TITLE_PLACE}(?:\s(?:de|del|la|am|an|der|sur|en|di)\s{_TITLE_PLACE})?"
# Indian agencies add the state in brackets and the country in square ones, and close with a
# colon: "Bengaluru (Karnataka) [India], July 19 (ANI):".
_REGION = r"(?:\s\([A-Z][\w ]{1,30}\))?(?:\s\[[A-Z][\w ]{1,30}\])?"
_DATE_FIRST = re.compile(
    rf"^(?:{_MIXED_PLACE}{_REGION},\s)?{_DATE}\s*(?:\({_AGENCY}\)\s*(?:\.?{_DASH}|:)|\.?{_DASH})\s*"
    r"(?=[\"“‘'„«]?[A-ZÀ-ÖØ-ÞА-ЯЁ])"
)
# Rarer datelines, each tried (at the sentence's start only) when its mark is in the head:
# Indian agencies may set no dash or colon after the agency at all ("London, July 8 (IANS)
# Serena Williams…"; only after a place and a date, as "(Monday)" after a date alone may be the
# sentence's own aside); Latin American papers write the place in mixed case, with its state or
# country, closed with a dot and a hyphen set close ("Madrid, España.- Real Madrid…", "San
# Manuel, Cortés.- Por el homicidio…"), as "LIMA.-" in capitals.
_PLACE_DATE_AGENCY = re.compile(
    rf"{_MIXED_PLACE}{_REGION},\s{_DATE}\s*\({_AGENCY}\)\s+(?=[\"“‘'„«]?[A-ZÀ-ÖØ-ÞА-ЯЁ])"
)
_PLACE_DOT_HYPHEN = re.compile(rf"{_TITLE_PLACE}(?:,\s{_TITLE_PLACE})?\.-\s*(?=[A-ZÁÉÍÓÚÑ¿¡\"“«])")
# The page's date stamp that scraping left before a wire dateline ("2019-10-11 TALLAHASSEE,
# Fla. (AP) — …", "Updated 10:40 AM, Oct. 11, 2019 HUDSON, N.Y. (AP) - …"): stripped only with
# the dateline after it, as a date alone may open the sentence's own words ("May 5 was…").
_CLOCK_STAMP = r"\d{1,2}[:.]\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s[A-Z]{2,4})?"
_STAMP = re.compile(
    r"^(?:(?:Updated|Published|Posted|Last updated):?\s+)?"
    rf"(?:{_CLOCK_STAMP},?\s+)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
    rf"(?:\d{{4}}-\d{{2}}-\d{{2}}|{_DATE})(?:,?\s+{_CLOCK_STAMP})?\s+(?=[A-Z])"
)
# A German or French press release's place in mixed case, alone before a dash ("Potsdam – Zum
# Ende…", "München / Berlin - Bayerns…"): only when no other dash follows, which would make the
# first one open an aside ("Ronaldo – Portugal's captain – scored").
_PLACE_DASH_REACH = 60
_PLACE_DASH = re.compile(rf"^{_TITLE_PLACE}(?:\s/\s{_TITLE_PLACE})*\s[-–—]\s(?=[A-ZÄÖÜÉ])")
# A dateline that lost its dash ("SAN FRANCISCO At a media event…"): a place in capitals of two
# words, or one of four letters or more (not "UN At Work"), before a sentence's opening word.
_DASHLESS_DATELINE = re.compile(
    rf"^(?:[A-Z]{{2,}}(?:\s[A-Z]{{2,}}){{1,3}}|[A-Z]{{4,}})(?:,\s[A-Z][a-z]+\.?)?\s(?={_OPENING_WORD}\s)"
)
# Words a page set large before its dateline, which scraping kept there ("Hundreds of BOSTON —
# thousands of homes…"): the sentence goes on in lower case after the dash, so they open it.
# Two words at least, the second in lower case: "The IAAF - athletics' governing body - has…"
# opens an aside (and a second dash closes it: see strip_lead_in).
_WORDS_BEFORE_DATELINE = re.compile(
    rf"^([A-Z][a-z]+(?:\s[a-z]+){{1,3}})\s[A-Z]{{3,}}[A-Z .,'’/-]{{0,40}}\s{_DASH}\s(?=[a-z])"
)
# One capitalised word, or two ("Breaking News:"), never "He said:" that introduces a quote; a
# date in brackets may follow ("UPDATE (3/14/21):"), not a party and state ("Ana Silva (D-Fla.):").
# Or up to four words in capitals: a paper's name, as a blog that reposts its story writes it
# ("THE SUNDAY TELEGRAPH: Swedish elections…").
_LABEL = re.compile(
    r"^(?:[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?(?:\s\(\d{1,4}[./-]\d{1,2}(?:[./-]\d{2,4})?\))?"
    r"|[A-Z][A-Z'’.&-]*(?:\s[A-Z][A-Z'’.&-]*){2,3}):\s+(?=[A-Z“\"'‘])"
)
# The labels that newsletter-style sites (Axios, Semafor, Politico's briefings) set before each
# paragraph ("Why it matters: …", "The big picture: …"): a closed list, as the same shape
# ("Officials have one goal: Keep…") is often the sentence's own words.
_BRIEFING_LABEL = re.compile(
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
_SEE_PROMPT = re.compile(
    r"^(?:Watch|WATCH|See|SEE|View|VIEW)(?: the| THE| our| more)?"
    r" (?:video|VIDEO|videos|clip|pictures|PICTURES|photos|PHOTOS|gallery|interview):\s+"
    r"(?=[A-Z“\"'‘])"
)
# A live blog's clock time before an entry ("2.40pm: …", "10:15 a.m. ET: …", "1pm: …"), maybe
# after a label ("LATEST: 3.05pm: …"): a time with "am"/"pm" or a colon, a time zone, a colon.
_CLOCK = r"\d{1,2}(?::\d{2}(?:\s?[ap]\.?m\.?)?|\.\d{2}\s?[ap]\.?m\.?|\s?[ap]\.?m\.?)"
_CLOCK_TIME = re.compile(
    rf"^(?:[A-Z]{{3,12}}:\s+)?{_CLOCK}(?:\s?/\s?{_CLOCK})?(?:\s\(?[A-Z]{{2,4}}\)?)?:\s+"
    r"(?=[A-Z“\"'‘])"
)
# A prompt to the page's reader ("Scroll down for video", "Click here to watch the video"); the
# caption that usually follows it may carry a label of a few words ("Strictly business: …").
_PROMPT = re.compile(
    r"^(?:scroll (?:down|up)|click here|tap here|swipe)(?: (?:for|to)(?: see| watch| view)?)?"
    r"(?: the)? (?:video|videos|pictures|photos|gallery|more)\b[\s.:]*"
    r"(?:[A-Z][\w'’-]*(?:\s[\w'’-]+){0,3}:\s+)?",
    re.IGNORECASE,
)

# Scraped pages run a photo caption into the text with no full stop between them ("…at the
# Masters It’s a stupid rule…", "…camouflaged in woodland In many of the pictures…"): a lower-case
# word, then a word that opens English sentences and is never capitalised mid-sentence, then a
# lower-case word ("In her", not the title "In High Places"; not "His", which prayers capitalise).
# "A"/"An" only after a bracket ("(pictured) A taxi driver…"): "Nurse A with…" names someone.
# The pattern opens with the space, which the regex engine scans for quickly, then a capital,
# so that the alternatives are tried only there (most spaces come before a lower-case word); the
# word before the seam is checked in :func:`_run_on_at` (a look-behind first would make every
# search slow).
_SEAM = re.compile(
    r" (?=[A-Z])(?:(?:It|It's|It’s|He|She|They|We|But|In|As|Although|While|After|When|Her|Their"
    r"|This|These|Those|There|Here|However|Meanwhile|The)\s[a-z]|(?:However|Meanwhile),"
    r"|(?P<article>An?\s[a-z]))"
)
_CAPTION_MARK = re.compile(
    r"\((?:pictured|left|right|above|below|centre|center|top|bottom|inset|far left|far right"
    r"|second left|second right)\b[^()]{0,40}\) (?=[A-Z])"
)
_QUOTE_MARK = re.compile(r"[“”\"„«»]")
# Guillemets point either way: French « oui », German »ja«.
_CLOSER_OF = {"“": "”", "„": "“", "«": "»", "»": "«", '"': '"'}
_MIN_RUN_ON_WORDS = 6  # a shorter head is a caption label, not a point
_DASHES_ALONE = "-–—"
_MAX_DANGLING_WORDS = 3


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


# A footnote's or a link's mark that a page set close to a word ("…sanctions[1] with…"): a number
# in square brackets with no space before it. "Rule [12]" and "[read aloud]" are words.
_NOTE_MARK = re.compile(r"(?<=[^\s\[\]])(?:\[\d{1,3}\])+")


def without_note_marks(point: str) -> str:
    """``point`` without the footnote marks a page left in it (see :data:`_NOTE_MARK`)."""
    return _NOTE_MARK.sub("", point) if "[" in point else point


# Words that tie a sentence to the one before it ("But the PM said…", "However, the court…"):
# a point is read alone, with no sentence before it to contrast with or go on from, so it opens
# with what follows them ("Moreover, the council…" likewise). Not "But for the rain", where
# "but" means "except"; not German "Doch"/"Aber"/"Außerdem", which may take the verb's place
# ("Doch fand die Polizei nichts"). An example or a restatement of the sentence before
# ("For example, the port…", "In fact, …", "Indeed, …") states its own fact once the opener goes.
_CONNECTIVE = re.compile(
    r"(?:(?:However|Nevertheless|Nonetheless|Meanwhile|Still|Moreover|Furthermore|Additionally"
    r"|In addition|Besides|Instead|Even so|By contrast|In contrast|Similarly|Likewise"
    r"|As a result|Consequently|For example|For instance|In other words"
    r"|Also|Sin embargo|No obstante|Además|Asimismo|Cependant|Pourtant"
    r"|Toutefois|De plus|En outre|Однако|Кроме того"
    # and words that bear out or concede what it said ("In fact, …", "Of course, …")
    r"|In fact|Indeed|Of course|En fait|En effet|Bien sûr|De hecho|En efecto|Por supuesto"
    r"|Действительно|Конечно|Более того),\s+"
    # "Также" (also) needs no comma: "Также суд приговорил…"; English "Also" without its comma
    # may open an inverted sentence ("Also injured was…"), which stays.
    r"|(?:But|And|Yet|Mais|Pero|Но|Также)\s+(?!for\b|also\b))"
    r"(?=[\"“‘«„]?[^\W\d_])"
)

_CONNECTIVE_INITIALS = frozenset("HNMSCPTBAYFIDELOОНКДБТ")  # the last six Cyrillic


def without_connective(sentence: str) -> str:
    """``sentence`` without an opening word that ties it to the sentence before (see
    :data:`_CONNECTIVE`), its next word capitalised as a sentence's first."""
    if sentence[:1] not in _CONNECTIVE_INITIALS:
        return sentence  # the usual opening, settled without the pattern
    found = _CONNECTIVE.match(sentence)
    if found is None:
        return sentence
    rest = sentence[found.end() :]
    at = 1 if rest[:1] in "\"“‘«„" else 0
    return rest[:at] + rest[at].upper() + rest[at + 1 :]


def _without_rarer_dateline(sentence: str, head: str) -> str:
    """``sentence`` without a dateline of the rarer forms (see :data:`_PLACE_DATE_AGENCY`,
    :data:`_PLACE_DOT_HYPHEN`), or without a date stamp and the wire dateline right after it
    (see :data:`_STAMP`); unchanged when it has none. Each pattern is tried only when a mark of
    its form is in the ``head``: most sentences are settled by substring tests."""
    found = _PLACE_DOT_HYPHEN.match(sentence) if ".-" in head else None
    if found is None and "(" in head and ", " in head:
        found = _PLACE_DATE_AGENCY.match(sentence)
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
_STAMP_OPENERS = frozenset(
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


# The small words a list of bodies or people holds besides their names ("the Port Authority of
# Kelby, the Coast Guard and the …"), in the languages the bot reads: no verb among them.
_LIST_WORDS = frozenset("""
    the of and or for a an at in on to by with &
    der die das des dem den und oder für von vom im am zu zur zum
    le la les l du de des et ou pour au aux d
    el los las lo del y e o para al
""".split())
_LIST_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|&")
_MIN_LISTED_NAMES = 4  # capitalised words: fewer are a subject, not a list


def lists_only_names(point: str) -> bool:
    """Does a point cut short hold nothing but a list of names ("The Harbour Office, the Coast
    Guard, the Port Authority of Kelby…")? Cut before its verb, it says nothing happened."""
    # One pass that stops at the first word in lower case outside the list's own words: most
    # points have one within their first few words, and finding every word costs several times that.
    capitalised = 0
    for found in _LIST_WORD.finditer(point):
        word = found.group()
        if word[:1].isupper():
            capitalised += 1
        elif word not in _LIST_WORDS:
            return False
    return capitalised >= _MIN_LISTED_NAMES


def has_run_on(sentence: str) -> bool:
    """Does a caption or another sentence run into this one without a full stop?"""
    return _run_on_at(sentence) >= 0


def trim(sentence: str, max_chars: int = MAX_CHARS, *, keep_short_tail: bool = True) -> str:
    """``sentence`` itself when short enough (and whole), else its longest clean leading part.

    ``keep_short_tail=False`` cuts anything over ``max_chars``: where the cut at the limit falls,
    for callers that shorten a long sentence some other way first (an aside that goes).
    """
    sentence = _before_run_on(sentence.strip())
    allowed = max_chars * (1 + _SHORT_TAIL_SHARE) if keep_short_tail else max_chars
    if len(sentence) <= allowed:
        # A quote that runs on into the next sentence ("…told Variety: “I’m going to take some
        # time.") ends with the point, so the point closes it.
        return sentence + _unclosed_quote(sentence)
    window = sentence[:max_chars]  # the ellipsis takes one more character
    cut = _last_clause_start(window)
    if cut < _MIN_SHARE * max_chars:
        to_space = _TO_LAST_SPACE.match(sentence, 0, max_chars + 1)
        cut = _before_dangling_words(sentence, to_space.end() - 1) if to_space else -1
    if cut < 0:
        # Chinese and Japanese write no spaces: cut at their own commas, else anywhere.
        cut = max(map(window.rfind, _FULL_WIDTH_CLAUSE_MARKS))
        cut = cut if cut >= _MIN_SHARE * max_chars else -1
    return _close(sentence[: cut if cut > 0 else max_chars])


def _before_dangling_words(sentence: str, cut: int) -> int:
    """Where a cut at the space ``cut`` ends once the words that need what was cut after them go
    ("…during three long weeks of…", "…following the death of Apple chief Steve Jobs as a…"):
    an article, a preposition, a conjunction, an auxiliary ("…that his campaign would…"). A few
    at most, so that the point keeps its length.
    """
    for _ in range(_MAX_DANGLING_WORDS):
        space = sentence.rfind(" ", 0, cut)
        if space <= 0:
            break
        # An article or a preposition in capitals is still one (a caption runs on: "…in 2012
        # And…"); an auxiliary in capitals may be a name ("May", "Will", "Su").
        word = sentence[space + 1 : cut]
        if word not in NEEDS_NEXT and word.lower() not in NEVER_LAST:
            break
        cut = space
    return cut


def _before_run_on(sentence: str) -> str:
    """The sentence up to where a scraped caption runs on into the next one, with a full stop."""
    seam = _run_on_at(sentence)
    if seam < 0 or sentence.count(" ", 0, seam) < _MIN_RUN_ON_WORDS - 1:
        return sentence
    head = sentence[:seam].rstrip(" ,;:")
    return head if head.endswith((".", "!", "?", "…")) else head + "."


def _run_on_at(sentence: str) -> int:
    """Where a caption runs on into the next sentence (the space before it), or -1."""
    marked = _after_caption_mark(sentence)
    # Searched one seam at a time: most sentences have none, and a search costs less than
    # setting up an iterator to say so.
    end = len(sentence) if marked < 0 else marked  # a seam before the mark's comes first
    seam = _SEAM.search(sentence, 0, end)
    while seam is not None:
        before = sentence[seam.start() - 1] if seam.start() else ""
        after_word = before.isdigit() or "a" <= before <= "z"
        if before == ")" or (after_word and not seam.group("article")):
            return seam.start()
        seam = _SEAM.search(sentence, seam.end(), end)
    return marked


def _after_caption_mark(sentence: str) -> int:
    """The space after a caption's "(pictured)" or "(left)" that a capital follows, or -1:
    "…starring Richard Attenborough (pictured) Bader was among…" runs a caption on into the
    text; "Rand Paul (left) shared…" goes on with the sentence."""
    if "(" not in sentence:
        return -1
    found = _CAPTION_MARK.search(sentence)
    return found.end() - 1 if found is not None else -1


def _last_clause_start(text: str) -> int:
    """Where the last :data:`_CLAUSE` match in ``text`` starts, or -1.

    Found from the end rather than by listing every match: the pattern opens with optional
    white space, so a scan tries it at every position (~5 µs over a point's 200 characters,
    ~2 this way). A match holds only white space and marks, so the last one lies in the stretch
    of them around the last mark that ends a clause, and a scan of that stretch alone, from its
    first character, finds it.
    """
    mark = _LAST_CLAUSE_MARK.match(text)
    if mark is None:
        return -1
    word = _TO_LAST_WORD.match(text, 0, mark.start(1))
    last = -1
    for match in _CLAUSE.finditer(text, word.end() if word else 0, mark.end(1) + 1):
        last = match.start()
    return last


def _close(part: str) -> str:
    part = part.rstrip(" ,;:–—-")
    # An unbalanced opening quote would read as a quote that never ends.
    return part + _unclosed_quote(part) + "…"


def _unclosed_quote(text: str) -> str:
    """The mark that closes the double quote ``text`` leaves open, or "".

    The marks are read in order, as a reader pairs them: pages mix their styles ("“We won,"
    he said"), and German opens with „ what it closes with “ (and with » what it closes with «).
    """
    if (
        '"' not in text and "“" not in text and "„" not in text
        and "«" not in text and "»" not in text
    ):
        return ""  # no mark that opens a quote: the usual case, settled at memchr speed
    closer = ""
    for mark in _QUOTE_MARK.findall(text):
        if not closer:
            closer = _CLOSER_OF.get(mark, "")  # a closing mark with nothing open is a stray
        elif mark == closer or mark in '"”':
            closer = ""
    return closer
