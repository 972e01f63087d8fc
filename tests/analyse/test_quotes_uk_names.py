"""Names as British, Irish and Australian papers write them: a body's plural possessive
("Irish Property Owners' Association"), a councillor's "Cr", a parent brought in as
"Mother-of-three", a seat written before or after the name ("DUP MLA", "MSP"), and the
occupations that open a sentence before a name."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def speakers(*paragraphs: str) -> list[str | None]:
    article = CleanArticle(title="Council faces cuts", paragraphs=list(paragraphs))
    return [quote.speaker for quote in find_quotes(article)]


def test_a_body_named_with_a_plural_possessive_speaks_whole() -> None:
    assert speakers(
        "The Irish Property Owners' Association said the cap would hurt new developments. "
        "“Investors will not commit millions to projects whose income is capped,” it said.",
        "The National Irrigators' Council said in a statement: “Towns cannot absorb another "
        "round of buybacks.”",
    ) == ["Irish Property Owners' Association", "National Irrigators' Council"]


def test_a_body_headed_by_the_noun_is_the_one_the_noun_stands_for() -> None:
    assert speakers(
        "Water levels rose overnight, according to the Harris County Flood Control District.",
        "“We expect Brays to crest early this afternoon,” the district said.",
    ) == ["Harris County Flood Control District"]


def test_titles_and_descriptions_before_a_name_are_no_part_of_it() -> None:
    assert speakers(
        "Griffith mayor Anne-Marie Tosolini said businesses had stopped hiring. “People are "
        "not spending and nobody is hiring,” Cr Tosolini said.",
        "Mother-of-three Aisha Begum, of Hall Green, was more positive. “If they turn up on "
        "the right day, I'm all for it,” she said.",
        "Local DUP MLA Ruth Kernohan described the news as a blow. “Ballymena is a town that "
        "makes things,” she said.",
        "Forecaster Aoibhinn Gallagher-Reddy said the storm would peak overnight. “Stay "
        "indoors if you can,” she said.",
    ) == ["Anne-Marie Tosolini", "Aisha Begum", "Ruth Kernohan", "Aoibhinn Gallagher-Reddy"]


def test_a_seat_or_honour_after_the_name_is_no_part_of_it() -> None:
    assert speakers(
        "The party's rural health spokesman, Alasdair Reid MSP, said: “This is a crisis in "
        "every glen.”",
    ) == ["Alasdair Reid"]
