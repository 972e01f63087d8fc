"""Key points from a page's standfirst: its editors' summary, taken as the first points.

A standfirst of several sentences gives the whole ones that fit a point (not one cut in the
middle), and not the question a teaser asks nor a date glued on after it; a sentence of the
body that retells most of a standfirst point is no second point.
"""

from __future__ import annotations

from typing import Final

from digests.analyse.sentence_kinds import is_page_furniture, is_question
from digests.analyse.sentences import split_sentences
from digests.analyse.trim import MAX_CHARS, trim

_STANDFIRST_RETOLD: Final = 0.5  # share of a standfirst point's content words a sentence retells


def retells_standfirst(stems: frozenset[str], standfirst: list[frozenset[str]]) -> bool:
    """Does a body sentence hold most of what a standfirst point says? The lead a summary sums
    up ("Boeing on Wednesday reported a quarterly loss of $6.17 billion and lowered its outlook
    for 737 Max deliveries as …" under "Boeing posted a third-quarter loss of more than $6
    billion and lowered its delivery forecast …") tells the reader that news a second time,
    though it is too long to count as said by the shorter point (:func:`tokens.already_said`)."""
    for said in standfirst:  # noqa: SIM110 - a loop, as in tokens.already_said
        if said and len(stems & said) / len(said) >= _STANDFIRST_RETOLD:
            return True
    return False


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
