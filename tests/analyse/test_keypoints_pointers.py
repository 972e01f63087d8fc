"""A sentence that points at what the page shows next ("Here's the latest count of…", "Here are
the main changes:") or says who pays for the show ("This week's episode is sponsored by…") tells
the reader of a digest nothing: the table, list or story it points at is not in the point."""

from __future__ import annotations

import pytest

from digests.analyse.keypoints import key_points
from digests.analyse.sentence_kinds import is_page_furniture
from digests.clean import CleanArticle


@pytest.mark.parametrize(
    "sentence",
    [
        "Here’s the latest count of ferry crossings from the harbour office's own records.",
        "Here's how the new ferry timetable works for commuters.",
        "Here are the main changes the council made to the ferry budget this year.",
        "Here is what we know so far about the ferry that ran aground.",
        "This week's Harbour Podcast is sponsored by the Riverside Ferry Company.",
        "Today's episode is brought to you by a local ferry operator.",
    ],
)
def test_a_pointer_or_a_sponsor_note_is_furniture(sentence: str) -> None:
    assert is_page_furniture(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Here, on the quay, the ferry waited for an hour before it left.",
        "Hereford's council voted to fund a second ferry.",
        "The regatta is sponsored by a local ferry company and draws ten thousand visitors.",
    ],
)
def test_news_that_starts_alike_is_not(sentence: str) -> None:
    assert not is_page_furniture(sentence)


def test_a_pointer_is_no_point() -> None:
    body = [
        "The harbour office counted fewer ferry crossings in October than in any month for ten"
        " years, after the council cut two routes.",
        "Here’s the most recent data on boat traffic, published by the port authority.",
        "Ferry crews say the cuts have left the evening boats packed and late.",
        "The council says the two routes lost money.",
    ]
    article = CleanArticle(title="Ferry crossings fall to a ten-year low", paragraphs=body)
    points = key_points(article)
    assert body[1] not in " ".join(points)


@pytest.mark.parametrize(
    "sentence",
    [
        # A series or newsletter greeting its reader and naming itself.
        "Welcome back to Harbour Weekly, the series that recaps the week's ferry news.",
        "Welcome to the Morning Brief, our daily look at the markets.",
        "Willkommen zurück beim Hafen-Update, unserem wöchentlichen Überblick.",
        "Bienvenue dans notre lettre du matin, consacrée aux marchés.",
        "Bienvenidos a un nuevo número de nuestro boletín semanal.",
        "Добро пожаловать в наш еженедельный обзор новостей.",
    ],
)
def test_a_greeting_to_the_reader_is_furniture(sentence: str) -> None:
    assert is_page_furniture(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # Someone welcomed in the news, not the reader.
        "The mayor welcomed the new ferry to the harbour on Monday.",
        "Welcome news came for ferry crews on Friday as the council restored two routes.",
        "Refugees were welcomed to the town with a concert.",
    ],
)
def test_a_welcome_in_the_news_is_not(sentence: str) -> None:
    assert not is_page_furniture(sentence)
