"""A caption that scraping left above the story, known by the credit or the gallery count around
it rather than by its wording, is no point; nor is the dateline of a story filed from two places."""

from __future__ import annotations

from digests.analyse.keypoints import key_points
from digests.analyse.lead_ins import strip_lead_in, without_page_date
from digests.article import CleanArticle


def test_the_caption_under_a_gallery_count_is_no_point() -> None:
    article = CleanArticle(
        title="Divers reach the wreck of the ferry in the bay",
        paragraphs=[
            "3 of 12. A navy diver checks his gear before a search of the bay at an undisclosed"
            " site off the coast December 30, 2014.",
            "PORT LOUIS (Reuters) - Navy divers reached the wreck of a ferry that sank in the bay"
            " with 80 people on board, officials said on Tuesday.",
            "Rescuers have pulled 20 survivors from the water since the ferry sank in a storm.",
        ],
    )
    points = key_points(article)
    assert points
    assert not any("checks his gear" in point for point in points)


def test_a_caption_above_its_bracketed_wire_credit_is_no_point() -> None:
    article = CleanArticle(
        title="Actor Tom Reyes on his year of westerns",
        paragraphs=[
            "In this image released by Northlight Films, Tom Reyes appears in a scene from"
            " \"Dust Road.\" Reyes was nominated for a Golden Globe for best actor in a drama for"
            " his role in the film on Thursday. The awards will air on NBC on Sunday, Jan. 11."
            " (AP Photo/Northlight Films, Ana Ruiz)",
            "Tom Reyes has had a busy year, with three westerns shot in four months.",
            "He will start filming a space opera in the spring, his studio said.",
        ],
    )
    points = key_points(article)
    assert points
    assert not any("Golden Globe" in point or "NBC" in point for point in points)


def test_a_caption_that_opens_with_the_photographer_credit_is_no_point() -> None:
    article = CleanArticle(
        title="Singer sues the nightclub where he was attacked",
        paragraphs=[
            "Jane Cole/for The Daily Post Leo Marsh and his manager pose in the office of their"
            " lawyer. The singer was outside the club on Dec. 28 when a man attacked him.",
            "The singer Leo Marsh is suing the Brooklyn nightclub where he was attacked by a man"
            " with a knife, the Daily Post has learned.",
            "His lawyer said there was little or no security at the door of the club that night.",
        ],
    )
    points = key_points(article)
    assert points
    assert not any("pose in the office" in point or "outside the club" in point
                   for point in points)


def test_a_dateline_of_two_places_goes() -> None:
    assert strip_lead_in(
        "SURABAYA, Indonesia/JAKARTA (Reuters) - Rescuers pulled bodies from the sea on Tuesday."
    ) == "Rescuers pulled bodies from the sea on Tuesday."


def test_a_linked_headline_above_the_dateline_that_shares_nothing_with_the_story_is_no_point(
) -> None:
    # Scraped wire pages print the photo's caption and a link to another story above the
    # dateline; the link names nothing the story is about.
    article = CleanArticle(
        title="Shares end flat as weak regional markets offset reform hopes",
        paragraphs=[
            "The year's best and worst films in review.",
            "MUMBAI (Reuters) - Shares ended flat on Tuesday as weak regional markets offset"
            " hopes of more reforms after the government eased rules on land purchases.",
            "The main index gained 0.03 percent, while the broader index rose 0.02 percent.",
            "Energy firms fell as crude oil slid to a five-year low below $57 a barrel.",
        ],
    )
    points = key_points(article)
    assert points
    assert not any("films" in point for point in points)



def test_a_sentence_that_shares_nothing_with_the_story_but_opens_it_stays_a_candidate() -> None:
    # No dateline below it: nothing says it is a link rather than the story's own opening.
    article = CleanArticle(
        title="Shares end flat as weak regional markets offset reform hopes",
        paragraphs=[
            "The year's best and worst films in review.",
            "Shares ended flat on Tuesday as weak regional markets offset hopes of more reforms"
            " after the government eased rules on land purchases.",
            "The main index gained 0.03 percent, while the broader index rose 0.02 percent.",
            "Energy firms fell as crude oil slid to a five-year low below $57 a barrel.",
        ],
    )
    assert any("films" in point for point in key_points(article))


def test_the_page_date_glued_before_the_first_sentence_goes() -> None:
    article = CleanArticle(
        title="Stocks drift on a quiet day",
        paragraphs=[
            "December 28, 2014: Markets opened lower on Monday as neither the bulls nor the bears"
            " could gin up a lot of support.",
            "Volumes were low and corporate news was nearly non-existent on the day.",
        ],
    )
    points = key_points(article)
    assert points[0].startswith("Markets opened lower")


def test_a_dated_entry_further_down_keeps_its_date() -> None:
    assert without_page_date("28. Dezember 2014: Die Börsen eröffneten schwächer.") == (
        "Die Börsen eröffneten schwächer."
    )
    article = CleanArticle(
        title="How the ferry dispute unfolded",
        paragraphs=[
            "The ferry dispute has dragged on for more than a year, with strikes on both sides.",
            "March 3, 2014: The crews walked out for the first time over pay and rosters.",
        ],
    )
    assert any(point.startswith("March 3, 2014: The crews") for point in key_points(article))
