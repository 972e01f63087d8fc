"""German puts the verb second: a reporting clause that opens with an adverb or a prepositional
phrase ("Weiter sagte Weidel:", "Mit Blick auf die Debatte, sagte die Parteichefin:") has its
subject after the verb, not the opening word nor a place in the opening phrase."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def speakers(*paragraphs: str) -> list[str | None]:
    article = CleanArticle(title="Wahlkampf", paragraphs=list(paragraphs), language="de")
    return [q.speaker for q in find_quotes(article)]


_NAMED = "Die Parteichefin Anna Weber sprach am Samstag in Halle vor 4.500 Anhängern."


def test_an_adverb_before_the_verb_is_not_the_speaker() -> None:
    assert speakers(
        _NAMED,
        "Weiter sagte Weber, die Regierung könne nicht mit Geld umgehen: „Sie gibt viel zu "
        "viel aus.“",
    ) == ["Anna Weber"]


def test_a_place_in_a_fronted_phrase_is_not_the_speaker() -> None:
    assert speakers(
        _NAMED,
        "Mit Blick auf die Debatte nach dem Angriff in Aschaffenburg, sagte Weber: „Reißt die "
        "Brandmauern ein.“",
    ) == ["Anna Weber"]


def test_a_name_before_the_verb_still_speaks() -> None:
    assert speakers(
        _NAMED, "Weber sagte dem Spiegel: „Wir müssen mit den Ausgaben runter.“"
    ) == ["Anna Weber"]
