"""What kind of sentence this is, as far as a key point cares: a whole sentence or a fragment,
someone's words (in quote marks, or in the first person without them), a question, or the page
talking to its reader rather than the news.

Each test is cheap on the usual sentence (no quote mark, no "I", no prompt): key points ask
them of every candidate of every article.
"""

from __future__ import annotations

import re
from typing import Final

from digests.analyse import sentence_kind_words
from digests.analyse.language_words import GERMAN_REPORTING
from digests.analyse.marked_search import search_at_marks
from digests.analyse.site_notices import is_site_message, points_elsewhere
from digests.ending_words import NEVER_LAST

# Quote marks that open a quote; a single one only after a non-letter, so that apostrophes
# ("Putin's", "don't") are not taken for quote marks.
_OPENING_MARK: Final = re.compile(r"[“\"«„‘']")
# German quotes open low and close with the mark English opens with: „…“ (or „…”).
_CLOSING: Final = {"“": "”", '"': '"', "«": "»", "„": "“"}
_QUOTED_STRETCH: Final = re.compile(r"“[^”]*”?|\"[^\"]*\"?")
# "I think", "I've taken"; written without a leading \b, which would make every search slow (the
# word boundary before it is checked in in_first_person).
_FIRST_PERSON: Final = re.compile(r"I(?: |['’](?:m|ve|d|ll) )[a-z]")
# The reader addressed in English ("chances are you…", "you can be forgiven"), the writer
# stepping in as with "I"; not "your", as often the generic owner of a body or a bill ("exercise
# may make your brain larger"). Outside quote marks, single ones too ("said: 'If you look…'"),
# which a word's apostrophe never opens. Both patterns open with a letter or mark and check the
# character behind it after: one that opens with a look-behind is tried at every position.
_READER_ADDRESSED: Final = re.compile(r"[Yy](?<![\w'’-][Yy])ou(?:rself|rselves)?(?![\w-])")
# The writer's "we" in English ("we asked him a few questions", "Below, we look at why…"),
# outside quote marks as with "you": a news story's own narration never says "we".
_WRITERS_WE: Final = re.compile(r"[Ww](?<![\w'’-][Ww])e(?:['’](?:ve|re|ll|d))?(?![\w-])")
# A single-quoted stretch: a mark no letter stands before ("don't … it's" is none), to the mark
# that closes it before a non-letter, or to the end of a sentence the quote runs on past (a
# quote in single marks, as British papers print them, and for the reader-address test above).
_SINGLE_QUOTED: Final = re.compile(r"['‘](?<!\w['‘])[^'’]*(?:['’](?!\w)|$)")

