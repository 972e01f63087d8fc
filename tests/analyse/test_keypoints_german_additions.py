"""A German sentence that opens by adding to the one before ("Zudem gibt es…", "Außerdem will
die Stadt…", "Darüber hinaus…"): read alone, as a point is, it adds to nothing. Unlike English
"Moreover," the word cannot just go, as it holds the place before the verb ("Zudem gibt es
neue Felder" without it reads as a question)."""

from __future__ import annotations

import pytest

from digests.analyse.keypoints import key_points
from digests.analyse.opening_pronouns import opening_pronoun
from digests.analyse.refer_back import refers_back
from digests.article import CleanArticle


@pytest.mark.parametrize(
    "sentence",
    [
        "Zudem gibt es neue Zusatzfelder in der Datenbank und weitere Verbesserungen.",
        "Außerdem will die Stadt die Gebühren für das Parken erhöhen.",
        "Darüber hinaus plant der Konzern den Verkauf seiner Chemiesparte.",
        "Des Weiteren soll die Zahl der Lehrer an den Grundschulen steigen.",
        "Ferner verlangt die Opposition einen Untersuchungsausschuss.",
        "Überdies fehlen an vielen Schulen Computer.",
        "Ebenfalls verletzt wurde ein Radfahrer, der an der Ampel wartete.",
    ],
)
def test_a_german_sentence_that_adds_to_the_one_before_leans_on_it(sentence: str) -> None:
    assert refers_back(sentence, "de")


@pytest.mark.parametrize(
    "sentence",
    [
        "Darüber berichtete zuerst die Süddeutsche Zeitung.",
        "Weiterhin gilt in der Innenstadt ein Tempolimit von 30 Kilometern pro Stunde.",
        "Die Stadt will zudem mehr Radwege bauen.",
    ],
)
def test_a_german_sentence_that_adds_to_nothing(sentence: str) -> None:
    assert not refers_back(sentence, "de")


def test_a_german_addition_to_an_unshown_sentence_is_no_point() -> None:
    article = CleanArticle(
        title="1Password für Mac generiert Einmal-Passwörter",
        paragraphs=[
            "Das in der iOS-Version bereits enthaltene TOTP-Feature ist nun auch für OS X "
            "10.10 verfügbar. Zudem gibt es neue Zusatzfelder in der Datenbank und weitere "
            "Verbesserungen.",
            "AgileBits hat Version 5.3 seines bekannten Passwortmanagers 1Password für OS X "
            "freigegeben. Mit dem Update wird eine praktische Funktion nachgereicht, die die "
            "iOS-Version der Anwendung bereits seit längerem beherrscht: Das direkte Erstellen "
            "von Einmal-Passwörtern. Unterstützt wird dabei der TOTP-Standard, den unter "
            "anderem Firmen wie Evernote, Dropbox oder Google einsetzen, um ihre Zugänge "
            "besser abzusichern.",
            "Update 5.3 des Passwortmanagers liefert auch noch weitere Verbesserungen. Die "
            "Engine zur Passworteingabe im Browser soll beschleunigt worden sein.",
            "1Password kostet aktuell knapp 50 Euro im Mac App Store.",
        ],
        language="de",
    )
    points = key_points(article)
    assert points
    assert all(
        not point.startswith("Zudem") or points[at - 1].endswith("verfügbar.")
        for at, point in enumerate(points)
    )


@pytest.mark.parametrize(
    "sentence", ["Hierdurch gehe der Anreiz verloren.", "Hierbei wurde ein Mann verletzt."]
)
def test_a_german_hier_adverb_opening_the_sentence_stands_for_the_one_before(sentence: str) -> None:
    # "Hierdurch" (by this) is "Dadurch": by what?
    assert opening_pronoun(sentence, "de") == (sentence.split()[0].lower(), False)
