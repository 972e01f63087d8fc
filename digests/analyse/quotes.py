"""Direct quotes and who said them, found once at ingest.

A digest wants whole quotes with a named speaker, so the quoted spans (:mod:`quote_spans`) are
filtered: scare quotes, titles of works and fragments woven into indirect speech (`said the plan
was "a disaster"`) are not quotes. A quote interrupted by its reporting clause (“A,” she said,
“B.”) is joined into one. Speakers come from :mod:`speakers`, resolved to the fullest name the
article gives.
"""

from __future__ import annotations

import re
from typing import Final

from digests.analyse.clauses import (
    CLAUSE_WINDOW,
    REPORTING,
    clause_after,
    clause_after_end,
    clause_before,
    real_sentence_ends,
)
from digests.analyse.dash_attribution import (
    unmarked_spans,
    without_inner_clause,
    writes_dash_clauses,
)
from digests.analyse.french_incises import without_french_incise
from digests.analyse.inverted_subjects import dash_signature, inverted_noun_verb
from digests.analyse.language_words import UNSTATED, UNSTATED_SUBJECTS
from digests.analyse.name_index import NameIndex
from digests.analyse.names import name_runs
from digests.analyse.noun_phrases import starts_appositive
from digests.analyse.quote_filter import (
    MIN_WORDS,
    clause_allows_quote,
    first_letter,
    has_words,
    imagined,
    is_quoted_heading,
    is_whole_quote,
    prefix_allows_quote,
    reads_as_title,
    sung,
)
from digests.analyse.quote_joins import join_parts
from digests.analyse.quote_spans import MAX_CHARS, SINGLE_CLOSE, Span, find_spans
from digests.analyse.reporting import (
    HERE_IS,
    sentence_subject,
    speaker_in_clause,
    subject_of_any_verb,
)
from digests.analyse.russian_bodies import body_after_verb, body_named
from digests.analyse.single_marks import with_single_mark_openers
from digests.analyse.speakers import Resolver
from digests.analyse.spelt_out import in_full
from digests.analyse.spokespeople import body_spoken_for
from digests.analyse.unattributed import (
    from_neighbour_paragraphs,
    labelled_person,
    opens_paragraph,
    participle_before,
    reported_speaker,
    speaker_without_clause,
    words_before,
)
from digests.article import CleanArticle, Quote

# What a Russian clause after a quote reads as its subject when it names a body's people
# only ("— заявили в МВД": a plural verb, no subject) or nobody ("— говорится в сообщении").
_NO_SUBJECT: Final = frozenset({None, "они"})
# characters of reporting clause between the two halves of an interrupted quote
MAX_GAP: Final = 200
_SIGNED_HEADING: Final = re.compile(r"\s([-—–][^-—–]+):$")
_BY_AUTHOR: Final = re.compile(r"\W*by (?:the )?[A-Z]")


# French tells what someone went on to say by an infinitive with no subject ("Et d'ajouter :
# « … »"), whose subject is the last speaker's.
_NARRATIVE_INFINITIVE: Final = re.compile(
    r"(?:^|[.!?…»]\s+)(?:Et\s+)?(?:d['’](?:ajouter|expliquer|insister|avertir|ironiser)"
    r"|de\s+(?:conclure|poursuivre|préciser|souligner|renchérir|lancer|lâcher|confier|résumer"
    r"|rappeler|marteler|glisser))\s*:$"
)


# Words that open a sentence with a clause setting its scene ("When asked, he said, “…”").
_SCENE_SETTING_OPENERS: Final = frozenset("When Whenever While After Before Once If Asked".split())


