"""A long sentence that opens with a subordinate clause becomes a point by its main clause."""

from __future__ import annotations

from digests.analyse.keypoints import key_points
from digests.analyse.main_clause import split_cut_off_clause
from digests.analyse.trim import MAX_CHARS
from digests.article import CleanArticle

# The opening clause runs past a point's length: cut there, the point would say nothing.
PARTICIPLE = (
    "Having all climbed to record levels during the first three weeks of the month, including "
    "five record closes in six sessions for the largest of them ahead of the long weekend, the "
    "four indexes were dragged lower by energy shares on the final day."
)
SUBORDINATE = (
    "While the county's planning officers did not say how many of the new homes on the former "
    "factory site north of the river would be sold at below market rents to local families, "
    "the builder said work would start in the spring."
)


def test_a_point_cut_inside_its_opening_clause_becomes_the_main_clause() -> None:
    assert len(PARTICIPLE) > MAX_CHARS
    opening, main = split_cut_off_clause(PARTICIPLE, "en") or ("", "")
    assert main == "The four indexes were dragged lower by energy shares on the final day."
    assert opening.startswith("Having all climbed") and opening.endswith("long weekend")
    opening, main = split_cut_off_clause(SUBORDINATE, "en") or ("", "")
    assert main == "The builder said work would start in the spring."


def test_a_point_that_reaches_its_main_clause_is_left_as_it_is() -> None:
    reaches = (
        "When the council met on Tuesday, its members voted to close the library on Sundays "
        "and to cut the opening hours of the two swimming pools in the town centre from next "
        "April, a decision that the leader of the opposition group called short-sighted."
    )
    assert split_cut_off_clause(reaches, "en") == ("", reaches)
    short = "While the vote was close, the motion passed."
    assert split_cut_off_clause(short, "en") == ("", short)
    # An opening that is the subject, not a clause before it.
    gerund = (
        "Gambling revenue at the city's nine remaining casinos and two racetracks rose by "
        "nearly four percent in the first ten months of the year compared with the same "
        "period a year earlier, the state's regulators reported on Monday in their review."
    )
    assert split_cut_off_clause(gerund, "en") == ("", gerund)


def test_an_opening_clause_with_no_main_clause_after_it_is_no_point() -> None:
    fragment = (
        "Although the agreement reached by the delegates on Saturday still leaves the coastal "
        "towns of the region exposed to rising seas and to the loss of the wetlands that "
        "protect them from the storms that come in from the ocean every winter, which the "
        "scientists had warned of"
    )
    assert split_cut_off_clause(fragment, "en") is None


def test_key_points_show_the_main_clause_of_a_long_opening_clause() -> None:
    article = CleanArticle(
        title="Markets end the month lower",
        paragraphs=[
            "Stock markets ended the month slightly lower on Friday after a strong run.",
            PARTICIPLE,
            "Bond yields rose for a third day as traders weighed the central bank's next move.",
        ],
        language="en",
    )
    points = key_points(article)
    assert not any(point.startswith("Having all climbed") for point in points)
    assert "The four indexes were dragged lower by energy shares on the final day." in " ".join(
        points
    )


def test_a_comma_inside_brackets_opens_no_main_clause() -> None:
    aside = (
        "While it is true that the new chair has more experience than the last one had when "
        "she took the post (she had been a school governor, a parish councillor and a "
        "magistrate for many years), several members said the board needed a change of "
        "direction."
    )
    assert split_cut_off_clause(aside, "en") == (
        aside[: aside.index(", several")],
        "Several members said the board needed a change of direction.",
    )


def test_an_aside_between_dashes_in_the_opening_clause_does_not_end_it() -> None:
    """The words after a dash that a second dash closes are an aside inside the opening
    clause ("As the club prepares for the final – a match that … – the coach …"), not the
    main clause: the point is the main clause after the second dash."""
    dashed = (
        "As the county's second-oldest rowing club prepares to meet its rivals from across the "
        "river in the regatta final - a race that has drawn crowds of several thousand to the "
        "towpath since the nineteenth century - the coach said her crew had never been fitter."
    )
    assert len(dashed) > MAX_CHARS
    opening, main = split_cut_off_clause(dashed, "en") or ("", "")
    assert main == "The coach said her crew had never been fitter."
    assert opening.endswith("since the nineteenth century")


# An opening phrase of a preposition and its noun can run past the cut too, when a clause of
# its own hangs on the noun ("In comments which are likely to be seen…").
PHRASE = (
    "In comments which are likely to be seen by members of the council as a further vindication "
    "of their plan to close the two libraries in the town centre next year, the mayor said the "
    "branches would lose most of their readers."
)


def test_a_point_cut_inside_an_opening_phrase_becomes_the_main_clause() -> None:
    assert len(PHRASE) > MAX_CHARS
    opening, main = split_cut_off_clause(PHRASE, "en") or ("", "")
    assert main == "The mayor said the branches would lose most of their readers."
    assert opening.startswith("In comments which")


def test_a_long_opening_phrase_with_no_comma_after_it_stays_as_it_is() -> None:
    # No comma ends the phrase: where the main clause starts, no cheap test says; the point
    # keeps the sentence's start, as it did.
    sentence = (
        "In the latest sign of the tension between the two neighbouring countries over the dam "
        "on the river the foreign ministry summoned the ambassador on Monday and demanded an "
        "explanation for the closure of the border crossing near the town."
    )
    assert len(sentence) > MAX_CHARS
    assert split_cut_off_clause(sentence, "en") == ("", sentence)


def test_a_comma_inside_closing_quote_marks_ends_the_opening_phrase() -> None:
    # The phrase ends at '…politician,"': the main clause is reached there, not at a later comma
    # inside a list ("…Florida, Ohio and North Carolina…").
    sentence = (
        'For someone who conceded in a recent debate that she\'s "not a natural politician," '
        "Hillary Clinton had a good night Tuesday, winning the key states of Florida, Ohio and "
        "North Carolina by margins big enough to add to her already considerable lead."
    )
    assert len(sentence) > MAX_CHARS
    assert split_cut_off_clause(sentence, "en") == ("", sentence)
