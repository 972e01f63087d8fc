"""A story's lead that a feed or a repost printed without its full stop is still its lead."""

from __future__ import annotations

from digests.analyse.keypoints import key_points
from digests.analyse.sentence_kinds import is_unstopped_sentence
from digests.article import CleanArticle


def test_a_lead_without_its_full_stop_is_the_first_point_and_gets_the_stop_back() -> None:
    article = CleanArticle(
        title="Two bus firms agree merger after long rivalry",
        paragraphs=[
            "Two regional bus operators agreed on Tuesday to merge into a single company worth"
            " about 900 million pounds after a year of talks between their boards and unions",
            "Founded a century ago, the older firm had long resisted a deal with its neighbour.",
            "The merged company would run some 2,400 buses across the north of the country.",
            "Shares in both companies rose by more than 6% in early trading in London.",
        ],
    )
    points = key_points(article)
    assert points[0].startswith("Two regional bus operators agreed on Tuesday to merge")
    assert points[0].endswith("boards and unions.")


def test_a_heading_a_caption_or_a_headline_deck_without_a_stop_is_no_sentence() -> None:
    # A heading in title case, a short caption, a deck with a headline's colon.
    assert not is_unstopped_sentence(
        "How The Two Rival Bus Firms Came To Agree A Merger After A Century Of Competition"
        " In The North"
    )
    assert not is_unstopped_sentence("Passengers wait for a bus outside the station at dawn")
    assert not is_unstopped_sentence(
        "Bus war ends: The two rival operators agree a merger that unions say will cost"
        " hundreds of jobs in the north"
    )
