"""Key points from a page's standfirst: its editors' summary, taken as the first points.

A standfirst of several sentences gives the whole ones that fit a point (not one cut in the
middle), and not the question a teaser asks nor a date glued on after it; a bullet read alone
loses the "But" that ties it to the one before, and one whose opening pronoun stands for nothing
shown ("It speeds permits…" under "The bill provides…") is no point, nor a teaser of a few words
a sentence or a noun phrase without a verb (:func:`tells_no_news`). A sentence of the body
that retells a standfirst point is no second point: the lead under a deck most often tells the
same news in other words (see :func:`retells_standfirst`). But a lead that tells the headline's
news where the deck gives a detail of it ("The 5-4 vote came after nearly three hours of public
comment…" over "The pool … will not reopen, the Board … decided Tuesday night in a 5-4 vote
that followed nearly three hours of public comment") keeps its place, above the deck
(:func:`lead_tells_the_news`).
"""

from __future__ import annotations

from typing import Final

from digests.analyse.following_sentences import MIN_WORDS
from digests.analyse.lead_ins import strip_lead_in
from digests.analyse.referents import resolve_opening
from digests.analyse.sentence_kinds import is_page_furniture, is_question
from digests.analyse.sentences import split_sentences
from digests.analyse.tokens import content_stem_set
from digests.analyse.trim import MAX_CHARS, trim, without_connective
from digests.analyse.verbless import is_verbless
from digests.article import CleanArticle

# A body sentence retells a standfirst point when it holds most of the point's content words;
# or a fair part of them, if besides it shares figures with the point that the title does not
# give ("more than 41,000 hours" in both), or the title's words and the point's make up most of
# the sentence (it tells nothing the reader does not see above it).
_STANDFIRST_RETOLD: Final = 0.5
_PART_RETOLD: Final = 0.25
_PART_RETOLD_WITH_ONE_FIGURE: Final = 0.35
_SHOWN_ABOVE: Final = 0.6  # share of the sentence's content words the title and point hold
# The lead tells the headline's news that the deck does not when it holds this much more of the
# title's content words than the deck does, and its opening (the first half of its words, where
# a lead puts its news) holds less than this share of the deck's own words (those not in the
# title).
_HEADLINE_NEWS_MARGIN: Final = 0.34
_DECK_IN_OPENING: Final = 0.25
# A subject's name and the description after it, set off by commas, are at most so many words.
_NAME_WORDS: Final = 5
_DESCRIPTION_WORDS: Final = 15
# Numbers written as words count as figures ("one in five", "two-thirds"), stemmed as the
# sentences are; not the big units, which any two sums of money share ("million").
_NUMBER_WORDS: Final = content_stem_set(
    """
    two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty
    seventy eighty ninety half halves third thirds quarter quarters two-thirds three-quarters
    """
)


def retells_standfirst(
    stems: frozenset[str], standfirst: list[frozenset[str]], title: frozenset[str]
) -> bool:
    """Does a body sentence tell again what a standfirst point says, with the title above them?

    The lead under a deck most often tells the deck's news in its own words: the shared words
    are few, but they are the news's own. So, besides a sentence that holds most of the point's
    words (a lead the summary sums up: "Boeing on Wednesday reported a quarterly loss of $6.17
    billion…" under "Boeing posted a third-quarter loss of more than $6 billion…"), one that
    shares a part of them and its figures ("…discharged raw sewage … for more than 41,000 hours"
    under "…discharged raw sewage for more than 41,000 hours last year…"; "one in five post-92
    universities" under "one in five post-92 institutions"), or whose words are mostly the
    title's and the point's ("Two-thirds of headteachers whose schools have been inspected under
    Ofsted's new report card system say the grades were harder to explain to parents…" under
    "Ofsted report cards: Heads say new grades 'harder to explain to parents'" and "Two-thirds
    of school leaders inspected under new framework say colour-coded grades confused families").
    A sentence with news of its own keeps it, though it names the deck's figure ("A federal jury
    … voted 9-2 that Corvane had not shown its drug works" under "Panel splits 9-2 …")."""
    for said in standfirst:
        if not said:
            continue
        shared = stems & said
        share = len(shared) / len(said)
        if share >= _STANDFIRST_RETOLD:
            return True
        if share < _PART_RETOLD:
            continue
        if len(stems & (said | title)) >= _SHOWN_ABOVE * len(stems):
            return True
        figures = sum(map(_is_figure, shared - title))
        if figures > 1 or (figures and share >= _PART_RETOLD_WITH_ONE_FIGURE):
            return True
    return False


