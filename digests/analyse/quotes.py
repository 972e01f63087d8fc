"""Direct quotes and who said them, found once at ingest.

A digest wants whole quotes with a named speaker, so the quoted spans (:mod:`quote_spans`) are
filtered: scare quotes, titles of works and fragments woven into indirect speech (`said the plan
was "a disaster"`) are not quotes. A quote interrupted by its reporting clause (“A,” she said,
“B.”) is joined into one. Speakers come from :mod:`speakers`, resolved to the fullest name the
article gives.
"""

from __future__ import annotations

import re

from digests.analyse.clauses import (
    CLAUSE_WINDOW,
    REPORTING,
    clause_after,
    clause_before,
    real_sentence_ends,
)
from digests.analyse.language_words import PRONOUNS
from digests.analyse.name_index import NameIndex
from digests.analyse.names import (
    CAPITALISED_RUN,
    FUNCTION_WORDS,
    is_org,
    is_place,
    is_title_word,
    person_part,
)
from digests.analyse.quote_filter import (
    MIN_WORDS,
    clause_allows_quote,
    has_words,
    is_whole_quote,
    prefix_allows_quote,
    words,
)
from digests.analyse.quote_spans import MAX_CHARS, Span, find_spans
from digests.analyse.reporting import (
    dash_signature,
    sentence_subject,
    speaker_in_clause,
    subject_of_any_verb,
)
from digests.analyse.sentence_kinds import has_quote_mark
from digests.analyse.speakers import Resolver
from digests.article import CleanArticle, Quote

MAX_GAP = 200  # characters of reporting clause between the two halves of an interrupted quote
_SPACE = re.compile(r"\s*")
_SPACE_TO_END = re.compile(r"\s*$")
# What may follow a quote that ends its paragraph: a stray full stop, an agency's tag ("”. (NAN)").
_NOTHING_MORE = re.compile(r"\s*[.,;]?\s*(?:\([^()]{1,30}\))?\s*$")
_SIGNED_HEADING = re.compile(r"\s([-—–][^-—–]+):$")
_BY_AUTHOR = re.compile(r"\W*by (?:the )?[A-Z]")


def _reporting_gap(paragraphs: list[str], a: Span, b: Span) -> str | None:
    """The reporting clause between two spans of one interrupted quote, if that is what it is."""
    if a.end_para != b.para:
        return None
    gap = paragraphs[b.para][a.end : b.start]
    if len(gap) > MAX_GAP or not REPORTING.search(gap):
        return None
    # “A,” Hazard said. Wilmots added: “B.” and “A.” Wilmots added: “B.”: a sentence ends and
    # another begins, whose colon introduces B as a quote of its own (perhaps someone else's).
    # (“A,” Cruz said, adding: “B.” goes on with A's sentence: one quote.)
    # (Most gaps hold no full stop, "!" or "?" at all: settled by substring tests first.)
    if (("." in gap or "!" in gap or "?" in gap) and real_sentence_ends(gap, most=1)) or (
        gap.rstrip().endswith(":") and a.text.endswith((".", "!", "?"))
    ):
        return None
    # "“A,” said X. “B,” said Y." are two quotes by two people, not one interrupted quote.
    if speaker_in_clause(_after_clause(paragraphs, b), quote_first=True):
        return None
    return gap


def _after_clause(paragraphs: list[str], span: Span) -> str:
    return clause_after(paragraphs[span.end_para], span.end)


def _group_interrupted(paragraphs: list[str], spans: list[Span]) -> list[tuple[list[Span], str]]:
    """Spans grouped into quotes, each with the reporting clause that interrupts it (or "")."""
    groups: list[tuple[list[Span], str]] = []
    for span in spans:
        if groups:
            previous, clause = groups[-1]
            gap = _reporting_gap(paragraphs, previous[-1], span)
            # The second part is read after the clause itself: after "…,” he said, adding that
            # people “have been…" it is a fragment of indirect speech, not the quote going on.
            if gap is not None and not clause \
                    and is_whole_quote(span.text, gap, attributed=True) \
                    and _opens_whole(paragraphs, previous[0]):
                previous.append(span)
                groups[-1] = (previous, gap)
                continue
        groups.append(([span], ""))
    return groups


def _opens_whole(paragraphs: list[str], span: Span) -> bool:
    """Whether a quote may start at this span: a fragment cannot absorb the quote after it."""
    prefix = paragraphs[span.para][max(0, span.start - CLAUSE_WINDOW) : span.start]
    return prefix_allows_quote(prefix, span.text, attributed=True)


