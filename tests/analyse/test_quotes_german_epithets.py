"""German compounds that describe a person named before ("Der Gewerkschafter", "die
Schauspielerin", "der Ökonom") are roles: "Der Gewerkschafter sagte: „…“" is that person, not
a name run that keeps the description ("Gewerkschafter Jan Otto")."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def who(*paragraphs: str) -> list[str | None]:
    article = CleanArticle(title="Nachrichten", paragraphs=list(paragraphs), language="de")
    return [q.speaker for q in find_quotes(article)]


def test_unionist_named_before_speaks() -> None:
    assert who(
        "Der Gewerkschafter Jan Otto rechnet mit dem Verlust von 800 Stellen im Werk.",
        "Die Firma wollte sich nicht äußern.",
        "Der Gewerkschafter, der im Aufsichtsrat sitzt, sagte: „Der Vorstand spielt mit "
        "unserem Vertrauen.“",
    ) == ["Jan Otto"]


def test_actress_named_before_speaks() -> None:
    assert who(
        "Die Schauspielerin Lea Brandt hat den Preis in Berlin entgegengenommen.",
        "„Ich habe damit wirklich nicht gerechnet“, sagte die Schauspielerin.",
    ) == ["Lea Brandt"]


def test_name_inside_a_relative_clause_after_the_role_is_not_its_holder() -> None:
    # Nobody is named with the role: the body named in the clause about him does not speak.
    assert who(
        "Die Gewerkschaft rechnet mit dem Verlust von 800 Stellen im Werk.",
        "Der Gewerkschafter, der im Aufsichtsrat der Stahltochter von Nordstahl sitzt, "
        "sagte: „Der Vorstand spielt mit unserem Vertrauen.“",
    ) == ["Der Gewerkschafter"]


def test_billionaire_compound_before_the_name_is_no_part_of_it() -> None:
    # "Tech-Milliardär Elon Musk": what he is, in a capitalised compound, then his name.
    assert who(
        "Wenige Wochen vor der Wahl mischt Tech-Milliardär Ellis Mark erneut im Wahlkampf mit.",
        "„Kämpft für eine großartige Zukunft“, sagte Mark.",
    ) == ["Ellis Mark"]