_TRAILING: Final = "\"'”’») ]"
_FINAL_MARKS: Final = (".", "!", "?", "…")
_FINAL_CHARACTERS: Final = "".join(_FINAL_MARKS)
# Arabic writes its question mark reversed, Chinese and Japanese full width.
_QUESTION_MARKS: Final = ("?", "؟", "？")
# Page furniture (see is_page_furniture): imperatives that open prompts to the reader, those
# of them that never open a news sentence, and what makes the others address the reader.
# German, French, Spanish and Russian prompts ("Lesen Sie auch", "Lire aussi") share the sets.
_PROMPT_VERBS: Final = frozenset(
    "Click Tap Subscribe Tune Follow Read Watch Listen Download Make Consider Join Donate See"
    " Visit Check Like Sign Get Continue Go".split()
) | sentence_kind_words.PROMPTS
_ALWAYS_PROMPTS: Final = (
    frozenset({"Click", "Tap", "Subscribe", "Tune"}) | sentence_kind_words.ALWAYS_PROMPTS
)
_TO_THE_READER: Final = re.compile(
    r"\b(?:here|above|below|your|our|us|newsletter|podcast)\b|@\w"
    r"|\bon (?:Twitter|Facebook|Instagram|YouTube|TikTok|X)\b"
    # "Read the rest of the story at Mediaite.", "Read more at CNN.", "Continue reading on…"
    r"|\b(?:rest of|full) (?:the |this )?(?:story|article|interview|piece)\b"
    r"|\b(?:more|reading) (?:at|on)\b"
    # "Go to Google.com and click…", "Visit the site and tap the map…": what to press.
    r"|\b(?:click|tap)\b"
)
_PUBLISHING_NOTE: Final = re.compile(
    r"(?:This|A version of this) (?:article|story|piece|post|report|column) (?:(?:was |has been )?"
    r"(?:originally|first) (?:appeared|published|ran)|(?:appeared|appears|was published) "
    r"(?:originally|first|in print)|(?:was|has been) updated)\b"
)
# Who wrote, filmed or edited the piece: "Reporting by Jane Smith; Editing by…", "Story by…".
_CREDITS: Final = re.compile(
    r"(?:Story|Text|Words|Reporting|Additional reporting|Editing|Video|Graphics|Photography"
    r"|Cinematography|Produced|Video produced)(?: and \w+)? by [A-Z]"
)
_CREDIT_OPENERS: Final = frozenset(
    "Story Text Words Reporting Additional Editing Video Graphics Photography Cinematography "
    "Produced".split()
)
# A word of two letters or more in lower case, as any sentence with a verb has in the scripts
# with capitals (Chinese or Arabic have none: their sentences are told apart otherwise).
_LOWER_CASE_WORD: Final = re.compile(r"(?<![^\W\d_])[a-zà-öø-ÿа-яё]{2,}")
_SPACE_LOWER_CASE: Final = re.compile(r" [a-z]{2}")
_WORD_IN_CAPITALS: Final = re.compile(r"[A-ZÀ-ÖØ-ÞА-ЯЁ]{2,}")
_HEADING_WORDS: Final = 3
_CAPITALISED_WORD: Final = re.compile(r"[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zà-öø-ÿа-яё]")
_MARKUP: Final = re.compile(r"</?[a-zA-Z][\w-]*(?:\s[^<>]*)?>")
# The signature of an embedded post: "— Ben Jacobs (@Bencjacobs) September 1, 2016".
_POST_SIGNATURE: Final = re.compile(r"\(@\w+\)\s+[A-Z][a-z]+\.? \d{1,2}, \d{4}")
# What a page's frame leaves in a scraped line: a machine timestamp from its metadata
# ("2021-10-27T20:35:36+01:00") or a row of links ("Related articles", "Related videos").
# Written to open with a plain "T", which the regex engine scans for at memchr speed.
_TIMESTAMP: Final = re.compile(r"T(?<=\d{4}-\d\d-\d\dT)\d\d:\d\d")
# No word boundary after a row's items: scraped rows run them together ("articlesMore").
_LINK_ROW: Final = re.compile(r"\b[Rr]elated (?:articles|stories|videos|posts|links|content)")
_EMAIL: Final = re.compile(r"[\w.+-]+@[\w-]+\.[a-z]{2,}\b")
# A photo's credit ("(Foto: M. Casella, 14.01.2022)", "Picture: Getty", "© AP") marks the line as
# a caption: it describes a picture the digest does not show. Only where a credit stands, in
# brackets or opening the line: "The Big Picture: …" is a heading's label.
_CREDIT: Final = r"(?:Photos?|Fotos?|Pictures?|Images?|Bild|Credits?)(?: credit)?\s?:"
_CREDIT_AT_START: Final = re.compile(_CREDIT)
_CREDIT_IN_BRACKETS: Final = re.compile(r"\(" + _CREDIT)  # opens with a plain "(", scanned for fast
_CREDIT_WORDS: Final = ("Photo", "Foto", "Picture", "Image", "Bild", "Credit")
_CREDIT_INITIALS: Final = "PFIBC"  # the first letters of _CREDIT_WORDS
_PHOTO_CREDIT: Final = re.compile(
    r"(?:Photo(?:graph)?s?|Fotos?|Pictures?|Images?|Bild|Credits?)\s?:"
)
# The wire's credit in brackets, set after the caption: "(AP Photo/Northlight Films, Ana Ruiz)",
# "(Reuters Photo/Jo Lee)", "(Photo/Jo Lee)".
_WIRE_PHOTO_CREDIT: Final = re.compile(r"\((?:[A-Z][\w&.-]*\s){0,3}Photos?/")
# A wire photo's caption, told by its form: it ends with where and when, the date straight
# after the place ("…the search in Jakarta December 29, 2014."), where a sentence would say
# "on"; or it opens on the photo ("In this Oct. 27, 2021 file photo, …").
_PLACE_AND_DATE_AT_END: Final = re.compile(
    r"\b(?:in|at|near|outside) (?:the )?[A-Z][\w'’.-]*(?:,? [A-Z][\w'’.-]*){0,3},? "
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.) \d{1,2}, \d{4}\.$"
)
# A sentence that points at the picture beside it: "Police released this image of the man…",
# "Hubble snapped this shot of Mars…".
# Written to open with the letter and check the word boundary behind it: a pattern that opens
# with "\b" is tried at every position, one that opens with a letter only where the letter is.
_THIS_PICTURE: Final = re.compile(
    r"[Tt](?<!\w[Tt])his (?:file |undated |handout |aerial |satellite )?(?:photo|photograph|image"
    r"|picture|shot|snapshot|still|frame grab)\b"
)
_IN_THIS_PHOTO: Final = re.compile(
    r"In this (?:[\w.,]+ ){0,4}?(?:file |undated |handout )?(?:photo|photograph|image|picture"
    r"|video|still|frame)\b"
)
# Separators that join a menu's or a byline's items ("Home / News", "Date | Author"); a line
# that opens with one is the tail of such a row ("| Aiwanger bringt…", "/ Noticias …").
_ROW_SEPARATORS: Final = ("|", "/", "·")


