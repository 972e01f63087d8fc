"""Capitalised words written right before a person's name that are not part of it: a paired
occupation opening a sentence ("Singer-songwriters Mara Quill and …") and the country a
lower-case role is sent to ("the envoy to Norway Kurt Halvorsen"). The speaker is the person."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def who(title: str, *paragraphs: str) -> list[str | None]:
    article = CleanArticle(title=title, paragraphs=list(paragraphs), language="en")
    return [q.speaker for q in find_quotes(article)]


def test_a_hyphenated_pair_of_occupations_is_not_the_first_name() -> None:
    assert who(
        "Folk duo plan farewell tour",
        "The folk duo will play a last tour of twelve cities next spring.",
        "Singer-songwriters Mara Quill and Tobias Fenn will play together for the first time "
        "in a decade.",
        "“We owe the people who kept coming to our shows one more night each,” Quill said.",
    ) == ["Mara Quill"]


def test_the_country_a_role_is_sent_to_is_not_the_first_name() -> None:
    assert who(
        "Envoy changes account of meeting",
        "Lawmakers questioned three diplomats about the talks on Tuesday.",
        "A former special envoy to Norway Kurt Halvorsen changed his account of the meeting.",
        "“I think all of us thought the meeting went badly and ended early,” Halvorsen said.",
    ) == ["Kurt Halvorsen"]


def test_a_body_after_a_role_of_keeps_its_whole_name() -> None:
    # "of" names a body to its end: no person is cut out of it.
    assert who(
        "Fund head sees calm",
        "Funds gained on Monday as traders returned.",
        "“Markets are calm for now,” the head of Harrow Lane Asset Management said.",
    ) == ["the head of Harrow Lane Asset Management"]


def test_a_suffix_is_no_surname_after_a_role_to() -> None:
    assert who(
        "Ambassador speaks",
        "The ambassador to Chile Robert Hale Jr. spoke on Monday.",
        "“We will sign the treaty on Friday,” Hale said.",
    ) == ["Robert Hale Jr."]


def test_an_unnamed_adviser_of_two_named_bodies_is_no_body() -> None:
    article = CleanArticle(title="Ancestry", paragraphs=[
        "Today the Massachusetts senator released her DNA results.",
        "\"The facts suggest that you have a Native American ancestor,\" an Ancestry.com and "
        "23andMe adviser told Warren.",
    ])
    assert [q.speaker for q in find_quotes(article)] == ["an Ancestry.com and 23andMe adviser"]


def test_a_tabloid_s_word_before_the_name_it_introduces_is_not_the_first_name() -> None:
    assert who(
        "Pub bans mobile phones",
        "Regular Keith Aspinall, 72, a retired miner, said the ban had changed the pub.",
        "“You actually find out what's going on in people's lives,” he said.",
        "Shocked Terry Cooper said he had never seen anything like it.",
        "“It was over in seconds,” he said.",
    ) == ["Keith Aspinall", "Terry Cooper"]


def test_a_role_holder_after_whose_role_it_is_opens_the_sentence() -> None:
    # "Victoria's Agriculture Minister Rosa Callaghan visited…": the minister is the subject,
    # whom the next "she" goes on with, not the woman quoted before.
    assert who(
        "Floods hit dairy farms",
        "Priya Gowda, a farmer, said the water rose overnight. “It came so fast,” she said.",
        "Victoria's Agriculture Minister Rosa Callaghan visited the farms on Monday. “We will "
        "help every family that lost stock,” she said.",
        "Karnataka's Urban Development Minister K N Rajashekar defended the cost. In a post on "
        "X, he wrote: “Bengaluru's lakes are its lungs.”",
    ) == ["Priya Gowda", "Rosa Callaghan", "K N Rajashekar"]


def test_a_work_s_title_before_a_clause_that_goes_on_with_its_verb_is_no_quote() -> None:
    # "…co-wrote the report “Shorter Weeks, Longer Questions,” said the evidence…": "said"
    # goes on with the sentence's subject; what follows it is a clause, not a speaker.
    assert who(
        "Four-day school weeks spread",
        "Emily Carrasco, a researcher who co-wrote the report “Shorter Weeks, Longer "
        "Questions,” said the evidence so far is mixed.",
    ) == []


def test_he_goes_on_with_the_role_that_opened_a_sentence_since_the_last_quote() -> None:
    # "The chief executive said…" after an analyst's quote: "he added" is the chief executive,
    # whom the article named as "Chief Executive Henrik Dahl", not the analyst.
    assert who(
        "Shipping group cuts jobs",
        "Chief Executive Henrik Dahl said the cuts were painful. “We built for a market that no "
        "longer exists,” he said.",
        "“This is the right move, but it is a 2026 story,” said Mette Sorensen, an analyst at "
        "Sydbank.",
        "The chief executive said he did not expect rates to recover before next year. “Anyone "
        "who tells you they know when this cycle turns is guessing,” he added.",
    ) == ["Henrik Dahl", "Mette Sorensen", "Henrik Dahl"]
