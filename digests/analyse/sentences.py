"""Split text into sentences: one regex finds candidate ends, a few rules veto the false ones.

Why our own splitter and not pysbd (measured by ``bench/bench_analysis.py``, same run): pysbd
is about 100x slower (roughly 30-100 docs/s against 3,000-10,000 for ours on the dev articles),
which alone would spend the analysis budget (analysis must run >= 50x faster than TextRank); and
it is less accurate on what news needs: on the BBC dev set, whose one-sentence-a-line layout
gives gold sentences, pysbd finds them with precision 0.92 / recall 0.86, ours 0.99 / 0.99, and
on the bench's 12 hand cases (quotes closing a sentence, "U.S." at the end, German ordinals, French
guillemets, Spanish marks) pysbd gets 8 of 12, ours 12. The rules:

* A candidate end is ``.``, ``!``, ``?`` or an ellipsis, optionally followed by closing quotes or
  brackets, then white space, then something that can start a sentence (an upper-case letter, a
  digit, an opening quote or bracket, Spanish ``¿``/``¡``, a bullet). ``…pain!” he said.`` is
  therefore one sentence (a lower-case word follows), ``“We won.” The next…`` two; so is
  ``“Who knows?” Trump told ITV.`` (a quoted question or exclamation, then a name and a
  reporting verb).
* Vetoes: a known abbreviation before the dot (titles such as Mr., Dr., Gen.; months and ``No.``
  before a number; U.S.-style dotted acronyms unless a typical sentence opener follows); single
  capital letters (initials: J. K. Rowling, В. В. Путин); German ordinals (``am 24. Februar``).
* A line break ends a sentence when the line has no final punctuation and the next line looks
  like a new start (headings, bullets, datelines); otherwise wrapped lines are joined.
"""

from __future__ import annotations

import re
from typing import Final

from digests.analyse import referent_words
from digests.analyse.clauses import REPORTING

# Titles and abbreviations that are (almost) never the end of a sentence.
_NEVER_FINAL: Final = frozenset(
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "gen", "sen", "rep", "gov", "lt", "col", "capt",
        "sgt", "maj", "cmdr", "adm", "rev", "fr", "hon", "pres", "supt", "insp", "det", "mt",
        "ft", "vs", "v", "approx", "dept", "est", "fig", "cf", "al", "ca", "jr", "sr",
        # Ranks of police and army ("spokesman Cpl. Ann Vega"), and titles in the plural.
        "cpl", "pvt", "pfc", "spc", "ofc", "tpr", "sens", "reps", "gens", "adms", "brig",
        # Local and church titles in AP style ("Ald. Rosa Delgado", "Atty. Gen.", "Msgr.").
        "ald", "atty", "dist", "commr", "supv", "sup", "treas", "asst", "assoc", "amb", "msgr",
        "rt", "cllr",
        "e.g", "i.e", "eg", "ie", "viz", "mme", "mlle", "mgr", "hr", "nr", "bzw", "vgl",
        "ggf", "z.b", "u.a", "d.h", "sra", "srta", "dña", "dª", "ud", "uds", "vd", "pág",
        "т.е", "т.к", "т.н", "им", "ул", "пр", "проф", "акад", "доц", "рис", "стр", "abb",
        # Before a capitalised word: German nouns ("3 Mio. Euro"), Spanish names ("la Dra.
        # Pérez"), the first half of "EE. UU.", Russian places ("Московской обл.").
        "mio", "mrd", "tsd", "hrsg", "dra", "lic", "ing", "gral", "ee", "обл", "пос",
    }
)
# Russian "г." is "город" before a place ("в г. Москве") and never ends a sentence there; after
# a year's number it is "год", which may ("родился в 1950 г. Затем…").
_CITY_OR_YEAR: Final = "г"
# Before a number these do not end a sentence: "Feb. 24", "No. 10", "pp. 5", and the parts of
# a law a court report cites ("ч. 4 ст. 160 УК РФ", "§ 5 Abs. 2", "п. 3").
_BEFORE_NUMBER: Final = frozenset(
    {
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "no", "nos", "nr", "p", "pp", "vol", "ch", "art", "sec", "para", "tel", "ed", "op",
        "г", "гг", "№", "n", "núm", "ст", "ч", "п", "пп", "гл", "abs", "ziff",
    }
)
# May end a sentence ("moved to the U.S.") but usually do not ("U.S. President").
_MAYBE_FINAL: Final = frozenset(
    {"inc", "ltd", "co", "corp", "bros", "plc", "llc", "jr", "sr", "etc"}
)
# US states as datelines write them ("BOCA RATON, Fla. -- Weeds…"): after a comma and before a
# dash or "(AP)", the dot belongs to the dateline, which starts the sentence.
_US_STATES: Final = frozenset(
    {
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan",
        "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla",
        "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wisc", "wyo",
    }
)
# Away from a dateline's comma, "Del." is the title of a state delegate (Maryland, Virginia).
_DELEGATE: Final = "del"
_LISTED: Final = _NEVER_FINAL | _BEFORE_NUMBER | _MAYBE_FINAL | _US_STATES
# Words that typically open an English sentence: after "U.S." or "Inc." they mean a new one.
_OPENERS: Final = frozenset(
    {
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these",
        "those", "there", "but", "and", "in", "on", "at", "for", "if", "when", "while", "as",
        "his", "her", "its", "their", "our", "my", "so", "yet", "now", "then", "after", "before",
        "however", "meanwhile", "still", "also", "some", "many", "most", "one", "two", "what",
        "who", "why", "how", "where", "officials", "analysts", "experts",
    }
)
_GERMAN_MONTHS: Final = frozenset(
    {
        "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august",
        "september", "oktober", "november", "dezember",
    }
)
# Words before "24." that make the number a German ordinal ("am 24. Februar", "der 3. Platz").
_ORDINAL_LEADS: Final = frozenset(
    {
        "am", "im", "vom", "zum", "bis", "seit", "ab", "der", "die", "das", "dem", "den", "des",
        "ihr", "ihre", "ihrem", "ihren", "sein", "seine", "seinem", "seinen", "zur", "beim",
    }
)