def lead_tells_the_news(
    lead: str, stems: frozenset[str], standfirst: list[frozenset[str]], title: frozenset[str]
) -> bool:
    """Does the lead (the body's first sentence) tell the headline's news, which the standfirst
    points above it do not, and then the deck only a detail of it? Such a lead is the first
    point, though it retells the deck: "The 5-4 vote came after nearly three hours of public
    comment…" says how the board decided, not what ("The 70-year-old indoor pool at Tuscan
    Elementary School will not reopen, the … Board of Education decided Tuesday night in a 5-4
    vote that followed nearly three hours of … public comment", under "Maplewood School Board
    Votes To Close Tuscan Elementary Pool"); so does a deck that is a vague summary of the lead's
    figures ("Member security funding would grow, but far less than the department requested"
    over "… about $96 million more …, less than half of the $210 million increase…").

    The headline's news is told in the headline's words: the lead holds clearly more of them
    than the deck. Not when the lead opens with the deck's own words ("Starting Monday, about
    1,400 students will lose bus service." over "About 1,400 students … will lose their bus
    service starting Monday, …, as a shortage of drivers forces it to eliminate 12 routes"):
    the deck then tells the lead's news in other words, and the lead's headline words come in
    its tail. Nor when the title and the deck hold most of the lead's words: it tells the
    reader nothing new."""
    if not title or not stems:
        return False
    deck = frozenset().union(*standfirst)
    margin = len(stems & title) - len(deck & title)
    if margin < _HEADLINE_NEWS_MARGIN * len(title) \
            or len(stems & (deck | title)) >= _SHOWN_ABOVE * len(stems):
        return False
    words = _without_description(strip_lead_in(lead)).split()
    opening = content_stem_set(" ".join(words[: len(words) // 2]))
    own = deck - title
    return len(own & opening) < _DECK_IN_OPENING * len(own)


def _without_description(lead: str) -> str:
    """The lead without a description of its subject set off by commas after the name ("Halcyon
    Studios, the Montreal-based developer behind action RPG Ember Tide, has laid off…"): it says
    who the subject is, which a deck may say too ("The Montreal developer says…"), not the news."""
    name, comma, rest = lead.partition(", ")
    words = name.split()
    if not comma or len(words) > _NAME_WORDS or not all(word[:1].isupper() for word in words):
        return lead
    description, comma, news = rest.partition(", ")
    return f"{name} {news}" if comma and description.count(" ") < _DESCRIPTION_WORDS else lead


def _is_figure(stem: str) -> bool:
    """Is the stem a number that counts something ("41000", "38m", "post92", "five"), not a
    year? Two sentences that give one such number tell one fact; a year dates many."""
    if stem in _NUMBER_WORDS:
        return True
    if not any(char.isdigit() for char in stem):
        return False
    return not (len(stem) == 4 and stem.isdigit() and stem[:2] in ("19", "20"))


def readable_bullet(
    point: str, earlier: list[str], article: CleanArticle, shown: list[str]
) -> str | None:
    """A standfirst bullet as a point read alone, or None when its opening pronoun stands for
    nothing it can be told by. ``earlier`` holds the bullets above it, which, with the title, it
    may lean on ("It speeds permits for forest thinning" under "The bill provides $18 billion…");
    a "But" that ties it to them goes ("But nearly 1 in 5 patients … quit the trial early")."""
    before = [*reversed(earlier), article.title]
    return resolve_opening(
        without_connective(point), before, article.text, article.language, shown=shown
    )


def tells_no_news(point: str, language: str) -> bool:
    """Is a standfirst point a teaser or a label rather than news? A column's deck of a few
    words a sentence ("The Chancellor has blinked. Her colleagues noticed"): every sentence
    shorter than a body sentence a point may come from (``MIN_WORDS``); or a noun phrase with
    no verb of its own ("Stage designer whose bare, light-filled sets transformed…",
    :mod:`verbless`)."""
    if all(sentence.count(" ") < MIN_WORDS - 1
           for sentence in split_sentences(point, language=language)):
        return True
    return is_verbless(point, language)


def whole_sentences(standfirst: str, language: str) -> str:
    """A standfirst of several sentences as a point: as many of its whole sentences as fit
    (a teaser's "Heute: …" or a byline glued on after them goes), else its first cut short;
    not a question it asks ("What's the secret to its recovery?"), which a point cannot answer,
    nor a date glued on after it."""
    sentences = split_sentences(standfirst, language=language)
    statements = [sentence for sentence in sentences
                  if not (is_question(sentence) or is_page_furniture(sentence))]
    if len(standfirst) <= MAX_CHARS and len(statements) == len(sentences):
        return trim(standfirst)
    sentences = statements or sentences
    kept = sentences[:1]
    for sentence in sentences[1:]:
        if len(" ".join([*kept, sentence])) > MAX_CHARS:
            break
        kept.append(sentence)
    return trim(" ".join(kept))
