"""Does a sentence only say the title again? Asked of every standfirst bullet and of every body
sentence a key point is looked for in: a point that repeats the headline tells the reader
nothing, as the headline is shown above the points."""

from __future__ import annotations

from typing import Final

from digests.analyse.tokens import content_stem_set

TITLE_REPEAT: Final = 0.8  # share of a candidate's content words that are title words
# A page's header line may give the title again after its date and time ("15. Februar 2017,
# 10:40 Uhr Bundesregierung…", "Updated 11:05 AM ET, Wed July 9, 2014 Mayors in trouble"): such
# words say nothing of the news, so they do not count when a sentence is weighed against the
# title. Stemmed as the sentences are.
_DATE_STEMS: Final = content_stem_set(
    """
    January February March April May June July August September October November December
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday Mon Tue Tues Wed Thu Thurs Fri Sat Sun Updated Published Posted GMT UTC
    Januar Februar März Juni Juli Oktober Dezember Montag Dienstag Mittwoch Donnerstag Freitag
    Samstag Sonntag Uhr Aktualisiert janvier février mars avril mai juin juillet août septembre
    octobre novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche enero febrero
    marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre lunes martes
    miércoles jueves viernes sábado domingo
    """
)


def repeats_title(stems: frozenset[str], title: frozenset[str]) -> bool:
    """Does the sentence only say the title again, its date and time aside?

    The same test as ``already_said(stems, [title], TITLE_REPEAT)``, then again without the
    date's and the time's stems, worked out in one pass over the stems rather than with a new
    set (asked of every candidate a point is looked for in)."""
    if not stems:
        return True
    shared = len(stems & title)
    if shared / len(stems) >= TITLE_REPEAT:
        return True
    dates = _DATE_STEMS  # a local: read once, not at every stem
    news = len(stems)
    shared_news = shared
    for stem in stems:
        if stem in dates or stem.isdigit():
            news -= 1
            if stem in title:
                shared_news -= 1
    if news == len(stems):
        return False  # no date or time: the test above was the whole answer (most sentences)
    return news == 0 or shared_news / news >= TITLE_REPEAT