def _reporting_gap(paragraphs: list[str], a: Span, b: Span) -> str | None:
    """The reporting clause between two spans of one interrupted quote, if that is what it is."""
    if a.end_para != b.para:
        return None
    gap = paragraphs[b.para][a.end : b.start]
    # (“A,” comments Tom Johnston, “b”: a verb that is a plural noun too, which the search
    # for verbs leaves out, with a name after it.)
    if len(gap) > MAX_GAP or not (REPORTING.search(gap) or inverted_noun_verb(gap.strip(" ,"))):
        return None
    # “A,” Hazard said. Wilmots added: “B.” and “A.” Wilmots added: “B.”: a sentence ends and
    # another begins, whose colon introduces B as a quote of its own (perhaps someone else's).
    # (“A,” Cruz said, adding: “B.” goes on with A's sentence: one quote.)
    # (Most gaps hold no full stop, "!" or "?" at all: settled by substring tests first.)
    if (("." in gap or "!" in gap or "?" in gap) and real_sentence_ends(gap, most=1)) or (
        gap.rstrip().endswith(":") and a.text.endswith((".", "!", "?"))
    ):
        return None
    # The post reads, “A.” Ruiz shared it, saying, “B.”: A has its clause before it, and its
    # full stop ends the sentence; the clause after begins the next and introduces B, perhaps
    # someone else's. (“A?” Ruiz asked is A's own clause; “A.” He added, “B.” after a clause
    # of its own still joins A to the quote before, and B in lower case goes on with A.)
    if a.text.endswith(".") and gap.lstrip()[:1].isupper() \
            and first_letter(b.text).isupper() \
            and _introduced_before(paragraphs[a.para], a.start):
        return None
    # “A.” When his editors asked, he'd respond, “B.”: a finished quote, then a sentence that
    # sets a scene of its own before its clause; B was said then, not in A's breath.
    if a.text.endswith((".", "!", "?")) \
            and gap.lstrip(" ”’\"'").partition(" ")[0] in _SCENE_SETTING_OPENERS:
        return None
    # "“A,” said X. “B,” said Y." are two quotes by two people, not one interrupted quote.
    # (After “B.” a full stop has ended B's sentence: the clause after it is the next one's.)
    if not b.text.endswith(".") \
            and speaker_in_clause(_after_clause(paragraphs, b), quote_first=True):
        return None
    return gap


# A reporting verb and a comma or colon right before a quote: "The post reads, “…”", "said: “…”".
_INTRODUCING_VERB: Final = re.compile(r"\s(?:\w+\s){0,2}\w+[,:]\s*$")


def _introduced_before(paragraph: str, start: int) -> bool:
    """Does a reporting verb (perhaps with an object: "told reporters") and a comma or colon
    introduce the quote that opens at ``start``?"""
    tail = paragraph[max(0, start - 40) : start]
    found = _INTRODUCING_VERB.search(tail)
    return found is not None and REPORTING.search(tail, found.start()) is not None


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
            # A title in the clause ("…,” says X, whose paper, “A Title,” is out) is no part.
            if gap is not None and not clause and not gap.rstrip().endswith(_SOURCE_PREPOSITIONS) \
                    and (is_whole_quote(span.text, gap, attributed=True)
                         or _short_sentence(span.text, gap)) \
                    and not (span.text.endswith(",") and reads_as_title(span.text)) \
                    and _opens_whole(paragraphs, previous[0]):
                previous.append(span)
                groups[-1] = (previous, gap)
                continue
        groups.append(([span], ""))
    return groups


# The clause names where the words were said: "…,” he said on “Meet the Press.”"
_SOURCE_PREPOSITIONS: Final = (" on", " in", " to", " at", " from", " by", " with")


def _short_sentence(text: str, gap: str) -> bool:
    """A sentence of a word or two that ends a quote after its clause ("…,” she said. “It
    hasn't.”): no label, as a whole sentence in the marks after a clause that ended its own
    (not "…,” he said on “Meet the Press.”, nor "He added that members are “Latino.”")."""
    return gap.rstrip().endswith(".") and first_letter(text).isupper() \
        and text.rstrip().endswith((".", "!", "?"))


def _opens_whole(paragraphs: list[str], span: Span) -> bool:
    """Whether a quote may start at this span: a fragment cannot absorb the quote after it,
    nor can a word or two in lower case quoted inside the writer's sentence ("It is
    spreading, “unfortunately,” Wells told ABC. “…”"); “No,” he said, “…” can."""
    if not first_letter(span.text).isupper() and not has_words(span.text, MIN_WORDS):
        return False
    prefix = paragraphs[span.para][max(0, span.start - CLAUSE_WINDOW) : span.start]
    return prefix_allows_quote(prefix, span.text, attributed=True)


