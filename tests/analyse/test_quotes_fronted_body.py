"""A body or place named in a phrase that opens the sentence ("At Harbor Airways, Ken Ford
said …") is the phrase's object, not the sentence's subject: a "he" later is the person after
the comma."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def who(*paragraphs: str) -> list[str | None]:
    article = CleanArticle(title="Storm eases before the holiday", paragraphs=list(paragraphs))
    return [q.speaker for q in find_quotes(article)]


def test_he_after_a_fronted_body_is_the_person_after_the_comma() -> None:
    assert who(
        "Delays were reported at several airports on Wednesday.",
        "At Harbor Airways, Ken Ford called the impact of the weather small, with six "
        "cancellations. The impact was larger at the regional carrier, he said.",
        "“The real story is people are getting to their destinations,” he said.",
    ) == ["Ken Ford"]


def test_a_person_in_an_opening_clause_still_counts() -> None:
    # "After Joe Hale spoke" is a clause with a subject of its own, not a preposition's object.
    assert who(
        "The council met on Tuesday evening to vote on the harbour plan.",
        "After Joe Hale spoke, the members voted. The plan passed by one vote.",
        "“It was the closest vote I have seen,” he said.",
    ) == ["Joe Hale"]


def test_a_possessor_or_a_for_phrase_still_names_whom_the_sentence_is_about() -> None:
    assert who(
        "Doctors at the clinic said there were twelve babies in the ward.",
        "Nurse Lina Haddad, who works nights, said supplies were short. “We ration gloves,” "
        "she said.",
        "In Mona Saleh's case, she decided to stay near her child. “I am afraid of losing "
        "him,” she said.",
    ) == ["Lina Haddad", "Mona Saleh"]
    assert who(
        "Volunteers staffed the phone bank every night this week.",
        "“We have had offices here since April,” said Ann Ford, the campaign's spokeswoman.",
        "For Gloria Major, a retiree, the calls are a way to set an example.",
        "“She is selling things she can deliver,” she said.",
    ) == ["Ann Ford", "Gloria Major"]


def test_a_name_after_a_phrase_of_time_opens_the_sentence() -> None:
    # "That year, Alley spoke …": the one who speaks next is Alley, not the last speaker.
    for opener in ("That year", "Last week", "Earlier this month", "Two days later"):
        assert who(
            "The actress Kirstie Alley returned to the diet company Jenny Craig in 2014.",
            "In 2014 the company's former marketing chief, Leesa Eichberger, spoke to a "
            "website about it. “Her humour sets her apart,” she said.",
            f"{opener}, Alley spoke to a magazine about her new life. “I was running a "
            "company and that was stressful,” she said.",
        ) == ["Leesa Eichberger", "Kirstie Alley"], opener
