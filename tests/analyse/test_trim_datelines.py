"""Datelines in the forms wire services and scraped pages leave at a sentence's start."""

from __future__ import annotations

import pytest

from digests.analyse.lead_ins import strip_lead_in


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The place in brackets, as some broadcasters' sites write it.
        ("(TOLEDO, Ohio) -- Two bridges closed after the river rose overnight.",
         "Two bridges closed after the river rose overnight."),
        ("(ELKINS, W.Va.) — The county opened three shelters on Sunday.",
         "The county opened three shelters on Sunday."),
        # The dash set close to the place.
        ("DENVER--A judge blocked the new parking rules on Monday.",
         "A judge blocked the new parking rules on Monday."),
        # Two places joined by a slash, a horizontal bar (U+2015) for the dash.
        ("TOKYO/MILAN, Italy ― The carmaker unveiled two electric models.",
         "The carmaker unveiled two electric models."),
        ("ATHENS ― Ferry crews walked out for a second day.",
         "Ferry crews walked out for a second day."),
        # A country of three words after the city.
        ("ABU DHABI, United Arab Emirates — The airline ordered forty jets on Tuesday.",
         "The airline ordered forty jets on Tuesday."),
        # Arrows for the dash.
        ("RENO >> Snow closed the mountain pass for the third time this week.",
         "Snow closed the mountain pass for the third time this week."),
        # An Indian agency's dateline: the place, its state, its country, the date, the agency.
        ("Pune (Maharashtra) [India], March 4 (ANI): Police seized forged ballots at a depot.",
         "Police seized forged ballots at a depot."),
        ("Kochi [India], May 2 (IANS): The port handled a record load in April.",
         "The port handled a record load in April."),
        # The tail of a date whose month the sentence splitter cut off ("Oct." ended a sentence).
        ("14, 2023 – A new study maps the nesting sites of sea turtles.",
         "A new study maps the nesting sites of sea turtles."),
        # Still the sentence: a figure and a year that open it, a dash inside a word.
        ("14, 2023 and 2024 were the wettest years on record.",
         "14, 2023 and 2024 were the wettest years on record."),
        ("A LOW-cost airline cut its routes to the island.",
         "A LOW-cost airline cut its routes to the island."),
        # Still the sentence: a paid death notice's surname set close to the given names.
        ("MORROW--Edith Jane, 91, of Rye, died peacefully at home.",
         "MORROW--Edith Jane, 91, of Rye, died peacefully at home."),
    ],
)
def test_wire_and_scraped_datelines_are_dropped(sentence: str, expected: str) -> None:
    assert strip_lead_in(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A dateline that lost its dash: a place in capitals, then a sentence's opening word.
        ("PORTLAND At a crowded hearing on Tuesday the board voted to close two schools.",
         "At a crowded hearing on Tuesday the board voted to close two schools."),
        ("SALT LAKE CITY The state will cap rents in three counties.",
         "The state will cap rents in three counties."),
        # Still the sentence: an acronym that is its subject.
        ("NASA said the launch would slip to the spring.",
         "NASA said the launch would slip to the spring."),
        ("UN At Work is the title of the agency's new report.",
         "UN At Work is the title of the agency's new report."),
    ],
)
def test_a_dateline_without_its_dash_is_dropped(sentence: str, expected: str) -> None:
    assert strip_lead_in(sentence) == expected


def test_words_a_scraper_set_before_the_dateline_rejoin_the_sentence() -> None:
    # The page showed the first words large, before the dateline; the text goes on after it.
    sentence = "Dozens of OMAHA — families spent the night in school gyms after the flood."
    assert strip_lead_in(sentence) == (
        "Dozens of families spent the night in school gyms after the flood."
    )


