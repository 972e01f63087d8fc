"""People introduced by whose they are, as business and local news write them: a firm's name in
the plural possessive ("Northgate Property Advisors' Dov Lerner said"), a firm's name joined by
"&" before a role ("Carrow & Lutz CEO Daniel Whitlock said"), an office in capitals after whose
it is ("Wales' Cabinet Secretary for Transport, Huw Penhallow,"), and a role after a person's
possessive set off before the name ("said Bishop Tracy Moreland's assistant for rural ministry,
the Rev. Carl Ostrander"). Each time the person speaks, not the firm, the owner or the role."""

from __future__ import annotations

import pytest

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle

EARLIER = ('Rhonda Pike, a broker, said the market was bottoming. "We are near the floor," '
           "Pike said.")


def who(*paragraphs: str) -> list[str | None]:
    article = CleanArticle(title="Deals", paragraphs=["Prices fell.", *paragraphs],
                           language="en")
    return [q.speaker for q in find_quotes(article)]


@pytest.mark.parametrize("firm", ["Northgate Property Advisors'", "Northgate Property Advisors’",
                                  "Northgate Property's"])
def test_a_firms_person_after_its_possessive(firm: str) -> None:
    assert who(
        EARLIER,
        f'{firm} Dov Lerner said buyers with cash are finding deals. "The buyers are the '
        'people with cash," he said.',
    ) == ["Rhonda Pike", "Dov Lerner"]


def test_a_firm_named_with_an_ampersand_before_its_chief() -> None:
    assert who(
        EARLIER,
        "Carrow & Lutz CEO Daniel Whitlock said the amenities were a deciding factor. "
        '"Our people told us they want a nicer office," he said.',
    ) == ["Rhonda Pike", "Daniel Whitlock"]


@pytest.mark.parametrize("owner", ["Wales'", "Wales's", "Britain's"])
def test_an_office_after_whose_it_is_then_its_holder(owner: str) -> None:
    assert who(
        "Natural Resources Wales has issued 14 flood warnings.",
        f"{owner} Cabinet Secretary for Transport, Huw Penhallow, has urged people to stay "
        "at home unless their journey is absolutely necessary.",
        'Speaking to BBC Radio Wales, he said: "Please, if you do not need to be out on the '
        'roads today, do not be."',
    ) == ["Huw Penhallow"]


@pytest.mark.parametrize(("said", "speaker"), [
    ("said Bishop Tracy Moreland's assistant for rural ministry, the Rev. Carl Ostrander.",
     "Carl Ostrander"),
    ("said Mayor Tracy Moreland's spokesman, Carl Ostrander.", "Carl Ostrander"),
    ("said the bishop's deputy, the Rev. Ann Lee.", "Ann Lee"),
    ("said Northgate Advisors' managing partner, Dov Lerner.", "Dov Lerner"),
])
def test_a_role_by_whose_it_is_then_the_name_after_the_verb(said: str, speaker: str) -> None:
    assert who(f'"We had two choices," {said}') == [speaker]


def test_a_role_in_capitals_then_the_name_after_the_verb() -> None:
    assert who(
        '"Barbie is a true icon," said Myer Chief Merchandise & Marketing Officer and Deputy '
        "CEO, Daniel Bracken."
    ) == ["Daniel Bracken"]
