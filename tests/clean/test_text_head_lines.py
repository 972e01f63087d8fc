"""The headline among a scraped page's top lines: not joined to the writer's name under it, not
a dateline cut off its paragraph, and found under its date when labels stand over that."""

from __future__ import annotations

from digests.clean import clean_text
from digests.clean.page_lines import page_lines

MENU = ["Home", "Latest", "Business", "Opinion", "World", "Sport"]
BODY = [
    "The price of a private water tanker in several western areas of the city has nearly "
    "doubled over the past two weeks as repair work on the canal continues.",
    "Residents told reporters that a tanker that cost Rs3,500 in February was now being sold "
    "for between Rs6,000 and Rs7,000, while official hydrants turned people away.",
    "The water corporation said the canal had been shut on Feb 26 after a section collapsed, "
    "and that it was working in three shifts to finish the repair.",
]


def page(*parts: str) -> str:
    return "\n".join(parts)


def test_a_headline_ending_in_a_particle_is_not_joined_to_the_writer_s_name_under_it() -> None:
    """Dawn: "… as Hub canal repairs drag on" over "Imran Ayub" over the date."""
    headline = "Karachi's water tanker rates double as Hub canal repairs drag on"
    text = page(*MENU, headline, "Imran Ayub", "Published March 12, 2025", *BODY)
    assert [line.text for line in page_lines(text)][len(MENU):len(MENU) + 2] \
        == [headline, "Imran Ayub"]
    assert clean_text(text).title == headline


def test_a_dateline_cut_off_its_paragraph_at_the_top_is_no_title() -> None:
    """Law360 prints its dateline alone over the section's labels."""
    headline = "9th Circ. Revives Investor Suit Over Vantor Token Sale"
    article = clean_text(page(
        "Law360 (March 4, 2026, 5:47 PM EST) --", "", "Securities", "Fintech", "", headline,
        "By Gabriel Stroud · Listen to article",
        "Law360 (March 4, 2026, 5:47 PM EST) -- " + BODY[0], *BODY[1:],
    ))
    assert article.title == headline


def test_the_headline_under_its_date_under_two_labels_is_the_title() -> None:
    """A city's news page (CivicPlus): the module's label and the category's over the date,
    the headline under it, an incident number and a release note over the text."""
    headline = "Arrest Made in Fatal Shooting on Kessler Avenue; Second Suspect Sought"
    article = clean_text(page(
        "Skip to Main Content", "Website Sign In", "City of Rivergate, OH", "Police Department",
        *MENU, "Home › Police Department › Newsroom", "News Flash", "Police News Releases",
        "Posted on: November 6, 2026", headline, "Incident #: 26-044817",
        "For Immediate Release", *BODY,
    ))
    assert article.title == headline
    assert article.byline == ""
    assert article.paragraphs == BODY


def test_the_headline_under_its_date_under_the_city_s_name_and_menu_is_the_title() -> None:
    """CivicPlus: the city's name as the logo over its menu, the module's and the category's
    labels over the date, the headline, then a press release's four notes over the text."""
    headline = ("Police Department News Release: Two Arrested After Pursuit Ends in Crash on "
                "Route 9")
    article = clean_text(page(
        "Skip to Main Content", "Website Sign In", "City of Ashford Falls, OH", "Search",
        "Government", "Departments", "Residents", "Business", "How Do I...", "Home",
        "News Flash", "Police Department", "Posted on: October 2, 2025", headline,
        "FOR IMMEDIATE RELEASE", "Release No. 25-114",
        "Contact: Sgt. Lauren Petrakis, Public Information Officer",
        "(330) 555-0148 | lpetrakis@ashfordfallsoh.gov", *BODY,
    ))
    assert article.title == headline
    assert article.byline == ""
    assert article.paragraphs == BODY