def _speaker_phrase(paragraphs: list[str], group: list[Span], gap: str) -> str | None:
    """The subject of the reporting clause that belongs to this quote, as written."""
    if gap:
        phrase = speaker_in_clause(gap, quote_first=True)
        if phrase:
            return phrase
        # “A,” adding, “B”: a participle has no subject of its own; the clause before says who.
    first, last = group[0], group[-1]
    before = clause_before(paragraphs[first.para], first.start)
    if _introduces(before):
        phrase = speaker_in_clause(before, quote_first=False, last_verb=True)
        if phrase:
            return phrase
    after = _after_clause(paragraphs, last)
    phrase = None
    if after and _after_is_attribution(last.text, after):
        phrase = speaker_in_clause(after, quote_first=True)
    if phrase is None and after and last.text.endswith((",", "?", "!")):
        phrase = subject_of_any_verb(after)
    if phrase is None:
        phrase = speaker_in_clause(before, quote_first=False, last_verb=True)
    if phrase is None and before.endswith((":", ",")):
        # "Sanders delivered a snappy retort: “…”", "He described the device, “…”"; but in
        # "Pollsters agree - Carl Bialik: “…”" the sentence is a heading and the source follows.
        signed = _SIGNED_HEADING.search(before)
        phrase = (signed and dash_signature(signed.group(1))) or sentence_subject(before)
    if phrase is None and _opens_paragraph(paragraphs[first.para], first.start):
        phrase = _from_neighbour_paragraphs(paragraphs, first, last)
    return phrase


def _phrase_of_next_quote(
    paragraphs: list[str], current: list[Span], following: tuple[list[Span], str],
    new_paragraph: bool,
) -> str | None:
    """“A.” “B,” she said: two quotes back to back share the reporting clause after the
    second (only the clause after it: the text before it is the first quote). With
    ``new_paragraph``, also a paragraph that is only a quote, followed by one that opens with
    the rest."""
    group, gap = following
    first, last = group[0], current[-1]
    if first.para == last.end_para:
        if paragraphs[first.para][last.end : first.start].strip():
            return None
    elif not (
        new_paragraph
        and first.para == last.end_para + 1
        and _opens_paragraph(paragraphs[first.para], first.start)
        and not paragraphs[last.end_para][last.end :].strip()
        and _opens_paragraph(paragraphs[current[0].para], current[0].start)
    ):
        return None
    if gap:
        return speaker_in_clause(gap, quote_first=True)
    return speaker_in_clause(_after_clause(paragraphs, group[-1]), quote_first=True)


def _opens_paragraph(para: str, start: int) -> bool:
    indent = _SPACE.match(para)
    return indent is not None and indent.end() == start


def _from_neighbour_paragraphs(paragraphs: list[str], first: Span, last: Span) -> str | None:
    """A paragraph-long quote introduced by the paragraph before (`X issued a statement:`) or
    signed by the paragraph after (`- Hillary Clinton`)."""
    if first.para > 0:
        introduction = paragraphs[first.para - 1].rstrip()
        if introduction.endswith(":"):
            last_sentence = clause_before(introduction, len(introduction) - 1) + ":"
            return speaker_in_clause(
                last_sentence, quote_first=False, last_verb=True
            ) or _labelled_person(last_sentence) or sentence_subject(last_sentence)
    ends_paragraph = _SPACE_TO_END.match(paragraphs[last.end_para], last.end) is not None
    if last.end_para + 1 < len(paragraphs) and ends_paragraph:
        return dash_signature(paragraphs[last.end_para + 1])
    return None


def _goes_on(paragraphs: list[str], previous_end: int, para: int) -> bool:
    """Does a quote without a clause of its own in paragraph ``para`` go on from the quote that
    ended in ``previous_end``: right after it, or with only an interviewer's question between
    ("Is it match number one in your career?")."""
    if para - previous_end <= 1:
        return True
    between = paragraphs[para - 1] if para - previous_end == 2 else ""
    return between.rstrip().endswith("?") and not has_quote_mark(between) \
        and between.count(" ") < _MAX_QUESTION_WORDS


