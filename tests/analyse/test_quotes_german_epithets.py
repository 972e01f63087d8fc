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


def test_an_age_or_a_party_role_never_written_with_the_name_is_the_subject_before() -> None:
    # "der 52-Jährige", "der SPD-Politiker": epithets the article never wrote before the name;
    # the article says the gender, and the subject of the quote's paragraph is who it is.
    assert who(
        "Finanzminister Lars Klingbeil verteidigte die Kürzungen. „Wir können nicht jedes Jahr "
        "neue Schulden machen“, sagte der SPD-Politiker.",
        "Torhüterin Ann-Katrin Berger hielt zwei Elfmeter. „Ich habe einfach auf mein "
        "Bauchgefühl gehört“, sagte die 34-Jährige.",
        "Bundestrainer Christian Wück lobte das Team. „Diese Mannschaft hat Charakter "
        "gezeigt“, sagte der 52-Jährige.",
    ) == ["Lars Klingbeil", "Ann-Katrin Berger", "Christian Wück"]


def test_a_spanish_age_epithet_is_the_subject_before() -> None:
    assert who(
        "El seleccionador Néstor Lorenzo habló tras el partido. \"Estamos en el Mundial\", "
        "dijo. James Rodríguez marcó el primer gol. \"Esto es para la gente\", expresó el "
        "volante de 33 años.",
    ) == ["Néstor Lorenzo", "James Rodríguez"]


def test_two_people_before_and_none_in_the_paragraph_give_no_name() -> None:
    assert who(
        "Innenministerin Nancy Faeser und Finanzminister Christian Lindner stritten am Montag.",
        "Die Koalition ist zerstritten.",
        "„Das geht so nicht weiter“, sagte der 54-Jährige.",
    ) == ["der 54-Jährige"]


def test_a_subheadings_excerpt_of_a_quote_is_not_a_second_quote() -> None:
    assert who(
        "Dobrindt: „Werden das Urteil sorgfältig prüfen“",
        "Bundesinnenminister Alexander Dobrindt reagierte zurückhaltend. „Wir werden das Urteil "
        "sorgfältig prüfen und die notwendigen Änderungen vornehmen“, sagte der CSU-Politiker.",
    ) == ["Alexander Dobrindt"]