# German adjective endings: "geplante", "kommenden", "nächster", "letztes", "diesem".
_ADJECTIVE_ENDINGS: Final = ("e", "en", "er", "es", "em")
_ORDINAL_ARTICLES: Final = referent_words.GERMAN_ARTICLES | {"des"}
_ARTICLE_REACH: Final = 60  # characters before the number that the article is looked for in
_CLOSERS: Final = "\"'”’»«)]}"  # « closes a German quote (»so«)
BULLETS: Final = "•●▪◦‣∙·*–—-"  # marks that open a list's items

# A candidate end is terminal punctuation, any closers, then white space (see _candidate_end).
# French "gagné. »" takes its spaced guillemet along, but not German "ab. »Das": a guillemet set
# close to the word after it opens that word's sentence.
_MARKS: Final = ".!?…"
_SPACES_BEFORE_GUILLEMET: Final = " \u00a0\u202f"
# Scraped text sometimes loses the space after a full stop ("…one count.The prosecutor"): a
# lower-case letter, the mark, then a capitalised word is such an end too (the rules below still
# veto "Prof.Smith"; "J.K.Rowling" and "Amazon.com" never match).


def _letters(*spans: str) -> frozenset[str]:
    """The letters of each span, its first and last letter included: ``_letters("az")``."""
    return frozenset(chr(code) for span in spans for code in range(ord(span[0]), ord(span[1]) + 1))


_LOWER_LETTERS: Final = _letters("az", "ßö", "øÿ", "ая", "ёё")
_UPPER_LETTERS: Final = _letters("AZ", "ÀÖ", "ØÞ", "АЯ", "ЁЁ")
_OPENERS_PUNCT: Final = "\"'“‘«»„([{-"
_PEEK: Final = 48  # characters after a candidate end that the rules look at
_PLAIN_WORD: Final = 16  # how far back the quick test for a plain word ending a sentence looks
_FIRST_WORD: Final = re.compile(r"[\w\-]+")
_DOTTED_ACRONYM: Final = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
_LETTER_DOT: Final = re.compile(r"[^\W\d_]\.(?:\s|$)")
_LIST_ENDS: Final = frozenset({"т. д", "т. п"})
_TERMINAL: Final = re.compile(r"[.!?…:;][\"'”’»«)\]}]*$")
# The capitalised words of a speaker before a reporting verb: "Trump told", "Sen. Ted Cruz asked".
_SPEAKER_WORDS: Final = re.compile(r"(?:[A-Z][\w.'’-]*\s+){1,4}")