def is_photo_credit(text: str) -> bool:
    """Is the line a photo's credit ("Credit: NASA/ESA", "Photograph: Jo Lee/AFP via Getty",
    the wire's "(AP Photo/Ana Ruiz)")? The lines above it describe the picture."""
    # The first letter settles most lines, cheaper than a prefix test against six words.
    if text[:1] == "(":
        return _WIRE_PHOTO_CREDIT.match(text) is not None
    return text[:1] in _CREDIT_INITIALS and text.startswith(_CREDIT_WORDS) \
        and _PHOTO_CREDIT.match(text) is not None


def is_whole_sentence(text: str) -> bool:
    # A lower-case first word ("of group's methods in disclosing information.") is the broken-off
    # tail of a line, such as a subtitle split in two; "iPhone sales rose." is a sentence.
    if text[0].islower():
        space = text.find(" ")
        if (text if space < 0 else text[:space]).islower():
            return False
    # Most sentences end with their full stop: settled by one character, without the strip.
    if text[-1] == "." and not text.endswith("..."):
        return True
    if text[-1] in _FINAL_CHARACTERS or text.rstrip(_TRAILING).endswith(_FINAL_MARKS):
        return not _cut_off(text)
    return False


_MIN_UNSTOPPED_WORDS: Final = 16  # headings, captions and decks without a full stop are shorter
_MIN_LOWER_SHARE: Final = 0.6  # a heading or a row of links capitalises most of its words


def is_unstopped_sentence(text: str) -> bool:
    """Is ``text`` a whole sentence that lost its full stop ("Veolia and Suez announced a merger
    deal on Monday worth nearly 13 billion euros after months of wrangling")? Feeds and reposts
    drop the stop of a story's lead, which would otherwise go as a heading: long, opening with a
    capital, mostly lower-case words (not a heading in title case), ending in a word, with no
    headline's colon ("Jamie's war on junk food: Chefs lead plea to…", a deck that retells the
    title)."""
    if not (text[:1].isupper() and text[-1].isalnum()) or ": " in text:
        return False
    words = text.split()
    if len(words) < _MIN_UNSTOPPED_WORDS:
        return False
    lower = sum(1 for word in words if word[0].islower())
    return lower >= _MIN_LOWER_SHARE * len(words)


def _cut_off(text: str) -> bool:
    """Does the sentence end with an ellipsis right after a word no sentence ends with ("Some of
    the sharpest drops came from...", "…die Zahl der …")? A teaser or a feed cut it there, and
    the rest is missing."""
    if not text.endswith(("...", "…")):
        return False
    words = text.rstrip(".… ").rsplit(maxsplit=1)
    return bool(words) and words[-1].lower() in NEVER_LAST


