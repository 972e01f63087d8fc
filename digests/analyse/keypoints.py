"""Key points: the article's 1-3 most important sentences (or clean parts of them), best first.

When the page has its own summary bullets (the standfirst), its editors already chose the key
points: we use them (and fill up from the body when there are fewer bullets than points), each
read alone: without a "But" that ties it to the bullet above, and none whose opening pronoun
stands for nothing shown. A body sentence that tells a bullet's news again in its own words
(most often the lead under a deck: it shares the deck's figures, or says little the title and
the deck do not; ``standfirst_points``) is no point then, unless the lead tells the
headline's news that the deck does not (the deck gives a detail: "The 5-4 vote came after…"),
and a deck that leans on it so goes under it. A teaser deck ("The Chancellor has blinked. Her
colleagues noticed") or one without a verb ("Stage designer whose …", ``verbless``) is no point.
Otherwise every body sentence gets a score that mixes these signals:

* position - news is written top-down, so early sentences carry the story (editors' highlights
  lean heavily on the lead, and so does a reader skimming a digest);
* centrality - a sentence whose content words recur in many of the article's sentences states
  what the article is about (what TextRank finds, without building a sentence graph); a longer
  sentence holds more such words, which is weight enough for length;
* title overlap - a sentence that shares the headline's words is about the headline's event;
* less for direct quotes - a digest shows the best quote on its own, so a point in the
  reporter's words tells the reader more; a sentence that says "I" outside quote marks is a
  quote too (a transcript, an interview's answers printed without marks), and so is German
  reported speech that does not say whose it is ("Es gebe keine Hinweise…", Konjunktiv I).

Selection is greedy: the best-scoring sentence first, skipping sentences that only repeat the
title (its date and time aside: a page's header line "15. Februar 2017, 10:40 Uhr <title>") or an
already chosen point, the interviewer's turns of a transcript ("NAME: …",
``transcript``; the other speakers' turns count as quotes and join no point), questions ("Who
told you that…?" asks, a teaser the point cannot answer: a point should say what happened),
sentences that start inside a quote opened sentences before, the page talking to its reader
("Follow X on Twitter", headings in capitals, markup), sentences whose opening pronoun cannot be
resolved to a name, sentences in German, French, Spanish or Russian that lean on the sentence
before with a word just inside them ("Die Polizei findet sie", "…, dass dadurch…", "…cette
décision…"; ``refer_back``: unless that sentence is the point right above; 2 of 60 German dev
articles change, both better), or in English, that open with a time counted from it ("Five
minutes later, …", "The next day, …"; 8 dev articles change, 6 better, 2 even; BBC -0.04) or
with a subject that is one more of something named before ("Another witness said…", "Other
officials…"; 7 change, 3 better, 4 even; never the lead, which leans on no sentence), or
that hold "these" or "those" before a noun the title does not name ("Two of those officers…";
7 change, 3 better, 1 worse, 3 even; BBC -0.04), and
"The former …" under a title that names nobody, after a sentence that names someone it may
stand for (a lead's "The former mayor of X was sentenced…" introduces him). Under a headline
that reports a death, the first of the opening sentences that tells it is the first point
(``deaths``): scored as usual, the career or a caption shares more of the headline's words than
the lead that says he died ("Senator Byrd served in the Senate for 51 years" came first). A
point does not open with a word that ties it to the sentence before ("But", "However,"): read
alone, it has nothing to contrast with, so it opens with what follows, which then meets the
pronoun rule ("But it took…" is no point; this costs BBC 0.03 ROUGE-1, the word "but" that some
references share). A sentence too long for a point, whose opening clause runs past the cut
("While the donor did not say how much…"), gives its main clause instead, or no point
(``main_clause``, in English, German, French and Spanish; ROUGE unchanged). A long sentence
whose point would end inside an aside right after its subject (", who …,", ", quien …,") or in
brackets loses that aside, so that the point keeps its verb ("El presidente publicó un video…";
``asides``; 18 dev articles change, 13 better, 5 even).
A chosen point shorter than ~200 characters then carries the whole sentences right after it
while they fit (not a quote, not another point, not a caption that a photo credit follows;
nothing after a point that was cut short), and a sentence too short to be a candidate that
opens with a subject pronoun ("She was 92."; any short sentence joined 124 dev articles, 85 of
them with a heading such as "FULL TEXT."). In English, an "it" that is the subject after an
opening phrase ("With less notice, it is also…") leans on the sentence before, as "these"
does (``refer_back``). Under a death headline, the body's point that tells the death comes
before summary bullets that do not. A lead that a feed printed without its full stop is a
candidate still (long, mostly lower-case, no headline's colon; 3 dev articles change, 2 better).
Tried and dropped: no point from the sentences above a
wire dateline ("MUMBAI (Reuters) -"), meant for captions and linked titles there; 16 dev
articles changed, most of them losing a deck that summed the story up well. Kept instead: no
point from a short sentence right above the dateline that shares no word but a number with the
title or the rest of the story ("The best and worst of Bollywood in 2014.", a link to another
story; no dev article changes), nor from a caption known by its frame (a gallery's count "3 of
12.", a photographer's credit "Jane Cole/for The Daily Post …" opening its paragraph, a wire
credit "(AP Photo/…)" after it). Figures (ROUGE
against two kinds of reference, speed against TextRank) are printed by
``bench/bench_analysis.py``.

The weights lean to the lead, and the dev sets show why a re-weighting cannot win both
references: the BBC references favour long central sentences, editors' highlights the top of
the story. Centrality alone (sentence degree, TextRank's first-order approximation; ~0.89 AUC for
BBC summary sentences) gives BBC 59-61 but highlights ~38 (Lead-3 42.2). Every mix of position,
centrality, length, title and quote weights we tried that keeps highlights >= 42.2 stays at 53-55
on BBC: with these weights, a per-article oracle choosing between their ranking and centrality
alone reaches only 61.2 on BBC (TextRank's 62.5 comes from whole sentences over the cap and
unresolved pronouns: cut to 200 characters its choices score ~60). These weights: BBC 54.9
(Lead-3 47.3), highlights 42.6; with the sentences that follow a short point joined to it
(``following_sentences``), BBC 56.1, highlights 42.7; with the later readability rules (quotes,
furniture, datelines, retold points), BBC 56.2, highlights 43.2.
Also measured and dropped, as no better on that frontier: a tf-idf cosine sentence graph (degree
and PageRank), PacSum-style directed centrality (similarity to later sentences counts more),
a logistic-regression sentence scorer over these signals and a few more (numbers, pronoun
openers, length; trained on both sets pooled, 5-fold by article: BBC 57.8, highlights 40.4),
centrality for the second and third points only (59.8 / 40.0; limited to the first 8-10
sentences: 56.7 / 42.4 to 57.8 / 42.2), runs of short sentences scored as one point (56.1 / 42.6
to 58.3 / 40.8 as the weights move),
greedy coverage of the article's recurring words, similarity to the lead, a stepped position
prior, the clause of a long sentence that holds the most central words instead of its start,
and dropping caption run-ons as candidates ("Scroll down for video …": they cost highlights,
whose editors write much like caption writers; cutting a chosen point where a caption runs on
into the next sentence, in ``trim``, helps them instead: 42.7 -> 42.9). A position weight that
grows with the article's length did a little better (BBC 55.8, highlights 42.4), but only
because the two sets differ in length: kept out as fitting the corpora, not the news.
Density (the mean log-count of a sentence's content words) tells highlight sentences better
than degree does (AUC .73 vs .67 among candidates; BBC .78 vs .79), yet scores lower in ROUGE:
the BBC references are long, so their recall rewards long points, which density passes over.
Also tried: a sentence right after a chosen point, short enough to join it, skipped as a
point of its own (it reads as a fragment of that point: "Die Polizei findet sie…" after
"Zeugen melden eine Person…") so that it joins its point and frees a slot: BBC 56.2 -> 56.4,
highlights 43.0 -> 42.8; not kept yet (many tests assume the separate points).
The headroom is real: the best three sentences per article, cut to 200 characters, score ~72
on BBC and ~55 on highlights (``bench/bench_analysis.py --oracle``).
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Final

from digests.analyse.bare_quotes import is_bare_quote
from digests.analyse.body_sentences import split_body
from digests.analyse.captions import is_photo_caption
from digests.analyse.dash_attribution import writes_dash_clauses
from digests.analyse.deaths import death_first, reports_a_death
from digests.analyse.following_sentences import MIN_WORDS, REDUNDANT, with_following
from digests.analyse.frames import fitted
from digests.analyse.kickers import news_before_kicker
from digests.analyse.lead_ins import (
    is_dateline,
    opens_with_dateline,
    strip_lead_in,
    without_page_date,
)
from digests.analyse.main_clause import split_cut_off_clause
from digests.analyse.point_order import death_untold_above, deck_leans_on_lead, reading_order
from digests.analyse.refer_back import refers_back
from digests.analyse.referents import LOOK_BACK, dangling_epithet, resolve_opening
from digests.analyse.routine_lines import declines_comment, is_background
from digests.analyse.sentence_kinds import (
    addresses_the_reader,
    in_first_person,
    is_page_furniture,
    is_question,
    is_unstopped_sentence,
    is_whole_sentence,
    opens_inside_quote,
    quoted_share,
    reported_without_speaker,
    writes_as_we,
)
from digests.analyse.standfirst_points import (
    lead_tells_the_news,
    readable_bullet,
    retells_standfirst,
    tells_no_news,
    whole_sentences,
)
from digests.analyse.surname_openings import with_full_name
from digests.analyse.title_repeats import TITLE_REPEAT, repeats_title
from digests.analyse.tokens import already_said, content_stem_set, content_stem_sets
from digests.analyse.trim import (
    lists_only_names,
    trim,
    without_connective,
    without_note_marks,
)
from digests.article import CleanArticle
from digests.word_runs import shares_run

# Weights of the signals, tuned on the BBC and CNN/DailyMail dev sets (bench/bench_analysis.py).
# The lead weighs most: editors' highlights follow the top of the story, and a reader of a digest
# wants what the reporter put first; centrality and the title pick the rest.
W_POSITION: Final = 3.5
POSITION_DECAY: Final = 0.3  # sentence i gets W_POSITION / (1 + POSITION_DECAY * i)
W_CENTRALITY: Final = 2.5
W_TITLE: Final = 1.5
W_QUOTED: Final = 2.6  # penalty for a sentence that is all direct quote, in proportion
# A sentence that talks to the reader ("chances are you…") pays this share of it.
READER_ADDRESSED_SHARE: Final = 0.5

# Only the first sentences are scored: points come from the top of a story, and this bounds the
# cost of a very long article.
MAX_SENTENCES: Final = 30
SAME_RUN: Final = 7  # words in a row that two points share when one retells the other
MIN_SHARED_IN_RUN: Final = 4  # content words such a run holds, at the least
RETOLD_SHARE: Final = 0.4  # and the share of the shorter sentence's words they are, at least
# A point at least this long (content words) whose words all recur in a later sentence is
# retold by it, in whatever order (see _retells).
MIN_WORDS_RETOLD_IN_FULL: Final = 4
# Each position's weight, worked out once rather than for every sentence of every article.
_POSITION_WEIGHTS: Final = tuple(
    W_POSITION / (1.0 + POSITION_DECAY * at) for at in range(MAX_SENTENCES)
)


@dataclass(slots=True)
class _Candidates:
    """The sentences that may become points, as columns: scoring walks every sentence of every
    article, and parallel lists cost less to build and read than an object per sentence."""

    texts: list[str] = field(default_factory=list)
    at: list[int] = field(default_factory=list)  # position among all the body's sentences
    stems: list[frozenset[str]] = field(default_factory=list)
    # For each candidate, how central its words are: the sum over its stems of the log of how
    # many candidates hold the stem (tokens.content_stem_sets).
    centrality: list[float] = field(default_factory=list)


def key_points(article: CleanArticle, *, max_points: int = 3) -> list[str]:
    """Up to ``max_points`` key points of ``article``, most important first."""
    if max_points <= 0:
        return []
    title = content_stem_set(article.title)
    chosen: list[str] = []
    chosen_stems: list[frozenset[str]] = []
    for at, bullet in enumerate(article.standfirst):
        if len(chosen) >= max_points:
            break
        stems = content_stem_set(bullet)
        # A "Date | Author" line or a prompt that cleaning took for a summary bullet is none;
        # nor is a teaser question ("Läuft er künftig wieder für den HSV auf?"), nor one that
        # leans on what is not shown ("This will mark…"). A dateline opens some standfirsts.
        point = whole_sentences(strip_lead_in(bullet), article.language)
        if is_page_furniture(bullet) or is_question(point) \
                or tells_no_news(point, article.language):
            continue
        above = [article.title, *chosen]  # what the reader sees over this bullet
        readable = readable_bullet(point, article.standfirst[:at], article, above)
        if readable is None:
            continue
        if stems and not repeats_title(stems, title) \
                and not already_said(stems, chosen_stems, TITLE_REPEAT):
            chosen.append(readable)
            chosen_stems.append(stems)
    if len(chosen) >= max_points:
        return chosen
    body = split_body(article.paragraphs, MAX_SENTENCES, article.language)
    texts = body.texts
    candidates = _candidates(texts, strict=True)
    # A point's fewest words, counted once its lead-in is gone; none when only fragments remain.
    min_spaces = MIN_WORDS - 1
    if not candidates.texts and not chosen:
        # Only headings, bullets or fragments: better those than nothing, but not better than
        # the summary bullets alone (a row of ornaments "—♥—" under a standfirst).
        candidates = _candidates(texts, strict=False)
        min_spaces = 0
    if not candidates.texts:
        return chosen
    full_text = article.text
    first_from_body = len(chosen)
    picked: list[int] = []  # the candidates chosen as points, in the order of the points
    language = article.language
    dashes = writes_dash_clauses(language)
    spoken = [at in body.spoken for at in candidates.at]
    ranked = news_before_kicker(
        _best_first(candidates.texts, _scores(candidates, title), spoken, language),
        candidates.at, body, title,
    )
    # Asked once: the order of the points turns on it three times.
    obituary = reports_a_death(article.title, language)
    for order in death_first(ranked, candidates.texts, candidates.at, obituary, language):
        stems = candidates.stems[order]
        deck = chosen_stems[:first_from_body]
        if already_said(stems, chosen_stems, REDUNDANT) or repeats_title(stems, title) or (
            retells_standfirst(stems, deck, title)
            and not (order == 0 and lead_tells_the_news(candidates.texts[0], stems, deck, title))
        ):
            continue
        text = candidates.texts[order]
        # Still candidates, these: their words count towards what the article is about.
        at = candidates.at[order]
        if opens_inside_quote(text) or body.starts_inside_quote(at) or is_page_furniture(text) \
                or is_dateline(text) or is_question(text) or at in body.asking \
                or is_background(text) or (dashes and body.said_without_marks(at)) \
                or is_bare_quote(text) or is_photo_caption(text) or body.above_a_credit(at) \
                or declines_comment(text):
            continue
        if _retells(text, stems, chosen, chosen_stems):
            continue
        if _link_above_dateline(candidates, order, texts, title):
            continue
        # Resolved only for sentences about to be chosen: finding names is the slow part.
        # The title comes last: a reader sees it above the points, so it can name "he" too.
        before = [*reversed(texts[max(0, at - LOOK_BACK) : at]), article.title]
        point = without_connective(strip_lead_in(without_page_date(text) if at == 0 else text))
        if point.count(" ") < min_spaces:
            continue  # "WASHINGTON -- Here we go again.": long only with the dateline it loses
        parts = split_cut_off_clause(point, language)
        if parts is None:
            continue  # cut to a point's length, it would be an opening clause alone
        opening_clause, sentence = parts
        if opening_clause:
            before.insert(0, opening_clause)  # what the main clause's "he" may stand for
        readable = resolve_opening(
            sentence, before, full_text, language, shown=[article.title, *chosen]
        )
        earlier = texts[max(0, at - LOOK_BACK) : at]
        if readable is None or dangling_epithet(readable, article.title, full_text, earlier):
            continue
        # "Die Polizei findet sie": fine right under the point it leans on, nowhere else; the
        # lead leans on no sentence ("Another storm is heading for the coast" reads alone).
        if at > 0 and refers_back(readable, language, article.title) and not (
            picked and candidates.at[picked[-1]] == at - 1
        ):
            continue
        # "Abney said…", read alone under the title: "Tom Abney said…".
        readable = with_full_name(readable, full_text, language, shown=[article.title, *chosen])
        # A subject's aside that the cut would end in goes, so that the point keeps its verb.
        # So does a frame (an opening phrase, a closing "officials said") without which it fits.
        point = without_note_marks(trim(fitted(readable)))
        if point.endswith("…") and lists_only_names(point):
            continue  # cut inside the list its subject is, before anything happens
        # What a point shows once cut or stripped of a lead-in may be what another point says
        # ("X said Y Caption…" after "X said Y."; "(CNN) X" after "X").
        shown_differs = point != text
        if shown_differs and already_said(content_stem_set(point), chosen_stems, REDUNDANT):
            continue
        chosen.append(point)
        chosen_stems.append(stems)
        picked.append(order)
        # Stop here rather than at the top of the loop: asking for the next candidate first
        # would work out penalties for sentences no point will be taken from.
        if len(chosen) >= max_points:
            break
    if len(picked) > 1 and not obituary:
        # Two points from sentences next to each other read in the article's order: "The
        # company confirmed it…" above "The attorney general is investigating WeWork" leans
        # on a sentence the reader has not reached yet.
        shown = reading_order(
            [candidates.at[order] for order in picked], chosen[first_from_body:]
        )
        picked = [picked[i] for i in shown]
        chosen[first_from_body:] = [chosen[first_from_body + i] for i in shown]
        chosen_stems[first_from_body:] = [chosen_stems[first_from_body + i] for i in shown]
    taken = set(picked)
    for slot, order in enumerate(picked, start=first_from_body):
        others = chosen_stems[:slot] + chosen_stems[slot + 1 :]
        joined = with_following(
            chosen[slot], candidates.at, candidates.stems, order, taken, others, body,
            language, dashes=dashes,
        )
        # A fragment of a point ("Vladimir") may grow into another point word for word.
        if joined not in chosen:
            chosen[slot] = joined
    if first_from_body and picked and death_untold_above(
        chosen[:first_from_body], candidates.texts[picked[0]], obituary, language
    ):
        chosen.insert(0, chosen.pop(first_from_body))
    elif 0 in picked and deck_leans_on_lead(chosen[:first_from_body]) and lead_tells_the_news(
        candidates.texts[0], candidates.stems[0], chosen_stems[:first_from_body], title
    ):
        chosen.insert(0, chosen.pop(first_from_body + picked.index(0)))
    return chosen


def _candidates(texts: list[str], *, strict: bool) -> _Candidates:
    """The sentences that may become points; ``strict`` drops fragments and headings."""
    found = _Candidates()
    min_spaces = MIN_WORDS - 1 if strict else 0
    # The spaces are counted in the first 64 characters first: most sentences have their five
    # there, and a count over the whole sentence costs ~50% more.
    # Only the lead: lower down, a long line without a full stop is more often a caption.
    unstopped_lead = strict and bool(texts) and not is_whole_sentence(texts[0]) \
        and is_unstopped_sentence(texts[0])
    kept = [
        at for at, text in enumerate(texts)
        if (text.count(" ", 0, 64) >= min_spaces or text.count(" ") >= min_spaces)
        and (not strict or is_whole_sentence(text) or (at == 0 and unstopped_lead))
    ]
    # Stemmed and counted in one call: see tokens.content_stem_sets. A text without content
    # words adds no count.
    stem_sets, centrality = content_stem_sets([texts[at] for at in kept])
    for at, stems, central in zip(kept, stem_sets, centrality, strict=True):
        if stems:
            # The lead gets its full stop back, as its point shows it.
            found.texts.append(texts[at] + "." if at == 0 and unstopped_lead else texts[at])
            found.at.append(at)
            found.stems.append(stems)
            found.centrality.append(central)
    return found


def _scores(candidates: _Candidates, title: frozenset[str]) -> list[float]:
    """Importance of each candidate sentence, in order, before the penalty for quotes."""
    # A word that recurs in many of the article's sentences is what the article is about; a
    # sentence that holds many such words states it. Counting sentences rather than occurrences
    # keeps one sentence that repeats a word from making it look central. No extra weight for
    # length: a long sentence already holds more such words, and a second push towards length
    # chose long asides over short leads (measured: highlights fell, BBC did not rise).
    # Each distinct word adds log(its count), summed as the words are stemmed and counted.
    centrality = candidates.centrality
    top = max(centrality) or 1.0
    title_weight = W_TITLE / len(title) if title else 0.0
    stems_of = candidates.stems
    return [
        position + W_CENTRALITY * central / top + title_weight * len(stems & title)
        for position, stems, central in zip(
            _POSITION_WEIGHTS[: len(stems_of)], stems_of, centrality, strict=True
        )
    ]


def _best_first(
    texts: list[str], scores: list[float], spoken: list[bool], language: str = ""
) -> Iterator[int]:
    """Candidate indexes by score less the penalty, best first (ties: earlier first).

    The penalty only lowers a score, so it is worked out lazily: a sentence is penalised when
    its unpenalised score could still beat the best penalised one waiting. Only the few
    sentences near the top are looked at, as only they can become points.
    """
    by_score = iter(sorted(range(len(scores)), key=scores.__getitem__, reverse=True))
    following = next(by_score, None)
    waiting: list[tuple[float, int]] = []  # (-penalised score, index): a min-heap
    while waiting or following is not None:
        while following is not None and (not waiting or scores[following] >= -waiting[0][0]):
            penalty = W_QUOTED if spoken[following] else _penalty(texts[following], language)
            heapq.heappush(waiting, (penalty - scores[following], following))
            following = next(by_score, None)
        yield heapq.heappop(waiting)[1]


def _penalty(text: str, language: str = "") -> float:
    """How much less a sentence is worth as a point than its score says: a quote tells the
    reader what someone said, not what happened; so does a sentence in the first person, which
    is a quote without its marks. One that talks to the reader ("chances are you…") or where the
    writer steps in as "we" ("…, we asked him a few questions.") pays part of it."""
    said = 1.0 if in_first_person(text, language) or reported_without_speaker(text, language) \
        else quoted_share(text)
    # (The substring tests settle most sentences without a call.)
    if said < READER_ADDRESSED_SHARE and (
        (("you" in text or "You" in text) and addresses_the_reader(text))
        or (language[:2] in ("en", "") and writes_as_we(text))
    ):
        said = READER_ADDRESSED_SHARE
    return W_QUOTED * said


def _retells(
    text: str, stems: frozenset[str], chosen: list[str], chosen_stems: list[frozenset[str]]
) -> bool:
    """Does ``text`` share a run of SAME_RUN words with a chosen point? Then it tells that point's
    news again, in more or other words ("A guard at the U.S. Census Bureau was shot…" under "A
    guard at the U.S. Census Bureau headquarters was shot…"), which a share of words misses when
    either sentence is much longer than the other. Or does it hold every content word of a
    chosen point of a few words, in whatever order? A standfirst and the lead under it tell one
    fact so ("Laurent Vinatier wurde im Juni in Moskau festgenommen." and "Anfang Juni wurde in
    Moskau der Franzose Laurent Vinatier festgenommen, der…")."""
    words: list[str] | None = None
    for point, point_stems in zip(chosen, chosen_stems, strict=True):
        # Such a run holds several content words, a good part of the shorter sentence's: most
        # pairs are settled on their stems.
        shared = len(stems & point_stems)
        if shared == len(point_stems) >= MIN_WORDS_RETOLD_IN_FULL:
            return True
        if shared < MIN_SHARED_IN_RUN or shared < RETOLD_SHARE * min(len(stems), len(point_stems)):
            continue
        if words is None:
            words = text.lower().split()
        if shares_run(words, point.lower().split(), SAME_RUN):
            return True
    return False


# A link to another story is short: a headline ("The best and worst of Bollywood in 2014.").
_LINK_WORDS: Final = 10
_DATELINE_REACH: Final = 3  # sentences: the caption and the links that stand above the dateline


def _link_above_dateline(
    candidates: _Candidates, order: int, texts: list[str], title: frozenset[str]
) -> bool:
    """Is the candidate a link to another story that a scraped wire page set above the dateline
    ("The best and worst of Bollywood in 2014." above "MUMBAI (Reuters) - The BSE Sensex…")?
    Short, it shares no word but a number with the title or any other sentence, and a dateline
    opens one of the sentences right below it. A deck that sums the story up shares its words."""
    text = candidates.texts[order]
    if text.count(" ") >= _LINK_WORDS:
        return False
    words = frozenset(stem for stem in candidates.stems[order] if not stem.isdigit())
    if not words.isdisjoint(title) or any(
        not words.isdisjoint(stems)
        for other, stems in enumerate(candidates.stems) if other != order
    ):
        return False
    at = candidates.at[order]
    return any(map(opens_with_dateline, texts[at + 1 : at + 1 + _DATELINE_REACH]))

