"""Text mode at the edges of an article: what sits just above its body and just below it."""

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


def page(*parts: str) -> str:
    return "\n".join(parts)


def test_menu_row_above_the_body_is_not_a_lead() -> None:
    # A row of capitalised menu entries is long enough to pass for a teaser, but a teaser, even
    # one in title case, leaves its small words in lower case.
    menu_row = "Local News Sports Weather Traffic Business Technology Health Video Shop"
    text = clean_text(page(
        "Old pier will reopen after storm damage - Coast Herald",
        "Home", "Log In", menu_row, "Station Info", "Follow Us:", "Your Account",
        "Harbour pier to be rebuilt",
        "By Dana Lee",
        *BODY,
        "Share", "Contact",
    )).text
    assert menu_row not in text
    assert BODY[0] in text