def _speaker_phrase(
    paragraphs: list[str], group: list[Span], gap: str, after: str
) -> str | None:
    """The subject of the reporting clause that belongs to this quote, as written; ``after`` is
    the clause after its last span (:func:`_after_clause`), which the caller has read already."""
    if gap:
        phrase = speaker_in_clause(gap, quote_first=True)
        if phrase:
            return phrase
        # “A,” adding, “B”: a participle has no subject of its own; the clause before says who.
    first, last = group[0], group[-1]
    before = clause_before(paragraphs[first.para], first.start)
    if before.endswith(":") and _NARRATIVE_INFINITIVE.search(before):
        return UNSTATED  # "Et d'ajouter : « … »": the subject of the sentence before
    if _introduces(before):
        phrase = speaker_in_clause(before, quote_first=False, last_verb=True)
        if phrase:
            return phrase
    phrase = None
    if after and _after_is_attribution(last.text, after):
        phrase = speaker_in_clause(after, quote_first=True)
    if phrase is None and after and last.text.endswith((",", "?", "!")):
        phrase = subject_of_any_verb(after)
    if phrase is None:
        phrase = speaker_in_clause(before, quote_first=False, last_verb=True)
    if phrase is None and before.endswith((" –", " —", " -")):
        # Quote sheets put a dash where a label's colon goes: "Washington Coach Mike Hopkins –
        # “…”" (a label alone: a caption's dash after a bracket names no speaker).
        phrase = labelled_person(before[:-2])
    if phrase is None and before.endswith((":", ",")):
        # "Sanders delivered a snappy retort: “…”", "He described the device, “…”"; but in
        # "Pollsters agree - Carl Bialik: “…”" the sentence is a heading and the source follows.
        signed = _SIGNED_HEADING.search(before)
        here = HERE_IS.match(before)
        phrase = (signed and dash_signature(signed.group(1))) or (here and here.group(1).strip()) \
            or (not REPORTING.search(before) and labelled_person(before)) \
            or _subject_unless_that_clause_speaks(before)
    if phrase is None and opens_paragraph(paragraphs[first.para], first.start):
        phrase = from_neighbour_paragraphs(paragraphs, first, last)
    return phrase


def _subject_unless_that_clause_speaks(before: str) -> str | None:
    """The sentence's subject, who introduces the quote ("Hale described the budget, “…”"),
    unless a "that" clause nearer the quote has a subject the article does not name: in "Hale
    believes that the town will shout, “…”" the town would say the words, not Hale. (A that
    clause that names someone is left to the sentence: "Lee joked that Leeds was his answer,
    but went on to say, “…”".)"""
    cut = before.rfind(" that ")
    if cut >= 0 and sentence_subject(before[cut + len(" that ") :]) is None:
        return None
    return sentence_subject(before)


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
        if paragraphs[first.para][last.end : first.start].strip(" .!?…"):  # «A». «B», dijo
            return None
    elif not (
        new_paragraph
        and first.para == last.end_para + 1
        and opens_paragraph(paragraphs[first.para], first.start)
        and not paragraphs[last.end_para][last.end :].strip()
        and opens_paragraph(paragraphs[current[0].para], current[0].start)
    ):
        return None
    if gap:
        return speaker_in_clause(gap, quote_first=True)
    return speaker_in_clause(_after_clause(paragraphs, group[-1]), quote_first=True)


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
    if verb is None:
        return False
    rest = after[verb.end() :].lstrip()
    if len(after[: verb.start()].split()) > 6:
        # "“…?” Ana Lind, a chemist at the Hale Institute, said at a forum.": a name with its
        # role set off by commas, and a verb that reports nothing else after it.
        return _named_with_role(after[: verb.start()]) \
            and (rest[:1] in {".", ""} or rest.partition(" ")[0] in _SCENE_AFTER_VERB)
    return not rest.startswith("that")


# Words that open a phrase about where or when after "said" ("said at a forum", "said in an
# interview"), never what was said.
_SCENE_AFTER_VERB: Final = frozenset(
    {"at", "in", "on", "during", "after", "before", "while", "last"}
)


def _named_with_role(pre: str) -> bool:
    """Whether the words before a verb are a name, then its role set off by commas."""
    name, comma, role = pre.partition(",")
    runs = name_runs(name)
    return bool(comma) and pre.rstrip().endswith(",") and len(runs) == 1 \
        and runs[0].start == 0 and runs[0].end >= len(name.rstrip()) \
        and starts_appositive(role.strip())