def split_sentences(text: str, *, limit: int | None = None, language: str = "") -> list[str]:
    """The sentences of ``text`` in order, each stripped; blank input gives ``[]``.

    With ``limit``, at most that many, found without reading the rest of the text: key points
    look only at the top of a story, and a long article need not be split to its end. In a
    ``language`` whose script has its own sentence marks (Chinese and Japanese full-width
    marks, the Devanagari danda, the Arabic question mark), those end sentences too.
    """
    most = limit if limit is not None else len(text) + 1  # never more sentences than characters
    if most <= 0:
        return []
    split = _split_block if language[:2] not in _OWN_MARKS_LANGUAGES else _split_own_marks
    if "\n" not in text and "\r" not in text:
        return split(text.strip(), most)  # one paragraph: the usual case, the quick one
    sentences: list[str] = []
    for block in _blocks(text):
        sentences.extend(split(block, most - len(sentences)))
        if len(sentences) >= most:
            break
    return sentences


# Scripts that end sentences with marks of their own. Chinese and Japanese put no space after
# their full-width marks; a closing bracket right after one ends the sentence only where a
# space, an opening bracket or the end follows ("「晴れです。」と彼は言った。" is one sentence).
_OWN_MARKS_LANGUAGES: Final = frozenset({"zh", "ja", "hi", "mr", "ne", "ar", "fa", "ur"})
_OWN_MARK: Final = re.compile(
    r"[。！？।॥؟۔](?:[」』”’）)\]]+(?=\s|[「『“(（]|$))?(?![」』”’）)\]])"
)


def _split_own_marks(block: str, most: int) -> list[str]:
    """:func:`_split_block` for a block whose script has its own end marks: split at those
    first, then each piece as usual (for the Latin full stops and the text quoted in it)."""
    sentences: list[str] = []
    start = 0
    for match in _OWN_MARK.finditer(block):
        piece = block[start : match.end()].strip()
        start = match.end()
        if piece:
            sentences.extend(_split_block(piece, most - len(sentences)))
        if len(sentences) >= most:
            return sentences[:most]
    tail = block[start:].strip()
    if tail:
        sentences.extend(_split_block(tail, most - len(sentences)))
    return sentences[:most]


def _blocks(text: str) -> list[str]:
    """Runs of text whose line breaks do not end a sentence (paragraphs, joined wrapped lines)."""
    blocks: list[str] = []
    current: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            if current:
                blocks.append(" ".join(current))
                current = []
            continue
        if current and _line_break_ends_sentence(current[-1], line):
            blocks.append(" ".join(current))
            current = []
        current.append(line)
    if current:
        blocks.append(" ".join(current))
    return blocks


def _line_break_ends_sentence(previous: str, line: str) -> bool:
    if _TERMINAL.search(previous):
        return True  # the rules inside a block decide whether this really is an end
    if line[0] in BULLETS or previous[0] in BULLETS:
        return True
    return _looks_like_start(line)


def _split_block(block: str, most: int) -> list[str]:
    pieces: list[str] = []
    start = 0
    # Three substring tests at memchr speed: most paragraphs hold no end mark but full stops,
    # and a search for one character is the quickest there is.
    other_ends = "!" in block or "?" in block or "…" in block
    at, end = _next_candidate(block, 0, other_ends)
    while at >= 0:
        if len(pieces) >= most:
            return pieces
        if _ends_sentence(block, at, end):
            pieces.append(block[start:end].strip())
            start = end
        at, end = _next_candidate(block, end, other_ends)
    tail = block[start:].strip()
    if tail and len(pieces) < most:
        pieces.append(tail)
    return pieces


def _next_candidate(block: str, start: int, other_ends: bool) -> tuple[int, int]:
    """Where the next candidate end from ``start`` begins (its mark) and ends; (-1, -1) if none.

    Found with ``str.find`` rather than a regex: a paragraph's few marks are reached at memchr
    speed, and no match object is built for each (splitting is a tenth of what analysing a new
    article costs)."""
    at = _next_mark(block, start, other_ends)
    while at >= 0:
        end = _candidate_end(block, at)
        if end >= 0:
            return at, end
        at = _next_mark(block, at + 1, other_ends)
    return -1, -1


def _next_mark(block: str, start: int, other_ends: bool) -> int:
    """The first of ".", "!", "?" and "…" from ``start`` (only "." unless ``other_ends``)."""
    found = block.find(".", start)
    if other_ends:
        for mark in "!?…":
            other = block.find(mark, start, found if found >= 0 else len(block))
            if other >= 0:
                found = other
    return found