def is_page_furniture(text: str) -> bool:
    """Is the sentence the page talking to its reader rather than the story: a prompt ("Follow
    Jeff Poor on Twitter @jeff_poor.", "Read part 1 here."), a pointer to more ("Below you can
    read…", an e-mail address to write to), a newsletter's offer ("we'll send you a roundup
    email…"), a publishing note ("This article
    originally appeared on VICE US."), a heading in capitals, a "Date | Author" line, a row of
    the page's frame (links, metadata), a caption with its photo credit, markup?

    Cleaning leaves such lines in the body when they sit among its paragraphs; as a point, they
    tell the reader nothing about the news.
    """
    # One-character tests first: they run at memchr speed, a longer substring does not.
    if text.startswith(_ROW_SEPARATORS) or (
        text.isupper() and len(_WORD_IN_CAPITALS.findall(text)) >= _HEADING_WORDS
    ):
        return True  # a heading in capitals; not a Chinese sentence that holds "CEO"
    if "|" in text and " | " in text:
        return True
    if _in_the_frame(text) or points_elsewhere(text):
        return True
    if is_site_message(text):
        return True  # (the length first: a notice is short, and a call costs more)
    if " send you " in text and _NEWSLETTER_OFFER.search(text) is not None:
        return True  # "Every day we'll send you a roundup email…"
    # (The words the pattern cannot match without: it opens on a word boundary, which the regex
    # engine tries at every position.)
    if ("journalism" in text or "reporting" in text or "contribution" in text) \
            and _READER_APPEAL.search(text) is not None:
        return True  # "Support us to deliver journalism…", "every contribution counts"
    if "<" in text and _MARKUP.search(text):
        return True
    if "@" in text and (_POST_SIGNATURE.search(text) or _EMAIL.search(text)):
        return True
    if not _has_lower_case_word(text) and len(_CAPITALISED_WORD.findall(text)) >= 2:
        return True  # no word in lower case: a table's row, a list of names, a heading
    if text[:1] == "(":
        text = text[1:]  # "(Subscribe to the podcast on iTunes here.)": an aside, still a prompt
    first = text[: text.find(" ")]
    if first in _CREDIT_OPENERS and _CREDITS.match(text):
        return True
    if first in _PROMPT_VERBS:
        return (
            first in _ALWAYS_PROMPTS or _TO_THE_READER.search(text) is not None
            or sentence_kind_words.TO_THE_READER.search(text) is not None
        )
    return first in ("This", "A") and _PUBLISHING_NOTE.match(text) is not None


def _has_lower_case_word(text: str) -> bool:
    # A space and two lower-case ASCII letters is such a word, found by a pattern that opens with
    # a plain space (scanned for fast); the full pattern opens with a look-behind, tried at every
    # position (~3x the time), and is only needed for the rest.
    return (
        _SPACE_LOWER_CASE.search(text) is not None or _LOWER_CASE_WORD.search(text) is not None
    )


def _in_the_frame(text: str) -> bool:
    """A timestamp, a row of links, a photo credit? Substring tests first, at memchr speed (and
    patterns that open with a plain character): most sentences hold none of the marks."""
    return (
        (":" in text and _TIMESTAMP.search(text) is not None)
        or ("elated " in text and _LINK_ROW.search(text) is not None)
        or "©" in text
        or (text.startswith(_CREDIT_WORDS) and _CREDIT_AT_START.match(text) is not None)
        or ("(" in text and _CREDIT_IN_BRACKETS.search(text) is not None)
        or (text[-2:-1].isdigit() and text[-7:-5] == ", "  # "…, 2014." ends it
            and _PLACE_AND_DATE_AT_END.search(text) is not None)
        or (text.startswith("In this ") and _IN_THIS_PHOTO.match(text) is not None)
        or ("this " in text and _THIS_PICTURE.search(text) is not None)
    )


# A newsletter's offer: "Every day we'll send you a roundup email of all the latest…".
_NEWSLETTER_OFFER: Final = re.compile(
    r"\b[Ww]e(?:'ll|’ll| will| can)? send you\b[^.]{0,60}?\b(?:e-?mails?|newsletters?|updates"
    r"|alerts|round-?ups?|digests?|notifications)\b"
)
# An appeal for the reader's money in the paper's own voice: "Support us to deliver independent
# journalism", "Our mission is to deliver fact-based reporting", "every contribution counts".
# Its journalism is the paper's ("our", "us"); a story about someone's reporting names them.
_READER_APPEAL: Final = re.compile(
    r"\b(?:[Oo]ur|us)\b[^.]{0,60}?\b(?:journalism|reporting)\b"
    r"|\b(?:[Ee]very|[Yy]our) contribution\b"
)


def opens_inside_quote(text: str) -> bool:
    """Does the sentence start in the middle of a quote (``…lose.” he said``, ``too."``)?

    Such a sentence is a piece of a quote that opened sentences before: read alone it is
    someone's words with neither their start nor, often, who said them.
    """
    closing = text.find("”")
    if closing >= 0 and not 0 <= text.find("“") < closing:
        return True
    straight = text.find('"')
    # An odd number of straight marks whose first closes a word ("…too." or "lose,") rather than
    # opening one (' "We').
    return (
        straight > 0 and text.count('"') % 2 == 1 and not text[straight - 1].isspace()
        and text[straight - 1] not in "([—–-"
    )