def _labelled_person(label: str) -> str | None:
    """The person a label ending in a colon names last, after a body and a role, where a
    round-up has a label instead of a clause: "Advanced Micro Devices Inc. CEO Lisa Su:",
    "Coca-Cola Co. financial chief John Murphy:", "Sunderland goalscorer Phil Bardsley:"."""
    text = label.rstrip(": ")
    if text.count(" ") >= _MAX_LABEL_WORDS:
        return None  # a sentence that ends in a colon, not a label
    last = None
    for last in CAPITALISED_RUN.finditer(text):  # noqa: B007 - the last run is the one wanted
        pass
    if last is None or last.end() != len(text):
        return None
    words = tuple(last.group().split())
    name = person_part(words)
    before = text[: last.start()].split()
    # What the person is, in lower case ("goalscorer", "financial chief"), or a title.
    role_before = bool(before) and (
        is_title_word(before[-1])
        or (before[-1].isalpha() and before[-1].islower() and before[-1] not in FUNCTION_WORDS)
    )
    if not (len(name) < len(words) or role_before) or not 2 <= len(name) <= 4:
        return None
    return " ".join(name)


_MAX_LABEL_WORDS = 10
_MAX_QUESTION_WORDS = 30
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|my|me|[Ww]e|[Oo]ur|us)\b")


def _reporters_words_before(paragraphs: list[str], first: Span, last: Span) -> str:
    """The reporter's words before a quote that stands alone, "" if it does not: the paragraph
    before a quote that is a paragraph (or several) of its own, or the sentences before one
    that is the last sentence of its paragraph ("…, sagte Dieter Romann. „Er war auffällig.“")."""
    if _NOTHING_MORE.match(paragraphs[last.end_para], last.end) is None:
        return ""
    paragraph = paragraphs[first.para]
    if _opens_paragraph(paragraph, first.start):
        return paragraphs[first.para - 1] if first.para > 0 else ""
    before = paragraph[: first.start].rstrip()
    return before if before.endswith((".", "!", "?")) else ""


def _speaker_from_paragraph_before(
    resolver: Resolver, before: str, text: str, at: tuple[int, int]
) -> str | None:
    """Whose a quote is that no clause attributes, from the reporter's paragraph before it.

    Where that paragraph ends reporting what someone named said ("Hague said the transfer will
    create “a more sustainable future”.", "According to him, …"), the quote goes on with their
    words; a description ("the courts", "The world champion") is too loose a guess. Otherwise a
    quote in the first person (singular or plural: a minister speaks for the government as
    "we") is by the person the paragraph is about, when it names one in full.
    """
    ends = real_sentence_ends(before)
    last_sentence = before[ends[-1] :].lstrip() if ends else before
    reporter = speaker_in_clause(last_sentence, quote_first=False, last_verb=True)
    if reporter is not None:
        reporter = _PRONOUN_AS_SUBJECT.get(reporter.lower(), reporter)
        if reporter.lower() in PRONOUNS or all(word[:1].isupper() for word in reporter.split()):
            return resolver.resolve(reporter, at)
    if _FIRST_PERSON.search(text) is None or has_quote_mark(before):
        return None  # a quote mark before: someone else's words, or a clause of their own
    subject = sentence_subject(last_sentence)
    # A name only: "he" would be read as the person last mentioned, which in "Zimmerman shot
    # Trayvon Martin. He is now selling the gun." is not who "he" is.
    if subject is None or not subject[:1].isupper() or subject.lower() in PRONOUNS \
            or subject.split()[0].lower() in _DETERMINERS:
        return None  # "The Christian leader related…": a description, no name to take
    return _person(resolver.resolve(subject, at))


def _person(speaker: str | None) -> str | None:
    """``speaker`` when it is a person's full name (two capitalised words or more), else None:
    a guess from the paragraph before must not name a place or a body."""
    if speaker is None or is_org(speaker) or is_place(speaker):
        return None
    words = speaker.split()
    return speaker if len(words) >= 2 and all(w[:1].isupper() for w in words) else None


_PRONOUN_AS_SUBJECT = {"him": "he", "her": "she"}
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})


def _introduces(before: str) -> bool:
    """A clause that ends with its reporting verb right before the quote: `Putin said:`."""
    if not before.endswith((":", ",")):
        return False  # checked first: the verb search is the costly part
    verbs = list(REPORTING.finditer(before))
    return bool(verbs) and len(before[verbs[-1].end() :].split()) <= 3


def _after_is_attribution(quote_text: str, after: str) -> bool:
    """A clause after a quote that ended its sentence must be a short `X said.` to count (one
    that ends in a colon introduces the next quote instead: "….” Wilmots added: “…")."""
    if not quote_text.endswith((".", "!", "?")) or not after[:1].isupper():
        return True
    if after.endswith(":"):
        return False
    verb = REPORTING.search(after)
    if verb is None or len(after[: verb.start()].split()) > 6:
        return False
    return not after[verb.end() :].lstrip().startswith("that")