def _candidate_end(block: str, at: int) -> int:
    """Where the candidate end whose mark is at ``at`` ends, or -1 if it is none: further marks
    ("?!", "..."), closing quotes and brackets, then white space, which stays outside; a French
    guillemet after a space comes along. Or the mark alone where a lower-case letter stands
    before it and a capitalised word right after it."""
    size = len(block)
    end = at + 1
    while end < size and block[end] in _MARKS:
        end += 1
    while end < size and block[end] in _CLOSERS:
        end += 1
    if end < size and block[end].isspace():
        if block[end] in _SPACES_BEFORE_GUILLEMET and block[end + 1 : end + 2] == "»" \
                and not block[end + 2 : end + 3].isalnum():
            return end + 2
        return end
    if at > 0 and block[at] != "…" and block[at - 1] in _LOWER_LETTERS \
            and block[at + 1 : at + 2] in _UPPER_LETTERS \
            and block[at + 2 : at + 3] in _LOWER_LETTERS:
        return at + 1
    return -1


def _ends_sentence(block: str, dot_at: int, end: int) -> bool:
    """Does the candidate end from ``dot_at`` to ``end`` end a sentence?"""
    following = block[end : end + 2]
    if following[1:].isupper() and following[0] == " ":
        rest = ""  # "… word. The": the usual next sentence, no need to look further yet
    else:
        # Look only at the next few characters: slicing the whole rest per candidate would
        # make long blocks quadratic.
        rest = block[end : end + _PEEK].lstrip()
        if not rest or not _looks_like_start(rest):
            return False
    if block[dot_at] in "?!" and _reporting_clause_follows(block[dot_at:end], rest or block[end:]):
        return False
    # The usual end, "…an ordinary word. Next": six lower-case letters before a full stop
    # (or any "!"/"?") rule out every veto, so the rules are consulted only for the rest.
    return _plain_end(block, dot_at) or not _vetoed(
        block, dot_at, block[dot_at:end], rest or block[end : end + _PEEK].lstrip()
    )


def _plain_end(block: str, dot_at: int) -> bool:
    """An end no veto applies to: "!", "?", an ellipsis, or a full stop after a word whose last
    six characters are lower-case letters (abbreviations and initials are shorter), or after a
    word of letters alone that is no listed abbreviation ("said.", "London.", not "Mr.")."""
    if block[dot_at] != "." or block.startswith("...", dot_at):
        return True
    if dot_at >= 6:
        before = block[dot_at - 6 : dot_at]
        if before.isalpha() and before.islower():
            return True
    # The same test as :func:`_vetoed`'s for a word, without its search for the word's start:
    # a space right before letters alone is that start (longer words go the slow way).
    space = block.rfind(" ", max(0, dot_at - _PLAIN_WORD), dot_at)
    if space < 0:
        return False
    word = block[space + 1 : dot_at]
    if not word.isalpha():
        return False
    lowered = word.lower()
    return len(lowered) > 1 and lowered.isalpha() and lowered not in _LISTED


def _reporting_clause_follows(punct: str, rest: str) -> bool:
    """Does a quoted question or exclamation run on into who said it? "“Who knows?” Trump told
    ITV." is one sentence: "Trump told ITV" alone would say nothing (a lower-case "he said"
    never looks like a start, so only a name needs this test)."""
    if punct[-1] not in _CLOSERS:
        return False
    rest = rest.lstrip()
    speaker = _SPEAKER_WORDS.match(rest)
    if speaker is None or _first_word(rest).lower() in _OPENERS:
        return False  # "“Why?” He said nothing.": a capital pronoun opens a new sentence
    return REPORTING.match(rest, speaker.end()) is not None


def _looks_like_start(rest: str) -> bool:
    """Can ``rest`` (text after a candidate end) begin a sentence?"""
    first = rest[0]
    if first.isupper() or first.isdigit() or first in "¿¡" or first in BULLETS:
        return True
    if first.isalpha() and not first.islower():
        return True  # a script without capitals (Arabic, Hebrew, Devanagari, Chinese)
    if first == "»":
        # German »Das…«; a French closing » never reaches here (the end takes it along).
        return rest[1:2].isupper() or rest[1:2].isdigit()
    if first in "\"'“‘«„([{":
        after = rest[1:].lstrip()
        return bool(after) and (after[0].isupper() or after[0].isdigit() or after[0] in "¿¡.…")
    return False


