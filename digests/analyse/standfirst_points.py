"""Key points from a page's standfirst: its editors' summary, taken as the first points.

A standfirst of several sentences gives the whole ones that fit a point (not one cut in the
middle), and not the question a teaser asks nor a date glued on after it; a bullet read alone
loses the "But" that ties it to the one before, and one whose opening pronoun stands for nothing
shown ("It speeds permits…" under "The bill provides…") is no point. A sentence of the body
that retells a standfirst point is no second point: the lead under a deck most often tells the
same news in other words (see :func:`retells_standfirst`).
"""

from __future__ import annotations

from typing import Final

from digests.analyse.referents import resolve_opening
from digests.analyse.sentence_kinds import is_page_furniture, is_question
from digests.analyse.sentences import split_sentences
from digests.analyse.tokens import content_stem_set
from digests.analyse.trim import MAX_CHARS, trim, without_connective
from digests.article import CleanArticle

# A body sentence retells a standfirst point when it holds most of the point's content words;
# or a fair part of them, if besides it shares figures with the point that the title does not
# give ("more than 41,000 hours" in both), or the title's words and the point's make up most of
# the sentence (it tells nothing the reader does not see above it).
_STANDFIRST_RETOLD: Final = 0.5
_PART_RETOLD: Final = 0.25
_PART_RETOLD_WITH_ONE_FIGURE: Final = 0.35
_SHOWN_ABOVE: Final = 0.6  # share of the sentence's content words the title and point hold
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