_DOUBLE_MARK: Final = re.compile("[“”\"«»„]")
# A straight double mark right after a digit, one without a partner, is an inch mark ('a 42"
# screen'), no quote; '"99.9" percent' has both of its marks.
_INCH_MARK: Final = re.compile('(?<=[0-9])"')


def has_double_quote_mark(text: str) -> bool:
    return '"' in text or "“" in text or "”" in text or "«" in text or "„" in text


def quote_open_after(text: str, open_before: bool) -> bool:
    """Is a double-quoted stretch still open where the sentence ends, given whether one was
    open where it began? A quote of several sentences opens in one and closes in a later one;
    the sentences between carry no mark at all, yet they are someone's words.

    „ opens a quote that “ closes (German); elsewhere “ opens and ” closes.
    """
    if not has_double_quote_mark(text):
        return open_before
    if text.count('"') % 2:
        text = _INCH_MARK.sub("", text)
    is_open, low_opened = open_before, False
    for mark in _DOUBLE_MARK.findall(text):
        if mark == '"':
            is_open = not is_open
        elif mark == "“":
            is_open, low_opened = not (is_open and low_opened), False
        else:
            is_open, low_opened = mark in "«„", mark == "„"
    return is_open


def in_first_person(text: str, language: str = "") -> bool:
    """Does the sentence say "I" outside quote marks ("I think she will.", "And I want people in
    Ohio to know…")? In news that is someone's speech printed without quote marks (a transcript,
    an interview's answers, a letter) or the writer stepping in; either way, not the news.

    In an article in German, French, Spanish or Russian (``language``), also that language's
    "I" ("ich", "je", "yo", "я") and the reader addressed ("finden Sie hier", "vous").
    """
    other = sentence_kind_words.FIRST_PERSON.get(language)
    if other is not None and other.search(sentence_kind_words.QUOTED.sub("", text)) is not None:
        return True
    # "I" then a space or an apostrophe: three substring tests settle most sentences, where the
    # pattern's scan stops at every capital I ("In", "It", "Iran").
    if ("I " not in text and "I'" not in text and "I’" not in text) \
            or _FIRST_PERSON.search(text) is None:
        return False  # the usual case
    if has_quote_mark(text):
        text = _QUOTED_STRETCH.sub("", text)
    for match in _FIRST_PERSON.finditer(text):
        at = match.start()
        if at and (text[at - 1].isalnum() or text[at - 1] in "-'’"):
            continue  # the end of a word: "AI says", "WWI and"
        before = text[:at].rstrip(" ,;:—–")
        # After a capitalised word inside the sentence "I" is a numeral: "World War I and".
        if " " not in before or not before[before.rfind(" ") + 1 :][:1].isupper():
            return True
    return False


def addresses_the_reader(text: str) -> bool:
    """Does the sentence say "you" or "your" outside quote marks ("If you live near the
    harbour, chances are you…", "you can be forgiven for…")? The writer steps in, as with "I",
    though less far: a feature's lead may tell its news to "you" ("…may make your brain
    larger")."""
    if "you" not in text and "You" not in text:
        return False  # the usual case, settled at memchr speed
    return _said_outside_quotes(text, _READER_ADDRESSED, _YOU)


def writes_as_we(text: str) -> bool:
    """Does the sentence say "we" outside quote marks ("…, we asked the harbour master a few
    questions.", "Below, we look at why…")? The writer steps in, as with "you": what the page
    does for its reader, not what happened."""
    if "we" not in text and "We" not in text:
        return False  # the usual case, settled at memchr speed
    return _said_outside_quotes(text, _WRITERS_WE, _WE)


def _said_outside_quotes(text: str, word: re.Pattern[str], opens: tuple[str, ...]) -> bool:
    """Whether ``word`` (a pattern whose matches open with one of ``opens``) stands in ``text``
    outside its quote marks, double and single. Looked for in the text as it stands first: most
    sentences that hold the letters hold no such word ("were", "week", "young"), and taking the
    quotes out costs two more passes over them."""
    if search_at_marks(word, text, opens) is None:
        return False
    unquoted = _SINGLE_QUOTED.sub("", sentence_kind_words.QUOTED.sub("", text))
    return search_at_marks(word, unquoted, opens) is not None