def _vetoed(block: str, dot_at: int, punct: str, rest: str) -> bool:
    """True when the candidate end at ``dot_at`` is an abbreviation, an initial or an ordinal."""
    if not punct.startswith(".") or punct.startswith("..."):
        return False  # "!", "?" and ellipses followed by a capital do end sentences
    word_at = max(block.rfind(" ", 0, dot_at), block.rfind("\u00a0", 0, dot_at)) + 1
    while word_at < dot_at and block[word_at] in _OPENERS_PUNCT:
        word_at += 1
    written = block[word_at:dot_at].rstrip(".")
    if not written:
        return False
    if len(written) > 5 and written.isalpha() and written.islower():
        return False  # the common case, an ordinary word: no rule below applies
    word = written.lower()
    if len(word) > 1 and word.isalpha() and word not in _LISTED:
        return False  # "said.", "London.": a word, not an initial, acronym or abbreviation
    next_word = _first_word(rest)
    if len(word) == 1 and word.isalpha():
        if written.isupper():
            return True  # an initial: "J. K. Rowling", "George W. Bush"
        if written == "v" and next_word[:1].isupper():
            return True  # versus, in a case's name: "Roe v. Wade"
        if written == _CITY_OR_YEAR:
            return not block[max(0, word_at - 6) : word_at].rstrip()[-1:].isdigit()
        if word in _BEFORE_NUMBER and next_word[:1].isdigit():
            return True  # "p. 5", "ч. 4 ст. 160"
        return _in_spaced_abbreviation(block, word_at, rest)
    if word in _NEVER_FINAL:
        return True
    if word in _BEFORE_NUMBER and next_word[:1].isdigit():
        return True
    if _DOTTED_ACRONYM.fullmatch(word) or word in _MAYBE_FINAL:
        # dotted acronyms (U.S., U.K., a.m.) and company suffixes end a sentence only before a
        # typical opener: "moved to the U.S. The firm..." but "the U.S. Senate".
        return next_word.lower() not in _OPENERS
    if word.isdigit() and len(word) <= 2:
        return _is_german_ordinal(block, word_at, next_word)
    if word in _US_STATES and written[0].isupper() and block[word_at - 2 : word_at] == ", ":
        return rest[:1] in "-–—("  # "BOCA RATON, Fla. -- Weeds…", "DOVER, Del. (AP) —"
    if word == _DELEGATE and written[0].isupper():
        # a state delegate's title: "after Del. Ana Ruiz spoke"
        return next_word[:1].isupper() and next_word.lower() not in _OPENERS
    return False


def _in_spaced_abbreviation(block: str, letter_at: int, rest: str) -> bool:
    """Is the lower-case letter at ``letter_at`` one of an abbreviation's letters, each with its
    dot and a space ("z. B.", "e. V.", "o. g.", "т. е.")? Then a letter and a dot follow or come
    before it. A list's "и т. д." / "и т. п." ("and so on") does end its sentence."""
    if _LETTER_DOT.match(rest):
        return True
    before = block[max(0, letter_at - 4) : letter_at]
    return (
        len(before) == 4 and not before[0].isalnum() and before[1].isalpha()
        and before[2:] == ". " and block[letter_at - 3 : letter_at + 1] not in _LIST_ENDS
    )


def _is_german_ordinal(block: str, number_at: int, next_word: str) -> bool:
    if next_word.lower() in _GERMAN_MONTHS:
        return True
    written = block[:number_at].rstrip().rsplit(" ", 1)[-1]
    before = written.lower()
    if before in _ORDINAL_LEADS:
        return True
    # "die für Mai geplante 19. Schwimm-WM", "der kommende 3. Spieltag": an inflected adjective
    # right before the number and a German article a few words before it ("after 10. Smith"
    # has no article), a noun after it.
    if not (written.islower() and written.endswith(_ADJECTIVE_ENDINGS)):
        return False
    lead = block[max(0, number_at - _ARTICLE_REACH) : number_at].split()[-4:-1]
    return next_word[:1].isupper() and any(word.lower() in _ORDINAL_ARTICLES for word in lead)


def _first_word(rest: str) -> str:
    stripped = rest.lstrip("\"'“‘«»„([{¿¡ ")
    match = _FIRST_WORD.match(stripped)
    return match.group(0) if match else ""
