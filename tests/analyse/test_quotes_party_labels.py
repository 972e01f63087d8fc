"""Speakers described by party and state ("the Ohio Democrat") or by an abbreviated title."""

from __future__ import annotations

from digests.analyse.name_index import NameIndex
from digests.analyse.party_labels import labelled_person
from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def speakers(*paragraphs: str) -> list[str | None]:
    article = CleanArticle(title="Rail safety bill stalls", paragraphs=list(paragraphs))
    return [quote.speaker for quote in find_quotes(article)]


HILL = [
    "Sen. James Collins (R-Ind.) said the bill's crew-size mandate had to go. “We've agreed on "
    "inspections and on fines,” Collins said.",
    "In the House, Rep. Sarah Collins (D-Ohio), whose district includes Wellsburg, said "
    "dropping the requirement would gut the bill.",
    "“Don't tell me a second set of eyes on a 2-mile train is a luxury,” the Ohio Democrat said.",
]


def test_the_party_and_state_epithet_is_the_one_labelled_so() -> None:
    assert speakers(*HILL) == ["James Collins", "Sarah Collins"]


def test_the_label_is_read_in_its_abbreviated_and_postal_forms() -> None:
    index = NameIndex.build("A story", ["Rep. Ana Ruiz (D-N.Y.) and Sen. Tom Berg (R-TX) spoke."],
                            [])
    assert labelled_person(index, ["new", "york", "democrat"], (0, 99)) == "Ana Ruiz"
    assert labelled_person(index, ["texas", "republican"], (0, 99)) == "Tom Berg"
    assert labelled_person(index, ["ohio", "republican"], (0, 99)) is None


def test_the_captain_is_the_one_titled_capt() -> None:
    assert speakers(
        "“Suspending a search is never done lightly,” Capt. Rebecca Lindgren, commander of "
        "Coast Guard Sector Anchorage, said in a statement.",
        "The boat's owner thanked the crews.",
        "“Our crews searched day and night,” the captain said.",
    ) == ["Rebecca Lindgren", "Rebecca Lindgren"]
