"""A person called by one word of a full name the article gave before, when that word is the
first or a middle word ("Hafizuddin" after "Hafizuddin Ahmed", "Delwar" after "Khandaker Delwar
Hossain", "Devasish" after "Raja Devasish Roy"): the one full name holding it is who speaks,
and who a "he" after such a subject is."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def who(*paragraphs: str) -> list[str | None]:
    article = CleanArticle(title="Party leader calls for unity", paragraphs=list(paragraphs),
                           language="en")
    return [q.speaker for q in find_quotes(article)]


def test_a_middle_name_alone_is_the_full_name_holding_it() -> None:
    assert who(
        "Party leader Khandaker Delwar Hossain said on Tuesday the commission had no mandate.",
        "In a news briefing at his home, Delwar said: \"Who is he to talk about unity? The "
        "party is run by its constitution.\"",
    ) == ["Khandaker Delwar Hossain"]


def test_a_first_name_subject_is_the_he_after_it() -> None:
    assert who(
        "Acting secretary general Hafizuddin Ahmed said he would attend the talks.",
        "He was asked about opposing faction leader Khandaker Delwar Hossain.",
        "Hafizuddin also told the briefing that 54 former lawmakers had sent a letter.",
        "\"We are waiting for the commission's letter. If we get it, we will go,\" he told "
        "reporters.",
    ) == ["Hafizuddin Ahmed"]


def test_a_word_two_full_names_share_stays_as_written() -> None:
    assert who(
        "Maria Ana Lopez and Jorge Ana Ruiz both spoke at the meeting on Friday.",
        "Ana said: \"We will vote against the plan if it comes back.\"",
    ) == ["Ana"]


def test_a_surname_without_its_arabic_article_is_the_full_name() -> None:
    # "Hisham al-Hashimi", then "Hashimi said": the article "al-" is no part of the surname.
    assert who(
        "Officials fear the leader will stay free for years, said Hisham al-Hashimi, who "
        "advises governments.",
        "\"He is a man on the run,\" Hashimi said.",
    ) == ["Hisham al-Hashimi"]