_STARTS_WITH_I = re.compile(r"I\b")


def _join_parts(parts: list[str], gap: str = "") -> str:
    """“A,” she said. “B.” -> "A. B."; “A,” she said, “b…” -> "A, b…".

    Writers end the first part with a comma even when the second starts a new sentence; the
    clause between says which it was when it ends with a full stop ("she said. “I…”"), else a
    capital letter after the break does ("I" is capitalised anywhere, so it tells nothing).
    """
    new_sentence = gap.rstrip().endswith((".", "!", "?"))
    text = parts[0].strip()
    for part in parts[1:]:
        part = part.strip()
        if text.endswith(",") and part[:1].isupper() and (
            new_sentence or not _STARTS_WITH_I.match(part)
        ):
            text = text[:-1] + "."
        text = f"{text} {part}"
    return text


def _clean_text(text: str) -> str:
    return text.strip().strip(" ,").strip()


def find_quotes(article: CleanArticle) -> list[Quote]:
    """The article's direct quotes in document order, each with its speaker where known."""
    paragraphs = [*article.standfirst, *article.paragraphs]
    spans = find_spans(paragraphs)
    if not spans:
        return []
    quoted = [((span.para, span.start), (span.end_para, span.end)) for span in spans]
    resolver = Resolver(NameIndex.build(article.title, paragraphs, quoted))
    quotes: list[Quote] = []
    previous_end, previous_speaker = -10, None
    groups = _group_interrupted(paragraphs, spans)
    for index, (group, gap) in enumerate(groups):
        first, last = group[0], group[-1]
        # Most quotes are one span: nothing to join.
        text = first.text.strip() if len(group) == 1 else _join_parts([s.text for s in group], gap)
        if len(text) > MAX_CHARS or not has_words(text, MIN_WORDS):
            continue  # cheap tests first: scare quotes are the most common spans
        # is_whole_quote in two steps: the words before the quote settle one group in five,
        # whatever clause follows, and the clause after it is the costly part to read.
        prefix = paragraphs[first.para][max(0, first.start - CLAUSE_WINDOW) : first.start]
        if not prefix_allows_quote(prefix, text, attributed=True):
            continue
        after = _after_clause(paragraphs, last)
        if _BY_AUTHOR.match(after):
            continue  # “How the West Was Lost,” by Jane Doe: a title and its author
        attributed = speaker_in_clause(after, quote_first=True)
        if not clause_allows_quote(
            text, prefix, attributed=attributed is not None,
            set_off=attributed is not None and after.startswith(","),
        ):
            continue
        at = (first.para, first.start)
        phrase = _speaker_phrase(paragraphs, group, gap)
        if phrase is None and index + 1 < len(groups):
            # A quote right after another one continues it (below) rather than borrowing the
            # clause of the quote that follows.
            phrase = _phrase_of_next_quote(
                paragraphs, group, groups[index + 1], first.para - previous_end > 1
            )
        speaker = resolver.resolve(phrase, at)
        if phrase is None and _goes_on(paragraphs, previous_end, first.para):
            speaker = previous_speaker  # a quote continued from the one before
        elif phrase is None and (before := _reporters_words_before(paragraphs, first, last)):
            speaker = _speaker_from_paragraph_before(resolver, before, text, at)
        resolver.remember(speaker, (last.end_para, last.end))
        previous_end, previous_speaker = last.end_para, speaker
        quotes.append(Quote(text=_clean_text(text), speaker=speaker, position=first.para))
    return quotes


def _digest_score(quote: Quote) -> float:
    """How well a quote stands alone in a digest: a named speaker, a whole sentence, short."""
    count = len(words(quote.text))
    score = 0.0
    if quote.speaker and quote.speaker[:1].isupper():
        score += 2.0
    elif quote.speaker:
        score += 1.0
    if quote.text[:1].isupper():
        score += 1.0
    if quote.text.rstrip("”’\"'").endswith((".", "!", "?")):
        score += 0.5
    if 8 <= count <= 40:
        score += 1.5
    elif 5 <= count <= 60:
        score += 0.5
    return score


def rank_quotes(quotes: list[Quote]) -> list[Quote]:
    """The quotes best-first for a digest; ties keep document order."""
    order = sorted(enumerate(quotes), key=lambda pair: (-_digest_score(pair[1]), pair[0]))
    return [quote for _, quote in order]
