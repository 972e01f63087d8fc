"""Which key points a story shows beside its quote: each thing once."""

from __future__ import annotations

import pytest

from digests.compose.digest import EntryQuote
from digests.compose.points import points_beside


@pytest.mark.parametrize(
    "point",
    [
        # The quote's opening words, then who said them and where: the quote under it says it.
        "“Of course it’s not appropriate,” Cruz said in response to a question from a reporter "
        "ahead of his fourth event of the day on Monday in Illinois.",
        '"Of course it\'s not appropriate," the senator told reporters in Chicago on Monday.',
        # German and French set the comma after the closing mark.
        "„Of course it’s not appropriate“, sagte Cruz am Montag in Chicago vor Reportern.",
        "« Of course it’s not appropriate », a déclaré Cruz lundi à Chicago devant la presse.",
    ],
)
def test_a_point_opening_with_the_quote_and_its_attribution_is_left_out(point: str) -> None:
    quote = EntryQuote("Of course it’s not appropriate. What a bizarre world we’re in.", "Ted Cruz")
    news = "Cruz's campaign manager was charged with battery on Tuesday."
    assert points_beside((news, point), quote) == (news,)


@pytest.mark.parametrize(
    "point",
    [
        # A quoted passage that is not the quote's, or is not set off as a quote with its
        # speaker, is the point's own news.
        "“We will close the plant,” the company said, cutting 500 jobs in the town.",
        "Cruz called the incident “not appropriate” and went on with his rally in Illinois.",
        "“Of course,” Lee said, and the council approved the harbour plan on Monday.",
        "“Appropriate” is the word Cruz's campaign used for the event in Illinois on Monday.",
    ],
)
def test_a_point_quoting_something_else_is_kept(point: str) -> None:
    quote = EntryQuote("Of course it’s not appropriate. What a bizarre world we’re in.", "Ted Cruz")
    assert points_beside((point,), quote) == (point,)


def test_a_point_retelling_a_point_above_it_is_left_out() -> None:
    # Two sentences of one article about one fact, in other words around the same clause.
    first = ("A guard at the U.S. Census Bureau headquarters was shot in the abdomen and later "
             "died Thursday.")
    retold = ("A guard at the U.S. Census Bureau was shot and critically wounded outside its "
              "headquarters in Suitland, Maryland.")
    other = "Authorities locked down the Suitland campus just before 8pm Thursday."
    assert points_beside((first, retold, other), None) == (first, other)
    assert points_beside((first, retold, other), EntryQuote("We are safe now.", "Ann Lee")) == (
        first, other)


@pytest.mark.parametrize(
    "points",
    [
        # A name with its title in common.
        ("Foreign Secretary Jack Straw will visit Auschwitz for the anniversary.",
         "Foreign Secretary Jack Straw had first said he would stay in London."),
        # Two facts told in one mould.
        ("Watford can be promoted if they win and one of Bournemouth or Middlesbrough lose and "
         "Norwich fail to win, while Rotherham need a point to stay up.",
         "Jermaine Beckford and Daniel Johnson celebrate as Preston can be promoted if they win "
         "and MK Dons lose, while Burton Albion are already promoted but could still finish as "
         "champions."),
    ],
)
def test_points_sharing_a_name_or_a_mould_are_both_kept(points: tuple[str, str]) -> None:
    assert points_beside(points, None) == points
