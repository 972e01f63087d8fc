"""Speakers a story names by what they are ("the midfielder", "a spokesperson", "he" after
"Retired postman Derek Ollerenshaw, 71, from Heaton Norris"): the person or the body the
article means, where it says which."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def speakers(*paragraphs: str, title: str = "A story") -> list[str | None]:
    return [q.speaker for q in find_quotes(CleanArticle(title=title, paragraphs=list(paragraphs)))]


def test_the_noun_a_player_was_introduced_with_names_him_after_another_speaker() -> None:
    assert speakers(
        "Spanish midfielder Sergio Alcaraz, 24, scored twice as Porto Vale beat Riverton 3-1.",
        "Riverton manager Tom Hale said his side had been second best. “We never got going,” "
        "Hale said.",
        "“It was a special night for me and my family,” the midfielder said.",
    ) == ["Tom Hale", "Sergio Alcaraz"]


def test_two_players_introduced_with_the_noun_leave_it_as_written() -> None:
    assert speakers(
        "Midfielder Sergio Alcaraz and midfielder Luis Gomez both scored on Saturday.",
        "Riverton manager Tom Hale said: “We never got going.”",
        "“It was a special night for me,” the midfielder said.",
    ) == ["Tom Hale", "the midfielder"]


def test_someone_introduced_in_another_role_is_not_the_one_described() -> None:
    """The manager spoke last, the striker opened the sentence before: "the striker" is not
    the manager."""
    assert speakers(
        "Kofi Adeyemi was sent off after 30 minutes for a second yellow card on Saturday.",
        "Ashgate manager Paul Dunn said: “We have to be smarter than that.”",
        "Adeyemi apologised to the fans after the game.",
        "“Maybe I shouldn't have done it,” the striker said.",
    ) == ["Paul Dunn", "Kofi Adeyemi"]


def test_a_spokesperson_speaks_for_the_body_that_spoke_before() -> None:
    assert speakers(
        "The Environment Agency said it was considering the report's findings.",
        "A spokesperson said: “We cannot hold the line everywhere.”",
    ) == ["Environment Agency"]


def test_a_spokesperson_for_the_body_named_by_its_noun() -> None:
    assert speakers(
        "The Harbour Development Agency said the offer was fair.",
        "A spokesman for the agency said: “We are disappointed by the strike.”",
    ) == ["Harbour Development Agency"]


def test_a_spokesperson_with_no_body_in_view_stays_as_written() -> None:
    assert speakers(
        "Drivers will strike for four days from Thursday, June 26.",
        "A spokesperson said: “We are disappointed by the strike.”",
    ) == ["A spokesperson"]


def test_a_hometown_after_a_name_and_age_is_nobody() -> None:
    """"Heaton Norris" is where he is from, not the "he" of the quote."""
    assert speakers(
        "Amira Haddad, a nurse, said the strike would cost her £40 a week. “It's a nightmare,” "
        "Haddad said.",
        "Derek Ollerenshaw, 71, from Heaton Norris, was more sympathetic. “They do a hard job, "
        "those drivers,” he said.",
    ) == ["Amira Haddad", "Derek Ollerenshaw"]


def test_an_occupation_before_the_name_leaves_the_name_the_subject() -> None:
    assert speakers(
        "Amira Haddad, a nurse, said the strike would cost her £40 a week. “It's a nightmare,” "
        "Haddad said.",
        "Retired postman Derek Ollerenshaw was more sympathetic. “They do a hard job, those "
        "drivers,” he said.",
    ) == ["Amira Haddad", "Derek Ollerenshaw"]
