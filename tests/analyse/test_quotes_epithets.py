"""Speakers written as a description of someone named before ("the singer", "the 27-year-old
actress"), one-word names and places."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def speakers(*paragraphs: str, language: str = "en") -> list[str | None]:
    article = CleanArticle(title="A story", paragraphs=list(paragraphs), language=language)
    return [q.speaker for q in find_quotes(article)]


def test_an_epithet_is_the_one_person_named_before() -> None:
    assert speakers(
        "Pop star Mira Lenz performed in Hamburg on Sunday night.",
        "“It felt like coming home after a long winter,” the singer said after the show.",
    ) == ["Mira Lenz"]
    assert speakers(
        "Jonah Price arrived at the premiere an hour late.",
        "“I was stuck in traffic for two whole hours,” the heartthrob told reporters.",
    ) == ["Jonah Price"]


def test_a_campaigns_epithet_is_the_person_named_before() -> None:
    assert speakers(
        "Donald Trump attacked Justice Ginsburg on Twitter on Wednesday.",
        "“She has embarrassed all by making very dumb political statements,” the presumptive"
        " Republican presidential nominee wrote.",
    ) == ["Donald Trump"]
    assert speakers(
        "Lena Ortiz bought the failing mill in 2019.",
        "“We kept every job,” the businesswoman said.",
    ) == ["Lena Ortiz"]


def test_an_epithet_with_an_age_is_the_person_named_before() -> None:
    assert speakers(
        "Clara Boyle won the award for best film on Monday.",
        "“This is a dream come true for me and my family,” the 27-year-old actress said.",
    ) == ["Clara Boyle"]


def test_an_epithet_that_two_people_fit_names_neither() -> None:
    # Either could be "the singer": a wrong name is worse than the description as written.
    assert speakers(
        "Mira Lenz performed in Hamburg on Sunday.",
        "Tom Harker joined her on stage for the last song of the night.",
        "“It felt like coming home after a long winter,” the singer said after the show.",
    ) == ["the singer"]


def test_an_epithet_of_the_other_gender_is_not_the_person_named() -> None:
    assert speakers(
        "Mr. Jonah Price arrived at the premiere an hour late.",
        "“I was stuck in traffic for two whole hours,” the actress told reporters.",
    ) == ["the actress"]


def test_a_place_after_in_is_never_the_speaker() -> None:
    assert speakers(
        "Mirabel returned to the stage in Las Vegas on Friday.",
        "“I missed all of you so very much,” she told the crowd.",
    ) != ["Las Vegas"]


def test_a_one_word_name_the_article_shows_a_gender_for_takes_the_pronoun() -> None:
    assert speakers(
        "Mirabel returned to the stage in Las Vegas on Friday. She sang for two hours.",
        "Fans of Mirabel had queued outside since dawn.",
        "“I missed all of you so very much,” she told the crowd.",
    ) == ["Mirabel"]


def test_an_epithet_after_two_people_joined_by_and_names_neither() -> None:
    assert speakers(
        "Mira Lenz and Tara Quill performed in Hamburg on Sunday.",
        "“It felt like coming home after a long winter,” the singer said after the show.",
    ) == ["the singer"]


def test_a_name_after_a_possessive_describes_a_thing_and_is_never_the_speaker() -> None:
    # "her Santa Monica concert": the name tells which concert; it is no one who speaks.
    assert speakers(
        "Dora Vane cancelled the rest of her tour on Tuesday.",
        "Tickets had sold out within minutes in the spring.",
        "The news came a week after her Santa Monica concert was cut short.",
        "“My voice went out during the very first song,” she wrote on social media.",
    ) == ["Dora Vane"]


def test_a_pronoun_the_article_shows_is_hers_skips_a_person_of_unknown_gender() -> None:
    assert speakers(
        "Mirabel launched a new make-up line in Paris on Friday. She thanked her fans.",
        "Fans of Mirabel queued for hours outside the shop.",
        "The launch was attended by the designer Tom Hale.",
        "“This line is for everyone, whatever their skin,” she said.",
    ) == ["Mirabel"]


def test_sport_epithets_are_the_player_named_before() -> None:
    assert speakers(
        "Argentina captain Lionel Messi said after the quarter-final that his side had suffered.",
        "“We had to suffer. But we are going on, and it is a great joy,” the player said.",
    ) == ["Lionel Messi"]

