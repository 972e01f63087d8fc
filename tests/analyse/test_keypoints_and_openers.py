"""An "And" opening a sentence ties it to the one before in every language the bot reads, as
English "And"/"But" and Russian "Но" do: "А мы предлагаем…", "И суд отказал…", "Und die
Polizei…", "Et le maire…", "Y el Gobierno…". Read alone, a point opens with what follows."""

from __future__ import annotations

import pytest

from digests.analyse.trim import without_connective


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("А в понедельник суд отказал в иске.", "В понедельник суд отказал в иске."),
        ("И суд отказал компании в иске.", "Суд отказал компании в иске."),
        ("Und die Polizei ermittelt weiter.", "Die Polizei ermittelt weiter."),
        ("Et le maire a refusé de répondre.", "Le maire a refusé de répondre."),
        ("Y el Gobierno aprobó la reforma.", "El Gobierno aprobó la reforma."),
        ("Mais le gouvernement a refusé.", "Le gouvernement a refusé."),
    ],
)
def test_and_opening_a_sentence_goes(sentence: str, expected: str) -> None:
    assert without_connective(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "А. Иванов возглавил комиссию.",  # an initial
        "Undine Becker leitet das Amt.",
        "Ya no hay tiempo para negociar.",
        # Portuguese "Mais" is "more", not French "but": cut, the sentence says the opposite.
        "Mais de dez anos depois da detenção, o julgamento começou.",
        "Mais um banco anunciou cortes nesta semana.",
    ],
)
def test_a_word_that_only_starts_like_and_stays(sentence: str) -> None:
    assert without_connective(sentence) == sentence
