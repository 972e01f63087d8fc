"""Whether a quoted span is a quote a digest can show: not a label, a title or a fragment.

Quote marks also set off scare quotes ("fakes"), names of works and headlines, and fragments the
writer weaves into indirect speech (`said the plan was "a disaster"`). A whole quote is a few
words at least, is not title-cased, and starts where a quotation can start: a paragraph, a
sentence, a colon or comma, or right after its reporting verb.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from digests.analyse.clauses import REPORTING
from digests.analyse.language_words import ACCORDING

MIN_WORDS: Final = 3  # "a disaster", "fakes": shorter spans are labels, not statements
_STARTS_SENTENCE: Final = tuple(".!?:;—–‒-([{…")
_CLOSING_MARKS: Final = tuple("”’\"'»›“")
# A closing mark and a comma, in either order: the quoted item before ends there, and another
# follows it in a list. (Not "'," or "’,", which end a plural possessive: "the players',".)
_LIST_COMMAS: Final = (",”", "”,", ',"', '",', ",’", ",»", "»,")
# Words that show a clause, not a listener or a setting, between a reporting verb and a quote.
_CLAUSE_WORDS: Final = frozenset(
    """that he she it they we i you there is was are were be been has had have will would can
    could should may might must his her its their says said""".split()
)
_SUBORDINATORS: Final = frozenset(
    {"that", "because", "since", "as", "if", "when", "while", "although", "though", "whether",
     "than"}
)
_OBJECT_STARTS: Final = frozenset(
    {"the", "a", "an", "reporters", "supporters", "in", "on", "at", "to"}
)


# "Selon Élisabeth Borne, « la réforme… »": a quote may open in lower case after "according
# to X," in French, Spanish, German and Russian, where it is always introduced that way.
_ACCORDING_CLAUSE: Final = re.compile(
    r"(?<!\w)(?:" + "|".join(sorted({*ACCORDING, *(w[0].upper() + w[1:] for w in ACCORDING)},
                                   key=len, reverse=True))
    + r")(?:\s[^,.;:!?«»„“”]{1,60})?,$"
)
# "As Politico reported, “… if the primary were held today…”": "as X said" names who speaks
# before the quote, as "according to X" does.
_AS_X_SAID: Final = re.compile(
    r"\b[Aa]s [^,.;:!?«»„“”]{1,60} (?:reported|said|wrote|noted|put it|observed|explained),$"
)
# "as if to say “…”", "her look seemed to say “…”": words the writer reads into a face or a
# gesture, which nobody spoke.
# So are words someone "might have said" or, after "as", "would say" (the writer's hypothetical:
# "As Sherlock would say, “…”"), and a saying "as" someone "used to say" (recalled, not said in
# this story). Without "as", "would say" and "used to say" report a habit: "She would say:
# “…”" is her words. And the question a writer voices for those "left to wonder: “…”".
_SOMEONE_WOULD_SAY: Final = (
    r"(?:[\w.'’-]+\s){1,5}?(?:would(?: have)? (?:say|said|ask|asked|put it)|used to (?:say|ask))"
)
_IMAGINED_SPEECH: Final = re.compile(
    r"\b(?:as (?:if|though) (?:to )?(?:say|ask)(?:ing)?|seem(?:s|ed)? to (?:say|ask)"
    r"|(?:might|could)(?: have)? (?:say|said|put it)|\b[Aa]s " + _SOMEONE_WOULD_SAY
    + r"|left (?:to (?:wonder|ponder|ask)|(?:wonder|ponder|ask)ing))[,:]?$"
)
# How a text before an imagined quote ends: the cheap test before the pattern.
_IMAGINED_ENDINGS: Final = ("say", "ask", "saying", "asking", "have said", "have asked", "put it",
                     "wonder", "wondering", "ponder", "pondering")
_WORDS: Final = re.compile(r"[^\W_][\w'’\-]*")
_LETTER: Final = re.compile(r"[^\W\d_]")


def words(text: str) -> list[str]:
    return _WORDS.findall(text)


def has_words(text: str, count: int) -> bool:
    """Whether ``text`` has at least ``count`` words, without listing the words of a long one."""
    return count <= 0 or _words_at_least(count).match(text) is not None


@lru_cache(maxsize=8)
def _words_at_least(count: int) -> re.Pattern[str]:
    """``count`` words from the start of a text, in one match: each is what :data:`_WORDS`
    finds, as the possessive repeats take a word's every letter and all that lies between
    words. One call, where finding the words one by one made a match object each (twice as
    slow on quotes)."""
    return re.compile(rf"(?:[\W_]*+[^\W_][\w'’\-]*+){{{count}}}")


def first_letter(text: str) -> str:
    """The first letter, past brackets and ellipses ("[I]f it was left up to Hillary")."""
    match = _LETTER.search(text, 0, 20)
    return match.group() if match else ""


def _looks_like_title(text: str, attributed: bool) -> bool:
    """Headlines and names of works: mostly capitalised words and no closing punctuation.

    A title set off by a comma is still a title; a comma followed by "he said" is a quote.
    """
    ending = text.rstrip("”’\"'» ")
    if ending.endswith((".", "!", "?", "…")) or (attributed and ending.endswith(",")):
        # Most quotes end a sentence, and words need not be looked at; but American style
        # puts the full stop of the writer's sentence inside the marks after a short title
        # ("the podcast “So, That Happened.”", "“Make America Great Again.”").
        return ending.endswith(".") and not attributed and _short_title(text)
    long_words = [w for w in words(text) if len(w) > 3]
    if len(long_words) < 2:
        return False
    capitalised = sum(1 for w in long_words if w[0].isupper())
    return capitalised / len(long_words) >= 0.6


def reads_as_title(text: str) -> bool:
    """Quoted words that read as a name of a work or a headline, whatever follows them, with
    three long words or more ("Earnings Calls and Information Transfers"; two capitalised
    words may be a slogan, "Anybody but Trump")."""
    return sum(1 for w in words(text) if len(w) > 3) >= _TITLE_LONG_WORDS \
        and _looks_like_title(text, attributed=False)


_TITLE_LONG_WORDS: Final = 3


def _short_title(text: str) -> bool:
    """A few words, every long one capitalised: a title or a slogan, not something said."""
    if text.count(" ") >= _SHORT_TITLE_WORDS:
        return False  # settled without listing the words of a long quote
    found = words(text)
    long_words = [w for w in found if len(w) > 3]
    return len(found) <= _SHORT_TITLE_WORDS and len(long_words) >= 2 \
        and all(w[0].isupper() for w in long_words)


_SHORT_TITLE_WORDS: Final = 6


# "“…,” she sings.", "“…,” she and the choir sang together": the clause after a song's words.
# A subject of a few words, none of them "to" ("he proceeded to sing" is a new sentence).
_SUNG: Final = re.compile(r",?\s*(?:(?!to\s)[\w.'’-]+\s){1,3}(?:sings?|sang|sung)\b")


def sung(quote_text: str, clause_after: str) -> bool:
    """Whether the clause after a quote says its words were sung: a song's lyrics, not
    something said. A quote that ends with a full stop ends its sentence: what follows is a
    new one, not its clause."""
    # Each verb form holds "ng": one substring test settles almost every clause.
    return "ng" in clause_after[:_SUNG_REACH] \
        and not quote_text.rstrip("”’\"'» ").endswith(".") \
        and _SUNG.match(clause_after) is not None


_SUNG_REACH: Final = 40  # characters: a subject of three words and the verb


def imagined(clause_after: str) -> bool:
    """Whether the clause after a quote gives its words to someone who "would say" or "used to
    say" them ("“…,” as my grandmother used to say"): a hypothetical or a saying recalled, not
    a quote of this story (see :data:`_IMAGINED_SPEECH`)."""
    head = clause_after[:_IMAGINED_REACH]
    return ("would" in head or "used to" in head) and _IMAGINED_AFTER.match(head) is not None


_IMAGINED_REACH: Final = 70  # characters: "as", a subject of a few words and the verb
_IMAGINED_AFTER: Final = re.compile(r",?\s*as\s+" + _SOMEONE_WOULD_SAY + r"\b")


# A list number before a heading: "2.", "2)".
_LIST_NUMBER: Final = re.compile(r"(?:\d{1,2}[.)])?")


def is_quoted_heading(paragraph: str, start: int, end: int, text: str) -> bool:
    """A paragraph that is only a few quoted words with no closing stop, perhaps after a list
    number ("2. “A problem of trust”"): a section heading borrowing someone's words, whose
    quote is in the paragraphs under it."""
    if text.count(" ") >= _SHORT_TITLE_WORDS or paragraph[end:].strip():
        return False
    if text.rstrip("”’\"'» ").endswith((".", "!", "?", "…")):
        return False
    return _LIST_NUMBER.fullmatch(paragraph[:start].strip()) is not None


def prefix_allows_quote(prefix: str, quote_text: str, attributed: bool) -> bool:
    """Whether what precedes an opening mark lets a whole quote start there.

    A quote may open a paragraph or a sentence, follow a colon or comma, or follow its reporting
    verb (`he said "…"`, `she told reporters "…"`). After any other word it is a fragment of the
    writer's own sentence (`said the plan was "a disaster"`).
    """
    tail = prefix.rstrip()
    if not tail:
        return True
    if tail.rstrip(",:").endswith(_IMAGINED_ENDINGS) \
            and _IMAGINED_SPEECH.search(tail, max(0, len(tail) - _IMAGINED_REACH)) is not None:
        return False
    lower_start = not first_letter(quote_text).isupper()
    if lower_start and tail.endswith(",") and _continues_the_sentence(quote_text) \
            and REPORTING.search(tail, max(0, len(tail) - 25)) is None:
        # "…vented covers, “so the gas cannot build up,” she said": a fragment; after a
        # clause ("“It is hard,” he said, “because…”") the quote goes on.
        return False
    if lower_start and tail.endswith(",") and " that " in tail[-_THAT_REACH:] \
            and _reports_that(tail[-_THAT_REACH:]):
        # "Ames says that people who call it a bromance, “don't know…”": the quote finishes
        # the "that" clause, whatever follows it.
        return False
    # A lower-case start continues the writer's sentence, unless a reporting clause follows
    # ("As for complexity, 'broadening the base ...,' said Mr. Kamin").
    if lower_start and not tail.endswith((".", "!", "?", ":")) and not (
        tail.endswith(",") and (attributed or _names_the_source(tail[-80:]))
    ):
        return False
    if tail.endswith(",") and tail[:-1].split()[-1:] and \
            tail[:-1].split()[-1].lower() in _SUBORDINATORS:
        return False  # "said that, “…”": still the writer's sentence
    if tail.endswith(_LIST_COMMAS):
        return False  # (“The Discovery,” “The One I Love”): the next item of a quoted list
    if tail.endswith((*_STARTS_SENTENCE, ",", *_CLOSING_MARKS)):
        return True
    verbs = list(REPORTING.finditer(tail[-80:]))
    if not verbs or lower_start:
        return False
    rest = tail[-80:][verbs[-1].end() :].split()
    if not rest:
        return True
    return len(rest) <= 4 and not any(w.lower() in _CLAUSE_WORDS for w in rest) and (
        rest[0][:1].isupper() or rest[0].lower() in _OBJECT_STARTS
    )


# Words a quote opens with in lower case when it finishes the writer's sentence: a clause of
# cause, purpose or result ("…, “because the pipes are old,” he said").
_CONTINUING_WORDS: Final = frozenset({"so", "because", "since", "although", "though", "whereas",
                               "which", "unless"})


# Characters before a quote in which a reporting verb and its "that" are looked for.
_THAT_REACH: Final = 120


def _reports_that(tail: str) -> bool:
    """Whether the sentence that ends in ``tail`` reports speech in a "that" clause ("says
    that", "said Tuesday that"), which a quote after it finishes."""
    start = max(tail.rfind(end) for end in (". ", "? ", "! ")) + 1
    return any(_THAT_AFTER_VERB.match(tail, verb.end()) for verb in REPORTING.finditer(tail, start))


# "that" right after a reporting verb, or after one word ("said Tuesday that").
_THAT_AFTER_VERB: Final = re.compile(r"(?: [\w-]+)? that ")


def _continues_the_sentence(quote_text: str) -> bool:
    first = quote_text.lstrip(" …\"'“‘").partition(" ")[0]
    return first in _CONTINUING_WORDS


def is_whole_quote(
    text: str, prefix: str, *, attributed: bool = False, set_off: bool = False
) -> bool:
    """A quotation a digest can show on its own, rather than a label or a fragment.

    ``attributed``: a reporting clause follows the quote (`“…,” he said`). ``set_off``: and a
    comma after the closing mark sets it off, as German, French, Spanish and Russian write it
    (`„…“, sagte Scholz`).
    """
    return has_words(text, MIN_WORDS) and prefix_allows_quote(prefix, text, attributed=True) \
        and clause_allows_quote(text, prefix, attributed=attributed, set_off=set_off)


def clause_allows_quote(text: str, prefix: str, *, attributed: bool, set_off: bool) -> bool:
    """The part of :func:`is_whole_quote` that depends on the clause after the quote, for a
    quote whose ``prefix`` allows it when attributed (``prefix_allows_quote(prefix, text,
    attributed=True)``). Both arguments only ever turn a no into a yes, so a caller can test
    that cheaper part first and look at the clause after the quote only if it passes."""
    if _looks_like_title(text, attributed) and not (set_off or _introduced(prefix)):
        return False
    return attributed or not _needs_attribution(prefix, text)


def _needs_attribution(prefix: str, quote_text: str) -> bool:
    """A quote that opens in lower case after a comma continues the writer's sentence, unless
    a reporting clause follows it or "according to X," comes before it: the one test in
    :func:`prefix_allows_quote` that ``attributed`` can pass."""
    tail = prefix.rstrip()
    return tail.endswith(",") and not first_letter(quote_text).isupper() \
        and not _names_the_source(tail[-80:])


def _names_the_source(tail: str) -> bool:
    """Does the text before a quote end "according to X," or "as X reported,"?"""
    return _ACCORDING_CLAUSE.search(tail) is not None or _AS_X_SAID.search(tail) is not None


def _introduced(prefix: str) -> bool:
    """`Scholz sagte: „Wir stehen an der Seite der Ukraine“.`: a reporting verb and a colon
    introduce a quote, not a title. (Asked only of spans that look like titles: German
    capitalises every noun, so its sentences often do.)"""
    tail = prefix.rstrip()
    return tail.endswith(":") and REPORTING.search(tail[-60:]) is not None
