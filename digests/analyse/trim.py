"""Make a sentence a clean key point: cut it to ~200 characters (a lead-in such as a dateline
goes first: :mod:`lead_ins`).

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
from typing import Final

from digests.analyse.clauses import REPORTING
from digests.ending_words import NEEDS_NEXT, NEVER_LAST

MAX_CHARS: Final = 200
_MIN_SHARE: Final = 0.6  # a clause boundary must keep at least this share of ``max_chars``
# A sentence at most this share of ``max_chars`` over it is kept whole: a cut would save a
# few words and cost the ones the sentence ends on, often what its last phrase needs ("…while
# soothing financial…" for "…financial markets.", "…people aren't usually held in custody…"
# for "…in custody very long.").
_SHORT_TAIL_SHARE: Final = 0.1

_CLAUSE: Final = re.compile(r"\s*(?:;|,(?=\s)|\s[–—-]\s|:\s)")
_CLAUSE_DASHES: Final = "-–—"  # the dashes that end a clause set between spaces, as in _CLAUSE
_FULL_WIDTH_CLAUSE_MARKS: Final = "，；：、"
# The last character before a clause end's mark that is neither white space nor a mark: a greedy
# match of anything, which backtracks from the end (see _last_clause_start).
_TO_LAST_WORD: Final = re.compile(r".*[^\s;,:–—-]", re.DOTALL)
# Up to the last white space: a greedy match of anything backtracks from the end to it, in one
# call, where listing every white space of a 200-character window to keep the last costs ~20x.
_TO_LAST_SPACE: Final = re.compile(r".*\s", re.DOTALL)
# Scraped pages run a photo caption into the text with no full stop between them ("…at the
# Masters It’s a stupid rule…", "…camouflaged in woodland In many of the pictures…"): a lower-case
# word, then a word that opens English sentences and is never capitalised mid-sentence, then a
# lower-case word ("In her", not the title "In High Places"; not "His", which prayers capitalise).
# "A"/"An" only after a bracket ("(pictured) A taxi driver…"): "Nurse A with…" names someone.
# The pattern opens with the space, which the regex engine scans for quickly, then a capital,
# so that the alternatives are tried only there (most spaces come before a lower-case word); the
# word before the seam is checked in :func:`_run_on_at` (a look-behind first would make every
# search slow).
_SEAM: Final = re.compile(
    r" (?=[A-Z])(?:(?:It|It's|It’s|He|She|They|We|But|In|As|Although|While|After|When|Her|Their"
    r"|This|These|Those|There|Here|However|Meanwhile|The)\s[a-z]|(?:However|Meanwhile),"
    r"|(?P<article>An?\s[a-z]))"
)
_CAPTION_MARK: Final = re.compile(
    r"\((?:pictured|left|right|above|below|centre|center|top|bottom|inset|far left|far right"
    r"|second left|second right)\b[^()]{0,40}\) (?=[A-Z])"
)
_QUOTE_MARK: Final = re.compile(r"[“”\"„«»]")
# Guillemets point either way: French « oui », German »ja«.
_CLOSER_OF: Final = {"“": "”", "„": "“", "«": "»", "»": "«", '"': '"'}
_MIN_RUN_ON_WORDS: Final = 6  # a shorter head is a caption label, not a point
_MAX_DANGLING_WORDS: Final = 3


# A footnote's or a link's mark that a page set close to a word ("…sanctions[1] with…"): a number
# in square brackets with no space before it. "Rule [12]" and "[read aloud]" are words.
_NOTE_MARK: Final = re.compile(r"(?<=[^\s\[\]])(?:\[\d{1,3}\])+")


def without_note_marks(point: str) -> str:
    """``point`` without the footnote marks a page left in it (see :data:`_NOTE_MARK`)."""
    return _NOTE_MARK.sub("", point) if "[" in point else point


# Words that tie a sentence to the one before it ("But the PM said…", "However, the court…"):
# a point is read alone, with no sentence before it to contrast with or go on from, so it opens
# with what follows them ("Moreover, the council…" likewise). Not "But for the rain", where
# "but" means "except"; not German "Doch"/"Aber"/"Außerdem", which may take the verb's place
# ("Doch fand die Polizei nichts"). An example or a restatement of the sentence before
# ("For example, the port…", "In fact, …", "Indeed, …") states its own fact once the opener goes.
_CONNECTIVE: Final = re.compile(
    r"(?:(?:However|Nevertheless|Nonetheless|Meanwhile|Still|Moreover|Furthermore|Additionally"
    r"|In addition|Besides|Instead|Even so|By contrast|In contrast|Similarly|Likewise"
    r"|As a result|Consequently|For example|For instance|In other words"
    r"|Also|Sin embargo|No obstante|Además|Asimismo|Cependant|Pourtant"
    r"|Toutefois|De plus|En outre|Однако|Кроме того"
    # and words that bear out or concede what it said ("In fact, …", "Of course, …")
    r"|In fact|Indeed|Of course|En fait|En effet|Bien sûr|De hecho|En efecto|Por supuesto"
    r"|Действительно|Конечно|Более того"
    # and words that sum up or narrow it ("Basically, …", "En concreto, …")
    r"|Basically|Specifically|Básicamente|En concreto),\s+"
    # "Также" (also) needs no comma: "Также суд приговорил…"; English "Also" without its comma
    # may open an inverted sentence ("Also injured was…"), which stays.
    # "And" in the other languages too ("А в понедельник…", "Und die Polizei…", "Y el Gobierno…"),
    # with a comma after it or not ("But, the phone fits…")
    # Portuguese "Mais" is "more": "Mais de dez anos depois…" keeps it.
    r"|(?:But|And|Yet|Mais(?!\s+(?:d[aeo]s?|um|uma|que|\d)\b)|Pero|Но|Также|А|И|Und|Et|Y),?\s+"
    r"(?!for\b|also\b)"
    # English "So" that draws a consequence ("So when the state approved…", "So, committed
    # Democrats…"), before a clause or its subject: not "So far", "So many", "So says X", nor
    # German "So wie…", "So hat…", which a capital or one of these words never follows.
    r"|So(?:,\s+|\s+(?=(?:when|if|while|once|the|a|an)\b|[A-Z][a-z]))"
    # and an opening that calls the sentence before the reason for this one ("It is for that
    # reason that NASA enlisted…", "That is why the council…"), not before "we", "I", "you":
    # a speaker's own words ("That is why we are here").
    r"|(?:It (?:is|was) for (?:this|that|these|those) reasons? that|(?:That|This)(?: is|['’]s)"
    r" why)\s+(?!(?:we|I|you)\b))"
    r"(?=[\"“‘«„]?[^\W\d_])"
)

_CONNECTIVE_INITIALS: Final = frozenset("HNMSCPTBAYFIDELOUОНКДБТАИ")  # the last eight Cyrillic


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


# The small words a list of bodies or people holds besides their names ("the Port Authority of
# Kelby, the Coast Guard and the …"), in the languages the bot reads: no verb among them.
_LIST_WORDS: Final = frozenset("""
    the of and or for a an at in on to by with &
    der die das des dem den und oder für von vom im am zu zur zum
    le la les l du de des et ou pour au aux d
    el los las lo del y e o para al
