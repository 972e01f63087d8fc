"""A time adverbial set between an inverted reporting verb and its subject ("a déclaré lundi
le ministre …", "sagte am Montag der Minister …", "dijo este lunes el ministro …"): the
subject still comes after it, in each language the bot reads."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def who(*paragraphs: str) -> list[str | None]:
    found = find_quotes(CleanArticle(title="Nouvelles", paragraphs=list(paragraphs)))
    return [q.speaker for q in found]


def test_fr_weekday_and_date_before_the_subject() -> None:
    assert who(
        "« Le pont restera fermé jusqu'à la fin du mois », a indiqué lundi 3 mars le préfet "
        "Paul Morel, à propos des travaux sur la rocade.",
    ) == ["Paul Morel"]
    assert who(
        "« Nous ne céderons rien aux casseurs », a lancé mardi soir sur BFMTV la maire "
        "Claire Dumas.",
    ) == ["Claire Dumas"]


def test_de_day_before_the_subject() -> None:
    assert who(
        "„Die Brücke bleibt bis Ende des Monats gesperrt“, sagte am Montag "
        "Verkehrsminister Jonas Albrecht.",
    ) == ["Jonas Albrecht"]


def test_es_it_pt_day_before_the_subject() -> None:
    assert who(
        "\"El puente seguirá cerrado todo el mes\", dijo este lunes el alcalde Tomás Ibarra.",
    ) == ["Tomás Ibarra"]
    assert who(
        "«Il ponte resterà chiuso fino a fine mese», ha detto ieri il sindaco Marco Ferri.",
    ) == ["Marco Ferri"]
    assert who(
        "\"A ponte vai continuar fechada\", disse nesta segunda-feira o prefeito Rui Matos.",
    ) == ["Rui Matos"]