def _clean_text(text: str) -> str:
    text = text.strip().strip(" ,").strip()
    if "“" in text and "”" not in text:
        # “A. “B. “C.”: the marks that opened later paragraphs, run into one, never close.
        text = _PARAGRAPH_OPENER.sub("", text)
    if "‘" in text and SINGLE_CLOSE.search(text) is None:
        text = _SINGLE_PARAGRAPH_OPENER.sub("", text)  # the same with ‘ (and ’ apostrophes)
    return text


# An opening mark right after a sentence's end, before a capital.
_PARAGRAPH_OPENER: Final = re.compile(r"(?<=[.!?…] )“(?=[A-Z])")
_SINGLE_PARAGRAPH_OPENER: Final = re.compile(r"(?<=[.!?…] )‘(?=[A-Z])")


def find_quotes(article: CleanArticle) -> list[Quote]:
    """The article's direct quotes in document order, each with its speaker where known."""
    paragraphs = with_single_mark_openers([*article.standfirst, *article.paragraphs])
    spans = find_spans(paragraphs)
    # "Мы будем работать дальше, — сказал Роу.": a paragraph of someone's words without marks.
    dashes = writes_dash_clauses(article.language)
    unmarked = unmarked_spans(paragraphs) if dashes else []
    if unmarked:
        # Quoted words inside a line of dialogue are the speaker's (a name, a phrase), no
        # quote of their own.
        spoken = {(span.para, span.start, span.end) for span in unmarked}
        spans = sorted([*unmarked, *(
            span for span in spans
            if not any(para == span.para and start <= span.start and span.end <= end
                       for para, start, end in spoken)
        )], key=lambda span: (span.para, span.start))
    if not spans:
        return []
    quoted = [((span.para, span.start), (span.end_para, span.end)) for span in spans]
    resolver = Resolver(NameIndex.build(article.title, paragraphs, quoted),
                        language=article.language)
    quotes: list[Quote] = []
    previous_end, previous_speaker = -10, None
    sung_para = -1  # the paragraph of the last words said to be sung
    groups = _group_interrupted(paragraphs, spans)
    for index, (group, gap) in enumerate(groups):
        first, last = group[0], group[-1]
        # Most quotes are one span: nothing to join.
        text = first.text.strip() if len(group) == 1 \
            else join_parts([s.text for s in group], gap, article.language)
        if len(text) > MAX_CHARS or not has_words(text, MIN_WORDS):
            continue  # cheap tests first: scare quotes are the most common spans
        if len(group) == 1 and first.end_para == first.para \
                and is_quoted_heading(paragraphs[first.para], first.start, first.end, text):
            continue
        # is_whole_quote in two steps: the words before the quote settle one group in five,
        # whatever clause follows, and the clause after it is the costly part to read.
        prefix = paragraphs[first.para][max(0, first.start - CLAUSE_WINDOW) : first.start]
        if not prefix_allows_quote(prefix, text, attributed=True):
            continue
        after = _after_clause(paragraphs, last)
        if _BY_AUTHOR.match(after):
            continue  # “How the West Was Lost,” by Jane Doe: a title and its author
        if sung(last.text, after):
            sung_para = last.end_para
            continue
        if imagined(after):
            continue  # “…,” as my grandmother used to say: no quote of this story
        attributed = speaker_in_clause(after, quote_first=True)
        if attributed is None and first.para == sung_para:
            continue  # “…,” she sings. “…”: the song's next line
        if not clause_allows_quote(
            text, prefix, attributed=attributed is not None,
            set_off=attributed is not None and after.startswith(","),
        ):
            continue
        at = (first.para, first.start)
        # «A, — сказал он. — B»: the clause inside the marks is no part of the words, and it
        # says whose they are.
        inner = without_inner_clause(text) if dashes else None
        if inner is None and first.mark == "«":
            inner = without_french_incise(text)  # «A, confirme le maire. B»: the same inside
        phrase = None
        if inner is not None:
            text = inner.text
            phrase = speaker_in_clause(inner.clause, quote_first=True)
        if phrase is None:
            phrase = _speaker_phrase(paragraphs, group, gap, after)
        if phrase is None and index + 1 < len(groups):
            # A quote right after another one continues it (below) rather than borrowing the
            # clause of the quote that follows.
            phrase = _phrase_of_next_quote(
                paragraphs, group, groups[index + 1], first.para - previous_end > 1
            )
        # "— заявили в авиакомпании", "— говорится в сообщении МВД": a body speaks.
        body = body_after_verb(after) if phrase in _NO_SUBJECT else None
        speaker = named = body_named(body, paragraphs, at[0]) if body else None
        if speaker is None and phrase in UNSTATED_SUBJECTS \
                and (before := words_before(paragraphs, first)):
            # "«…», aseveró." leaves its subject out: it goes on with the person the sentence
            # before reports speaking ("el ministro Salas dijo que…"), before any named later.
            speaker = reported_speaker(resolver, before, at)
        if speaker is None:
            speaker = resolver.resolve(phrase, at)
        if speaker is None and (phrase is None or participle_before(paragraphs, first)):
            speaker = speaker_without_clause(
                resolver, paragraphs, (first, last), text, (previous_end, previous_speaker)
            )
        if body and not named and speaker in {None, previous_speaker}:
            speaker = body  # "пресс-служба ведомства", not whoever was quoted before
        end = (last.end_para, last.end)
        # A clause after the quote that names its speaker is the quote's: its names are not
        # new people for a later "he" to go on with.
        sentence_end = (last.end_para, clause_after_end(paragraphs[last.end_para], last.end)) \
            if attributed is not None else None
        resolver.remember(speaker, end, sentence_end)
        previous_end, previous_speaker = last.end_para, speaker
        quotes.append(Quote(text=_clean_text(text),
                            speaker=body_spoken_for(in_full(speaker, paragraphs), resolver.index),
                            position=first.para))
    return _once_each(quotes)


