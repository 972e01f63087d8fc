"""A body's name with a hyphenated role after it opening a sentence ("The GMB
secretary-general left early, saying …"): the subject is the role, not the bare body before it."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def who(*paragraphs: str) -> list[str | None]:
    article = CleanArticle(title="Union chief walks out of pay talks", paragraphs=list(paragraphs))
    return [q.speaker for q in find_quotes(article)]


def test_a_hyphenated_role_opening_a_participle_clause() -> None:
    assert who(
        "The talks on pay resumed on Monday in the capital.",
        "The GMB secretary-general left the talks after an hour, saying: “There is nothing "
        "on this table that our members could accept this winter.”",
    ) == ["The GMB secretary-general"]


def test_a_description_before_an_unattributed_quote_is_no_body() -> None:
    # The paragraph before only describes the speaker: no guess, and never the union itself.
    assert who(
        "The talks on pay resumed on Monday in the capital.",
        "The GMB secretary-general said no party questions would be taken at the talks, "
        "adding that this had long been his rule.",
        "“When I sit at this table, I speak about wages and nothing else, whoever asks me.",
        "“Ask me about the party at a party event.”",
    ) == [None]


def _after_another_speaker(introduction: str) -> list[str | None]:
    return who(
        "Labour's transport spokeswoman Kiri Allan said the Government had no plan to pay for "
        "the road.",
        "“They’re putting it on the credit card and hoping nobody notices,” she said.",
        introduction,
        "“Once again, this Government is cutting communities out for a hundred years,” she "
        "said.",
    )


def test_a_hyphenated_role_before_a_name_makes_the_name_the_subject() -> None:
    # "co-leader" is as much a role as "leader": the woman it names is who "she" is now.
    for role in ("co-leader", "vice-chancellor", "co-founder"):
        assert _after_another_speaker(
            f"Green Party {role} Marama Te Whetū criticised the use of the fast-track process."
        ) == ["Kiri Allan", "Marama Te Whetū"], role


def test_a_party_name_before_a_hyphenated_role_is_not_the_speaker() -> None:
    assert who(
        "Te Pāti Māori co-leader Jane Smith said the bill was rushed.",
        "“It is a disgrace to the House and to us all,” she said.",
    ) == ["Jane Smith"]
