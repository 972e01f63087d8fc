"""A military or police rank before a speaker's name ("Cmdr.", "Maj.", "Cpl.") is a title, as
"Mr." is: the speaker is the person's fullest name without it."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def speakers(*paragraphs: str) -> list[str | None]:
    article = CleanArticle(title="A story", paragraphs=list(paragraphs), language="en")
    return [q.speaker for q in find_quotes(article)]


def test_a_commander_is_named_without_the_rank() -> None:
    assert speakers(
        "Cmdr. Dana Holt, a navy spokeswoman, said the ship was safe: “No one was hurt.”",
    ) == ["Dana Holt"]
    assert speakers(
        "Cmdr. Dana Holt led the crew through two storms.",
        "“We trained for this and it showed,” Cmdr. Holt said on the pier.",
    ) == ["Dana Holt"]


def test_other_abbreviated_ranks_are_titles_too() -> None:
    assert speakers(
        "Maj. Ivo Ranko told reporters: “The road is open again.”",
        "“We found nothing in the trucks,” Cpl. Ada Moss said.",
    ) == ["Ivo Ranko", "Ada Moss"]


def test_a_detectives_rank_before_another_is_a_title() -> None:
    assert speakers(
        "Det. Sgt. Ann Vega led the search of the flat.",
        "“We found nothing in the kitchen,” Det. Sgt. Vega said.",
        "“The road is open again,” Spc. Bo Tran told reporters.",
    ) == ["Ann Vega", "Bo Tran"]


def test_a_public_office_before_a_name_is_no_part_of_it() -> None:
    # "County Treasurer Joe Lomb", "Investor Advocate Rick Flem": offices written before the
    # name, as "Sheriff" is; the speaker is the person.
    assert speakers(
        "County Treasurer Joe Lomb said on Monday the road fund was empty.",
        "“We will find the money,” Lomb said.",
    ) == ["Joe Lomb"]
    assert speakers(
        "The agency's Investor Advocate Rick Flem said he would push for more exams.",
        "“Fraud can be very hard for an investor to detect,” said Flem.",
    ) == ["Rick Flem"]


def test_ranks_of_the_ranks_are_titles() -> None:
    # "Lieutenant Airman Tri Wobowo", "Seaman Joe Lang", "Trooper Ada Moss".
    assert speakers(
        "Lieutenant Airman Tri Wobowo told a newspaper: “There are seven to eight people.”",
        "“We saw the wreck from the air,” Trooper Ada Moss said.",
    ) == ["Tri Wobowo", "Ada Moss"]