# How `_READER_ADDRESSED` and `_WRITERS_WE` open: looked for with str.find (see marked_search).
_YOU: Final = ("you", "You")
_WE: Final = ("we", "We")


def reported_without_speaker(text: str, language: str = "") -> bool:
    """Is the sentence German reported speech that does not say whose words it passes on ("Es
    gebe keine Hinweise, der Markt sei gut besucht gewesen")? The Konjunktiv I tells a German
    reader that someone said so; without the speaker in the sentence, a point built on it
    says neither who nor that it is a claim: someone's words, like a quote without marks.
    "Der Markt sei gut besucht gewesen, sagte eine Sprecherin" names its source and stays news.
    """
    if language[:2] != "de":
        return False
    text = sentence_kind_words.GERMAN_SEI_ES.sub("", sentence_kind_words.QUOTED.sub("", text))
    words = _GERMAN_WORD.findall(text)
    if sentence_kind_words.KONJUNKTIV_I.isdisjoint(words):
        return False  # the usual sentence: indicative, settled in one scan
    lowered = {word.lower() for word in words}
    return lowered.isdisjoint(GERMAN_REPORTING) \
        and lowered.isdisjoint(sentence_kind_words.GERMAN_SOURCE_WORDS) \
        and sentence_kind_words.GERMAN_SO_SOURCE.search(text) is None


_GERMAN_WORD: Final = re.compile(r"[^\W\d_]+")


def is_question(text: str) -> bool:
    return text.rstrip(_TRAILING).endswith(_QUESTION_MARKS)


def quoted_share(text: str) -> float:
    """How much of the sentence is someone's direct words: a digest shows the best quote on its
    own, so a point in the reporter's words tells the reader more.

    A double quote mark without its partner means the sentence is one piece of a quote that runs
    over several sentences (``We know how to look," she said.``): all quote, and a piece.
    """
    # Most sentences have no quote mark at all: settled by substring tests, without the scan.
    return _scan_quoted_share(text) if has_quote_mark(text) else 0.0


def _scan_quoted_share(text: str) -> float:
    # A mark left without its partner: the sentence is one piece of a quote that runs over
    # several sentences. German „…“ closes with the mark English opens with, so it is counted
    # apart; « and » pair up in French and Russian. (Each count only where its mark is: most
    # sentences hold one kind of mark at most; written inline, as this runs for every sentence
    # with a mark that may become a point.)
    if "„" in text:
        unclosed = text.count("„") != text.count("“") + text.count("”")
    else:
        unclosed = text.count("“") != text.count("”")
    if unclosed or text.count('"') % 2 or (
        ("«" in text or "»" in text) and text.count("«") != text.count("»")
    ):
        return 1.0
    inside = 0
    at = 0
    while (opening := _OPENING_MARK.search(text, at)) is not None:
        start = opening.start()
        mark = opening.group()
        if mark in "‘'":
            if start and text[start - 1].isalnum():
                at = start + 1  # an apostrophe: "Putin's", "don't"
                continue
            single = _SINGLE_QUOTED.match(text, start)
            end = single.end() if single is not None else -1
        elif mark == "„":
            end = _german_quote_end(text, start)
        else:
            end = text.find(_CLOSING[mark], start + 1) + 1
        if end <= 0:  # not a quote after all (a short 'scare' word, an unclosed mark)
            at = start + 1
            continue
        inside += end - start
        at = end
    return inside / len(text) if text else 0.0


def _german_quote_end(text: str, start: int) -> int:
    """Just after the mark closing the German quote that opens at ``start`` („…“ or „…”), or
    0 when it is not closed."""
    ends = [end for end in (text.find("“", start + 1), text.find("”", start + 1)) if end >= 0]
    return min(ends) + 1 if ends else 0


def has_quote_mark(text: str) -> bool:
    # Substring tests run at memchr speed; most sentences have no quote mark at all, and an
    # apostrophe ("Putin's") is not one: a single quote opens after a space or a bracket.
    # The two-character tests only when there is an apostrophe: one character is found at
    # memchr speed, two are not.
    return (
        '"' in text or "“" in text or "”" in text or "‘" in text or "«" in text or "„" in text
        or ("'" in text and (" '" in text or "('" in text or text[0] == "'"))
    )
