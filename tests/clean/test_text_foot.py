"""Text mode below an article: what a page prints after the body and must not join it."""

from __future__ import annotations

from digests.clean import clean_text

BODY = [
    "The harbour authority has signed a contract to rebuild the old pier, which has been closed "
    "to the public since a storm damaged it three winters ago.",
    "Work will start in March and should take about eighteen months, a spokeswoman said, "
    "adding that the ferry service will run from a temporary landing in the meantime.",
    "Local traders welcomed the news but asked for the works to pause during the summer, when "
    "most visitors come to the waterfront and the market is busiest.",
    "The cost of the project, estimated at twelve million, will be shared between the city and "
    "the regional government under an agreement reached last year.",
]

TEASERS = [
    "Press release 12.03.2026",
    "New ferry links the islands from May",
    "The shipping company will run a vessel from spring that is powered by batteries alone.",
    "News 10.03.2026",
    "Harbour festival cancelled this year",
    "Because of the works on the quay wall the popular festival will only return next year.",
    "Press release 08.03.2026",
    "Lighthouse to become a museum",
    "The old tower on the north beach is to welcome visitors from the summer onwards, it said.",
]


def page(*parts: str) -> str:
    return "\n".join(parts)


def test_form_blurb_left_above_cut_teasers_is_dropped() -> None:
    # Once the teasers that close the page are cut, a newsletter form's two sentences stand
    # alone after the share buttons: an island past chrome, like any other.
    blurb = [
        "With your postcode you receive news from your region, a feature we are still testing "
        "and improving week by week.",
        "Don't worry, if it gets too much you can cancel your subscription at any time.",
    ]
    text = clean_text(page(
        "Harbour pier to be rebuilt - Coast Herald",
        "Home", "News", "Log In",
        "Harbour pier to be rebuilt",
        *BODY,
        "Tags", "Harbour", "Share this article", "Facebook", "Twitter", "E-Mail", "Print",
        "Stay", "Informed", "My details",
        *blurb,
        "First name*", "Last name*", "E-mail address*", "Postcode*",
        "Related articles",
        *TEASERS,
        "Imprint", "Contact",
    )).text
    assert BODY[-1] in text
    for line in blurb + TEASERS:
        assert line not in text


def test_author_box_named_after_the_byline_is_dropped() -> None:
    # The box that closes a blog post or a column names its writer again, alone on a line or
    # at the head of the bio, and then the page goes on with links to the writer's other pieces.
    bio = (
        "Dana Lee writes about ports, ferries and the people who work on them, and has covered "
        "the coast for the Herald for more than ten years."
    )
    others = [
        "12.03.2026 - Ferries: New boat links the islands from May, the company says after tests.",
        "10.03.2026 - Harbour: The festival is cancelled this year because of the quay works.",
    ]
    for box in (["Dana Lee", bio], [bio.replace("Dana Lee", "DANA LEE")]):
        text = clean_text(page(
            "Harbour pier to be rebuilt - Coast Herald",
            "Home", "News", "Log In",
            "Harbour pier to be rebuilt",
            "By Dana Lee",
            *BODY,
            "Share", "Tweet",
            *box,
            *others,
            "Imprint", "Contact",
        )).text
        assert BODY[-1] in text
        for line in [bio, *others]:
            assert line not in text


def test_writer_named_inside_the_article_keeps_it_whole() -> None:
    # The writer quoted or named in the first half of the text is part of the story, and a
    # question put by name in an interview ("Dana Lee: ...") is no bio.
    named = (
        "Dana Lee asked the harbour master what the works would mean for the fishing boats "
        "that land their catch at the old pier every morning."
    )
    question = "Dana Lee: Will the fishing boats still land at the pier during the works?"
    body = [BODY[0], named, BODY[1], question, *BODY[2:]]
    article = clean_text(page(
        "Harbour pier to be rebuilt - Coast Herald",
        "Home", "News", "Log In",
        "Harbour pier to be rebuilt",
        "By Dana Lee",
        *body,
        "Share", "Contact",
    ))
    assert article.paragraphs == body
