"""Quotes printed between straight single marks, a tabloid's house style ('…,' she said)."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.analyse.single_marks import with_single_mark_openers
from digests.article import CleanArticle

MAIL_STYLE = [
    "Melissa Durant, 38, built the treehouse for her son Eli, nine, last spring.",
    "'We did everything by the book,' Melissa told DailyMail.com. 'We got a permit from the "
    "city, and we even showed the drawings to our neighbors before we started.",
    "'Nobody said a word until it was built.'",
    "A GoFundMe page titled 'Save Eli's Treehouse' has raised $12,000, and the HOA called the "
    "structure 'visually intrusive'.",
    "In a statement, the Glenmoor Ridge HOA said: 'The board sympathizes with the family's "
    "situation. Our covenants apply equally to every homeowner.'",
    "Tom Beckett, 67, who lives two doors down, shrugged it off.",
    "'It's a kid's treehouse. I've got bigger problems,' the 67-year-old said.",
]


def article(*paragraphs: str) -> CleanArticle:
    return CleanArticle(title="HOA orders family to tear down boy's treehouse",
                        paragraphs=list(paragraphs))


def test_a_page_quoting_in_straight_single_marks_has_its_quotes_and_speakers() -> None:
    found = [(q.text, q.speaker) for q in find_quotes(article(*MAIL_STYLE))]
    assert found == [
        ("We did everything by the book. We got a permit from the city, and we even showed the "
         "drawings to our neighbors before we started. Nobody said a word until it was built.",
         "Melissa Durant"),
        ("The board sympathizes with the family's situation. Our covenants apply equally to "
         "every homeowner.", "Glenmoor Ridge HOA"),
        ("It's a kid's treehouse. I've got bigger problems", "Tom Beckett"),
    ]


def test_names_and_apostrophes_between_straight_marks_are_no_quotes() -> None:
    paragraphs = with_single_mark_openers(MAIL_STYLE)
    assert paragraphs[3] == MAIL_STYLE[3]  # a page's title and a few words, after a word
    assert all(len(a) == len(b) for a, b in zip(paragraphs, MAIL_STYLE, strict=True))
    assert paragraphs[6].startswith("‘It's a kid's")


def test_straight_single_marks_stay_apostrophes_where_the_page_quotes_in_double_marks() -> None:
    paragraphs = [
        '"We will appeal," the mayor said.',
        "Residents, 'Not again,' some said, were tired of the works. 'Enough,' one added.",
    ]
    assert with_single_mark_openers(paragraphs) == paragraphs
    assert [q.text for q in find_quotes(article(*paragraphs))] == ["We will appeal"]


def test_a_page_of_apostrophes_only_has_no_quotes() -> None:
    paragraphs = [
        "The council's plan for the '90s estate was approved on Monday.",
        "Residents' groups said they'd fight it, and rock 'n' roll fans held a protest.",
    ]
    assert with_single_mark_openers(paragraphs) == paragraphs
    assert find_quotes(article(*paragraphs)) == []


def test_a_quotation_running_on_through_another_opening_mark_keeps_no_mark_inside() -> None:
    found = find_quotes(article(
        "Dog walker Terry Cooper, 61, said he was shocked.",
        "'I’ve got a little Jack Russell and I took him out at 5pm. 'Suddenly there was a "
        "terrible noise from the hedge,' he said.",
    ))
    assert [(q.text, q.speaker) for q in found] == [
        ("I’ve got a little Jack Russell and I took him out at 5pm. Suddenly there was a "
         "terrible noise from the hedge", "Terry Cooper"),
    ]