def test_an_aside_between_dashes_after_an_acronym_stays() -> None:
    sentence = "The WHO - the UN's health agency - has named a new chief of staff."
    assert strip_lead_in(sentence) == sentence
    sentence = "The FIFA - which runs world football - has met the clubs."
    assert strip_lead_in(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The page's date stamp, in figures or words, scraped onto the dateline after it.
        ("2021-03-04 FRESNO, Calif. (AP) — A farmworker union won a vote at two dairies.",
         "A farmworker union won a vote at two dairies."),
        ("March 4, 2021 BOISE, Idaho (AP) — Lawmakers passed a bill on wolf hunting.",
         "Lawmakers passed a bill on wolf hunting."),
        ("Updated 9:15 AM ET, Thu March 4, 2021 OSLO (Reuters) - The central bank held rates.",
         "The central bank held rates."),
        # Still the sentence: a date that opens its own words, with no dateline after it.
        ("March 4 was the coldest day in Fresno (California) - since records began.",
         "March 4 was the coldest day in Fresno (California) - since records began."),
        ("May 5 (Monday) The council met to discuss the budget for the town hall.",
         "May 5 (Monday) The council met to discuss the budget for the town hall."),
    ],
)
def test_a_date_stamp_goes_with_the_dateline_it_opens(sentence: str, expected: str) -> None:
    assert strip_lead_in(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # An Indian agency's dateline with no dash or colon after the agency.
        ("Mumbai, Oct 2 (PTI) The port handled a record load of grain in September.",
         "The port handled a record load of grain in September."),
        ("Chennai, March 14 (IANS) Heavy rain flooded the main bus station on Friday.",
         "Heavy rain flooded the main bus station on Friday."),
    ],
)
def test_a_place_date_and_agency_without_a_dash_are_a_dateline(
    sentence: str, expected: str
) -> None:
    assert strip_lead_in(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A Latin American paper's place in mixed case, its state or country, then ".-".
        ("Valencia, Carabobo.- La alcaldía cerró el mercado municipal por una fuga de gas.",
         "La alcaldía cerró el mercado municipal por una fuga de gas."),
        ("Tegucigalpa.- El Congreso aprobó la reforma en su primer debate.",
         "El Congreso aprobó la reforma en su primer debate."),
        # Still the sentence: an abbreviation's dot and a hyphen later on.
        ("Valencia ganó 2-1 y es líder de la liga por primera vez en diez años.",
         "Valencia ganó 2-1 y es líder de la liga por primera vez en diez años."),
    ],
)
def test_a_mixed_case_place_closed_with_a_dot_and_a_hyphen_is_a_dateline(
    sentence: str, expected: str
) -> None:
    assert strip_lead_in(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A press release's place in mixed case whose name holds a small word joining its parts.
        ("Stoke-on-Trent – Das Heimspiel gegen Sunderland endete mit einem Remis.",
         "Das Heimspiel gegen Sunderland endete mit einem Remis."),
        ("Santiago de Chile – Der Verband hat den Stürmer für vier Spiele gesperrt.",
         "Der Verband hat den Stürmer für vier Spiele gesperrt."),
        ("Halle an der Saale – Die Stadt schließt zwei Bäder.",
         "Die Stadt schließt zwei Bäder."),
        ("Aix-en-Provence - La mairie ferme deux piscines pour l'hiver.",
         "La mairie ferme deux piscines pour l'hiver."),
        ("Newcastle upon Tyne – The council will close three libraries.",
         "The council will close three libraries."),
        # Still the sentence: a name and an aside between dashes.
        ("Luis de Guindos – the bank's vice-president – warned of risks.",
         "Luis de Guindos – the bank's vice-president – warned of risks."),
    ],
)
def test_a_place_joined_by_small_words_before_a_dash_is_a_dateline(
    sentence: str, expected: str
) -> None:
    assert strip_lead_in(sentence) == expected


@pytest.mark.parametrize(
    "dateline",
    [
        "NEW YORK, Nov. 3, 2026 /PRNewswire/ -- ",
        "TORONTO, Nov. 3, 2026 /CNW/ - ",
        "AUSTIN, Texas, Nov. 3, 2026 /PRNewswire/ -- ",
        "LONDON, 3 November 2026 /PRNewswire/ -- ",
        "BOSTON, Nov. 04, 2026 (GLOBE NEWSWIRE) -- ",
        "NEW YORK, Nov. 3, 2026 (ACCESSWIRE) -- ",
        "CHICAGO, November 3, 2026 — ",
    ],
)
def test_press_release_datelines_with_the_year_are_dropped(dateline: str) -> None:
    lead = "Halvorsen Robotics today unveiled Tidewater, an autonomous harbour crane."
    assert strip_lead_in(dateline + lead) == lead


def test_a_slash_inside_the_sentence_is_no_wire_tag() -> None:
    sentence = "SHARES rose to $5/share -- analysts said the board had been too slow."
    assert strip_lead_in(sentence) == sentence


@pytest.mark.parametrize(
    "dateline",
    ["Law360 (November 3, 2026, 4:12 PM EST) -- ", "Law360, New York (Nov. 3, 2026) -- "],
)
def test_a_trade_site_s_name_and_bracketed_date_are_dropped(dateline: str) -> None:
    lead = "A federal judge on Tuesday refused to toss a suit accusing the exchange of fraud."
    assert strip_lead_in(dateline + lead) == lead