""".split())
_LIST_WORD: Final = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|&")
_MIN_LISTED_NAMES: Final = 4  # capitalised words: fewer are a subject, not a list


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
        return sentence + unclosed_quote(sentence)
    window = sentence[:max_chars]  # the ellipsis takes one more character
    cut = _last_clause_start(window)
    if cut > 0 and _ends_with_reporting_verb(sentence[:cut]):
        cut = -1  # "…, commented: “…”" there keeps who spoke and none of the words: cut in them
    if cut < _MIN_SHARE * max_chars:
        to_space = _TO_LAST_SPACE.match(sentence, 0, max_chars + 1)
        cut = _before_dangling_words(sentence, to_space.end() - 1) if to_space else -1
    if cut < 0:
        # Chinese and Japanese write no spaces: cut at their own commas, else anywhere.
        cut = max(map(window.rfind, _FULL_WIDTH_CLAUSE_MARKS))
        cut = cut if cut >= _MIN_SHARE * max_chars else -1
    return _close(sentence[: cut if cut > 0 else max_chars])


def _ends_with_reporting_verb(part: str) -> bool:
    """Does ``part`` end with the verb that introduces a quote ("…, commented")? A point cut
    there says who spoke but not what."""
    words = part.rstrip(" ,;:–—-").rsplit(None, 1)
    return bool(words) and REPORTING.fullmatch(words[-1]) is not None


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
    start, end = _last_clause_mark(text)
    if start < 0:
        return -1
    word = _TO_LAST_WORD.match(text, 0, start)
    last = -1
    for match in _CLAUSE.finditer(text, word.end() if word else 0, end + 1):
        last = match.start()
    return last


def _last_clause_mark(text: str) -> tuple[int, int]:
    """Where the last mark that ends a clause stands in ``text`` (start, end), or (-1, -1): a
    ";", a "," or ":" before white space, a dash between white spaces (as the pattern
    ``;|,(?=\\s)|:\\s|\\s[–—-]\\s`` finds them). Each mark is looked for from the end, at memchr
    speed, and only above the best place found so far: a pattern that finds the last match by
    backtracking from the end tries its alternatives at every character it passes."""
    start, end = -1, -1
    at = text.rfind(";")
    if at >= 0:
        start, end = at, at + 1
    for mark, size in ((",", 1), (":", 2)):
        at = text.rfind(mark)
        while at > start and not text[at + 1 : at + 2].isspace():
            at = text.rfind(mark, 0, at)
        if at > start:
            start, end = at, at + size
    for dash in _CLAUSE_DASHES:
        at = text.rfind(dash)
        # The mark starts at the white space before the dash.
        while at - 1 > start and not (text[at - 1].isspace() and text[at + 1 : at + 2].isspace()):
            at = text.rfind(dash, 0, at)
        if at - 1 > start:
            start, end = at - 1, at + 2
    return start, end


def _close(part: str) -> str:
    part = part.rstrip(" ,;:–—-")
    # An unbalanced opening quote would read as a quote that never ends.
    return part + unclosed_quote(part) + "…"


def unclosed_quote(text: str) -> str:
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
