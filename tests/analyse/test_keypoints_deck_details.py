"""A deck that gives a detail of the news leaves the lead its place: the lead that tells the
headline's news stays a point though it repeats the deck's figures, and comes first when the
deck opens leaning on it ("The 5-4 vote came after…"). A deck that tells no news (a teaser of
a few words a sentence, a noun phrase without a verb) is no point."""

from __future__ import annotations

from digests.analyse.keypoints import key_points
from digests.article import CleanArticle


def test_a_lead_that_tells_the_headlines_news_goes_above_the_deck_that_leans_on_it() -> None:
    article = CleanArticle(
        title="Harbourside Council Votes To Close Marsh Lane Lido",
        standfirst=["The 6-3 vote came after nearly four hours of public comment from "
                    "swimmers, lifeguards and parents who use the lido."],
        paragraphs=[
            "HARBOURSIDE — The 90-year-old open-air lido on Marsh Lane will not reopen next "
            "summer, the Harbourside Borough Council decided Tuesday night in a 6-3 vote that "
            "followed nearly four hours of often heated public comment.",
            "Council officers said repairing the lido's leaking basin and failing pumps would "
            "cost an estimated £3.1 million.",
            "The site will be fenced off while the council looks for a new use for it.",
        ],
    )
    points = key_points(article)
    assert points[0].startswith("The 90-year-old open-air lido on Marsh Lane will not reopen")
    assert points[1].startswith("The 6-3 vote came after")


def test_a_lead_with_the_figures_a_vague_deck_sums_up_is_still_a_point() -> None:
    article = CleanArticle(
        title="Appropriators quietly trim Marshals Service security boost",
        standfirst=["Judicial security funding would grow, but far less than the agency "
                    "requested"],
        paragraphs=[
            "House and Senate appropriators have agreed to give the U.S. Marshals Service about "
            "$41 million more next year for judges' security, less than half of the $95 "
            "million increase the agency sought after a record year of threats against "
            "judicial officers.",
            "The figure would bring the service's protection budget to roughly $780 million.",
            "Aides to both committees confirmed the number but said it could still change.",
        ],
    )
    points = key_points(article)
    assert points[0].startswith("Judicial security funding")
    assert any(point.startswith("House and Senate appropriators") for point in points)


def test_a_subjects_description_that_the_deck_shares_leaves_the_lead_its_place() -> None:
    article = CleanArticle(
        title="Northlight Games Lays Off 90 Staff, Cancels Unannounced Project After Launch",
        standfirst=["The Oslo developer says Frostmark sold below expectations."],
        paragraphs=[
            "Northlight Games, the Oslo-based developer behind survival game Frostmark, has "
            "laid off around 90 employees and cancelled an unannounced project, just two "
            "months after Frostmark launched.",
            "The layoffs affect roughly a quarter of the studio's workforce.",
            "The cancelled project had been in development for about three years.",
        ],
    )
    assert key_points(article)[0].startswith("Northlight Games, the Oslo-based developer")


def test_a_noun_phrase_deck_without_a_verb_is_no_point() -> None:
    article = CleanArticle(
        title="Harriet Vane obituary",
        standfirst=["Costume designer whose bold, hand-dyed fabrics changed the look of "
                    "British opera in the 1980s"],
        paragraphs=[
            "Harriet Vane, who has died aged 84, dressed more than 200 productions for "
            "companies across Britain and Europe.",
            "Born in Leeds, she trained as a textile printer before joining the wardrobe "
            "department of Opera North in 1972.",
        ],
    )
    points = key_points(article)
    assert not any(point.startswith("Costume designer") for point in points)
    assert points[0].startswith("Harriet Vane, who has died aged 84")


def test_a_papers_subtitle_is_no_point() -> None:
    article = CleanArticle(
        title="New robot draws blood as well as nurses do",
        standfirst=["First clinical trial of an automated blood sampling device"],
        paragraphs=[
            "A team at the university has built a blood-sampling robot that performed as well "
            "as trained staff in its first human trial.",
            "The device found a vein at the first attempt in 87% of patients.",
        ],
    )
    assert not any(point.startswith("First clinical trial") for point in key_points(article))


def test_a_deck_of_a_few_words_a_sentence_is_a_teaser_not_a_point() -> None:
    article = CleanArticle(
        title="The minister's retreat is a warning for the prime minister",
        standfirst=["The minister has blinked. Her colleagues noticed"],
        paragraphs=[
            "The health minister told MPs on Thursday that planned cuts to carers' allowance "
            "would be paused for further consultation.",
            "More than 80 backbenchers had threatened to vote against the cuts.",
        ],
    )
    points = key_points(article)
    assert not any(point.startswith("The minister has blinked") for point in points)
    assert points[0].startswith("The health minister told MPs")


def test_a_deck_with_a_verb_after_its_relative_clause_stays_a_point() -> None:
    # A guard: the relative clause has its verb, and the main clause its own.
    article = CleanArticle(
        title="Harbour pilot jailed",
        standfirst=["A pilot who ran a ferry aground while drunk has been jailed for a year."],
        paragraphs=[
            "The 52-year-old pilot pleaded guilty at Portsmouth Crown Court to endangering "
            "the ship and its 300 passengers.",
        ],
    )
    assert key_points(article)[0].startswith("A pilot who ran a ferry aground")


def test_an_aldermans_title_does_not_end_the_sentence() -> None:
    article = CleanArticle(
        title="Rezoning for Pilsen tower approved",
        paragraphs=[
            "A nine-story apartment building at 18th and Halsted streets cleared its final "
            "hurdle Wednesday, with the City Council approving a zoning change.",
            "The 38-11 vote came after Ald. Rosa Delgado, who had opposed the project, "
            "negotiated a deal to make 30 percent of the building's apartments affordable.",
        ],
    )
    assert not any(point.startswith("Rosa Delgado") for point in key_points(article))