def _once_each(quotes: list[Quote]) -> list[Quote]:
    """Each quote once, where it is first quoted: a standfirst or a live blog repeats words
    quoted further down. A repeat that says whose they are names the first where it did not;
    the same words said by two people named apart are two quotes."""
    if len(quotes) < 2:
        return quotes
    first_at: dict[str, int] = {}
    kept: list[Quote] = []
    for quote in quotes:
        # "…orders," in one place, "…orders." in the other: the same words. (Their spaces are
        # the paragraphs' own, which cleaning made single.)
        words = quote.text.rstrip(".,;:!?… ")
        at = first_at.get(words)
        if at is None:
            first_at[words] = len(kept)
            kept.append(quote)
            continue
        first = kept[at]
        if first.speaker is None:
            if quote.speaker is not None:
                kept[at] = Quote(text=first.text, speaker=quote.speaker, position=first.position)
        elif quote.speaker not in {None, first.speaker}:
            kept.append(quote)  # the same words, said by someone else
    return _without_excerpts(kept)


def _without_excerpts(quotes: list[Quote]) -> list[Quote]:
    """Without a quote whose words a longer one by the same speaker holds: a subheading's or a
    standfirst's excerpt ("Dobrindt: „Werden das Urteil sorgfältig prüfen“") of what the text
    quotes in full ("„Wir werden das Urteil sorgfältig prüfen und …“, sagte Dobrindt")."""
    if len(quotes) < 2:
        return quotes
    keys = [quote.text.strip(_EXCERPT_TRIM).casefold() for quote in quotes]
    kept: list[Quote] = []
    for i, quote in enumerate(quotes):
        key = keys[i]
        excerpt = False
        if len(key) >= _MIN_EXCERPT_CHARS:
            # Plain loops: this runs on every article's quotes, and they are few.
            for j, other in enumerate(keys):
                if len(other) > len(key) and key in other and (
                    quote.speaker is None or quote.speaker == quotes[j].speaker
                ):
                    excerpt = True
                    break
        if not excerpt:
            kept.append(quote)
    return kept


# What an excerpt may have about it that its full quote does not: marks, a stop, a dash.
_EXCERPT_TRIM: Final = " \t.,;:!?…\"'“”«»„‘’‹›()[]-–—"
_MIN_EXCERPT_CHARS: Final = 12  # a few words: shorter ones recur in quotes by chance

